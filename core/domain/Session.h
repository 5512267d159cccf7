#pragma once

#include "billing/BillingPolicy.h"
#include "money/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace minutier {

enum class SessionState {
    Running, // the meter is counting (heartbeats are written)
    Paused,
    Ended, // measured and priced, not yet invoiced
    Billed, // on an issued invoice
    Interrupted, // found after a crash: awaiting "bill up to the last heartbeat" or "discard"
    Discarded, // kept, never deleted
};

QString sessionStateKey(SessionState state);
std::optional<SessionState> sessionStateFromKey(QStringView key);

struct Session {
    QString id;
    QString clientId;
    QString offerId;
    QString offerName;
    BillingPolicy policy; // frozen when the session starts
    SessionState state = SessionState::Ended;
    QDateTime startedAt; // UTC wall-clock stamps (display only; durations come from the monotonic clock)
    QDateTime endedAt;
    QDateTime lastHeartbeat;
    qint64 durationMs = 0;
    std::optional<qint64> capMinor; // the held (pre-authorised) amount, gross
    qint64 billableSeconds = 0;
    Money net;
    Money vat;
    Money gross;
    bool capped = false;
    QString invoiceId;
    QString invoiceNumber; // filled by list queries
    QString clientName; // filled by list queries
};

} // namespace minutier
