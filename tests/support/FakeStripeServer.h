#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace minutier::test {

// A real HTTP/1.1 server on 127.0.0.1 (random port) speaking the part of Stripe's API that
// Minutier uses: form-encoded bodies with bracket nesting (a[b][c]=v, a[]=v), Bearer and Basic
// auth, Stripe's error JSON, PaymentIntents (create / confirm with capture_method=manual ->
// requires_capture, capture with amount_to_capture, cancel, retrieve with expand[]=latest_charge),
// Checkout Sessions (create -> url; payment_intent once the client has paid: simulatePayment()),
// list (GET /v1/payment_intents?limit=N, the settings' "Test connection"), refunds, idempotency (same key + same body replays the first reply with Idempotent-Replayed:
// true; same key + another body -> 400 idempotency_error) and fault injection per request.
//
// Test payment methods follow Stripe's test names: pm_card_visa authorises,
// pm_card_chargeDeclined / pm_card_chargeDeclinedInsufficientFunds decline (402 card_error),
// pm_card_authenticationRequired needs 3-D Secure (requires_action).
class FakeStripeServer final : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        Status500, // 500 api_error before processing (retryable)
        Status500NoRetry, // 500 with Stripe-Should-Retry: false
        Status429, // 429 rate_limit_error with Retry-After: retryAfterSeconds()
        Reset, // the connection is closed without a reply, before processing
        ResetAfterProcessing, // processed (and stored for idempotency), then the connection is closed
        Hang, // never replies, never processes
        HangAfterProcessing, // processed (and stored for idempotency), never replies
        MalformedJson, // 200 with a body that is not JSON, before processing
        Decline402, // 402 card_error card_declined (generic_decline)
        RequiresAction, // the PaymentIntent ends in requires_action (3-D Secure)
    };
    Q_ENUM(Fault)

    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject params; // nested
        QString idempotencyKey;
        bool replayed = false;
        int status = 0; // 0: no reply sent
    };

    explicit FakeStripeServer(QString apiKey = QStringLiteral("sk_test_minutier_fake_key"), QObject *parent = nullptr);
    ~FakeStripeServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString apiKey() const { return m_apiKey; }

    // The next `times` requests whose path contains `pathContains` (all if empty) and, when given,
    // whose method is `method`, get `fault`.
    void injectFault(Fault fault, const QString &pathContains = {}, int times = 1, const QByteArray &method = {});
    void clearFaults() { m_faults.clear(); }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    const QList<Request> &requests() const { return m_requests; }
    int requestCount(const QByteArray &method, const QString &pathContains) const;
    // Captures actually performed (replays excluded): the "charged twice?" counter.
    int captureCount(const QString &paymentIntentId) const { return m_captures.value(paymentIntentId); }
    int totalCaptureCount() const;

    QJsonObject paymentIntent(const QString &id) const { return m_paymentIntents.value(id); }
    QJsonObject checkoutSession(const QString &id) const { return m_checkoutSessions.value(id); }
    QStringList paymentIntentIds() const { return m_paymentIntents.keys(); }

    // The client completes the hosted payment page: a PaymentIntent is created and authorised
    // (requires_capture for manual capture) on `paymentMethod`, a customer is created. Returns
    // the PaymentIntent id, or an empty string if the session is not open.
    QString simulatePayment(
        const QString &checkoutSessionId, const QString &paymentMethod = QStringLiteral("pm_card_visa"));
    void expireCheckoutSession(const QString &checkoutSessionId);
    // The hold is cancelled outside Minutier (the dashboard, or the bank): canceled, amount freed.
    void cancelPaymentIntentOutside(const QString &paymentIntentId);
    // Sets capture_before of a PaymentIntent's charge (unix seconds).
    void setCaptureBefore(const QString &paymentIntentId, qint64 unixSeconds);

    // Form decoding as Stripe does it, exposed for tests.
    static QJsonObject parseForm(const QByteArray &body);

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct StoredReply
    {
        QByteArray fingerprint;
        Reply reply;
    };
    struct FaultRule
    {
        Fault fault;
        QString pathContains;
        int remaining;
        QByteArray method;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Request request);
    Reply process(const Request &request, bool forceDecline, bool forceAction);
    Reply route(const Request &request, bool forceDecline, bool forceAction);
    void send(QTcpSocket *socket, const Reply &reply);
    bool takeFault(const QByteArray &method, const QString &path, Fault *fault);
    bool authorised(const Request &request) const;

    Reply createPaymentIntent(const QJsonObject &p, bool forceDecline, bool forceAction);
    Reply confirmPaymentIntent(const QString &id, const QJsonObject &p, bool forceDecline, bool forceAction);
    Reply authorise(
        QJsonObject &pi, const QString &paymentMethod, bool offSession, bool forceDecline, bool forceAction);
    Reply capturePaymentIntent(const QString &id, const QJsonObject &p);
    Reply cancelPaymentIntent(const QString &id, const QJsonObject &p);
    Reply retrievePaymentIntent(const QString &id, const QString &query);
    Reply listPaymentIntents(const QString &query);
    Reply createCheckoutSession(const QJsonObject &p);
    Reply retrieveCheckoutSession(const QString &id);
    Reply createRefund(const QJsonObject &p);

    static Reply json(int status, const QJsonObject &object);
    static Reply error(int status, const QString &type, const QString &code, const QString &message,
        const QString &declineCode = {}, const QString &param = {}, const QJsonObject &paymentIntent = {});
    QString newId(const char *prefix);

    QString m_apiKey;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FaultRule> m_faults;
    QList<Request> m_requests;
    QHash<QString, StoredReply> m_idempotency;
    QMap<QString, QJsonObject> m_paymentIntents;
    QMap<QString, QJsonObject> m_checkoutSessions;
    QMap<QString, QJsonObject> m_charges;
    QHash<QString, int> m_captures;
    QHash<QString, qint64> m_refunded; // per PaymentIntent
    int m_retryAfterSeconds = 1;
    quint64 m_counter = 0;
};

} // namespace minutier::test
