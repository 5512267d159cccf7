#pragma once

#include "payments/StripeTypes.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace minutier {

// One request to Stripe, as Nextcloud's AbstractNetworkJob: its own timeout per attempt, a bounded
// retry with exponential backoff only on network errors, timeouts, 429 and 5xx (Stripe-Should-Retry
// and Retry-After honoured), the same Idempotency-Key on every attempt, one typed finished() signal,
// then deleteLater(). No nested event loop anywhere.
class StripeJob final : public QObject
{
    Q_OBJECT
public:
    StripeJob(QNetworkAccessManager *network, StripeConfig config, StripeRequest request, QObject *parent = nullptr);
    ~StripeJob() override;

    void start();
    // Stops the job without emitting finished() (the owner is going away).
    void abandon();
    const StripeRequest &request() const { return m_request; }
    int attempts() const { return m_attempt; }

signals:
    void finished(const minutier::StripeResult &result);
    void retrying(int attempt, int delayMs);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void finish(StripeResult result);
    bool retryLater(int retryAfterSeconds);
    StripeResult apiErrorResult(int status, const QByteArray &body) const;

    QNetworkAccessManager *m_network;
    StripeConfig m_config;
    StripeRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace minutier
