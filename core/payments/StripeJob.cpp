#include "StripeJob.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcStripe, "minutier.payments.stripe")

namespace minutier {

namespace {

bool isTransportSecurityError(QNetworkReply::NetworkError e) { return e == QNetworkReply::SslHandshakeFailedError; }

QString describe(const StripeApiError &e)
{
    QString text = e.message.isEmpty() ? QStringLiteral("(no message)") : e.message;
    QStringList codes;
    if (!e.code.isEmpty())
        codes << QStringLiteral("code: ") + e.code;
    if (!e.declineCode.isEmpty() && e.declineCode != e.code)
        codes << QStringLiteral("decline_code: ") + e.declineCode;
    if (!e.type.isEmpty())
        codes << QStringLiteral("type: ") + e.type;
    if (!codes.isEmpty())
        text += QStringLiteral(" (") + codes.join(QStringLiteral(", ")) + u')';
    return text;
}

} // namespace

namespace StripeForm {
QByteArray encode(const FormParams &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return out;
}
} // namespace StripeForm

StripeJob::StripeJob(QNetworkAccessManager *network, StripeConfig config, StripeRequest request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &StripeJob::onTimeout);
    connect(&m_backoff, &QTimer::timeout, this, &StripeJob::sendAttempt);
}

StripeJob::~StripeJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void StripeJob::start()
{
    Q_ASSERT(m_attempt == 0);
    sendAttempt();
}

void StripeJob::abandon()
{
    m_done = true;
    m_timeout.stop();
    m_backoff.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void StripeJob::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempt;
    m_timedOut = false;
    QUrl url = m_config.apiBase;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + m_request.path);
    const QByteArray form = StripeForm::encode(m_request.params);
    if (m_request.method == "GET" && !form.isEmpty())
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setRawHeader("Stripe-Version", m_config.apiVersion);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Minutier/" MINUTIER_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_request.method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!m_request.idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", m_request.idempotencyKey);
        m_reply = m_network->post(request, form);
    } else {
        m_reply = m_network->get(request);
    }
    // TLS errors are never ignored: no sslErrors handler calls ignoreSslErrors().
    connect(m_reply, &QNetworkReply::finished, this, &StripeJob::onReplyFinished);
    m_timeout.start(m_config.timeoutMs);
    qCDebug(lcStripe).noquote() << m_request.method << m_request.path << "attempt" << m_attempt << "idempotency key"
                                << m_request.idempotencyKey;
}

void StripeJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

bool StripeJob::retryLater(int retryAfterSeconds)
{
    if (m_attempt >= m_config.maxAttempts)
        return false;
    qint64 delay = qint64(m_config.initialBackoffMs) << qMin(m_attempt - 1, 16);
    delay = qMin<qint64>(delay, m_config.maxBackoffMs);
    delay += QRandomGenerator::global()->bounded(qMax(1, int(delay / 4) + 1)); // jitter
    if (retryAfterSeconds > 0) {
        const qint64 wanted = qint64(retryAfterSeconds) * 1000;
        if (wanted > m_config.maxRetryAfterMs)
            return false;
        delay = qMax(delay, wanted);
    }
    qCInfo(lcStripe).noquote() << m_request.method << m_request.path << "retry" << m_attempt + 1 << "in" << delay
                               << "ms with the same idempotency key" << m_request.idempotencyKey;
    emit retrying(m_attempt + 1, int(delay));
    m_backoff.start(int(delay));
    return true;
}

StripeResult StripeJob::apiErrorResult(int status, const QByteArray &body) const
{
    StripeResult r;
    r.httpStatus = status;
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    r.apiError.type = e.value(QStringLiteral("type")).toString();
    r.apiError.code = e.value(QStringLiteral("code")).toString();
    r.apiError.declineCode = e.value(QStringLiteral("decline_code")).toString();
    r.apiError.message = e.value(QStringLiteral("message")).toString();
    r.apiError.param = e.value(QStringLiteral("param")).toString();
    r.apiError.paymentIntent = e.value(QStringLiteral("payment_intent")).toObject();
    if (r.apiError.message.isEmpty())
        r.apiError.message = QStringLiteral("HTTP %1 from the payment API").arg(status);
    const bool declined = r.apiError.type == QLatin1String("card_error") || status == 402;
    r.error = makeError(declined ? ErrorCode::PaymentDeclined : ErrorCode::PaymentApi, describe(r.apiError));
    return r;
}

void StripeJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray shouldRetry = reply->rawHeader("Stripe-Should-Retry").trimmed().toLower();
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    StripeResult result;
    result.httpStatus = status;
    result.requestId = QString::fromLatin1(reply->rawHeader("Request-Id"));
    result.replayed = reply->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";

    if (status == 0) {
        // No HTTP reply at all: the request may or may not have reached Stripe.
        if (isTransportSecurityError(netError)) {
            result.outcome = StripeResult::Outcome::Rejected;
            result.error = makeError(ErrorCode::Network,
                QStringLiteral("TLS handshake with %1 failed (certificate errors are never ignored): %2")
                    .arg(m_config.apiBase.host(), reply->errorString()));
            finish(result);
            return;
        }
        if (retryLater(0))
            return;
        result.outcome = StripeResult::Outcome::Unknown;
        result.error = makeError(ErrorCode::Network,
            m_timedOut
                ? QStringLiteral("no reply from the payment API within %1 s (%2 attempts); the outcome will be checked")
                      .arg(m_config.timeoutMs / 1000.0)
                      .arg(m_attempt)
                : QStringLiteral(
                    "network error talking to the payment API after %1 attempts: %2; the outcome will be checked")
                      .arg(m_attempt)
                      .arg(reply->errorString()));
        finish(result);
        return;
    }

    const bool retryable = shouldRetry == "true" || (shouldRetry != "false" && (status == 429 || status >= 500));
    if (retryable && retryLater(status == 429 || retryAfter > 0 ? retryAfter : 0))
        return;

    if (status >= 200 && status < 300) {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            result.outcome = StripeResult::Outcome::Unknown;
            result.error = makeError(ErrorCode::PaymentApi,
                QStringLiteral("the payment API replied with malformed JSON (%1 at offset %2, HTTP %3); the outcome "
                               "will be checked")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)
                    .arg(status));
            finish(result);
            return;
        }
        result.outcome = StripeResult::Outcome::Succeeded;
        result.object = doc.object();
        finish(result);
        return;
    }

    StripeResult failure = apiErrorResult(status, body);
    failure.requestId = result.requestId;
    failure.replayed = result.replayed;
    // A 5xx is indeterminate (Stripe may have acted); 429 and other 4xx are definitive refusals.
    failure.outcome = status >= 500 ? StripeResult::Outcome::Unknown : StripeResult::Outcome::Rejected;
    if (status >= 500)
        failure.error.detail
            += QStringLiteral(" (HTTP %1 after %2 attempts; the outcome will be checked)").arg(status).arg(m_attempt);
    if (failure.apiError.type == QLatin1String("idempotency_error"))
        qCCritical(lcStripe).noquote() << "BUG: idempotency key" << m_request.idempotencyKey
                                       << "reused with other parameters on" << m_request.method << m_request.path << "-"
                                       << failure.apiError.message;
    finish(failure);
}

void StripeJob::finish(StripeResult result)
{
    if (m_done)
        return;
    m_done = true;
    result.attempts = m_attempt;
    result.idempotencyKey = m_request.idempotencyKey;
    qCInfo(lcStripe).noquote() << m_request.method << m_request.path << "->" << result.httpStatus
                               << (result.ok() ? QStringLiteral("ok") : result.error.detail) << "request"
                               << result.requestId << "attempts" << m_attempt;
    emit finished(result);
    deleteLater();
}

} // namespace minutier
