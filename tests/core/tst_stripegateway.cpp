#include "FakeStripeServer.h"

#include "ManualClock.h"

#include "payments/PaymentService.h"
#include "payments/StripeGateway.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace minutier;
using minutier::test::FakeStripeServer;
using Fault = FakeStripeServer::Fault;
using Outcome = StripeResult::Outcome;

Q_DECLARE_METATYPE(minutier::test::FakeStripeServer::Fault)

class tst_StripeGateway : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holdRequest_fault_endsInExpectedOutcome_data();
    void holdRequest_fault_endsInExpectedOutcome();
    void placeHold_fault_recordsConsistentState_data();
    void placeHold_fault_recordsConsistentState();
    void retry_429_honoursRetryAfter();
    void decline_402_carriesDeclineReason();
    void wrongKey_isRejectedWithoutRetry();
    void checkApiBase_data();
    void checkApiBase();
    void checkApiKey_data();
    void checkApiKey();
    void resolveApiBase_environmentOverridesSetting();
    void https_toPlainServer_tlsErrorNotIgnoredNotRetried();
    void form_bracketNesting_roundTrips();
    void server_basicAuth_isAccepted();
    void server_sameKeyOtherBody_isIdempotencyError();

private:
    StripeResult run(StripeRequest request);
    StripeConfig config() const;
    static StripeRequest holdRequest(const QByteArray &key, const QString &pm = QStringLiteral("pm_card_visa"));

    std::unique_ptr<FakeStripeServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_StripeGateway::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<minutier::StripeResult>();
}

void tst_StripeGateway::init()
{
    qunsetenv("MINUTIER_STRIPE_API_BASE");
    m_server = std::make_unique<FakeStripeServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_StripeGateway::cleanup()
{
    m_network.reset();
    m_server.reset();
}

StripeConfig tst_StripeGateway::config() const
{
    StripeConfig c;
    c.apiBase = m_server->baseUrl();
    c.apiKey = m_server->apiKey();
    c.timeoutMs = 1500; // generous: a loaded CI machine must not turn a slow reply into an extra attempt
    c.maxAttempts = 3;
    c.initialBackoffMs = 10;
    c.maxBackoffMs = 40;
    return c;
}

StripeRequest tst_StripeGateway::holdRequest(const QByteArray &key, const QString &pm)
{
    StripeRequest r;
    r.path = QStringLiteral("/v1/payment_intents");
    r.params
        = { { QStringLiteral("amount"), QStringLiteral("3000") }, { QStringLiteral("currency"), QStringLiteral("eur") },
              { QStringLiteral("capture_method"), QStringLiteral("manual") }, { QStringLiteral("payment_method"), pm },
              { QStringLiteral("confirm"), QStringLiteral("true") },
              { QStringLiteral("off_session"), QStringLiteral("true") },
              { QStringLiteral("metadata[session_id]"), QStringLiteral("s-1") } };
    r.idempotencyKey = key;
    return r;
}

StripeResult tst_StripeGateway::run(StripeRequest request)
{
    StripeGateway gateway(m_network.get(), config());
    std::optional<StripeResult> result;
    gateway.send(std::move(request), this, [&](const StripeResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        StripeResult none;
        none.error.detail = QStringLiteral("the job never finished");
        return none;
    }
    return *result;
}

void tst_StripeGateway::holdRequest_fault_endsInExpectedOutcome_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("attempts"); // -1: QNetworkAccessManager may resend by itself
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<int>("intentsCreated");

    const int none = -1;
    QTest::addRow("500 once: retried, succeeds")
        << Fault::Status500 << 1 << int(Outcome::Succeeded) << 2 << "requires_capture" << none << 1;
    QTest::addRow("500 always: unknown after 3 attempts")
        << Fault::Status500 << 10 << int(Outcome::Unknown) << 3 << "" << int(ErrorCode::PaymentApi) << 0;
    QTest::addRow("500 with Stripe-Should-Retry false: not retried")
        << Fault::Status500NoRetry << 1 << int(Outcome::Unknown) << 1 << "" << int(ErrorCode::PaymentApi) << 0;
    QTest::addRow("429 always: refused after 3 attempts")
        << Fault::Status429 << 10 << int(Outcome::Rejected) << 3 << "" << int(ErrorCode::PaymentApi) << 0;
    QTest::addRow("reset before processing: retried, succeeds")
        << Fault::Reset << 1 << int(Outcome::Succeeded) << -1 << "requires_capture" << none << 1;
    QTest::addRow("reset after processing: replayed, one intent")
        << Fault::ResetAfterProcessing << 1 << int(Outcome::Succeeded) << -1 << "requires_capture" << none << 1;
    QTest::addRow("reset always: unknown")
        << Fault::Reset << 20 << int(Outcome::Unknown) << 3 << "" << int(ErrorCode::Network) << 0;
    QTest::addRow("no reply once: timeout, retried")
        << Fault::Hang << 1 << int(Outcome::Succeeded) << 2 << "requires_capture" << none << 1;
    QTest::addRow("no reply after processing: replayed, one intent")
        << Fault::HangAfterProcessing << 1 << int(Outcome::Succeeded) << 2 << "requires_capture" << none << 1;
    QTest::addRow("no reply ever: unknown after 3 timeouts")
        << Fault::Hang << 10 << int(Outcome::Unknown) << 3 << "" << int(ErrorCode::Network) << 0;
    QTest::addRow("malformed JSON: clear error, not retried")
        << Fault::MalformedJson << 1 << int(Outcome::Unknown) << 1 << "" << int(ErrorCode::PaymentApi) << 0;
    QTest::addRow("402 card declined: rejected, not retried")
        << Fault::Decline402 << 1 << int(Outcome::Rejected) << 1 << "" << int(ErrorCode::PaymentDeclined) << 1;
    QTest::addRow("requires_action: succeeds with 3-D Secure pending")
        << Fault::RequiresAction << 1 << int(Outcome::Succeeded) << 1 << "requires_action" << none << 1;
}

void tst_StripeGateway::holdRequest_fault_endsInExpectedOutcome()
{
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(int, outcome);
    QFETCH(int, attempts);
    QFETCH(QString, status);
    QFETCH(int, errorCode);
    QFETCH(int, intentsCreated);

    m_server->injectFault(fault, QStringLiteral("/v1/payment_intents"), times);
    const StripeResult r = run(holdRequest("minutier-s-1-hold-0"));
    QCOMPARE(int(r.outcome), outcome);
    if (attempts >= 0)
        QCOMPARE(r.attempts, attempts);
    QCOMPARE(r.idempotencyKey, QByteArray("minutier-s-1-hold-0"));
    if (!status.isEmpty())
        QCOMPARE(r.object.value(QStringLiteral("status")).toString(), status);
    if (errorCode >= 0) {
        QCOMPARE(int(r.error.code), errorCode);
        QVERIFY(!r.error.detail.isEmpty());
    }
    if (fault == Fault::MalformedJson)
        QVERIFY2(r.error.detail.contains(QLatin1String("malformed JSON")), qPrintable(r.error.detail));
    QCOMPARE(m_server->paymentIntentIds().size(), intentsCreated);
    // Every attempt carried the same Idempotency-Key.
    QVERIFY(!m_server->requests().isEmpty());
    for (const auto &req : m_server->requests())
        QCOMPARE(req.idempotencyKey, QStringLiteral("minutier-s-1-hold-0"));
}

void tst_StripeGateway::placeHold_fault_recordsConsistentState_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<QString>("pm");
    QTest::addColumn<int>("opState");
    QTest::addColumn<int>("holdStatus");
    QTest::addColumn<int>("errorCode"); // -1: success
    QTest::addColumn<QString>("shown"); // what the UI can show: hold.failure or the error

    const int ok = -1;
    const QString visa = QStringLiteral("pm_card_visa");
    QTest::addRow("no fault: authorised")
        << Fault::Status500 << 0 << visa << int(OperationState::Succeeded) << int(HoldStatus::Authorized) << ok << "";
    QTest::addRow("500 once: retried, authorised")
        << Fault::Status500 << 1 << visa << int(OperationState::Succeeded) << int(HoldStatus::Authorized) << ok << "";
    QTest::addRow("500 always: sent, to reconcile")
        << Fault::Status500 << 10 << visa << int(OperationState::Sent) << int(HoldStatus::Pending)
        << int(ErrorCode::PaymentApi) << "outcome will be checked";
    QTest::addRow("429 always: failed, nothing held")
        << Fault::Status429 << 10 << visa << int(OperationState::Failed) << int(HoldStatus::Failed)
        << int(ErrorCode::PaymentApi) << "Too many requests";
    QTest::addRow("no reply ever: sent, to reconcile")
        << Fault::Hang << 10 << visa << int(OperationState::Sent) << int(HoldStatus::Pending) << int(ErrorCode::Network)
        << "no reply";
    QTest::addRow("reset always: sent, to reconcile")
        << Fault::Reset << 20 << visa << int(OperationState::Sent) << int(HoldStatus::Pending)
        << int(ErrorCode::Network) << "network error";
    QTest::addRow("malformed JSON: sent, to reconcile")
        << Fault::MalformedJson << 1 << visa << int(OperationState::Sent) << int(HoldStatus::Pending)
        << int(ErrorCode::PaymentApi) << "malformed JSON";
    QTest::addRow("402 decline: failed with reason")
        << Fault::Decline402 << 1 << visa << int(OperationState::Failed) << int(HoldStatus::Failed)
        << int(ErrorCode::PaymentDeclined) << "declined";
    QTest::addRow("insufficient funds: plain words")
        << Fault::Status500 << 0 << "pm_card_chargeDeclinedInsufficientFunds" << int(OperationState::Failed)
        << int(HoldStatus::Failed) << int(ErrorCode::PaymentDeclined) << "insufficient funds";
    QTest::addRow("off-session authentication required")
        << Fault::Status500 << 0 << "pm_card_authenticationRequired" << int(OperationState::Failed)
        << int(HoldStatus::Failed) << int(ErrorCode::PaymentDeclined) << "payment link";
    QTest::addRow("requires_action: link fallback")
        << Fault::RequiresAction << 1 << visa << int(OperationState::Succeeded) << int(HoldStatus::RequiresAction) << ok
        << "";
}

void tst_StripeGateway::placeHold_fault_recordsConsistentState()
{
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(QString, pm);
    QFETCH(int, opState);
    QFETCH(int, holdStatus);
    QFETCH(int, errorCode);
    QFETCH(QString, shown);

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.ok());
    minutier::test::ManualClock clock;
    StripeGateway gateway(m_network.get(), config());
    PaymentService service(**db, gateway, clock);
    if (times > 0)
        m_server->injectFault(fault, QStringLiteral("/v1/payment_intents"), times);

    SavedCardHoldRequest req;
    req.sessionId = QStringLiteral("s-9");
    req.amount = Money::fromMinor(3000, Currency::eur());
    req.paymentMethodId = pm;
    std::optional<Result<PaymentHold>> out;
    service.placeHold(req, this, [&](Result<PaymentHold> r) { out = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(out->ok(), errorCode < 0);
    if (errorCode >= 0) {
        QCOMPARE(int(out->error().code), errorCode);
        QVERIFY2(out->error().detail.contains(shown, Qt::CaseInsensitive), qPrintable(out->error().detail));
    }
    auto ops = service.outbox().operations(QStringLiteral("s-9"));
    QVERIFY(ops.ok());
    QCOMPARE(ops->size(), 1);
    const PaymentOperation &op = ops->first();
    QCOMPARE(int(op.state), opState);
    QCOMPARE(op.idempotencyKey, QStringLiteral("minutier:s-9:hold:0"));
    QVERIFY(op.attempts >= 1);
    QVERIFY(!op.requestBody.contains(m_server->apiKey()));
    if (opState == int(OperationState::Succeeded))
        QVERIFY(op.paymentIntentId.startsWith(QLatin1String("pi_")));
    if (opState != int(OperationState::Succeeded))
        QVERIFY(!op.errorMessage.isEmpty()); // something to show
    auto holds = service.outbox().holds(QStringLiteral("s-9"));
    QCOMPARE(holds->size(), 1);
    QCOMPARE(int(holds->first().status), holdStatus);
    if (holdStatus == int(HoldStatus::Failed) && errorCode == int(ErrorCode::PaymentDeclined))
        QVERIFY(!holds->first().failure.isEmpty());
    // Unknown outcomes are what reconcile() is for; everything else is finished.
    auto unfinished = service.outbox().unfinishedOperations();
    QCOMPARE(unfinished->size(), opState == int(OperationState::Sent) ? 1 : 0);
}

void tst_StripeGateway::retry_429_honoursRetryAfter()
{
    m_server->setRetryAfterSeconds(1);
    m_server->injectFault(Fault::Status429, QStringLiteral("/v1/payment_intents"), 1);
    QElapsedTimer timer;
    timer.start();
    const StripeResult r = run(holdRequest("k-429"));
    QVERIFY(r.ok());
    QCOMPARE(r.attempts, 2);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
}

void tst_StripeGateway::decline_402_carriesDeclineReason()
{
    const StripeResult r = run(holdRequest("k-decline", QStringLiteral("pm_card_chargeDeclinedInsufficientFunds")));
    QCOMPARE(int(r.outcome), int(Outcome::Rejected));
    QCOMPARE(r.httpStatus, 402);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(int(r.error.code), int(ErrorCode::PaymentDeclined));
    QCOMPARE(r.apiError.type, QStringLiteral("card_error"));
    QCOMPARE(r.apiError.code, QStringLiteral("card_declined"));
    QCOMPARE(r.apiError.declineCode, QStringLiteral("insufficient_funds"));
    QVERIFY(r.error.detail.contains(QLatin1String("Your card has insufficient funds.")));
    QVERIFY(r.error.detail.contains(QLatin1String("insufficient_funds")));
    QCOMPARE(
        r.apiError.paymentIntent.value(QStringLiteral("status")).toString(), QStringLiteral("requires_payment_method"));
}

void tst_StripeGateway::wrongKey_isRejectedWithoutRetry()
{
    StripeConfig c = config();
    c.apiKey = QStringLiteral("sk_test_wrongwrongwrong");
    StripeGateway gateway(m_network.get(), c);
    std::optional<StripeResult> result;
    gateway.send(holdRequest("k-auth"), this, [&](const StripeResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(int(result->outcome), int(Outcome::Rejected));
    QCOMPARE(result->httpStatus, 401);
    QCOMPARE(result->attempts, 1);
    QVERIFY(!result->error.detail.contains(QLatin1String("wrongwrong")));
}

void tst_StripeGateway::checkApiBase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("https stripe") << "https://api.stripe.com" << true;
    QTest::addRow("https any host") << "https://stripe.example:8443/base" << true;
    QTest::addRow("http 127.0.0.1") << "http://127.0.0.1:12111" << true;
    QTest::addRow("http localhost") << "http://localhost:12111" << true;
    QTest::addRow("http ::1") << "http://[::1]:12111" << true;
    QTest::addRow("http remote host refused") << "http://api.stripe.com" << false;
    QTest::addRow("http LAN address refused") << "http://192.168.1.10" << false;
    QTest::addRow("ftp refused") << "ftp://127.0.0.1" << false;
    QTest::addRow("garbage refused") << "not a url" << false;
}

void tst_StripeGateway::checkApiBase()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(StripeGateway::checkApiBase(QUrl(url)).ok(), accepted);
}

void tst_StripeGateway::checkApiKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("restricted test") << "rk_test_51Abcdefghijkl" << true;
    QTest::addRow("secret live") << "sk_live_51Abcdefghijkl" << true;
    QTest::addRow("publishable refused") << "pk_test_51Abcdefghijkl" << false;
    QTest::addRow("empty refused") << "" << false;
    QTest::addRow("newline refused") << "sk_test_abcdefgh\nX" << false;
}

void tst_StripeGateway::checkApiKey()
{
    QFETCH(QString, key);
    QFETCH(bool, accepted);
    const Status s = StripeGateway::checkApiKey(key);
    QCOMPARE(s.ok(), accepted);
    if (!s.ok() && !key.isEmpty())
        QVERIFY(!s.error().detail.contains(key));
}

void tst_StripeGateway::resolveApiBase_environmentOverridesSetting()
{
    QCOMPARE(StripeGateway::resolveApiBase().value(), QUrl(QStringLiteral("https://api.stripe.com")));
    QCOMPARE(StripeGateway::resolveApiBase(QStringLiteral("http://127.0.0.1:9")).value(),
        QUrl(QStringLiteral("http://127.0.0.1:9")));
    qputenv("MINUTIER_STRIPE_API_BASE", "http://127.0.0.1:7");
    QCOMPARE(StripeGateway::resolveApiBase(QStringLiteral("http://127.0.0.1:9")).value(),
        QUrl(QStringLiteral("http://127.0.0.1:7")));
    qputenv("MINUTIER_STRIPE_API_BASE", "http://evil.example");
    QVERIFY(!StripeGateway::resolveApiBase().ok());
    qunsetenv("MINUTIER_STRIPE_API_BASE");
}

void tst_StripeGateway::https_toPlainServer_tlsErrorNotIgnoredNotRetried()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend in this Qt build");
    // A server that answers a TLS ClientHello with plain HTTP: the handshake must fail, be
    // reported as a TLS failure and never be retried or ignored.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&plain, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = plain.nextPendingConnection()) {
            ++connections;
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        }
    });
    StripeConfig c = config();
    c.apiBase = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()));
    StripeGateway gateway(m_network.get(), c);
    std::optional<StripeResult> result;
    gateway.send(holdRequest("k-tls"), this, [&](const StripeResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(int(result->outcome), int(Outcome::Rejected));
    QCOMPARE(int(result->error.code), int(ErrorCode::Network));
    QVERIFY2(result->error.detail.contains(QLatin1String("TLS")), qPrintable(result->error.detail));
    QCOMPARE(result->attempts, 1);
    QCOMPARE(connections, 1);
}

void tst_StripeGateway::form_bracketNesting_roundTrips()
{
    const FormParams params { { QStringLiteral("metadata[session_id]"), QStringLiteral("a b&c=d/é") },
        { QStringLiteral("payment_intent_data[capture_method]"), QStringLiteral("manual") },
        { QStringLiteral("line_items[0][price_data][unit_amount]"), QStringLiteral("3000") },
        { QStringLiteral("expand[]"), QStringLiteral("latest_charge") },
        { QStringLiteral("expand[]"), QStringLiteral("customer") } };
    const QByteArray body = StripeForm::encode(params);
    QVERIFY(!body.contains('['));
    const QJsonObject parsed = FakeStripeServer::parseForm(body);
    QCOMPARE(parsed.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("session_id")).toString(),
        QStringLiteral("a b&c=d/é"));
    QCOMPARE(parsed.value(QStringLiteral("payment_intent_data"))
                 .toObject()
                 .value(QStringLiteral("capture_method"))
                 .toString(),
        QStringLiteral("manual"));
    QCOMPARE(parsed.value(QStringLiteral("line_items"))
                 .toObject()
                 .value(QStringLiteral("0"))
                 .toObject()
                 .value(QStringLiteral("price_data"))
                 .toObject()
                 .value(QStringLiteral("unit_amount"))
                 .toString(),
        QStringLiteral("3000"));
    QCOMPARE(parsed.value(QStringLiteral("expand")).toObject().size(), 2);
}

void tst_StripeGateway::server_basicAuth_isAccepted()
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1/payment_intents/pi_missing")));
    request.setRawHeader("Authorization", "Basic " + QByteArray(m_server->apiKey().toUtf8() + ':').toBase64());
    QNetworkReply *reply = m_network->get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(10000));
    // Authenticated, so the server looked the intent up: 404, not 401.
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    reply->deleteLater();
}

void tst_StripeGateway::server_sameKeyOtherBody_isIdempotencyError()
{
    const StripeResult first = run(holdRequest("k-same"));
    QVERIFY(first.ok());
    const StripeResult replay = run(holdRequest("k-same"));
    QVERIFY(replay.ok());
    QVERIFY(replay.replayed);
    QCOMPARE(replay.object.value(QStringLiteral("id")), first.object.value(QStringLiteral("id")));
    StripeRequest other = holdRequest("k-same");
    other.params[0].second = QStringLiteral("4000");
    const StripeResult conflict = run(other);
    QCOMPARE(int(conflict.outcome), int(Outcome::Rejected));
    QCOMPARE(conflict.httpStatus, 400);
    QCOMPARE(conflict.apiError.type, QStringLiteral("idempotency_error"));
    QCOMPARE(m_server->paymentIntentIds().size(), 1);
}

QTEST_GUILESS_MAIN(tst_StripeGateway)
#include "tst_stripegateway.moc"
