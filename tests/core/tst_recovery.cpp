#include "ManualClock.h"
#include "TestSupport.h"

#include "domain/Client.h"
#include "metering/CallController.h"
#include "metering/RecoveryService.h"
#include "metering/SessionService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/SessionRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_Recovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void markInterrupted_staleness_data();
    void markInterrupted_staleness();
    void interrupted_keepsLastHeartbeatDuration();
    void bill_interrupted_endsAndPricesUpToLastHeartbeat();
    void discard_interrupted_keepsRowAsDiscarded();
    void settle_notInterrupted_isConflict_data();
    void settle_notInterrupted_isConflict();
    void settle_unknownId_isNotFound();
    void liveMeter_afterMark_cannotReviveSession();
    void crashAndRecovery_onEveryEngine_data();
    void crashAndRecovery_onEveryEngine();

private:
    // A call measured by a controller that then "crashes" (never stops, never destroyed cleanly).
    QString crashedCall(qint64 runMs, bool paused = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
    QString m_client;
    QString m_offer;
    QList<CallController *> m_leaked; // "crashed" controllers, kept alive until cleanup()
};

void tst_Recovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>();
    Client c;
    c.name = QStringLiteral("Grace Hopper");
    c.kind = ClientKind::Prospect;
    m_client = ClientRepository(*m_db).save(c)->id;
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = *BillingPolicy::parseRate(u"3.00");
    o.policy.freeMinutes = 2;
    o.policy.vatBasisPoints = 2000;
    m_offer = OfferRepository(*m_db).save(o)->id;
}

void tst_Recovery::cleanup()
{
    // Deleted only after the test's checks (a crashed process runs no destructor); by then their
    // last write can no longer touch a recovered row.
    qDeleteAll(m_leaked);
    m_leaked.clear();
    m_db.reset();
    m_dir.reset();
}

QString tst_Recovery::crashedCall(qint64 runMs, bool paused)
{
    auto *call = new CallController(*m_db, *m_clock);
    m_leaked << call;
    if (!call->start(m_client, m_offer).ok())
        return {};
    for (qint64 t = 0; t < runMs; t += 200) {
        m_clock->advance(std::min<qint64>(200, runMs - t));
        call->poll();
    }
    if (paused)
        call->pause();
    return call->session()->id;
}

void tst_Recovery::markInterrupted_staleness_data()
{
    QTest::addColumn<qint64>("silentMs"); // time since the last heartbeat
    QTest::addColumn<bool>("paused");
    QTest::addColumn<bool>("marked");
    QTest::addRow("running, beat just now: a live meter") << qint64(0) << false << false;
    QTest::addRow("running, beat 1.9 s ago") << qint64(1'900) << false << false;
    QTest::addRow("running, silent 2.1 s: orphaned") << qint64(2'100) << false << true;
    QTest::addRow("paused, silent an hour") << qint64(3'600'000) << true << true;
}

void tst_Recovery::markInterrupted_staleness()
{
    QFETCH(qint64, silentMs);
    QFETCH(bool, paused);
    QFETCH(bool, marked);
    const QString id = crashedCall(10'000, paused);
    QVERIFY(!id.isEmpty());
    const QDateTime lastBeat = SessionRepository(*m_db).find(id)->lastHeartbeat;
    m_clock->advance(silentMs - lastBeat.msecsTo(m_clock->nowUtc()));
    QCOMPARE(lastBeat.msecsTo(m_clock->nowUtc()), silentMs);
    RecoveryService recovery(*m_db, *m_clock);
    QCOMPARE(recovery.markInterrupted().value(), marked ? 1 : 0);
    const SessionState expected
        = marked ? SessionState::Interrupted : (paused ? SessionState::Paused : SessionState::Running);
    QCOMPARE(SessionRepository(*m_db).find(id)->state, expected);
    QCOMPARE(recovery.markInterrupted().value(), 0); // idempotent
}

void tst_Recovery::interrupted_keepsLastHeartbeatDuration()
{
    const QString a = crashedCall(61'300);
    m_clock->advance(5'000);
    const QString b = crashedCall(754'900);
    // A finished call is never listed.
    CallController done(*m_db, *m_clock);
    QVERIFY(done.start(m_client, m_offer).ok());
    m_clock->advance(1'000);
    QVERIFY(done.stop().ok());
    m_clock->advance(10'000);
    auto list = RecoveryService(*m_db, *m_clock).interrupted();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, a);
    QCOMPARE(list->at(1).id, b);
    // Heartbeats every 500 ms: at most that much of the measured time is lost.
    QVERIFY(list->at(0).durationMs <= 61'300 && list->at(0).durationMs > 61'300 - 1000);
    QVERIFY(list->at(1).durationMs <= 754'900 && list->at(1).durationMs > 754'900 - 1000);
    QCOMPARE(list->at(0).state, SessionState::Interrupted);
}

void tst_Recovery::bill_interrupted_endsAndPricesUpToLastHeartbeat()
{
    const QString id = crashedCall(754'900);
    m_clock->advance(60'000);
    RecoveryService recovery(*m_db, *m_clock);
    const Session before = recovery.interrupted()->at(0);
    auto billed = recovery.bill(id);
    QVERIFY(billed.ok());
    QCOMPARE(billed->state, SessionState::Ended);
    QCOMPARE(billed->durationMs, before.durationMs);
    QCOMPARE(billed->endedAt, before.lastHeartbeat);
    auto expected = PriceCalculator::quote(before.policy, before.durationMs);
    QCOMPARE(billed->gross.minor(), expected->gross.minor());
    QVERIFY(billed->gross.minor() > 0);
    auto row = SessionRepository(*m_db).find(id);
    QCOMPARE(row->state, SessionState::Ended);
    QCOMPARE(row->gross.minor(), expected->gross.minor());
    QVERIFY(recovery.interrupted()->isEmpty());
}

void tst_Recovery::discard_interrupted_keepsRowAsDiscarded()
{
    const QString id = crashedCall(30'000);
    m_clock->advance(60'000);
    RecoveryService recovery(*m_db, *m_clock);
    auto discarded = recovery.discard(id);
    QVERIFY(discarded.ok());
    QCOMPARE(discarded->state, SessionState::Discarded);
    auto row = SessionRepository(*m_db).find(id);
    QVERIFY(row.ok());
    QCOMPARE(row->state, SessionState::Discarded);
    QCOMPARE(row->durationMs, discarded->durationMs);
    QCOMPARE(row->gross.minor(), qint64(0));
    QVERIFY(recovery.interrupted()->isEmpty());
}

void tst_Recovery::settle_notInterrupted_isConflict_data()
{
    QTest::addColumn<bool>("bill");
    QTest::addColumn<bool>("live");
    QTest::addRow("bill an ended call") << true << false;
    QTest::addRow("discard an ended call") << false << false;
    QTest::addRow("bill a live call") << true << true;
    QTest::addRow("discard a live call") << false << true;
}

void tst_Recovery::settle_notInterrupted_isConflict()
{
    QFETCH(bool, bill);
    QFETCH(bool, live);
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(1'000);
    call.poll();
    if (!live)
        QVERIFY(call.stop().ok());
    const QString id = call.session()->id;
    RecoveryService recovery(*m_db, *m_clock);
    auto r = bill ? recovery.bill(id) : recovery.discard(id);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(SessionRepository(*m_db).find(id)->state, live ? SessionState::Running : SessionState::Ended);
}

void tst_Recovery::settle_unknownId_isNotFound()
{
    auto r = RecoveryService(*m_db, *m_clock).bill(QStringLiteral("no-such-session"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
}

void tst_Recovery::liveMeter_afterMark_cannotReviveSession()
{
    // A meter frozen for longer than the staleness delay (e.g. the process was stopped) is taken
    // by recovery; when it wakes up its heartbeat fails loudly instead of reviving the row.
    CallController call(*m_db, *m_clock);
    QSignalSpy failed(&call, &CallController::heartbeatFailed);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(5'000);
    QCOMPARE(RecoveryService(*m_db, *m_clock).markInterrupted().value(), 1);
    call.poll();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(SessionRepository(*m_db).find(call.session()->id)->state, SessionState::Interrupted);
}

void tst_Recovery::crashAndRecovery_onEveryEngine_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

void tst_Recovery::crashAndRecovery_onEveryEngine()
{
    QFETCH(QString, engine);
    const QString where = test::databaseLocationFor(engine, m_dir->filePath(QStringLiteral("engine")));
    if (where.isEmpty())
        QSKIP("PostgreSQL not available: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");
    auto opened = Database::open(where);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    Database &db = **opened;
    Client c;
    c.name = QStringLiteral("Katherine Johnson");
    c.kind = ClientKind::Prospect;
    const QString client = ClientRepository(db).save(c)->id;
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = *BillingPolicy::parseRate(u"3.00");
    o.policy.vatBasisPoints = 2000;
    const QString offer = OfferRepository(db).save(o)->id;

    QString crashed;
    QString discarded;
    {
        CallController a(db, *m_clock);
        CallController b(db, *m_clock);
        QVERIFY(a.start(client, offer).ok());
        QVERIFY(b.start(client, offer).ok());
        for (int i = 0; i < 300; ++i) { // 60 s
            m_clock->advance(200);
            a.poll();
            b.poll();
        }
        crashed = a.session()->id;
        discarded = b.session()->id;
        m_clock->advance(3'000); // both processes "died" 3 s ago
        RecoveryService recovery(db, *m_clock);
        auto list = recovery.interrupted();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        for (const Session &s : *list)
            QVERIFY2(s.durationMs > 59'000 && s.durationMs <= 60'000, qPrintable(QString::number(s.durationMs)));
        // A meter that wakes up after being taken cannot revive its row.
        QSignalSpy failed(&a, &CallController::heartbeatFailed);
        a.poll();
        QCOMPARE(failed.size(), 1);
        auto billed = recovery.bill(crashed);
        QVERIFY(billed.ok());
        QCOMPARE(billed->gross.minor(), PriceCalculator::quote(o.policy, billed->durationMs)->gross.minor());
        QVERIFY(recovery.discard(discarded).ok());
        QCOMPARE(recovery.bill(discarded).error().code, ErrorCode::Conflict);
        QVERIFY(recovery.interrupted()->isEmpty());
    } // the controllers' destructors must leave settled rows alone
    QCOMPARE(SessionRepository(db).find(crashed)->state, SessionState::Ended);
    QCOMPARE(SessionRepository(db).find(discarded)->state, SessionState::Discarded);
}

QTEST_GUILESS_MAIN(tst_Recovery)
#include "tst_recovery.moc"
