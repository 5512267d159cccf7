#include "RecoveryService.h"

#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "storage/SqlUtil.h"

#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRecovery, "minutier.metering.recovery")

namespace minutier {

Result<int> RecoveryService::markInterrupted()
{
    // One statement: atomic against a meter that would beat at the same instant (its heartbeat
    // only updates running/paused rows, so it can never revive what this marks).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sessions SET state = 'interrupted' WHERE state IN ('running', 'paused') "
                             "AND (last_heartbeat IS NULL OR last_heartbeat < ?)"));
    q.addBindValue(SqlUtil::toDb(m_clock.nowUtc().addMSecs(-kStaleAfterMs)));
    if (auto st = Database::exec(q, "mark interrupted sessions"); !st)
        return st.error();
    const int marked = std::max(0, q.numRowsAffected());
    if (marked > 0)
        qCInfo(lcRecovery) << marked << "session(s) left running by a crash marked interrupted";
    return marked;
}

Result<QList<Session>> RecoveryService::interrupted()
{
    if (auto marked = markInterrupted(); !marked)
        return marked.error();
    SessionFilter filter;
    filter.states = { SessionState::Interrupted };
    auto sessions = SessionRepository(m_db).list(filter);
    if (!sessions)
        return sessions.error();
    QList<Session> list = *sessions;
    std::sort(list.begin(), list.end(), [](const Session &a, const Session &b) { return a.startedAt < b.startedAt; });
    return list;
}

Result<Session> RecoveryService::bill(const QString &sessionId) { return settle(sessionId, SessionState::Ended); }

Result<Session> RecoveryService::discard(const QString &sessionId)
{
    return settle(sessionId, SessionState::Discarded);
}

Result<Session> RecoveryService::settle(const QString &sessionId, SessionState to)
{
    if (auto marked = markInterrupted(); !marked)
        return marked.error();
    return m_db.inTransaction([&]() -> Result<Session> {
        SessionRepository repo(m_db);
        auto found = repo.find(sessionId);
        if (!found)
            return found.error();
        Session s = *found;
        if (s.state != SessionState::Interrupted)
            return makeError(ErrorCode::Conflict,
                QStringLiteral("session %1 is %2, not interrupted").arg(sessionId, sessionStateKey(s.state)));
        s.state = to;
        s.endedAt = s.lastHeartbeat.isValid() ? s.lastHeartbeat : s.startedAt.addMSecs(s.durationMs);
        if (to == SessionState::Ended) {
            if (auto priced = SessionService::price(s); !priced)
                return priced.error();
        }
        if (auto st = repo.update(s); !st)
            return st.error();
        qCInfo(lcRecovery) << "interrupted session" << s.id << "->" << sessionStateKey(to) << s.durationMs << "ms";
        return s;
    });
}

} // namespace minutier
