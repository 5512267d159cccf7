#include "CallRecorder.h"

#include <QAudioDevice>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QUrl>

Q_LOGGING_CATEGORY(lcRecorder, "minutier.audio.recorder")

namespace minutier {

namespace {

struct Candidate
{
    QMediaFormat::FileFormat file;
    QMediaFormat::AudioCodec codec;
};

// Speech first: Opus is small and clear; the others are what some platforms offer instead.
constexpr Candidate kCandidates[] = {
    { QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus },
    { QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC },
    { QMediaFormat::Ogg, QMediaFormat::AudioCodec::Vorbis },
    { QMediaFormat::MP3, QMediaFormat::AudioCodec::MP3 },
    { QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave },
};

} // namespace

CallRecorder::CallRecorder(QObject *parent)
    : QObject(parent)
{
    m_session.setAudioInput(&m_input);
    m_session.setRecorder(&m_recorder);
    m_recorder.setQuality(QMediaRecorder::NormalQuality);
    connect(&m_recorder, &QMediaRecorder::recorderStateChanged, this, [this](QMediaRecorder::RecorderState state) {
        if (state == QMediaRecorder::StoppedState) {
            const QString actual = m_recorder.actualLocation().toLocalFile();
            if (!actual.isEmpty())
                m_path = actual;
            emit recordingChanged(false);
            if (m_recorder.error() == QMediaRecorder::NoError && QFileInfo::exists(m_path))
                emit finished(m_path);
        } else if (state == QMediaRecorder::RecordingState) {
            emit recordingChanged(true);
        }
    });
    connect(&m_recorder, &QMediaRecorder::durationChanged, this, &CallRecorder::durationChanged);
    connect(&m_recorder, &QMediaRecorder::errorOccurred, this, [this](QMediaRecorder::Error, const QString &text) {
        m_error = tr("The recording stopped: %1").arg(text);
        qCWarning(lcRecorder) << "recorder error" << text;
        emit failed(m_error);
    });
}

CallRecorder::~CallRecorder()
{
    m_recorder.disconnect(this);
    m_recorder.stop();
}

QMediaFormat CallRecorder::chosenFormat()
{
    for (const Candidate &c : kCandidates) {
        QMediaFormat format(c.file);
        format.setAudioCodec(c.codec);
        if (format.isSupported(QMediaFormat::Encode))
            return format;
    }
    return {};
}

QString CallRecorder::fileSuffix(const QMediaFormat &format)
{
    switch (format.fileFormat()) {
    case QMediaFormat::Ogg:
        return format.audioCodec() == QMediaFormat::AudioCodec::Opus ? QStringLiteral("opus") : QStringLiteral("ogg");
    case QMediaFormat::Mpeg4Audio:
        return QStringLiteral("m4a");
    case QMediaFormat::MP3:
        return QStringLiteral("mp3");
    case QMediaFormat::Wave:
        return QStringLiteral("wav");
    default:
        return QStringLiteral("audio");
    }
}

bool CallRecorder::canRecord()
{
    return !QMediaDevices::defaultAudioInput().isNull() && chosenFormat().fileFormat() != QMediaFormat::UnspecifiedFormat;
}

bool CallRecorder::start(const QString &filePathWithoutSuffix, const QString &title, const QString &consent)
{
    if (isRecording())
        return true;
    m_error.clear();
    const QAudioDevice device = QMediaDevices::defaultAudioInput();
    if (device.isNull()) {
        m_error = tr("No microphone was found: nothing can be recorded.");
        return false;
    }
    const QMediaFormat format = chosenFormat();
    if (format.fileFormat() == QMediaFormat::UnspecifiedFormat) {
        m_error = tr("This computer cannot encode audio (no suitable codec is installed).");
        return false;
    }
    const QString path = filePathWithoutSuffix + u'.' + fileSuffix(format);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    m_input.setDevice(device);
    m_recorder.setMediaFormat(format);
    m_recorder.setOutputLocation(QUrl::fromLocalFile(path));
    QMediaMetaData meta;
    meta.insert(QMediaMetaData::Title, title);
    meta.insert(QMediaMetaData::Comment, consent);
    meta.insert(QMediaMetaData::Date, QDateTime::currentDateTimeUtc());
    m_recorder.setMetaData(meta);
    m_path = path;
    m_recorder.record();
    if (m_recorder.error() != QMediaRecorder::NoError) {
        m_error = tr("The recording cannot start: %1").arg(m_recorder.errorString());
        return false;
    }
    qCInfo(lcRecorder) << "recording to" << path;
    return true;
}

void CallRecorder::pause()
{
    if (m_recorder.recorderState() == QMediaRecorder::RecordingState)
        m_recorder.pause();
}

void CallRecorder::resume()
{
    if (m_recorder.recorderState() == QMediaRecorder::PausedState)
        m_recorder.record();
}

void CallRecorder::stop()
{
    if (m_recorder.recorderState() != QMediaRecorder::StoppedState)
        m_recorder.stop();
}

bool CallRecorder::isRecording() const
{
    return m_recorder.recorderState() != QMediaRecorder::StoppedState;
}

bool CallRecorder::isPaused() const
{
    return m_recorder.recorderState() == QMediaRecorder::PausedState;
}

} // namespace minutier
