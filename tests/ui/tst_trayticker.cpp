#include "ManualClock.h"

#include "domain/Client.h"
#include "metering/CallController.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "tray/TrayTicker.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_TrayTicker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tooltip_followsController_data();
    void tooltip_followsController();
    void menu_actionsFollowState();
    void menu_pauseResume_driveController();
    void stop_underTenSeconds_asksConfirmation();
    void stop_afterTenSeconds_savesCall();
    void start_requestsWindow();
    void cues_notifyFreeMinutesAndHold();
    void tooltip_realClock_refreshedByDisplayTimer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<CallController> m_call;
    std::unique_ptr<TrayTicker> m_tray;
    QString m_client;
    QString m_offer;
};

void tst_TrayTicker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TrayTicker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>();
    Client c;
    c.name = QStringLiteral("Ada Lovelace");
    c.kind = ClientKind::Prospect;
    m_client = ClientRepository(*m_db).save(c)->id;
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = *BillingPolicy::parseRate(u"3.00");
    o.policy.freeMinutes = 2;
    o.policy.vatBasisPoints = 2000;
    m_offer = OfferRepository(*m_db).save(o)->id;
    m_call = std::make_unique<CallController>(*m_db, *m_clock);
    m_tray = std::make_unique<TrayTicker>(*m_call);
}

void tst_TrayTicker::cleanup()
{
    m_tray.reset();
    m_call.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_TrayTicker::tooltip_followsController_data()
{
    QTest::addColumn<qint64>("hold"); // -1: none
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::addRow("in the free minutes") << qint64(-1) << qint64(45'000)
                                         << QStringLiteral("00:00:45 · €0.00 (running)\n00:01:15 of free time left");
    QTest::addRow("12 min 34.9 s") << qint64(-1) << qint64(754'900) << QStringLiteral("00:12:34 · €38.04 (running)");
    QTest::addRow("half the hold") << qint64(3000) << qint64(370'000)
                                   << QStringLiteral("00:06:10 · €15.00 (running)\n50 % of the hold used");
    QTest::addRow("hold reached") << qint64(3000) << qint64(3'600'000)
                                  << QStringLiteral("01:00:00 · €30.00 (running)\nHold reached: time still counts, "
                                                    "nothing more is charged");
}

void tst_TrayTicker::tooltip_followsController()
{
    QFETCH(qint64, hold);
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(m_tray->trayIcon()->toolTip(), QStringLiteral("Minutier — no call in progress"));
    QVERIFY(m_call->start(m_client, m_offer, hold >= 0 ? std::optional<qint64>(hold) : std::nullopt).ok());
    QCOMPARE(
        m_tray->trayIcon()->toolTip().section(QLatin1Char('\n'), 0, 0), QStringLiteral("00:00:00 · €0.00 (running)"));
    m_clock->advance(ms);
    m_call->poll();
    QCOMPARE(m_tray->trayIcon()->toolTip(), expected);
    QCOMPARE(m_tray->menu()->findChild<QAction *>(QStringLiteral("trayStatus"))->text(),
        expected.section(QLatin1Char('\n'), 0, 0));
}

void tst_TrayTicker::menu_actionsFollowState()
{
    QVERIFY(m_tray->startAction()->isEnabled());
    QVERIFY(!m_tray->pauseAction()->isEnabled());
    QVERIFY(!m_tray->stopAction()->isEnabled());
    QVERIFY(m_call->start(m_client, m_offer).ok());
    QVERIFY(!m_tray->startAction()->isEnabled());
    QVERIFY(m_tray->pauseAction()->isEnabled() && m_tray->pauseAction()->isVisible());
    QVERIFY(!m_tray->resumeAction()->isVisible());
    QVERIFY(m_tray->stopAction()->isEnabled());
    m_call->pause();
    QVERIFY(!m_tray->pauseAction()->isVisible());
    QVERIFY(m_tray->resumeAction()->isEnabled() && m_tray->resumeAction()->isVisible());
    QVERIFY(m_tray->trayIcon()->toolTip().contains(QStringLiteral("(paused)")));
}

void tst_TrayTicker::menu_pauseResume_driveController()
{
    QVERIFY(m_call->start(m_client, m_offer).ok());
    m_clock->advance(5'000);
    m_tray->pauseAction()->trigger();
    QCOMPARE(m_call->state(), CallController::State::Paused);
    m_clock->advance(60'000);
    m_tray->resumeAction()->trigger();
    QCOMPARE(m_call->state(), CallController::State::Running);
    QCOMPARE(m_call->elapsedMs(), qint64(5'000));
}

void tst_TrayTicker::stop_underTenSeconds_asksConfirmation()
{
    QSignalSpy confirm(m_tray.get(), &TrayTicker::stopConfirmationRequested);
    QVERIFY(m_call->start(m_client, m_offer).ok());
    m_clock->advance(3'000);
    m_tray->stopAction()->trigger();
    QCOMPARE(confirm.size(), 1);
    QCOMPARE(m_call->state(), CallController::State::Running);
}

void tst_TrayTicker::stop_afterTenSeconds_savesCall()
{
    QSignalSpy confirm(m_tray.get(), &TrayTicker::stopConfirmationRequested);
    QSignalSpy saved(m_call.get(), &CallController::sessionSaved);
    QVERIFY(m_call->start(m_client, m_offer).ok());
    m_clock->advance(754'900);
    m_tray->stopAction()->trigger();
    QCOMPARE(confirm.size(), 0);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_call->state(), CallController::State::Ended);
    QCOMPARE(m_tray->trayIcon()->toolTip(), QStringLiteral("00:12:34 · €38.04 (ended)"));
    QVERIFY(m_tray->startAction()->isEnabled());
    QVERIFY(!m_tray->stopAction()->isEnabled());
}

void tst_TrayTicker::start_requestsWindow()
{
    QSignalSpy start(m_tray.get(), &TrayTicker::startRequested);
    m_tray->startAction()->trigger();
    QCOMPARE(start.size(), 1);
    QCOMPARE(m_call->state(), CallController::State::Ready);
}

void tst_TrayTicker::cues_notifyFreeMinutesAndHold()
{
    QVERIFY(m_call->start(m_client, m_offer, qint64(3000)).ok());
    QVERIFY(m_tray->lastNotificationTitle().isEmpty());
    m_clock->advance(120'000);
    m_call->poll();
    QCOMPARE(m_tray->lastNotificationTitle(), QStringLiteral("Free minutes over"));
    m_clock->advance(400'000);
    m_call->poll();
    QCOMPARE(m_tray->lastNotificationTitle(), QStringLiteral("80 % of the hold used"));
    QCOMPARE(m_tray->lastNotificationMessage(), QStringLiteral("The cost so far is €24.00."));
    m_clock->advance(100'000);
    m_call->poll();
    QCOMPARE(m_tray->lastNotificationTitle(), QStringLiteral("Hold reached"));
}

void tst_TrayTicker::tooltip_realClock_refreshedByDisplayTimer()
{
    // No manual poll here: the controller's own display timer drives the tooltip.
    SystemClock clock;
    CallController call(*m_db, clock);
    TrayTicker tray(call);
    QVERIFY(call.start(m_client, m_offer).ok());
    QTRY_VERIFY_WITH_TIMEOUT(tray.trayIcon()->toolTip().startsWith(QStringLiteral("00:00:01 · €0.00 (running)")), 5000);
    call.pause();
    const QString paused = tray.trayIcon()->toolTip();
    QVERIFY(paused.contains(QStringLiteral("(paused)")));
    QVERIFY(call.stop().ok());
}

QTEST_MAIN(tst_TrayTicker)
#include "tst_trayticker.moc"
