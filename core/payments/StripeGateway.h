#pragma once

#include "payments/StripeJob.h"
#include "payments/StripeTypes.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace minutier {

// The door to Stripe: validated configuration + the injected network manager. Creates one
// StripeJob per request.
class StripeGateway final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const StripeResult &)>;

    StripeGateway(QNetworkAccessManager *network, StripeConfig config, QObject *parent = nullptr);

    // $MINUTIER_STRIPE_API_BASE, else `setting` (the "stripe.api_base" setting), else
    // https://api.stripe.com; validated with checkApiBase().
    static Result<QUrl> resolveApiBase(const QString &setting = {});
    // https only, except plain http to a loopback host (a local test server).
    static Status checkApiBase(const QUrl &base);
    // sk_/rk_ test or live keys; never echoes the key in the error.
    static Status checkApiKey(const QString &key);

    const StripeConfig &config() const { return m_config; }
    void setConfig(StripeConfig config) { m_config = std::move(config); }

    // A job parented to the gateway, not started; connect to finished() then start().
    StripeJob *createJob(StripeRequest request);
    // Creates and starts a job; `done` runs in `context` (dropped if `context` dies first).
    // A configuration that fails checkApiBase/checkApiKey ends Rejected without any network access.
    void send(StripeRequest request, QObject *context, Callback done);

private:
    QNetworkAccessManager *m_network;
    StripeConfig m_config;
};

} // namespace minutier
