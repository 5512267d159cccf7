#include "FakeStripeServer.h"
#include "ManualClock.h"
#include "TestSupport.h"

#include "payments/PaymentService.h"
#include "payments/StripeGateway.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace minutier;
using minutier::test::FakeStripeServer;
using minutier::test::ManualClock;
using Fault = FakeStripeServer::Fault;

Q_DECLARE_METATYPE(minutier::test::FakeStripeServer::Fault)

namespace {
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    if (g_previousHandler && type >= QtWarningMsg)
        g_previousHandler(type, context, message);
}
} // namespace

class tst_PaymentService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void paymentLink_paid_authorizesWithExpiryAndSavedCard();
    void paymentLink_expired_isShownExpired();
    void settle_gross_capturesAcrossHoldsAndReleasesRest_data();
    void settle_gross_capturesAcrossHoldsAndReleasesRest();
    void settle_crashBetweenSendAndRecord_neverCapturesTwice_data();
    void settle_crashBetweenSendAndRecord_neverCapturesTwice();
    void settle_rerunAfterSuccess_sendsNothing();
    void settle_requiresActionHold_isReleasedAndSettlementSignalled();
    void hold_replyLostThenRestart_reconcileReplaysSameIntent();
    void refund_amount_refundsLatestHoldFirst_data();
    void refund_amount_refundsLatestHoldFirst();
    void coverage_gross_advisesRollingHold_data();
    void coverage_gross_advisesRollingHold();
    void placeNextHold_savedCard_addsAuthorizedHold();
    void placeNextHold_declined_failsAndKeepsCap();
    void secretKey_neverInDatabaseOrLog();
    void engine_holdCrashReconcileSettleRefund_data();
    void engine_holdCrashReconcileSettleRefund();

private:
    void openService();
    void closeService();
    PaymentHold hold(Money amount, const QString &sessionId = QStringLiteral("s-1"),
        const QString &pm = QStringLiteral("pm_card_visa"));
    Result<SessionSettlement> settle(const QString &sessionId, qint64 grossMinor);
    template <typename T> static Result<T> wait(std::optional<Result<T>> &slot, int ms = 20000)
    {
        if (!QTest::qWaitFor([&] { return slot.has_value(); }, ms))
            return makeError(ErrorCode::Internal, QStringLiteral("timed out"));
        return *slot;
    }
    static Money eur(qint64 minor) { return Money::fromMinor(minor, Currency::eur()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StripeGateway> m_gateway;
    std::unique_ptr<PaymentService> m_service;
    StripeConfig m_config;
    QString m_location;
};

void tst_PaymentService::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void tst_PaymentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeStripeServer>();
    QVERIFY(m_server->listen());
    m_config = StripeConfig();
    m_config.apiBase = m_server->baseUrl();
    m_config.apiKey = m_server->apiKey();
    m_config.timeoutMs = 1500;
    m_config.initialBackoffMs = 10;
    m_config.maxBackoffMs = 40;
    m_location = m_dir->filePath(QStringLiteral("m.sqlite"));
    openService();
}

void tst_PaymentService::cleanup()
{
    closeService();
    m_server.reset();
    m_dir.reset();
}

void tst_PaymentService::openService()
{
    auto db = Database::open(m_location);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_gateway = std::make_unique<StripeGateway>(m_network.get(), m_config);
    m_service = std::make_unique<PaymentService>(*m_db, *m_gateway, m_clock);
}

// The process dies: in-flight replies are lost, nothing more is recorded.
void tst_PaymentService::closeService()
{
    m_service.reset();
    m_gateway.reset();
    m_network.reset();
    m_db.reset();
}

PaymentHold tst_PaymentService::hold(Money amount, const QString &sessionId, const QString &pm)
{
    SavedCardHoldRequest req;
    req.sessionId = sessionId;
    req.amount = amount;
    req.paymentMethodId = pm;
    req.customerId = QStringLiteral("cus_test_1");
    std::optional<Result<PaymentHold>> out;
    m_service->placeHold(req, this, [&](Result<PaymentHold> r) { out = std::move(r); });
    auto r = wait(out);
    return r.ok() ? r.value() : PaymentHold();
}

Result<SessionSettlement> tst_PaymentService::settle(const QString &sessionId, qint64 grossMinor)
{
    std::optional<Result<SessionSettlement>> out;
    m_service->settleSession(
        sessionId, eur(grossMinor), this, [&](Result<SessionSettlement> r) { out = std::move(r); });
    return wait(out);
}

void tst_PaymentService::paymentLink_paid_authorizesWithExpiryAndSavedCard()
{
    PaymentLinkRequest req;
    req.sessionId = QStringLiteral("s-link");
    req.amount = eur(3000);
    req.description = QStringLiteral("Call with Dr. Martin");
    std::optional<Result<PaymentHold>> created;
    m_service->createPaymentLink(req, this, [&](Result<PaymentHold> r) { created = std::move(r); });
    auto link = wait(created);
    QVERIFY2(link.ok(), qPrintable(link.ok() ? QString() : link.error().detail));
    QCOMPARE(int(link->status), int(HoldStatus::LinkOpen));
    QVERIFY(link->checkoutUrl.startsWith(m_server->baseUrl().toString()));
    QVERIFY(link->checkoutSessionId.startsWith(QLatin1String("cs_")));
    QVERIFY(link->linkExpiresAt.isValid());
    QVERIFY(link->paymentIntentId.isEmpty());

    const auto &sent = m_server->requests().last();
    QCOMPARE(sent.idempotencyKey, QStringLiteral("minutier:s-link:checkout:0"));
    const QJsonObject pid = sent.params.value(QStringLiteral("payment_intent_data")).toObject();
    QCOMPARE(pid.value(QStringLiteral("capture_method")).toString(), QStringLiteral("manual"));
    QCOMPARE(pid.value(QStringLiteral("setup_future_usage")).toString(), QStringLiteral("off_session"));
    QCOMPARE(sent.params.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("session_id")).toString(),
        QStringLiteral("s-link"));
    QCOMPARE(sent.params.value(QStringLiteral("mode")).toString(), QStringLiteral("payment"));

    // Not paid yet: polling leaves it open.
    std::optional<Result<PaymentHold>> polled;
    m_service->refreshHold(link->id, this, [&](Result<PaymentHold> r) { polled = std::move(r); });
    QCOMPARE(int(wait(polled)->status), int(HoldStatus::LinkOpen));

    const QString pi = m_server->simulatePayment(link->checkoutSessionId);
    QVERIFY(!pi.isEmpty());
    polled.reset();
    m_service->refreshHold(link->id, this, [&](Result<PaymentHold> r) { polled = std::move(r); });
    auto paid = wait(polled);
    QVERIFY(paid.ok());
    QCOMPARE(int(paid->status), int(HoldStatus::Authorized));
    QCOMPARE(paid->paymentIntentId, pi);
    QCOMPARE(paid->amount.minor(), qint64(3000));
    QVERIFY(paid->customerId.startsWith(QLatin1String("cus_")));
    QCOMPARE(paid->paymentMethodId, QStringLiteral("pm_card_visa"));
    QVERIFY(paid->captureBefore.isValid());
    QVERIFY(paid->captureBefore > QDateTime::currentDateTimeUtc().addDays(6));
}

void tst_PaymentService::paymentLink_expired_isShownExpired()
{
    PaymentLinkRequest req;
    req.sessionId = QStringLiteral("s-exp");
    req.amount = eur(2000);
    std::optional<Result<PaymentHold>> created;
    m_service->createPaymentLink(req, this, [&](Result<PaymentHold> r) { created = std::move(r); });
    auto link = wait(created);
    QVERIFY(link.ok());
    m_server->expireCheckoutSession(link->checkoutSessionId);
    std::optional<Result<PaymentHold>> polled;
    m_service->refreshHold(link->id, this, [&](Result<PaymentHold> r) { polled = std::move(r); });
    QCOMPARE(int(wait(polled)->status), int(HoldStatus::Expired));
}

void tst_PaymentService::settle_gross_capturesAcrossHoldsAndReleasesRest_data()
{
    QTest::addColumn<QList<qint64>>("holds");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<QList<qint64>>("captured"); // -1: released (canceled)
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("shortfall");
    using L = QList<qint64>;
    const int captured = int(SettlementStatus::Captured);
    const int notCharged = int(SettlementStatus::NotCharged);
    QTest::addRow("one hold, partial capture") << L { 3000 } << qint64(1250) << L { 1250 } << captured << qint64(0);
    QTest::addRow("one hold, exact") << L { 3000 } << qint64(3000) << L { 3000 } << captured << qint64(0);
    QTest::addRow("two holds, both used")
        << L { 3000, 3000 } << qint64(4000) << L { 3000, 1000 } << captured << qint64(0);
    QTest::addRow("two holds, second released")
        << L { 3000, 3000 } << qint64(2000) << L { 2000, -1 } << captured << qint64(0);
    QTest::addRow("leftover below minimum borrows from first")
        << L { 3000, 3000 } << qint64(3020) << L { 2970, 50 } << captured << qint64(0);
    QTest::addRow("exactly the minimum charge") << L { 3000 } << qint64(50) << L { 50 } << captured << qint64(0);
    QTest::addRow("zero: released, not charged") << L { 3000 } << qint64(0) << L { -1 } << notCharged << qint64(0);
    QTest::addRow("below minimum: all released, not charged")
        << L { 3000, 1000 } << qint64(49) << L { -1, -1 } << notCharged << qint64(0);
    QTest::addRow("above the holds: capped, shortfall kept")
        << L { 3000 } << qint64(3500) << L { 3000 } << captured << qint64(500);
}

void tst_PaymentService::settle_gross_capturesAcrossHoldsAndReleasesRest()
{
    QFETCH(QList<qint64>, holds);
    QFETCH(qint64, gross);
    QFETCH(QList<qint64>, captured);
    QFETCH(int, status);
    QFETCH(qint64, shortfall);

    QStringList intents;
    for (qint64 amount : holds) {
        const PaymentHold h = hold(eur(amount));
        QCOMPARE(int(h.status), int(HoldStatus::Authorized));
        intents << h.paymentIntentId;
    }
    auto st = settle(QStringLiteral("s-1"), gross);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
    QCOMPARE(int(st->status), status);
    QCOMPARE(st->shortfallMinor, shortfall);
    qint64 total = 0;
    for (int i = 0; i < intents.size(); ++i) {
        const QJsonObject pi = m_server->paymentIntent(intents[i]);
        if (captured[i] < 0) {
            QCOMPARE(pi.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
        } else {
            QCOMPARE(pi.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(pi.value(QStringLiteral("amount_received")).toInteger(), captured[i]);
            QCOMPARE(m_server->captureCount(intents[i]), 1);
            total += captured[i];
        }
    }
    QCOMPARE(st->captured.minor(), total);
    auto recorded = m_service->outbox().settlement(QStringLiteral("s-1"));
    QVERIFY(recorded.ok() && recorded->has_value());
    QCOMPARE(int((*recorded)->status), status);
    QCOMPARE((*recorded)->captured.minor(), total);
    auto ops = m_service->outbox().unfinishedOperations();
    QVERIFY(ops.ok());
    QVERIFY(ops->isEmpty());
}

void tst_PaymentService::settle_crashBetweenSendAndRecord_neverCapturesTwice_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<bool>("crash"); // the process dies while the capture is in flight
    QTest::addColumn<bool>("serverCapturedBeforeRestart");
    QTest::addRow("captured by Stripe, reply lost, crash") << Fault::HangAfterProcessing << 1 << true << true;
    QTest::addRow("never reached Stripe, crash") << Fault::Hang << 1 << true << false;
    QTest::addRow("captured, connection reset, crash") << Fault::ResetAfterProcessing << 100 << true << true;
    QTest::addRow("500 on every attempt, app keeps running") << Fault::Status500 << 100 << false << false;
    QTest::addRow("no reply on every attempt after capture, app keeps running")
        << Fault::HangAfterProcessing << 100 << false << true;
}

void tst_PaymentService::settle_crashBetweenSendAndRecord_neverCapturesTwice()
{
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(bool, crash);
    QFETCH(bool, serverCapturedBeforeRestart);

    const PaymentHold h = hold(eur(3000));
    QCOMPARE(int(h.status), int(HoldStatus::Authorized));
    m_server->injectFault(fault, QStringLiteral("/capture"), times);

    if (crash) {
        std::optional<Result<SessionSettlement>> never;
        m_service->settleSession(
            QStringLiteral("s-1"), eur(1250), this, [&](Result<SessionSettlement> r) { never = std::move(r); });
        QTRY_VERIFY(m_server->requestCount("POST", QStringLiteral("/capture")) >= 1);
        closeService();
        QVERIFY(!never.has_value());
        openService();
    } else {
        auto st = settle(QStringLiteral("s-1"), 1250);
        QVERIFY(!st.ok());
    }
    QCOMPARE(m_server->captureCount(h.paymentIntentId), serverCapturedBeforeRestart ? 1 : 0);

    // The capture is recorded as sent (not finished) with its key.
    auto unfinished = m_service->outbox().unfinishedOperations();
    QVERIFY(unfinished.ok());
    QCOMPARE(unfinished->size(), 1);
    QCOMPARE(int(unfinished->first().kind), int(OperationKind::Capture));
    QCOMPARE(int(unfinished->first().state), int(OperationState::Sent));
    QCOMPARE(unfinished->first().idempotencyKey, QStringLiteral("minutier:s-1:capture:0"));

    m_server->clearFaults();
    std::optional<Result<ReconcileReport>> report;
    m_service->reconcile(this, [&](Result<ReconcileReport> r) { report = std::move(r); });
    auto rep = wait(report);
    QVERIFY(rep.ok());
    QCOMPARE(rep->checked, 1);
    QCOMPARE(rep->completed, 1);
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);
    QCOMPARE(
        m_server->paymentIntent(h.paymentIntentId).value(QStringLiteral("amount_received")).toInteger(), qint64(1250));

    // Every capture request carried the same key.
    for (const auto &r : m_server->requests()) {
        if (r.path.endsWith(QLatin1String("/capture")))
            QCOMPARE(r.idempotencyKey, QStringLiteral("minutier:s-1:capture:0"));
    }
    QVERIFY(m_service->outbox().unfinishedOperations()->isEmpty());

    // Settling again finishes the bookkeeping without a second capture.
    auto st = settle(QStringLiteral("s-1"), 1250);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
    QCOMPARE(int(st->status), int(SettlementStatus::Captured));
    QCOMPARE(st->captured.minor(), qint64(1250));
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);
}

void tst_PaymentService::settle_rerunAfterSuccess_sendsNothing()
{
    hold(eur(3000));
    QVERIFY(settle(QStringLiteral("s-1"), 1000).ok());
    const qsizetype before = m_server->requests().size();
    auto again = settle(QStringLiteral("s-1"), 1000);
    QVERIFY(again.ok());
    QCOMPARE(again->captured.minor(), qint64(1000));
    QCOMPARE(m_server->requests().size(), before);
    QCOMPARE(m_server->totalCaptureCount(), 1);
}

void tst_PaymentService::settle_requiresActionHold_isReleasedAndSettlementSignalled()
{
    const PaymentHold ok = hold(eur(3000));
    m_server->injectFault(Fault::RequiresAction, QStringLiteral("/v1/payment_intents"), 1);
    const PaymentHold pending = hold(eur(3000));
    QCOMPARE(int(pending.status), int(HoldStatus::RequiresAction));
    QSignalSpy settled(m_service.get(), &PaymentService::sessionSettled);
    auto st = settle(QStringLiteral("s-1"), 1800);
    QVERIFY(st.ok());
    QCOMPARE(
        m_server->paymentIntent(ok.paymentIntentId).value(QStringLiteral("amount_received")).toInteger(), qint64(1800));
    QCOMPARE(m_server->paymentIntent(pending.paymentIntentId).value(QStringLiteral("status")).toString(),
        QStringLiteral("canceled"));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.first().first().value<SessionSettlement>().captured.minor(), qint64(1800));
}

void tst_PaymentService::hold_replyLostThenRestart_reconcileReplaysSameIntent()
{
    m_server->injectFault(Fault::HangAfterProcessing, QStringLiteral("/v1/payment_intents"), 1);
    SavedCardHoldRequest req;
    req.sessionId = QStringLiteral("s-h");
    req.amount = eur(3000);
    req.paymentMethodId = QStringLiteral("pm_card_visa");
    m_service->placeHold(req, this, [](Result<PaymentHold>) {});
    QTRY_COMPARE(m_server->requestCount("POST", QStringLiteral("/v1/payment_intents")), 1);
    closeService();
    openService();
    QCOMPARE(m_server->paymentIntentIds().size(), 1);
    std::optional<Result<ReconcileReport>> report;
    m_service->reconcile(this, [&](Result<ReconcileReport> r) { report = std::move(r); });
    QCOMPARE(wait(report)->completed, 1);
    QCOMPARE(m_server->paymentIntentIds().size(), 1); // replayed, not a second hold
    QVERIFY(m_server->requests().last().replayed);
    auto holds = m_service->outbox().holds(QStringLiteral("s-h"));
    QCOMPARE(holds->size(), 1);
    QCOMPARE(int(holds->first().status), int(HoldStatus::Authorized));
    QCOMPARE(holds->first().paymentIntentId, m_server->paymentIntentIds().first());
}

void tst_PaymentService::refund_amount_refundsLatestHoldFirst_data()
{
    QTest::addColumn<qint64>("refund"); // -1: everything left
    QTest::addColumn<qint64>("expectedRefunded");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::addRow("full") << qint64(-1) << qint64(4000) << int(SettlementStatus::Refunded) << true;
    QTest::addRow("part of the last hold")
        << qint64(500) << qint64(500) << int(SettlementStatus::PartlyRefunded) << true;
    QTest::addRow("across both holds") << qint64(2500) << qint64(2500) << int(SettlementStatus::PartlyRefunded) << true;
    QTest::addRow("more than captured refused")
        << qint64(4001) << qint64(0) << int(SettlementStatus::Captured) << false;
}

void tst_PaymentService::refund_amount_refundsLatestHoldFirst()
{
    QFETCH(qint64, refund);
    QFETCH(qint64, expectedRefunded);
    QFETCH(int, status);
    QFETCH(bool, ok);
    hold(eur(3000));
    hold(eur(3000));
    QVERIFY(settle(QStringLiteral("s-1"), 4000).ok()); // 3000 + 1000
    QSignalSpy refundedSignal(m_service.get(), &PaymentService::sessionRefunded);
    std::optional<Result<SessionSettlement>> out;
    m_service->refundSession(QStringLiteral("s-1"), refund < 0 ? std::nullopt : std::optional<Money>(eur(refund)), this,
        [&](Result<SessionSettlement> r) { out = std::move(r); });
    auto st = wait(out);
    QCOMPARE(st.ok(), ok);
    auto recorded = m_service->outbox().settlement(QStringLiteral("s-1"));
    QCOMPARE(int((*recorded)->status), status);
    QCOMPARE((*recorded)->refunded.minor(), expectedRefunded);
    QCOMPARE(refundedSignal.size(), ok ? 1 : 0);
    if (ok) {
        QCOMPARE(st->refunded.minor(), expectedRefunded);
        QCOMPARE(refundedSignal.first().at(1).value<Money>().minor(), expectedRefunded);
    }
}

void tst_PaymentService::coverage_gross_advisesRollingHold_data()
{
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<int>("advice");
    QTest::addRow("start of call") << qint64(0) << int(HoldCoverage::Advice::Covered);
    QTest::addRow("just below 80 percent") << qint64(2399) << int(HoldCoverage::Advice::Covered);
    QTest::addRow("80 percent warns") << qint64(2400) << int(HoldCoverage::Advice::Warn);
    QTest::addRow("90 percent places the next hold") << qint64(2700) << int(HoldCoverage::Advice::PlaceNextHold);
    QTest::addRow("at the hold: cap") << qint64(3000) << int(HoldCoverage::Advice::AtCap);
}

void tst_PaymentService::coverage_gross_advisesRollingHold()
{
    QFETCH(qint64, gross);
    QFETCH(int, advice);
    auto none = m_service->coverage(QStringLiteral("s-1"), gross);
    QCOMPARE(int(none->advice), int(HoldCoverage::Advice::NoHold));
    hold(eur(3000));
    auto c = m_service->coverage(QStringLiteral("s-1"), gross);
    QVERIFY(c.ok());
    QCOMPARE(c->authorizedMinor, qint64(3000));
    QCOMPARE(c->warnAtMinor, qint64(2400));
    QCOMPARE(c->nextHoldAtMinor, qint64(2700));
    QCOMPARE(int(c->advice), advice);
}

void tst_PaymentService::placeNextHold_savedCard_addsAuthorizedHold()
{
    const PaymentHold first = hold(eur(3000));
    std::optional<Result<PaymentHold>> out;
    m_service->placeNextHold(
        QStringLiteral("s-1"), eur(3000), this, [&](Result<PaymentHold> r) { out = std::move(r); });
    auto next = wait(out);
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().detail));
    QCOMPARE(next->holdIndex, 1);
    QCOMPARE(int(next->status), int(HoldStatus::Authorized));
    QCOMPARE(next->paymentMethodId, first.paymentMethodId);
    QCOMPARE(m_server->requests().last().idempotencyKey, QStringLiteral("minutier:s-1:hold:1"));
    QCOMPARE(m_service->coverage(QStringLiteral("s-1"), 2700)->advice, HoldCoverage::Advice::Covered);
    QCOMPARE(m_service->coverage(QStringLiteral("s-1"), 0)->authorizedMinor, qint64(6000));
}

void tst_PaymentService::placeNextHold_declined_failsAndKeepsCap()
{
    hold(eur(3000));
    m_server->injectFault(Fault::Decline402, QStringLiteral("/v1/payment_intents"), 1);
    std::optional<Result<PaymentHold>> out;
    m_service->placeNextHold(
        QStringLiteral("s-1"), eur(3000), this, [&](Result<PaymentHold> r) { out = std::move(r); });
    auto next = wait(out);
    QVERIFY(!next.ok());
    QCOMPARE(int(next.error().code), int(ErrorCode::PaymentDeclined));
    QVERIFY2(next.error().detail.contains(QLatin1String("declined")), qPrintable(next.error().detail));
    auto c = m_service->coverage(QStringLiteral("s-1"), 3000);
    QCOMPARE(c->authorizedMinor, qint64(3000));
    QCOMPARE(int(c->advice), int(HoldCoverage::Advice::AtCap));
    auto holds = m_service->outbox().holds(QStringLiteral("s-1"));
    QCOMPARE(holds->size(), 2);
    QCOMPARE(int(holds->at(1).status), int(HoldStatus::Failed));
}

void tst_PaymentService::secretKey_neverInDatabaseOrLog()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("minutier.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
    {
        PaymentLinkRequest req;
        req.sessionId = QStringLiteral("s-secret");
        req.amount = eur(3000);
        std::optional<Result<PaymentHold>> created;
        m_service->createPaymentLink(req, this, [&](Result<PaymentHold> r) { created = std::move(r); });
        auto link = wait(created);
        QVERIFY(link.ok());
        m_server->simulatePayment(link->checkoutSessionId);
        std::optional<Result<PaymentHold>> polled;
        m_service->refreshHold(link->id, this, [&](Result<PaymentHold> r) { polled = std::move(r); });
        QVERIFY(wait(polled).ok());
        m_server->injectFault(Fault::Status500, QStringLiteral("/capture"), 1);
        QVERIFY(settle(QStringLiteral("s-secret"), 1250).ok());
        hold(eur(3000), QStringLiteral("s-declined"), QStringLiteral("pm_card_chargeDeclined"));
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(g_log.size() > 5); // the log was really captured
    const QByteArray key = m_server->apiKey().toUtf8();
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.toUtf8().contains(key), qPrintable(line));
    closeService();
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(key), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains(key.toBase64()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
    openService();
}

void tst_PaymentService::engine_holdCrashReconcileSettleRefund_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

// The whole outbox on both engines: a hold, a capture cut off by a crash, reconcile, settle, refund.
void tst_PaymentService::engine_holdCrashReconcileSettleRefund()
{
    QFETCH(QString, engine);
    closeService();
    m_location = test::databaseLocationFor(engine, m_dir->path());
    if (m_location.isEmpty())
        QSKIP("MINUTIER_TEST_POSTGRES is not set (scripts/test.sh starts a server)");
    openService();
    QVERIFY(m_db);
    const PaymentHold h = hold(eur(3000), QStringLiteral("s-eng"));
    QCOMPARE(int(h.status), int(HoldStatus::Authorized));
    m_server->injectFault(Fault::HangAfterProcessing, QStringLiteral("/capture"), 1);
    m_service->settleSession(QStringLiteral("s-eng"), eur(2000), this, [](Result<SessionSettlement>) {});
    QTRY_COMPARE(m_server->requestCount("POST", QStringLiteral("/capture")), 1);
    closeService();
    openService();
    std::optional<Result<ReconcileReport>> report;
    m_service->reconcile(this, [&](Result<ReconcileReport> r) { report = std::move(r); });
    QCOMPARE(wait(report)->completed, 1);
    auto st = settle(QStringLiteral("s-eng"), 2000);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
    QCOMPARE(st->captured.minor(), qint64(2000));
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);
    std::optional<Result<SessionSettlement>> refunded;
    m_service->refundSession(
        QStringLiteral("s-eng"), eur(700), this, [&](Result<SessionSettlement> r) { refunded = std::move(r); });
    auto rf = wait(refunded);
    QVERIFY2(rf.ok(), qPrintable(rf.ok() ? QString() : rf.error().detail));
    QCOMPARE(rf->refunded.minor(), qint64(700));
    QCOMPARE(int(rf->status), int(SettlementStatus::PartlyRefunded));
    auto ops = m_service->outbox().operations(QStringLiteral("s-eng"));
    QVERIFY(ops.ok());
    QCOMPARE(ops->size(), 3); // hold, capture, refund
    for (const PaymentOperation &op : *ops)
        QCOMPARE(int(op.state), int(OperationState::Succeeded));
}

QTEST_GUILESS_MAIN(tst_PaymentService)
#include "tst_paymentservice.moc"
