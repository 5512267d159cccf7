#include "StripeGateway.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>

namespace minutier {

StripeGateway::StripeGateway(QNetworkAccessManager *network, StripeConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    Q_ASSERT(m_network);
}

Result<QUrl> StripeGateway::resolveApiBase(const QString &setting)
{
    QString text = qEnvironmentVariable("MINUTIER_STRIPE_API_BASE").trimmed();
    if (text.isEmpty())
        text = setting.trimmed();
    if (text.isEmpty())
        text = QStringLiteral("https://api.stripe.com");
    const QUrl url(text, QUrl::StrictMode);
    if (auto s = checkApiBase(url); !s)
        return s.error();
    return url;
}

Status StripeGateway::checkApiBase(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the payment API address '%1' is not a valid URL").arg(base.toString()));
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = base.host();
        QHostAddress address;
        const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
            || (address.setAddress(host) && address.isLoopback());
        if (loopback)
            return {};
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("refusing plain http:// to %1: the payment API is reached over https (http only for a "
                           "loopback test server)")
                .arg(host));
    }
    return makeError(
        ErrorCode::InvalidInput, QStringLiteral("unsupported scheme '%1' for the payment API").arg(scheme));
}

Status StripeGateway::checkApiKey(const QString &key)
{
    if (key.isEmpty())
        return makeError(ErrorCode::Keychain,
            QStringLiteral("no Stripe key is configured (store one with 'minutier-cli payments set-key' or set "
                           "MINUTIER_STRIPE_KEY)"));
    static const QStringList prefixes { QStringLiteral("sk_test_"), QStringLiteral("sk_live_"),
        QStringLiteral("rk_test_"), QStringLiteral("rk_live_") };
    bool known = false;
    for (const QString &p : prefixes)
        known = known || key.startsWith(p);
    if (!known || key.size() < 12)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("this does not look like a Stripe secret or restricted key (expected sk_test_, sk_live_, "
                           "rk_test_ or rk_live_)"));
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return makeError(
                ErrorCode::InvalidInput, QStringLiteral("the Stripe key contains characters a key never has"));
    }
    return {};
}

StripeJob *StripeGateway::createJob(StripeRequest request)
{
    return new StripeJob(m_network, m_config, std::move(request), this);
}

void StripeGateway::send(StripeRequest request, QObject *context, Callback done)
{
    Status usable = checkApiBase(m_config.apiBase);
    if (usable)
        usable = checkApiKey(m_config.apiKey);
    if (!usable) {
        StripeResult r;
        r.outcome = StripeResult::Outcome::Rejected;
        r.error = usable.error();
        r.idempotencyKey = request.idempotencyKey;
        QMetaObject::invokeMethod(
            context, [r, done = std::move(done)] { done(r); }, Qt::QueuedConnection);
        return;
    }
    StripeJob *job = createJob(std::move(request));
    connect(job, &StripeJob::finished, context, [done = std::move(done)](const StripeResult &r) { done(r); });
    job->start();
}

} // namespace minutier
