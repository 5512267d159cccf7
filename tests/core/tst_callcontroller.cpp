#include "ManualClock.h"

#include "billing/PriceCalculator.h"
#include "domain/Client.h"
#include "metering/CallController.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/SessionRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using Cue = CallController::Cue;
using State = CallController::State;

class tst_CallController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void start_writesRunningRowBeforeCounting();
    void start_unknownClient_staysReady();
    void start_whileRunning_isConflict();
    void start_negativeHold_isInvalidInput();
    void pause_freezesElapsedAndWritesPausedAtOnce();
    void resume_countsAgainFromResume();
    void stop_pricesMeasuredDurationWithFrozenPolicy_data();
    void stop_pricesMeasuredDurationWithFrozenPolicy();
    void stop_fromPaused_savesPausedDuration();
    void stop_withoutCall_isConflict();
    void reset_afterStop_isReadyForNextCall();
    void poll_heartbeatAtLeastEverySecond();
    void poll_tickedOnlyWhileRunning();
    void currentQuote_followsMeasuredDurationNotTicks();
    void cues_eachOnceAtTheirPoint_data();
    void cues_eachOnceAtTheirPoint();
    void cap_costStopsAtHoldTimeKeepsCounting();
    void holdUsedPermille_withoutHold_isMinusOne();
    void freeMsLeft_countsDown();
    void heartbeat_sessionDiscardedElsewhere_reportsFailure();
    void destroy_whileRunning_leavesInterruptedWithDuration();
    void wallClock_jump_data();
    void wallClock_jump();
    void countGap_true_addsGapToDuration();
    void wallClock_jumpWhilePaused_isNotAGap();
    void stopNeedsConfirmation_underTenSeconds();

private:
    Offer makeOffer(const char *rate, int freeMinutes, int vatBasisPoints = 2000);
    qint64 rowDuration(const QString &id);
    SessionState rowState(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
    QString m_client;
    QString m_offer; // 3.00/min, 2 free minutes, VAT 20 %
};

void tst_CallController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>();
    Client c;
    c.name = QStringLiteral("Ada Lovelace");
    c.kind = ClientKind::Prospect;
    auto saved = ClientRepository(*m_db).save(c);
    QVERIFY(saved.ok());
    m_client = saved->id;
    m_offer = makeOffer("3.00", 2).id;
}

void tst_CallController::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Offer tst_CallController::makeOffer(const char *rate, int freeMinutes, int vatBasisPoints)
{
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = *BillingPolicy::parseRate(QString::fromLatin1(rate));
    o.policy.freeMinutes = freeMinutes;
    o.policy.vatBasisPoints = vatBasisPoints;
    auto saved = OfferRepository(*m_db).save(o);
    Q_ASSERT(saved.ok());
    return *saved;
}

qint64 tst_CallController::rowDuration(const QString &id)
{
    auto s = SessionRepository(*m_db).find(id);
    return s ? s->durationMs : -1;
}

SessionState tst_CallController::rowState(const QString &id)
{
    auto s = SessionRepository(*m_db).find(id);
    Q_ASSERT(s.ok());
    return s->state;
}

void tst_CallController::start_writesRunningRowBeforeCounting()
{
    CallController call(*m_db, *m_clock);
    QSignalSpy states(&call, &CallController::stateChanged);
    QCOMPARE(call.state(), State::Ready);
    QVERIFY(call.start(m_client, m_offer).ok());
    QCOMPARE(call.state(), State::Running);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Running);
    QVERIFY(call.session().has_value());
    QCOMPARE(rowState(call.session()->id), SessionState::Running);
    QCOMPARE(rowDuration(call.session()->id), qint64(0));
    QCOMPARE(call.elapsedMs(), qint64(0));
    m_clock->advance(1234);
    QCOMPARE(call.elapsedMs(), qint64(1234));
}

void tst_CallController::start_unknownClient_staysReady()
{
    CallController call(*m_db, *m_clock);
    const Status st = call.start(QStringLiteral("nobody"), m_offer);
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::InvalidInput);
    QCOMPARE(call.state(), State::Ready);
    QVERIFY(!call.session().has_value());
    QCOMPARE(SessionRepository(*m_db).count().value(), qint64(0));
}

void tst_CallController::start_whileRunning_isConflict()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    const QString first = call.session()->id;
    const Status again = call.start(m_client, m_offer);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(call.session()->id, first);
    QCOMPARE(SessionRepository(*m_db).count().value(), qint64(1));
}

void tst_CallController::start_negativeHold_isInvalidInput()
{
    CallController call(*m_db, *m_clock);
    const Status st = call.start(m_client, m_offer, qint64(-1));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::InvalidInput);
    QCOMPARE(call.state(), State::Ready);
}

void tst_CallController::pause_freezesElapsedAndWritesPausedAtOnce()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(5'300);
    QSignalSpy states(&call, &CallController::stateChanged);
    call.pause();
    QCOMPARE(call.state(), State::Paused);
    QCOMPARE(states.size(), 1);
    QCOMPARE(rowState(call.session()->id), SessionState::Paused);
    QCOMPARE(rowDuration(call.session()->id), qint64(5'300));
    m_clock->advance(60'000);
    call.poll();
    QCOMPARE(call.elapsedMs(), qint64(5'300));
    QCOMPARE(rowDuration(call.session()->id), qint64(5'300));
    call.pause(); // no-op when already paused
    QCOMPARE(states.size(), 1);
}

void tst_CallController::resume_countsAgainFromResume()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(1'000);
    call.pause();
    m_clock->advance(30'000);
    call.resume();
    QCOMPARE(call.state(), State::Running);
    QCOMPARE(rowState(call.session()->id), SessionState::Running);
    m_clock->advance(2'500);
    QCOMPARE(call.elapsedMs(), qint64(3'500));
    call.resume(); // no-op when running
    QCOMPARE(call.elapsedMs(), qint64(3'500));
}

void tst_CallController::stop_pricesMeasuredDurationWithFrozenPolicy_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("grossMinor");
    QTest::addRow("inside the free minutes is free") << qint64(90'000) << qint64(0);
    // 12 min 34.9 s: 634 paid seconds at 3.00/min = 31.70 net, 38.04 gross.
    QTest::addRow("12 min 34.9 s at 3.00/min after 2 free") << qint64(754'900) << qint64(3804);
    QTest::addRow("one paid second") << qint64(121'000) << qint64(6);
}

void tst_CallController::stop_pricesMeasuredDurationWithFrozenPolicy()
{
    QFETCH(qint64, ms);
    QFETCH(qint64, grossMinor);
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    // The offer is edited during the call: the frozen price still applies.
    Offer edited = *OfferRepository(*m_db).find(m_offer);
    edited.policy.rateE4 = *BillingPolicy::parseRate(u"9.00");
    QVERIFY(OfferRepository(*m_db).save(edited).ok());
    for (qint64 t = 0; t < ms; t += 200) {
        m_clock->advance(std::min<qint64>(200, ms - t));
        call.poll();
    }
    QSignalSpy saved(&call, &CallController::sessionSaved);
    auto s = call.stop();
    QVERIFY(s.ok());
    QCOMPARE(call.state(), State::Ended);
    QCOMPARE(s->durationMs, ms);
    QCOMPARE(s->gross.minor(), grossMinor);
    QCOMPARE(s->state, SessionState::Ended);
    QCOMPARE(saved.size(), 1);
    auto row = SessionRepository(*m_db).find(s->id);
    QCOMPARE(row->durationMs, ms);
    QCOMPARE(row->gross.minor(), grossMinor);
    QCOMPARE(row->state, SessionState::Ended);
    // Time passing after the stop changes nothing.
    m_clock->advance(10'000);
    QCOMPARE(call.elapsedMs(), ms);
}

void tst_CallController::stop_fromPaused_savesPausedDuration()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(200'000);
    call.pause();
    m_clock->advance(500'000);
    auto s = call.stop();
    QVERIFY(s.ok());
    QCOMPARE(s->durationMs, qint64(200'000));
    QCOMPARE(s->gross.minor(), qint64(480)); // 80 paid seconds at 6 cents gross
}

void tst_CallController::stop_withoutCall_isConflict()
{
    CallController call(*m_db, *m_clock);
    auto s = call.stop();
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Conflict);
}

void tst_CallController::reset_afterStop_isReadyForNextCall()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(3'000);
    QVERIFY(call.stop().ok());
    QVERIFY(call.stop().ok()); // idempotent once saved
    call.reset();
    QCOMPARE(call.state(), State::Ready);
    QVERIFY(!call.session().has_value());
    QVERIFY(call.start(m_client, m_offer).ok());
    QCOMPARE(call.elapsedMs(), qint64(0));
    QCOMPARE(SessionRepository(*m_db).count().value(), qint64(2));
}

void tst_CallController::poll_heartbeatAtLeastEverySecond()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    const QString id = call.session()->id;
    // 30 s of 200 ms refreshes with jitter: the row never lags the meter by a second or more.
    const qint64 steps[] = { 180, 230, 200, 260, 150, 210 };
    for (int i = 0; i < 150; ++i) {
        m_clock->advance(steps[i % 6]);
        call.poll();
        const qint64 lag = call.elapsedMs() - rowDuration(id);
        QVERIFY2(lag >= 0 && lag < 1000, qPrintable(QString::number(lag)));
    }
    auto row = SessionRepository(*m_db).find(id);
    QCOMPARE(row->lastHeartbeat.isValid(), true);
    QVERIFY(row->lastHeartbeat > row->startedAt);
}

void tst_CallController::poll_tickedOnlyWhileRunning()
{
    CallController call(*m_db, *m_clock);
    QSignalSpy ticks(&call, &CallController::ticked);
    call.poll();
    QCOMPARE(ticks.size(), 0);
    QVERIFY(call.start(m_client, m_offer).ok());
    QCOMPARE(ticks.size(), 1); // the first display at 0
    m_clock->advance(200);
    call.poll();
    QCOMPARE(ticks.size(), 2);
    QCOMPARE(ticks.last().at(0).toLongLong(), qint64(200));
    call.pause();
    call.poll();
    QCOMPARE(ticks.size(), 2);
}

void tst_CallController::currentQuote_followsMeasuredDurationNotTicks()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    // No poll at all for 10 minutes (a frozen display): the quote is still exact.
    m_clock->advance(600'000);
    auto q = call.currentQuote();
    QVERIFY(q.ok());
    auto expected = PriceCalculator::quote(call.session()->policy, 600'000);
    QCOMPARE(q->gross.minor(), expected->gross.minor());
    QCOMPARE(q->gross.minor(), qint64(2880));
}

void tst_CallController::cues_eachOnceAtTheirPoint_data()
{
    QTest::addColumn<int>("freeMinutes");
    QTest::addColumn<qint64>("hold"); // -1: none
    QTest::addColumn<qint64>("callMs");
    QTest::addColumn<qint64>("freeEndMs"); // -1: never
    QTest::addColumn<qint64>("at80Ms");
    QTest::addColumn<qint64>("capMs");
    // 3.00/min + 20 % VAT = 6 cents gross per paid second.
    QTest::addRow("free minutes only") << 2 << qint64(-1) << qint64(400'000) << qint64(120'000) << qint64(-1)
                                       << qint64(-1);
    QTest::addRow("hold 30.00: 80 percent at 24.00, cap at 30.00")
        << 2 << qint64(3000) << qint64(800'000) << qint64(120'000) << qint64(520'000) << qint64(620'000);
    QTest::addRow("no free minutes, hold 6.00")
        << 0 << qint64(600) << qint64(200'000) << qint64(-1) << qint64(80'000) << qint64(100'000);
    QTest::addRow("call ends before the cues")
        << 2 << qint64(3000) << qint64(100'000) << qint64(120'000) << qint64(520'000) << qint64(620'000);
}

void tst_CallController::cues_eachOnceAtTheirPoint()
{
    QFETCH(int, freeMinutes);
    QFETCH(qint64, hold);
    QFETCH(qint64, callMs);
    QFETCH(qint64, freeEndMs);
    QFETCH(qint64, at80Ms);
    QFETCH(qint64, capMs);
    const Offer offer = makeOffer("3.00", freeMinutes);
    CallController call(*m_db, *m_clock);
    QList<QPair<Cue, qint64>> seen;
    connect(&call, &CallController::cueReached, this, [&](Cue c) { seen.append({ c, call.elapsedMs() }); });
    QVERIFY(call.start(m_client, offer.id, hold >= 0 ? std::optional<qint64>(hold) : std::nullopt).ok());
    if (hold >= 0) {
        // The billing engine agrees on when the gross reaches 80 % and 100 % of the hold.
        QCOMPARE(PriceCalculator::durationForGross(offer.policy, hold * 8 / 10), at80Ms);
        QCOMPARE(PriceCalculator::durationForGross(offer.policy, hold), capMs);
    }
    for (qint64 t = 0; t < callMs; t += 200) {
        m_clock->advance(200);
        call.poll();
    }
    (void)call.stop();
    QList<QPair<Cue, qint64>> expected;
    if (freeEndMs >= 0 && freeEndMs <= callMs)
        expected.append({ Cue::FreeMinutesEnded, freeEndMs });
    if (at80Ms >= 0 && at80Ms <= callMs)
        expected.append({ Cue::HoldAt80Percent, at80Ms });
    if (capMs >= 0 && capMs <= callMs)
        expected.append({ Cue::CapReached, capMs });
    std::sort(expected.begin(), expected.end(), [](auto a, auto b) { return a.second < b.second; });
    QCOMPARE(seen, expected);
}

void tst_CallController::cap_costStopsAtHoldTimeKeepsCounting()
{
    CallController call(*m_db, *m_clock);
    QSignalSpy capped(&call, &CallController::cappedChanged);
    QVERIFY(call.start(m_client, m_offer, qint64(3000)).ok());
    QCOMPARE(call.holdMinor(), std::optional<qint64>(3000));
    QCOMPARE(call.holdUsedPermille(), 0);
    m_clock->advance(520'000);
    call.poll();
    QCOMPARE(call.holdUsedPermille(), 800);
    QVERIFY(!call.isCapped());
    m_clock->advance(100'000);
    call.poll();
    QVERIFY(call.isCapped());
    QCOMPARE(capped.size(), 1);
    QCOMPARE(call.holdUsedPermille(), 1000);
    m_clock->advance(3'600'000);
    call.poll();
    QCOMPARE(call.elapsedMs(), qint64(4'220'000));
    QCOMPARE(call.currentQuote()->gross.minor(), qint64(3000));
    QCOMPARE(call.holdUsedPermille(), 1000);
    QCOMPARE(capped.size(), 1);
    auto s = call.stop();
    QVERIFY(s.ok());
    QCOMPARE(s->durationMs, qint64(4'220'000));
    QCOMPARE(s->gross.minor(), qint64(3000));
    QVERIFY(s->capped);
}

void tst_CallController::holdUsedPermille_withoutHold_isMinusOne()
{
    CallController call(*m_db, *m_clock);
    QCOMPARE(call.holdUsedPermille(), -1);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(1'000'000);
    QCOMPARE(call.holdUsedPermille(), -1);
    QVERIFY(!call.holdMinor().has_value());
}

void tst_CallController::freeMsLeft_countsDown()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    QCOMPARE(call.freeMsLeft(), qint64(120'000));
    m_clock->advance(45'500);
    QCOMPARE(call.freeMsLeft(), qint64(74'500));
    m_clock->advance(100'000);
    QCOMPARE(call.freeMsLeft(), qint64(0));
}

void tst_CallController::heartbeat_sessionDiscardedElsewhere_reportsFailure()
{
    CallController call(*m_db, *m_clock);
    QSignalSpy failed(&call, &CallController::heartbeatFailed);
    QVERIFY(call.start(m_client, m_offer).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE sessions SET state = 'discarded'")));
    m_clock->advance(1'000);
    call.poll();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(rowState(call.session()->id), SessionState::Discarded); // never brought back
    QCOMPARE(call.state(), State::Running); // the meter keeps counting
}

void tst_CallController::destroy_whileRunning_leavesInterruptedWithDuration()
{
    QString id;
    {
        CallController call(*m_db, *m_clock);
        QVERIFY(call.start(m_client, m_offer).ok());
        id = call.session()->id;
        m_clock->advance(42'000);
    }
    QCOMPARE(rowState(id), SessionState::Interrupted);
    QCOMPARE(rowDuration(id), qint64(42'000));
}

void tst_CallController::wallClock_jump_data()
{
    QTest::addColumn<qint64>("jumpMs");
    QTest::addColumn<bool>("detected");
    QTest::addRow("suspended 10 minutes") << qint64(600'000) << true;
    QTest::addRow("31 s ahead") << qint64(31'000) << true;
    QTest::addRow("NTP nudge of 5 s") << qint64(5'000) << false;
    QTest::addRow("exactly the threshold") << qint64(30'000) << false;
    QTest::addRow("wall clock set back an hour") << qint64(-3'600'000) << false;
}

void tst_CallController::wallClock_jump()
{
    QFETCH(qint64, jumpMs);
    QFETCH(bool, detected);
    CallController call(*m_db, *m_clock);
    QSignalSpy gaps(&call, &CallController::suspendDetected);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(10'000);
    call.poll();
    m_clock->jumpWallClock(jumpMs);
    m_clock->advance(200);
    call.poll();
    QCOMPARE(gaps.size(), detected ? 1 : 0);
    if (detected) {
        QCOMPARE(gaps.at(0).at(0).toLongLong(), jumpMs);
        QCOMPARE(call.pendingGapMs(), jumpMs);
    }
    // Not counted unless the expert says so.
    call.countGap(false);
    QCOMPARE(call.pendingGapMs(), qint64(0));
    QCOMPARE(call.elapsedMs(), qint64(10'200));
    m_clock->advance(200);
    call.poll();
    QCOMPARE(gaps.size(), detected ? 1 : 0); // reported once
}

void tst_CallController::countGap_true_addsGapToDuration()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(60'000);
    call.poll();
    m_clock->jumpWallClock(300'000);
    m_clock->advance(1'000);
    call.poll();
    QCOMPARE(call.pendingGapMs(), qint64(300'000));
    call.countGap(true);
    QCOMPARE(call.elapsedMs(), qint64(361'000));
    QCOMPARE(rowDuration(call.session()->id), qint64(361'000));
    auto s = call.stop();
    QCOMPARE(s->durationMs, qint64(361'000));
}

void tst_CallController::wallClock_jumpWhilePaused_isNotAGap()
{
    CallController call(*m_db, *m_clock);
    QSignalSpy gaps(&call, &CallController::suspendDetected);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(10'000);
    call.pause();
    m_clock->jumpWallClock(3'600'000); // slept an hour while paused: nothing to ask
    m_clock->advance(1'000);
    call.poll();
    call.resume();
    m_clock->advance(200);
    call.poll();
    QCOMPARE(gaps.size(), 0);
    QCOMPARE(call.elapsedMs(), qint64(10'200));
}

void tst_CallController::stopNeedsConfirmation_underTenSeconds()
{
    CallController call(*m_db, *m_clock);
    QVERIFY(call.start(m_client, m_offer).ok());
    m_clock->advance(9'999);
    QVERIFY(call.stopNeedsConfirmation());
    m_clock->advance(1);
    QVERIFY(!call.stopNeedsConfirmation());
}

QTEST_GUILESS_MAIN(tst_CallController)
#include "tst_callcontroller.moc"
