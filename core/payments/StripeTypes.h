#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace minutier {

// How to reach Stripe. The key is held here and in the Authorization header only: it is never
// logged, stored in the database or written to settings.
struct StripeConfig
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.stripe.com"));
    QString apiKey;
    QByteArray apiVersion = "2024-06-20"; // pinned: Checkout's payment_intent is null until paid
    int timeoutMs = 30'000; // per attempt
    int maxAttempts = 3; // first try included
    int initialBackoffMs = 500;
    int maxBackoffMs = 8'000;
    int maxRetryAfterMs = 60'000; // a Retry-After longer than this is not waited for
};

// Form parameters in order, with Stripe's bracket nesting in the names ("metadata[session_id]").
using FormParams = QList<QPair<QString, QString>>;

struct StripeRequest
{
    QByteArray method = "POST"; // POST or GET
    QString path; // "/v1/payment_intents"
    FormParams params; // body for POST, query for GET
    QByteArray idempotencyKey; // POST only; reused on every retry
};

// Stripe's error object ({"error":{"type","code","decline_code","message","param"}}).
struct StripeApiError
{
    QString type;
    QString code;
    QString declineCode;
    QString message;
    QString param;
    QJsonObject paymentIntent; // error.payment_intent, when Stripe includes it (declines)
};

struct StripeResult
{
    enum class Outcome {
        Succeeded, // 2xx with a JSON object
        Rejected, // a definitive refusal (4xx, TLS failure, bad configuration): nothing happened
        Unknown, // may or may not have happened (network error, timeout, 5xx, malformed reply): reconcile
    };
    Outcome outcome = Outcome::Unknown;
    int httpStatus = 0;
    QJsonObject object; // the reply object on success
    StripeApiError apiError; // on a Stripe error reply
    Error error; // on failure: code (PaymentDeclined, PaymentApi, Network) + untranslated detail
    QString requestId;
    QByteArray idempotencyKey;
    bool replayed = false; // Idempotent-Replayed: true
    int attempts = 0;

    bool ok() const noexcept { return outcome == Outcome::Succeeded; }
};

namespace StripeForm {
// application/x-www-form-urlencoded, every byte outside [A-Za-z0-9-._~] percent-encoded.
QByteArray encode(const FormParams &params);
} // namespace StripeForm

} // namespace minutier
