#pragma once

#include <QAudioInput>
#include <QMediaCaptureSession>
#include <QMediaRecorder>
#include <QObject>

namespace minutier {

// Records a call's audio to a local file (QMediaRecorder: Ogg/Opus where the platform can encode it,
// else another speech-friendly format it offers). It never starts by itself: CallAudioBar starts it
// only after the expert confirms that the client consented, and the consent is written into the
// file's metadata. Pausing the call pauses the recording; ending the call ends it.
class CallRecorder final : public QObject
{
    Q_OBJECT
public:
    explicit CallRecorder(QObject *parent = nullptr);
    ~CallRecorder() override;

    // Whether this machine has a microphone and can encode audio at all.
    static bool canRecord();
    // The container and codec used: Ogg/Opus first.
    static QMediaFormat chosenFormat();
    static QString fileSuffix(const QMediaFormat &format);

    // Starts recording into `filePathWithoutSuffix` + the format's suffix (the folder is created).
    // `consent` (who confirmed what, when) goes into the file's comment metadata.
    // False with errorText() when it cannot start.
    bool start(const QString &filePathWithoutSuffix, const QString &title, const QString &consent);
    void pause();
    void resume();
    void stop();

    bool isRecording() const; // recording or paused
    bool isPaused() const;
    qint64 durationMs() const { return m_recorder.duration(); }
    // The file being written (or last written).
    QString filePath() const { return m_path; }
    QString errorText() const { return m_error; }

signals:
    void recordingChanged(bool recording);
    void durationChanged(qint64 ms);
    // The file is complete.
    void finished(const QString &filePath);
    void failed(const QString &message);

private:
    QMediaCaptureSession m_session;
    QAudioInput m_input;
    QMediaRecorder m_recorder;
    QString m_path;
    QString m_error;
};

} // namespace minutier
