#include "CallAudioBar.h"

#include "CallRecorder.h"
#include "MicLevelMonitor.h"
#include "common/MessageBox.h"
#include "common/MoneyFormat.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace minutier {

namespace {

const QString kMicKey = QStringLiteral("call/micLevel");
const QString kDirKey = QStringLiteral("call/recordingsDir");

// A file-name-safe version of a client's name.
QString fileSafe(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KD);
    out.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    out.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    out = out.left(40);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("call") : out;
}

} // namespace

CallAudioBar::CallAudioBar(QSettings &settings, const QString &defaultRecordingsDir, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_defaultDir(defaultRecordingsDir)
    , m_monitor(new MicLevelMonitor(this))
    , m_micToggle(new QCheckBox(tr("Microphone level"), this))
    , m_level(new QProgressBar(this))
    , m_micStatus(new QLabel(this))
    , m_record(new QPushButton(tr("Record…"), this))
    , m_recordingMark(new QLabel(this))
    , m_recordingInfo(new QLabel(this))
{
    setObjectName(QStringLiteral("callAudioBar"));
    m_micToggle->setObjectName(QStringLiteral("micLevelToggle"));
    m_micToggle->setAccessibleName(tr("Show the microphone level during calls"));
    m_micToggle->setToolTip(tr("Shows that your microphone hears the call. Nothing is stored."));
    m_micToggle->setChecked(isMicLevelEnabled());

    m_level->setObjectName(QStringLiteral("micLevel"));
    m_level->setAccessibleName(tr("Microphone level"));
    m_level->setRange(0, 100);
    m_level->setValue(0);
    m_level->setTextVisible(false);
    m_level->setFixedSize(120, 10);

    m_micStatus->setObjectName(QStringLiteral("micStatus"));
    m_micStatus->setAccessibleName(tr("Microphone status"));

    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setAccessibleName(tr("Record the call"));
    m_record->setToolTip(tr("Records the call to a file on this computer, once the client has agreed."));
    m_record->setEnabled(false);

    m_recordingMark->setObjectName(QStringLiteral("recordingMark"));
    m_recordingMark->setAccessibleName(tr("Recording in progress"));
    m_recordingMark->setVisible(false);

    m_recordingInfo->setObjectName(QStringLiteral("recordingInfo"));
    m_recordingInfo->setAccessibleName(tr("Last recording"));
    m_recordingInfo->setWordWrap(true);
    m_recordingInfo->setTextFormat(Qt::RichText);
    m_recordingInfo->setVisible(false);
    connect(m_recordingInfo, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_micToggle);
    row->addWidget(m_level);
    row->addWidget(m_micStatus);
    row->addStretch(1);
    row->addWidget(m_recordingMark);
    row->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_recordingInfo);

    connect(m_micToggle, &QCheckBox::toggled, this, &CallAudioBar::setMicLevelEnabled);
    connect(m_record, &QPushButton::clicked, this, &CallAudioBar::toggleRecording);
    connect(m_monitor, &MicLevelMonitor::levelChanged, this, [this](qreal level) { m_level->setValue(qRound(level * 100)); });
    connect(m_monitor, &MicLevelMonitor::failed, this, [this](const QString &message) {
        m_micStatus->setText(message);
    });
    updateMeterState();
    updateRecordingMark();
}

CallAudioBar::~CallAudioBar()
{
    // While the widget is still whole: closing audio devices may run a nested event loop.
    m_monitor->disconnect(this);
    m_monitor->stop();
    if (m_recorder) {
        m_recorder->disconnect(this); // its last signals must not reach a half-destroyed widget
        m_recorder->stop();
    }
}

CallRecorder *CallAudioBar::recorder()
{
    if (m_recorder)
        return m_recorder;
    m_recorder = new CallRecorder(this);
    connect(m_recorder, &CallRecorder::recordingChanged, this, [this](bool recording) {
        updateRecordingMark();
        emit recordingChanged(recording);
    });
    connect(m_recorder, &CallRecorder::durationChanged, this, &CallAudioBar::updateRecordingMark);
    connect(m_recorder, &CallRecorder::finished, this, [this](const QString &path) {
        const QString folder = QUrl::fromLocalFile(QFileInfo(path).absolutePath()).toString();
        m_recordingInfo->setText(tr("Recording saved: %1 (<a href=\"%2\">open the folder</a>)")
                                     .arg(QFileInfo(path).fileName().toHtmlEscaped(), folder.toHtmlEscaped()));
        m_recordingInfo->setVisible(true);
    });
    connect(m_recorder, &CallRecorder::failed, this, [this](const QString &message) {
        m_recordingInfo->setText(message.toHtmlEscaped());
        m_recordingInfo->setVisible(true);
        updateRecordingMark();
    });
    return m_recorder;
}

bool CallAudioBar::isRecording() const
{
    return m_recorder && m_recorder->isRecording();
}

void CallAudioBar::attach(CallController &call)
{
    m_call = &call;
    connect(&call, &CallController::stateChanged, this, &CallAudioBar::onCallState);
    onCallState(call.state());
}

QString CallAudioBar::recordingsDir() const
{
    const QString chosen = m_settings.value(kDirKey).toString();
    return chosen.isEmpty() ? m_defaultDir : chosen;
}

bool CallAudioBar::isMicLevelEnabled() const
{
    return m_settings.value(kMicKey, false).toBool();
}

void CallAudioBar::setMicLevelEnabled(bool enabled)
{
    m_settings.setValue(kMicKey, enabled);
    if (m_micToggle->isChecked() != enabled)
        m_micToggle->setChecked(enabled);
    updateMeterState();
}

void CallAudioBar::onCallState(CallController::State state)
{
    const CallController::State previous = m_state;
    m_state = state;
    switch (state) {
    case CallController::State::Running:
        if (previous == CallController::State::Paused && m_recorder)
            m_recorder->resume();
        else
            m_recordingInfo->setVisible(false);
        break;
    case CallController::State::Paused:
        if (m_recorder)
            m_recorder->pause();
        break;
    case CallController::State::Ended:
    case CallController::State::Ready:
        if (m_recorder)
            m_recorder->stop();
        break;
    }
    m_record->setEnabled(m_call && m_call->isActive());
    updateMeterState();
    updateRecordingMark();
}

void CallAudioBar::updateMeterState()
{
    const bool wanted = isMicLevelEnabled() && m_state == CallController::State::Running;
    m_level->setVisible(isMicLevelEnabled());
    m_micStatus->setVisible(isMicLevelEnabled());
    if (!wanted) {
        m_monitor->stop();
        m_micStatus->setText(isMicLevelEnabled() ? tr("Shown while a call runs") : QString());
        return;
    }
    if (m_monitor->isActive() || m_monitor->start())
        m_micStatus->setText(tr("Live: %1").arg(m_monitor->deviceName()));
    else
        m_micStatus->setText(m_monitor->errorText());
}

void CallAudioBar::toggleRecording()
{
    if (isRecording()) {
        m_recorder->stop();
        return;
    }
    if (!m_call || !m_call->isActive() || !m_call->session())
        return;
    const Session &session = *m_call->session();
    const QString client = session.clientName.isEmpty() ? tr("the client") : session.clientName;
    const auto answer = MessageBox::question(this, tr("Record this call?"),
        tr("Recording a conversation without the other person's consent is an offence (in France, article 226-1 "
           "of the Code pénal).\n\nHas %1 agreed to this call being recorded? The file stays on this computer.")
            .arg(client),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QDateTime now = QDateTime::currentDateTime();
    const QString base = QDir(recordingsDir())
                             .filePath(QStringLiteral("%1_%2_%3")
                                           .arg(now.toString(QStringLiteral("yyyy-MM-dd_HH-mm")), fileSafe(client),
                                               session.id.left(8)));
    const QString consent = QStringLiteral("Consent to record confirmed by the expert on %1 (client: %2, session %3)")
                                .arg(now.toUTC().toString(Qt::ISODate), client, session.id);
    if (!recorder()->start(base, tr("Call with %1").arg(client), consent)) {
        MessageBox::warning(this, tr("Recording"), m_recorder->errorText());
        return;
    }
    if (m_state == CallController::State::Paused)
        m_recorder->pause();
    updateRecordingMark();
}

void CallAudioBar::updateRecordingMark()
{
    const bool recording = isRecording();
    m_recordingMark->setVisible(recording);
    m_record->setText(recording ? tr("Stop recording") : tr("Record…"));
    m_record->setAccessibleName(recording ? tr("Stop recording") : tr("Record the call"));
    if (!recording)
        return;
    const QString time = MoneyFormat::formatDuration(m_recorder->durationMs());
    m_recordingMark->setText(m_recorder->isPaused()
            ? tr("<span style='color:#dc2626;font-weight:600'>●</span> Recording paused · %1").arg(time)
            : tr("<span style='color:#dc2626;font-weight:600'>● Recording</span> · %1").arg(time));
}

} // namespace minutier
