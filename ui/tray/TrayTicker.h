#pragma once

#include "metering/CallController.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace minutier {

// The running call in the system tray while the window is hidden: the tooltip and the first menu
// line show elapsed time and cost (from the controller: measured duration, PriceCalculator); the
// menu starts, pauses, resumes and stops the call; a desktop notification (showMessage) says when
// the free minutes end, at 80 % of the hold and when the hold is reached.
class TrayTicker final : public QObject
{
    Q_OBJECT
public:
    explicit TrayTicker(CallController &call, QObject *parent = nullptr);
    ~TrayTicker() override;

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stopAction() const { return m_stop; }

    // The text of the tooltip and of the menu's status line.
    QString statusText() const;
    // The last notification shown (title and message), for the log and for tests.
    QString lastNotificationTitle() const { return m_lastTitle; }
    QString lastNotificationMessage() const { return m_lastMessage; }

    // Shows the icon if the desktop has a system tray.
    void showIfAvailable();

public slots:
    void refresh();

signals:
    // Start needs a client and an offer: the window decides (its call panel).
    void startRequested();
    // The call lasted under CallController::kMisclickMs: the window confirms, then calls stop().
    void stopConfirmationRequested();
    // The tray icon was clicked: show the window.
    void activated();

private:
    void onCue(CallController::Cue cue);
    void notify(const QString &title, const QString &message);
    void onStop();

    CallController &m_call;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_status;
    QAction *m_start;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_stop;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace minutier
