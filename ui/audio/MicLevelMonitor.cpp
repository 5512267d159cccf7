#include "MicLevelMonitor.h"

#include <QAudioSource>
#include <QLoggingCategory>
#include <QMediaDevices>

#include <cmath>

Q_LOGGING_CATEGORY(lcMic, "minutier.audio.mic")

namespace minutier {

MicLevelMonitor::MicLevelMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &MicLevelMonitor::poll);
}

MicLevelMonitor::~MicLevelMonitor()
{
    stop();
}

bool MicLevelMonitor::start(const QAudioDevice &requested)
{
    if (m_source)
        return true;
    const QAudioDevice device = requested.isNull() ? QMediaDevices::defaultAudioInput() : requested;
    if (device.isNull()) {
        m_error = tr("No microphone was found.");
        return false;
    }
    QAudioFormat format = device.preferredFormat();
    if (!format.isValid() || !device.isFormatSupported(format)) {
        format.setSampleRate(16000);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
    }
    auto source = std::make_unique<QAudioSource>(device, format);
    QIODevice *io = source->start();
    if (!io || source->error() != QAudio::NoError) {
        m_error = tr("The microphone \"%1\" cannot be opened.").arg(device.description());
        qCWarning(lcMic) << "cannot open input" << device.description();
        return false;
    }
    m_source = std::move(source);
    m_io = io;
    m_format = m_source->format();
    m_deviceName = device.description();
    m_error.clear();
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError) {
            const QString device = m_deviceName;
            stop();
            m_error = tr("The microphone \"%1\" stopped.").arg(device);
            emit failed(m_error);
        }
    });
    m_timer.start();
    qCInfo(lcMic) << "listening on" << m_deviceName << m_format;
    emit activeChanged(true);
    return true;
}

void MicLevelMonitor::stop()
{
    if (!m_source)
        return;
    m_timer.stop();
    std::unique_ptr<QAudioSource> source = std::move(m_source);
    m_io = nullptr;
    source->disconnect(this);
    source->stop();
    source.reset();
    m_level = 0;
    emit levelChanged(0);
    emit activeChanged(false);
}

void MicLevelMonitor::poll()
{
    if (!m_io)
        return;
    const QByteArray pcm = m_io->readAll();
    feed(pcm, m_format);
}

void MicLevelMonitor::feed(QByteArrayView pcm, const QAudioFormat &format)
{
    const qreal reading = meterPosition(peakAmplitude(pcm, format));
    const qreal next = reading >= m_level ? reading : std::max(reading, m_level - kDecay);
    if (next == m_level)
        return;
    m_level = next;
    emit levelChanged(m_level);
}

qreal MicLevelMonitor::peakAmplitude(QByteArrayView pcm, const QAudioFormat &format)
{
    const int bytes = format.bytesPerSample();
    if (!format.isValid() || bytes <= 0)
        return 0;
    float peak = 0;
    const char *data = pcm.data();
    const qsizetype count = pcm.size() / bytes;
    for (qsizetype i = 0; i < count; ++i)
        peak = std::max(peak, std::fabs(format.normalizedSampleValue(data + i * bytes)));
    return std::min<qreal>(peak, 1.0);
}

qreal MicLevelMonitor::meterPosition(qreal amplitude)
{
    if (!(amplitude > 0))
        return 0;
    const qreal db = 20.0 * std::log10(std::min<qreal>(amplitude, 1.0));
    if (db <= kFloorDb)
        return 0;
    return (db - kFloorDb) / -kFloorDb;
}

} // namespace minutier
