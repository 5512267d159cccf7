#pragma once

#include "common/Result.h"
#include "payments/PaymentRecords.h"
#include "payments/StripeTypes.h"

#include <QList>

namespace minutier {

class Clock;
class Database;

// The payments tables: operations (recorded before sending, outcome after), holds and settlements.
// Every multi-row write is one transaction.
class PaymentOutbox final
{
public:
    PaymentOutbox(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // "minutier:<session>:<kind>:<hold index>[:<n>]": stable across retries and restarts.
    static QByteArray idempotencyKey(const QString &sessionId, OperationKind kind, int holdIndex, int sequence = 0);
    static QString encodeParams(const FormParams &params);
    static FormParams decodeParams(const QString &json);
    // The reply fields worth keeping (ids, statuses, amounts); never client_secret or card data.
    static QString summarize(const QJsonObject &object);

    Result<std::optional<PaymentOperation>> findOperation(const QByteArray &idempotencyKey) const;
    Result<QList<PaymentOperation>> unfinishedOperations() const;
    Result<QList<PaymentOperation>> operations(const QString &sessionId = {}) const;
    // Inserts (or, for a failed operation being tried again, resets) the operation as pending; with
    // `hold`, inserts the hold row in the same transaction if it does not exist yet.
    Status recordPending(PaymentOperation &operation, const PaymentHold *newHold = nullptr);
    Status markSent(PaymentOperation &operation);
    // Records the outcome: Succeeded -> succeeded, Rejected -> failed, Unknown -> stays sent with the
    // error kept for display; and updates the hold it concerns, in one transaction.
    Status recordOutcome(PaymentOperation &operation, const StripeResult &result);
    // Marks an unfinished operation from what a read of the PaymentIntent showed.
    Status resolve(
        PaymentOperation &operation, OperationState state, const QJsonObject &paymentIntent, const QString &note);

    Result<QList<PaymentHold>> holds(const QString &sessionId) const;
    Result<std::optional<PaymentHold>> hold(const QString &holdId) const;
    Result<std::optional<PaymentHold>> holdByPaymentIntent(const QString &paymentIntentId) const;
    Result<int> nextHoldIndex(const QString &sessionId) const;
    Status saveHold(const PaymentHold &hold);
    // Applies a PaymentIntent read (status, amounts, customer, payment method, capture_before).
    static void applyPaymentIntent(PaymentHold &hold, const QJsonObject &paymentIntent);

    Result<std::optional<SessionSettlement>> settlement(const QString &sessionId) const;
    Status saveSettlement(const SessionSettlement &settlement);

private:
    Status updateOperation(const PaymentOperation &operation);
    Status updateHoldFromOperation(const PaymentOperation &operation, const StripeResult &result);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace minutier
