#pragma once

#include "common/Result.h"
#include "payments/PaymentOutbox.h"
#include "payments/PaymentRecords.h"
#include "payments/StripeTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace minutier {

class Clock;
class Database;
class StripeGateway;

struct PaymentLinkRequest
{
    QString sessionId;
    Money amount; // the hold: the offer's rate x the planned or maximum duration
    QString description; // shown on the payment page
    QString customerId; // a returning client's Stripe customer, if known
    QString successUrl = QStringLiteral("https://minutier.example/paid");
};

struct SavedCardHoldRequest
{
    QString sessionId; // empty: a hold outside any session ("adhoc:<uuid>")
    Money amount;
    QString paymentMethodId;
    QString customerId;
    QString description;
};

// Flow 3 (rolling holds): what the meter should do at the current gross.
struct HoldCoverage
{
    enum class Advice { NoHold, Covered, Warn, PlaceNextHold, AtCap };
    Advice advice = Advice::NoHold;
    qint64 authorizedMinor = 0; // total of the session's authorised holds
    qint64 warnAtMinor = 0; // 80 %
    qint64 nextHoldAtMinor = 0; // 90 %
};

struct ReconcileReport
{
    int checked = 0;
    int completed = 0; // recognised as done by reading Stripe, or finished with the same key
    int failed = 0;
    int unresolved = 0; // still unknown (Stripe unreachable): tried again at the next start
};

// The payment flows of issue 4 over Stripe, exactly once: every POST is recorded in the outbox
// before it is sent and its outcome after, with an idempotency key derived from the session, the
// operation and the hold index. Callbacks run in `context` (dropped if it is destroyed first).
class PaymentService final : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;

    PaymentService(Database &db, StripeGateway &gateway, const Clock &clock, QObject *parent = nullptr);

    PaymentOutbox &outbox() { return m_outbox; }

    // Flow 1: a Checkout Session (mode=payment, manual capture, card saved for off-session use).
    void createPaymentLink(const PaymentLinkRequest &request, QObject *context, Callback<PaymentHold> done);
    // Reads the link's Checkout Session and, once paid, its PaymentIntent: authorised when
    // requires_capture; expiry (link, capture_before) recorded.
    void refreshHold(const QString &holdId, QObject *context, Callback<PaymentHold> done);

    // Flow 2: a hold on a saved card (confirm=true, off_session=true, capture_method=manual).
    // A decline fails with PaymentDeclined and the API's reason; requires_action gives a hold in
    // RequiresAction (fall back to a payment link).
    void placeHold(const SavedCardHoldRequest &request, QObject *context, Callback<PaymentHold> done);

    // Flow 2: the card a returning client saved through an earlier payment link or hold (the latest
    // authorised, captured or released hold of one of the client's sessions that has a customer and
    // a payment method), if any.
    Result<std::optional<PaymentHold>> savedCard(const QString &clientId) const;

    // Flow 3: rolling holds.
    Result<HoldCoverage> coverage(const QString &sessionId, qint64 currentGrossMinor) const;
    // The next block, off-session on the card of the session's last authorised hold.
    void placeNextHold(const QString &sessionId, Money block, QObject *context, Callback<PaymentHold> done);

    // Flow 4: captures `gross` across the session's holds (amount_to_capture), releases the holds
    // not needed; 0 or below the currency's minimum charge: releases all, "not charged".
    // Re-running it after a failure resumes (finished operations are not sent again).
    void settleSession(const QString &sessionId, Money gross, QObject *context, Callback<SessionSettlement> done);
    // Flow 5: refunds `amount` (all that remains if empty) of a captured session.
    void refundSession(
        const QString &sessionId, std::optional<Money> amount, QObject *context, Callback<SessionSettlement> done);

    // By PaymentIntent (CLI): capture (all if no amount), release, read.
    void capturePaymentIntent(
        const QString &paymentIntentId, std::optional<Money> amount, QObject *context, Callback<QJsonObject> done);
    void releasePaymentIntent(const QString &paymentIntentId, QObject *context, Callback<QJsonObject> done);
    void retrievePaymentIntent(const QString &paymentIntentId, QObject *context, Callback<QJsonObject> done);

    // At start-up: every operation left pending or sent is settled by reading its PaymentIntent
    // (a capture that went through is recognised as done; one that did not is completed with the
    // same key) or, for creations, by sending the same request with the same key.
    void reconcile(QObject *context, Callback<ReconcileReport> done);

    // Plain words for a decline code (translated).
    static QString declineReason(const QString &declineCode, const QString &apiMessage);

signals:
    // A session's payment was settled (captured or not charged): invoicing marks it paid.
    void sessionSettled(const minutier::SessionSettlement &settlement);
    // A refund went through: invoicing issues the credit note for `amount`.
    void sessionRefunded(const minutier::SessionSettlement &settlement, const minutier::Money &amount);

private:
    void runOperation(PaymentOperation op, const PaymentHold *newHold, std::function<void(Result<QJsonObject>)> done);
    void runCaptureOrRelease(
        const PaymentHold &hold, qint64 captureMinor, std::function<void(Result<QJsonObject>)> done);
    void reconcileOne(PaymentOperation op, std::function<void(int outcome)> done);
    void readIntent(const QString &paymentIntentId, std::function<void(Result<QJsonObject>)> done);
    Result<PaymentHold> reloadHold(const QString &holdId) const;
    static Error errorFrom(const StripeResult &result);

    Database &m_db;
    StripeGateway &m_gateway;
    const Clock &m_clock;
    PaymentOutbox m_outbox;
};

} // namespace minutier
