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

private:
    Database &m_db;
};

} // namespace minutier
