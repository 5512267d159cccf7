#!/usr/bin/env python3
"""Property test of the pricing rule: `minutier-cli quote --batch` against an independent model.

The model below is written from the issue text only, differently from core/billing/PriceCalculator:
exact fractions.Fraction arithmetic, rounding by floor(x + 1/2), tiers integrated as a sum over the
rate changes. Random cases (seeded; set MINUTIER_SEED to replay) cover free minutes, increments,
tiers, minimum, cap, VAT included or not, EUR/JPY/BHD, plus invalid lines that must give an error.

Usage: test_quote_property.py /path/to/minutier-cli [cases]
"""

import json
import os
import random
import subprocess
import sys
import time
from fractions import Fraction

EXPONENT = {"EUR": 2, "JPY": 0, "BHD": 3, "USD": 2, "CHF": 2}
INT64_MAX = 2**63 - 1


def round_half_up(x: Fraction) -> int:
    # x >= 0: the nearest integer, halves up
    return (x + Fraction(1, 2)).__floor__()


def billable_seconds(paid: int, initial: int, step: int) -> int:
    if paid <= 0:
        return 0
    if paid <= initial:
        return initial
    blocks = -((initial - paid) // step)  # ceil((paid - initial) / step)
    return initial + blocks * step


def model(case):
    """Returns the expected output line (a dict) or None when the input must be refused."""
    exp = EXPONENT[case["currency"]]
    unit = 10**exp
    s = case["duration_ms"] // 1000
    paid = max(0, s - 60 * case.get("free_minutes", 0))
    initial, step = (int(x) for x in case.get("increment", "1/1").split("/"))
    billable = billable_seconds(paid, initial, step)

    # tiers: walk through the rate changes in order
    changes = [(0, Fraction(case["rate"]))]
    for t in case.get("tiers", []):
        changes.append((t["from_minute"] * 60, Fraction(t["rate"])))
    amount = Fraction(0)
    for k, (start, rate) in enumerate(changes):
        stop = changes[k + 1][0] if k + 1 < len(changes) else billable
        seconds = min(stop, billable) - start
        if seconds > 0:
            amount += rate * seconds / 60 * unit
    total = round_half_up(amount)

    minimum = case.get("minimum")
    if minimum is not None:
        minimum_minor = Fraction(minimum) * unit
        assert minimum_minor.denominator == 1
        if 0 < total < minimum_minor:
            total = int(minimum_minor)

    p = Fraction(case.get("vat", "0"))
    if case.get("prices_include_vat", False):
        gross = total
        net = round_half_up(gross * 100 / (100 + p))
        vat = gross - net
    else:
        net = total
        vat = round_half_up(net * p / 100)
        gross = net + vat
    capped = False
    cap = case.get("cap")
    if cap is not None:
        cap_minor = Fraction(cap) * unit
        assert cap_minor.denominator == 1
        if gross > cap_minor:
            gross = int(cap_minor)
            net = round_half_up(Fraction(gross) * 100 / (100 + p))
            vat = gross - net
            capped = True
    if max(net, vat, gross) > INT64_MAX:
        return None
    return {
        "currency": case["currency"],
        "duration_ms": case["duration_ms"],
        "billable_seconds": billable,
        "net_minor": net,
        "vat_minor": vat,
        "gross_minor": gross,
        "capped": capped,
    }


def decimal_text(rng, max_int, decimals):
    whole = rng.randint(0, max_int)
    if decimals == 0:
        return str(whole)
    frac = rng.randint(0, 10**decimals - 1)
    return f"{whole}.{frac:0{decimals}d}"


def random_case(rng):
    currency = rng.choice(["EUR", "EUR", "JPY", "BHD", "USD", "CHF"])
    exp = EXPONENT[currency]
    scale = rng.random()
    if scale < 0.7:
        rate = decimal_text(rng, 12, rng.randint(0, 4))
    elif scale < 0.95:
        rate = decimal_text(rng, 999, rng.randint(0, 4))
    else:
        rate = decimal_text(rng, 99_999_999, rng.randint(0, 4))
    case = {"rate": rate, "currency": currency}

    if rng.random() < 0.5:
        case["free_minutes"] = rng.choice([0, 1, 2, 3, 5, 10, rng.randint(0, 120)])
    if rng.random() < 0.6:
        case["increment"] = rng.choice(["1/1", "60/60", "30/6", "30/30", "60/1", "1/60",
                                        f"{rng.randint(1, 600)}/{rng.randint(1, 600)}"])
    if rng.random() < 0.4:
        tiers = []
        minute = 0
        for _ in range(rng.randint(1, 3)):
            minute += rng.randint(1, 40)
            tiers.append({"from_minute": minute, "rate": decimal_text(rng, 12, rng.randint(0, 4))})
        case["tiers"] = tiers
    if rng.random() < 0.3:
        case["minimum"] = decimal_text(rng, 50, rng.randint(0, exp))
    if rng.random() < 0.3:
        case["cap"] = decimal_text(rng, 200, rng.randint(0, exp))
    for key in ("minimum", "cap"):
        if key not in case and rng.random() < 0.02:
            case[key] = None  # null: no minimum, no cap
    if rng.random() < 0.8:
        case["vat"] = rng.choice(["20", "10", "5.5", "2.1", "0", "8.5", "19.6", "100",
                                  decimal_text(rng, 99, rng.randint(0, 2))])
    if rng.random() < 0.4:
        case["prices_include_vat"] = rng.random() < 0.5

    # durations around the interesting edges
    free_ms = case.get("free_minutes", 0) * 60_000
    kind = rng.random()
    if kind < 0.1:
        duration = rng.choice([0, 1, 999, 1000, 1001, 59_999, 60_000, 60_001])
    elif kind < 0.25:
        duration = max(0, free_ms + rng.randint(-2_000, 2_000))
    elif kind < 0.35 and "tiers" in case:
        boundary = free_ms + rng.choice(case["tiers"])["from_minute"] * 60_000
        duration = max(0, boundary + rng.randint(-61_000, 61_000))
    elif kind < 0.98:
        duration = rng.randint(0, 3 * 3600 * 1000)
    else:
        duration = rng.randint(0, 10**12)
    case["duration_ms"] = duration
    return case


def random_bad_case(rng):
    """A line the CLI must refuse with {"error":...}; returns (line_text, None)."""
    good = {"rate": "3.00", "currency": "EUR", "duration_ms": 754567}
    bad = rng.choice([
        {**good, "rate": "3.00001"},
        {**good, "rate": "-1"},
        {**good, "rate": 3.5},
        {**good, "currency": "XXX"},
        {**good, "duration_ms": -5},
        {**good, "duration_ms": 10**12 + 1},
        {**good, "vat": "100.01"},
        {**good, "increment": "0/60"},
        {**good, "increment": "60"},
        {**good, "tiers": [{"from_minute": 0, "rate": "1"}]},
        {**good, "tiers": [{"from_minute": 30, "rate": "1"}, {"from_minute": 20, "rate": "1"}]},
        {**good, "minimum": "1.001"},
        {**good, "cap": "-1"},
        {**good, "free_minute": 2},
        {**good, "prices_include_vat": "yes"},
        {"currency": "EUR", "duration_ms": 1},
        {"rate": "1", "duration_ms": 1},
        {"rate": "1", "currency": "EUR"},
    ])
    text = json.dumps(bad, separators=(",", ":"))
    if rng.random() < 0.2:
        text = rng.choice(["", "not json", "[1,2]", text[:-1], text + "x"])
    return text


def escaped(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


def encode(rng, case):
    """Serialises a case in varied but equivalent JSON (key order, spacing, strings or numbers)."""
    items = list(case.items())
    rng.shuffle(items)
    obj = dict(items)
    if "free_minutes" in obj and rng.random() < 0.1:
        obj["free_minutes"] = str(obj["free_minutes"])
    if rng.random() < 0.05:
        obj["duration_ms"] = str(obj["duration_ms"])  # whole numbers may be digit strings
    if rng.random() < 0.05 and "." not in obj["rate"]:
        obj["rate"] = int(obj["rate"])  # a whole JSON number is accepted for an amount
    separators = (",", ":") if rng.random() < 0.7 else (", ", ": ")
    text = json.dumps(obj, separators=separators)
    if rng.random() < 0.02:  # escapes take the QJsonDocument path: same answers required
        text = text.replace(f'"rate"{separators[1]}"{case["rate"]}"',
                            f'"rate"{separators[1]}"{escaped(case["rate"])}"', 1)
    return text


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    cli = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 120_000
    seed = int(os.environ.get("MINUTIER_SEED", random.SystemRandom().randrange(2**32)))
    print(f"seed {seed} (replay with MINUTIER_SEED={seed}), {count} cases")
    rng = random.Random(seed)

    started = time.monotonic()
    lines, expected, cases = [], [], []
    bad_lines = 0
    for _ in range(count):
        if rng.random() < 0.03:
            lines.append(random_bad_case(rng))
            expected.append(None)
            cases.append(None)
            bad_lines += 1
            continue
        case = random_case(rng)
        lines.append(encode(rng, case))
        expected.append(model(case))
        cases.append(case)
    generated = time.monotonic()

    run = subprocess.run([cli, "quote", "--batch"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, timeout=300)
    finished = time.monotonic()
    if run.returncode != 0:
        print(f"minutier-cli exited with {run.returncode}: {run.stderr}")
        return 1
    out = run.stdout.splitlines()
    if len(out) != len(lines):
        print(f"expected {len(lines)} output lines, got {len(out)}")
        return 1

    mismatches = 0
    for i, (line, want) in enumerate(zip(out, expected)):
        got = json.loads(line)
        if want is None:
            ok = set(got) == {"error"} and isinstance(got["error"], str) and got["error"]
        else:
            ok = got == want and line == json.dumps(want, separators=(",", ":"))
        if not ok:
            mismatches += 1
            if mismatches <= 10:
                print(f"MISMATCH line {i + 1}\n  input:    {lines[i]}\n  expected: {want}\n  got:      {line}")
    print(f"{len(lines)} cases ({bad_lines} invalid), {mismatches} mismatches; "
          f"model {generated - started:.2f} s, minutier-cli {finished - generated:.2f} s")
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
