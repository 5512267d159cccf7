#pragma once

#include "common/Result.h"
#include "domain/Session.h"

#include <QList>

namespace minutier {

class Clock;
class Database;

// Finds the calls a crash, a kill or a power cut left behind, and settles them only as the expert
// decides: bill up to the last heartbeat, or discard (kept, never deleted). Run at every start-up,
// GUI or CLI: no session is ever lost silently.
class RecoveryService final
{
public:
    // A 'running' or 'paused' row is orphaned once its heartbeat (written every
    // CallController::kHeartbeatMs) is this old: a live meter in another process is never taken.
    static constexpr qint64 kStaleAfterMs = 2'000;

    RecoveryService(Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    // Marks orphaned running/paused sessions 'interrupted' (keeping duration_ms = the last
    // heartbeat); returns how many were marked.
    Result<int> markInterrupted();
    // markInterrupted(), then every interrupted session, oldest first.
    Result<QList<Session>> interrupted();
    // Interrupted -> ended, priced with its frozen policy on the duration of the last heartbeat;
    // its end is the last heartbeat.
    Result<Session> bill(const QString &sessionId);
    // Interrupted -> discarded (the row stays).
    Result<Session> discard(const QString &sessionId);

private:
    Result<Session> settle(const QString &sessionId, SessionState to);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace minutier
