#pragma once

#include "money/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace minutier {

enum class OperationKind { Checkout, Hold, Capture, Release, Refund };
enum class OperationState { Pending, Sent, Succeeded, Failed };

QString operationKindKey(OperationKind kind);
std::optional<OperationKind> operationKindFromKey(QStringView key);
QString operationStateKey(OperationState state);
std::optional<OperationState> operationStateFromKey(QStringView key);

// One POST to the payment API, as recorded in the outbox (payment_operations).
struct PaymentOperation
{
    QString id;
    QString idempotencyKey;
    QString sessionId;
    OperationKind kind = OperationKind::Hold;
    int holdIndex = 0;
    QByteArray method = "POST";
    QString path;
    QString requestBody; // JSON array of [name, value] pairs: no secrets in it
    std::optional<qint64> amountMinor;
    QString currency;
    OperationState state = OperationState::Pending;
    int attempts = 0;
    int httpStatus = 0;
    QString errorType;
    QString errorCode;
    QString declineCode;
    QString errorMessage;
    QString responseSummary; // JSON: whitelisted fields of the reply object
    QString paymentIntentId;
    QString objectId;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime finishedAt;

    bool isFinished() const noexcept { return state == OperationState::Succeeded || state == OperationState::Failed; }
};

enum class HoldStatus { Pending, LinkOpen, Authorized, RequiresAction, Failed, Captured, Released, Expired };
QString holdStatusKey(HoldStatus status);
std::optional<HoldStatus> holdStatusFromKey(QStringView key);

// A pre-authorisation (PaymentIntent with capture_method=manual), reached through a payment link
// (Checkout Session) or placed on a saved card.
struct PaymentHold
{
    QString id;
    QString sessionId;
    int holdIndex = 0;
    QString paymentIntentId;
    QString checkoutSessionId;
    QString checkoutUrl;
    QString customerId;
    QString paymentMethodId;
    Money amount; // held (authorised) amount
    qint64 capturedMinor = 0;
    qint64 refundedMinor = 0;
    HoldStatus status = HoldStatus::Pending;
    QString failure; // the API's message when it failed (decline reason)
    QDateTime linkExpiresAt; // the payment link (Checkout Session, 24 h)
    QDateTime captureBefore; // the hold (Stripe's capture_before, ~7 days for cards)
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isAuthorized() const noexcept { return status == HoldStatus::Authorized; }
};

enum class SettlementStatus { Captured, NotCharged, PartlyRefunded, Refunded };
QString settlementStatusKey(SettlementStatus status);
std::optional<SettlementStatus> settlementStatusFromKey(QStringView key);

// What was finally taken for a session.
struct SessionSettlement
{
    QString sessionId;
    SettlementStatus status = SettlementStatus::NotCharged;
    Money captured;
    Money refunded;
    qint64 shortfallMinor = 0; // gross not covered by the holds (the meter stops at the cap)
    QDateTime updatedAt;
};

} // namespace minutier
