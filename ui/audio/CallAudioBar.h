#pragma once

#include "metering/CallController.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;

namespace minutier {

class CallRecorder;
class MicLevelMonitor;

// The call's audio strip under the ticker, both parts optional and off by default:
// - "Microphone level": a level bar fed by MicLevelMonitor while the call runs, showing that the
//   call is live (the choice is remembered: "call/micLevel");
// - "Record…": records the call to a local file (CallRecorder) only after the expert confirms that
//   the client consented; a red "Recording" mark stays visible while it records; pausing the call
//   pauses the recording and ending the call ends it. Files go to "call/recordingsDir" (default:
//   the folder given to the constructor).
class CallAudioBar final : public QWidget
{
    Q_OBJECT
public:
    CallAudioBar(QSettings &settings, const QString &defaultRecordingsDir, QWidget *parent = nullptr);
    ~CallAudioBar() override;

    // Follows `call`: meter and recording start/pause/stop with it.
    void attach(CallController &call);

    MicLevelMonitor *monitor() const { return m_monitor; }
    // Created on first use: Qt Multimedia's recorder starts its backend (GStreamer) when built.
    CallRecorder *recorder();
    QString recordingsDir() const;
    bool isMicLevelEnabled() const;

public slots:
    void setMicLevelEnabled(bool enabled);
    // Asks for the client's consent, then records (or stops a running recording).
    void toggleRecording();

signals:
    void recordingChanged(bool recording);

private:
    void onCallState(CallController::State state);
    void updateMeterState();
    void updateRecordingMark();
    bool isRecording() const;

    QSettings &m_settings;
    QString m_defaultDir;
    CallController *m_call = nullptr;
    CallController::State m_state = CallController::State::Ready;
    MicLevelMonitor *m_monitor;
    CallRecorder *m_recorder = nullptr;
    QCheckBox *m_micToggle;
    QProgressBar *m_level;
    QLabel *m_micStatus;
    QPushButton *m_record;
    QLabel *m_recordingMark;
    QLabel *m_recordingInfo;
};

} // namespace minutier
