#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QByteArrayView>
#include <QObject>
#include <QTimer>

#include <memory>

class QAudioSource;
class QIODevice;

namespace minutier {

// Reads the microphone (QAudioSource, pull mode) while a call runs and turns what it hears into a
// meter position, so the expert sees at a glance that the call is live. Nothing is stored: the
// samples are measured and dropped. Optional, off by default (see CallAudioBar).
//
// The level is read kPollMs apart (not on every readyRead) and decays like a VU meter, which keeps
// the cost to a few thousand samples per wake-up.
class MicLevelMonitor final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 100;
    static constexpr qreal kFloorDb = -60.0; // the meter's zero

    explicit MicLevelMonitor(QObject *parent = nullptr);
    ~MicLevelMonitor() override;

    // Opens `device` (the system's default input when null). False, with errorText(), when there is
    // no input or it cannot be opened.
    bool start(const QAudioDevice &device = {});
    void stop();
    bool isActive() const { return m_source != nullptr; }
    QString errorText() const { return m_error; }
    QString deviceName() const { return m_deviceName; }

    // The current meter position, 0..1.
    qreal level() const { return m_level; }

    // Measures `pcm` (whole frames in `format`) and moves the meter: the peak wins at once, a lower
    // reading lets the meter fall by kDecay per reading. Public for tests and for other sources.
    void feed(QByteArrayView pcm, const QAudioFormat &format);

    // The largest absolute sample of `pcm`, 0..1 (any sample format Qt Multimedia knows).
    static qreal peakAmplitude(QByteArrayView pcm, const QAudioFormat &format);
    // An amplitude as a meter position: kFloorDb dBFS (or silence) -> 0, 0 dBFS -> 1, linear in dB.
    static qreal meterPosition(qreal amplitude);

signals:
    void levelChanged(qreal level);
    void activeChanged(bool active);
    // The input stopped by itself (unplugged, taken by another program).
    void failed(const QString &message);

private:
    void poll();

    static constexpr qreal kDecay = 0.08;

    // Not a QObject child: Qt's PulseAudio source spins an event loop in its destructor, so it is
    // destroyed here, synchronously, by stop() — never in the middle of a parent's destruction.
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr;
    QAudioFormat m_format;
    QTimer m_timer;
    qreal m_level = 0;
    QString m_error;
    QString m_deviceName;
};

} // namespace minutier
