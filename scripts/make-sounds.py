#!/usr/bin/env python3
"""Writes the call meter's sound cues to resources/sounds/*.wav (short sine chimes).

Deterministic (same bytes on every run), standard library only:
    python3 scripts/make-sounds.py [output-dir]
16-bit PCM, mono, 44.1 kHz, a few hundred milliseconds each, soft attack and exponential decay
so that nothing clicks.
"""
import math
import os
import struct
import sys
import wave

RATE = 44100
PEAK = 0.45  # of full scale: a chime, not an alarm


def tone(freq, ms, decay=6.0, harmonics=((1.0, 1.0), (2.0, 0.25), (3.0, 0.08))):
    n = int(RATE * ms / 1000)
    attack = int(RATE * 0.005)
    out = []
    for i in range(n):
        t = i / RATE
        env = math.exp(-decay * t) * (min(1.0, i / attack) if attack else 1.0)
        # fade the last 10 ms to zero
        tail = n - i
        if tail < RATE * 0.01:
            env *= tail / (RATE * 0.01)
        v = sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in harmonics)
        out.append(env * v / sum(a for _, a in harmonics))
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(round(PEAK * 32767 * s))) for s in samples))


CUES = {
    # free minutes over: a rising two-note chime (A5, E6)
    "free-minutes-ended.wav": tone(880, 180) + tone(1318.5, 320),
    # 80 % of the hold: three short, neutral beeps (E5)
    "hold-80-percent.wav": tone(659.3, 110, decay=12) + silence(50) + tone(659.3, 110, decay=12) + silence(50)
    + tone(659.3, 110, decay=12),
    # hold reached: a falling three-note chime (E6, A5, E5)
    "cap-reached.wav": tone(1318.5, 160) + tone(880, 160) + tone(659.3, 360),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "resources", "sounds")
    os.makedirs(out, exist_ok=True)
    for name, samples in CUES.items():
        write(os.path.join(out, name), samples)
        print(f"{name}: {len(samples) * 1000 // RATE} ms")


if __name__ == "__main__":
    main()
