#include "SessionService.h"

#include "billing/PriceCalculator.h"
#include "metering/Clock.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace minutier {

Status SessionService::price(Session &session)
{
    auto q = PriceCalculator::quote(session.policy, session.durationMs, session.capMinor);
    if (!q)
        return q.error();
    session.billableSeconds = q->billableSeconds;
    session.net = q->net;
    session.vat = q->vat;
    session.gross = q->gross;
    session.capped = q->capped;
    return {};
}

Result<Session> SessionService::prepare(const QString &clientId, const QString &offerId)
{
    auto client = ClientRepository(m_db).find(clientId);
    if (!client)
        return makeError(client.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : client.error().code,
            client.error().detail);
    auto offer = OfferRepository(m_db).find(offerId);
    if (!offer)
        return makeError(offer.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : offer.error().code,
            offer.error().detail);
    Session s;
    s.id = SqlUtil::newId();
    s.clientId = client->id;
    s.clientName = client->name;
    s.offerId = offer->id;
    s.offerName = offer->name;
    s.policy = offer->policy; // frozen: later edits of the offer never touch this session
    s.net = s.vat = s.gross = Money::fromMinor(0, s.policy.currency);
    return s;
}

Result<Session> SessionService::recordCompleted(
    const QString &clientId, const QString &offerId, qint64 durationMs, const QDateTime &startedAt)
{
    if (durationMs < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("duration cannot be negative"));
    auto s = prepare(clientId, offerId);
    if (!s)
        return s;
    Session session = *s;
    session.durationMs = durationMs;
    session.state = SessionState::Ended;
    session.startedAt = startedAt.isValid() ? startedAt.toUTC() : m_clock.nowUtc().addMSecs(-durationMs);
    session.endedAt = session.startedAt.addMSecs(durationMs);
    if (auto p = price(session); !p)
        return p.error();
    if (auto st = SessionRepository(m_db).insert(session); !st)
        return st.error();
    return session;
}

Result<Session> SessionService::start(
    const QString &clientId, const QString &offerId, std::optional<qint64> capMinor, const QString &sessionId)
{
    auto s = prepare(clientId, offerId);
    if (!s)
        return s;
    Session session = *s;
    if (!sessionId.isEmpty())
        session.id = sessionId;
    session.capMinor = capMinor;
    session.state = SessionState::Running;
    session.startedAt = m_clock.nowUtc();
    session.lastHeartbeat = session.startedAt;
    if (auto st = SessionRepository(m_db).insert(session); !st)
        return st.error();
    return session;
}

Status SessionService::heartbeat(const Session &session, qint64 durationMs, SessionState state)
{
    // One small statement. It only touches a live row: a session that recovery has meanwhile
    // marked interrupted (or the expert discarded) is never brought back to life by a late beat.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sessions SET duration_ms = ?, state = ?, last_heartbeat = ? "
                             "WHERE id = ? AND state IN ('running', 'paused')"));
    q.addBindValue(durationMs);
    q.addBindValue(sessionStateKey(state));
    q.addBindValue(SqlUtil::toDb(m_clock.nowUtc()));
    q.addBindValue(session.id);
    if (auto st = Database::exec(q, "session heartbeat"); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::Conflict,
            QStringLiteral("session %1 is no longer running (marked interrupted or discarded elsewhere)")
                .arg(session.id));
    return {};
}

Status SessionService::raiseCap(const Session &session, qint64 capMinor)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sessions SET cap_minor = ? WHERE id = ? AND state IN ('running', 'paused')"));
    q.addBindValue(capMinor);
    q.addBindValue(session.id);
    return Database::exec(q, "raise session cap");
}

Result<Session> SessionService::finish(Session session, qint64 durationMs)
{
    session.durationMs = durationMs;
    session.state = SessionState::Ended;
    session.endedAt = m_clock.nowUtc();
    session.lastHeartbeat = session.endedAt;
    if (auto p = price(session); !p)
        return p.error();
    if (auto st = SessionRepository(m_db).update(session); !st)
        return st.error();
    return session;
}

} // namespace minutier
