#pragma once

#include "common/Result.h"
#include "domain/Session.h"

#include <QDateTime>
#include <QList>

namespace minutier {

class Database;

struct SessionFilter {
    QDateTime from; // started_at >= from (UTC), invalid = open
    QDateTime to; // started_at < to
    QString clientId;
    QList<SessionState> states; // empty = all
    int limit = 0; // 0 = no limit
    int offset = 0; // rows to skip (with a limit): the history pages through large tables
    QString clientKind; // clientKindKey() of the client, empty = all
};

// Totals of one month (UTC calendar month of started_at) and currency, for ended and billed sessions.
struct SessionMonthTotal {
    QString month; // "2026-11"
    QString currency;
    qint64 calls = 0;
    qint64 freeCalls = 0; // gross 0
    qint64 billableSeconds = 0;
    qint64 grossMinor = 0;
};

class SessionRepository final
{
public:
    explicit SessionRepository(Database &db)
        : m_db(db)
    {
    }
    Status insert(const Session &session);
    // Writes the measured duration and amounts, state and stamps of an existing session.
    Status update(const Session &session);
    // The crash-safety heartbeat: one tiny statement.
    Status heartbeat(const QString &id, qint64 durationMs, SessionState state, const QDateTime &at);
    Result<Session> find(const QString &id) const;
    Result<QList<Session>> list(const SessionFilter &filter = {}) const;
    // How many sessions match (limit and offset ignored).
    Result<qint64> count(const SessionFilter &filter = {}) const;
    // Monthly totals of the matching ended and billed sessions, newest month first.
    Result<QList<SessionMonthTotal>> monthlyTotals(const SessionFilter &filter = {}) const;

private:
    Database &m_db;
};

} // namespace minutier
