#pragma once

#include "common/Result.h"
#include "domain/Session.h"

#include <optional>

namespace minutier {

class Clock;
class Database;

// Creates sessions with the offer in force frozen onto them, and prices them with the one
// PriceCalculator when they end.
class SessionService final
{
public:
    SessionService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // A call that happened elsewhere, entered afterwards (`minutier-cli session add`).
    Result<Session> recordCompleted(const QString &clientId, const QString &offerId, qint64 durationMs,
        const QDateTime &startedAt = {});

    // A live call: a 'running' row is written at once so a crash never loses it.
    // `sessionId`: an id chosen before the call (a payment link or a hold placed for a planned
    // session), so the holds recorded under it belong to this session; empty = a new id.
    Result<Session> start(const QString &clientId, const QString &offerId, std::optional<qint64> capMinor = {},
        const QString &sessionId = {});
    // A further hold was authorised during the call: the cap rises to `capMinor` (crash recovery
    // prices with it too).
    Status raiseCap(const Session &session, qint64 capMinor);
    Status heartbeat(const Session &session, qint64 durationMs, SessionState state);
    Result<Session> finish(Session session, qint64 durationMs);

    // Fills billable seconds and amounts from the frozen policy.
    static Status price(Session &session);

private:
    Result<Session> prepare(const QString &clientId, const QString &offerId);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace minutier
