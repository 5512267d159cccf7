#include "TrayTicker.h"

#include "common/MoneyFormat.h"

#include <QAction>
#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcTray, "minutier.ui.tray")

namespace minutier {

namespace {
QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

TrayTicker::TrayTicker(CallController &call, QObject *parent)
    : QObject(parent)
    , m_call(call)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_status(m_menu->addAction(QString()))
    , m_start(m_menu->addAction(tr("&Start call")))
    , m_pause(m_menu->addAction(tr("&Pause")))
    , m_resume(m_menu->addAction(tr("&Resume")))
    , m_stop(m_menu->addAction(tr("S&top")))
{
    m_menu->insertSeparator(m_start);
    m_status->setEnabled(false);
    m_status->setObjectName(QStringLiteral("trayStatus"));
    m_start->setObjectName(QStringLiteral("trayStart"));
    m_pause->setObjectName(QStringLiteral("trayPause"));
    m_resume->setObjectName(QStringLiteral("trayResume"));
    m_stop->setObjectName(QStringLiteral("trayStop"));
    m_tray->setIcon(QIcon(QStringLiteral(":/icons/minutier.svg")));
    m_tray->setContextMenu(m_menu);

    connect(m_start, &QAction::triggered, this, &TrayTicker::startRequested);
    connect(m_pause, &QAction::triggered, &m_call, &CallController::pause);
    connect(m_resume, &QAction::triggered, &m_call, &CallController::resume);
    connect(m_stop, &QAction::triggered, this, &TrayTicker::onStop);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated();
    });
    connect(&m_call, &CallController::ticked, this, &TrayTicker::refresh);
    connect(&m_call, &CallController::stateChanged, this, &TrayTicker::refresh);
    connect(&m_call, &CallController::sessionSaved, this, &TrayTicker::refresh);
    connect(&m_call, &CallController::cueReached, this, &TrayTicker::onCue);
    refresh();
}

TrayTicker::~TrayTicker()
{
    delete m_menu; // a QMenu has no QObject parent here (it is a top-level popup)
}

void TrayTicker::showIfAvailable()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

QString TrayTicker::statusText() const
{
    const auto state = m_call.state();
    if (state == CallController::State::Ready)
        return tr("Minutier — no call in progress");
    QString cost;
    if (auto q = m_call.currentQuote())
        cost = MoneyFormat::format(q->gross);
    QString stateText;
    switch (state) {
    case CallController::State::Running:
        stateText = tr("running");
        break;
    case CallController::State::Paused:
        stateText = tr("paused");
        break;
    case CallController::State::Ended:
        stateText = tr("ended");
        break;
    case CallController::State::Ready:
        break;
    }
    QString text = tr("%1 · %2 (%3)").arg(clockText(m_call.elapsedMs()), cost, stateText);
    if (m_call.isCapped())
        text += QLatin1Char('\n') + tr("Hold reached: time still counts, nothing more is charged");
    else if (const int permille = m_call.holdUsedPermille(); permille >= 0)
        text += QLatin1Char('\n') + tr("%1 % of the hold used").arg(permille / 10);
    else if (const qint64 free = m_call.freeMsLeft(); free > 0 && state != CallController::State::Ended)
        text += QLatin1Char('\n') + tr("%1 of free time left").arg(clockText(free));
    return text;
}

void TrayTicker::refresh()
{
    const QString text = statusText();
    m_tray->setToolTip(text);
    m_status->setText(text.section(QLatin1Char('\n'), 0, 0));
    const auto state = m_call.state();
    const bool active = m_call.isActive();
    m_start->setEnabled(!active);
    m_pause->setVisible(state != CallController::State::Paused);
    m_pause->setEnabled(state == CallController::State::Running);
    m_resume->setVisible(state == CallController::State::Paused);
    m_resume->setEnabled(state == CallController::State::Paused);
    m_stop->setEnabled(active);
}

void TrayTicker::onStop()
{
    if (!m_call.isActive())
        return;
    if (m_call.stopNeedsConfirmation()) {
        emit stopConfirmationRequested();
        return;
    }
    if (auto saved = m_call.stop(); !saved)
        notify(tr("The call could not be saved"), saved.error().detail);
}

void TrayTicker::onCue(CallController::Cue cue)
{
    switch (cue) {
    case CallController::Cue::FreeMinutesEnded:
        notify(tr("Free minutes over"), tr("The call is now charged."));
        break;
    case CallController::Cue::HoldAt80Percent:
        notify(tr("80 % of the hold used"),
            tr("The cost so far is %1.")
                .arg(m_call.currentQuote() ? MoneyFormat::format(m_call.currentQuote()->gross) : QString()));
        break;
    case CallController::Cue::CapReached:
        notify(tr("Hold reached"), tr("Time still counts, but nothing more is charged."));
        break;
    }
}

void TrayTicker::notify(const QString &title, const QString &message)
{
    m_lastTitle = title;
    m_lastMessage = message;
    qCInfo(lcTray) << "notification:" << title;
    if (QSystemTrayIcon::supportsMessages() && m_tray->isVisible())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
}

} // namespace minutier
