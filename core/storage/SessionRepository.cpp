#include "SessionRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace minutier {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT s.id, s.client_id, s.offer_id, s.offer_name, s.policy, s.state, s.started_at, s.ended_at, s.last_heartbeat, "
    "s.duration_ms, s.cap_minor, s.billable_seconds, s.currency, s.net_minor, s.vat_minor, s.gross_minor, s.capped, "
    "s.invoice_id, COALESCE(i.number, ''), COALESCE(c.name, '') "
    "FROM sessions s LEFT JOIN clients c ON c.id = s.client_id LEFT JOIN invoices i ON i.id = s.invoice_id ");

Result<Session> fromRow(const QSqlQuery &q)
{
    Session s;
    s.id = q.value(0).toString();
    s.clientId = q.value(1).toString();
    s.offerId = q.value(2).toString();
    s.offerName = q.value(3).toString();
    auto policy = BillingPolicy::fromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
    if (!policy)
        return makeError(ErrorCode::DatabaseCorrupt,
            QStringLiteral("session %1 has an unreadable frozen price: %2").arg(s.id, policy.error().detail));
    s.policy = *policy;
    s.state = sessionStateFromKey(q.value(5).toString()).value_or(SessionState::Ended);
    s.startedAt = SqlUtil::timeFromDb(q.value(6));
    s.endedAt = SqlUtil::timeFromDb(q.value(7));
    s.lastHeartbeat = SqlUtil::timeFromDb(q.value(8));
    s.durationMs = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        s.capMinor = q.value(10).toLongLong();
    s.billableSeconds = q.value(11).toLongLong();
    const auto currency = Currency::fromCode(q.value(12).toString()).value_or(s.policy.currency);
    s.net = Money::fromMinor(q.value(13).toLongLong(), currency);
    s.vat = Money::fromMinor(q.value(14).toLongLong(), currency);
    s.gross = Money::fromMinor(q.value(15).toLongLong(), currency);
    s.capped = q.value(16).toInt() != 0;
    s.invoiceId = q.value(17).toString();
    s.invoiceNumber = q.value(18).toString();
    s.clientName = q.value(19).toString();
    return s;
}
} // namespace

Status SessionRepository::insert(const Session &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sessions (id, client_id, offer_id, offer_name, policy, state, started_at, ended_at, last_heartbeat, "
        "duration_ms, cap_minor, billable_seconds, currency, net_minor, vat_minor, gross_minor, capped, invoice_id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.id);
    q.addBindValue(s.clientId);
    q.addBindValue(SqlUtil::nullableText(s.offerId));
    q.addBindValue(SqlUtil::text(s.offerName));
    q.addBindValue(QString::fromUtf8(QJsonDocument(s.policy.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(sessionStateKey(s.state));
    q.addBindValue(SqlUtil::toDb(s.startedAt));
    q.addBindValue(SqlUtil::toDb(s.endedAt));
    q.addBindValue(SqlUtil::toDb(s.lastHeartbeat));
    q.addBindValue(s.durationMs);
    q.addBindValue(s.capMinor ? QVariant(*s.capMinor) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(s.billableSeconds);
    q.addBindValue(s.policy.currency.code());
    q.addBindValue(s.net.minor());
    q.addBindValue(s.vat.minor());
    q.addBindValue(s.gross.minor());
    q.addBindValue(s.capped ? 1 : 0);
    q.addBindValue(SqlUtil::nullableText(s.invoiceId));
    q.addBindValue(SqlUtil::toDb(QDateTime::currentDateTimeUtc()));
    return Database::exec(q, "insert session");
}

Status SessionRepository::update(const Session &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE sessions SET state = ?, ended_at = ?, last_heartbeat = ?, duration_ms = ?, cap_minor = ?, "
        "billable_seconds = ?, net_minor = ?, vat_minor = ?, gross_minor = ?, capped = ?, invoice_id = ? WHERE id = ?"));
    q.addBindValue(sessionStateKey(s.state));
    q.addBindValue(SqlUtil::toDb(s.endedAt));
    q.addBindValue(SqlUtil::toDb(s.lastHeartbeat));
    q.addBindValue(s.durationMs);
    q.addBindValue(s.capMinor ? QVariant(*s.capMinor) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(s.billableSeconds);
    q.addBindValue(s.net.minor());
    q.addBindValue(s.vat.minor());
    q.addBindValue(s.gross.minor());
    q.addBindValue(s.capped ? 1 : 0);
    q.addBindValue(SqlUtil::nullableText(s.invoiceId));
    q.addBindValue(s.id);
    if (auto st = Database::exec(q, "update session"); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no session %1").arg(s.id));
    return {};
}

Status SessionRepository::heartbeat(const QString &id, qint64 durationMs, SessionState state, const QDateTime &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sessions SET duration_ms = ?, state = ?, last_heartbeat = ? WHERE id = ?"));
    q.addBindValue(durationMs);
    q.addBindValue(sessionStateKey(state));
    q.addBindValue(SqlUtil::toDb(at));
    q.addBindValue(id);
    return Database::exec(q, "session heartbeat");
}

Result<Session> SessionRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(id);
    if (auto s = Database::exec(q, "find session"); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no session with id %1").arg(id));
    return fromRow(q);
}

namespace {
// The WHERE clause shared by list(), count() and monthlyTotals().
QString whereClause(const SessionFilter &filter, QVariantList &binds)
{
    QStringList where;
    if (filter.from.isValid()) {
        where << QStringLiteral("s.started_at >= ?");
        binds << SqlUtil::toDb(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("s.started_at < ?");
        binds << SqlUtil::toDb(filter.to);
    }
    if (!filter.clientId.isEmpty()) {
        where << QStringLiteral("s.client_id = ?");
        binds << filter.clientId;
    }
    if (!filter.clientKind.isEmpty()) {
        where << QStringLiteral("c.kind = ?");
        binds << filter.clientKind;
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (SessionState st : filter.states) {
            marks << QStringLiteral("?");
            binds << sessionStateKey(st);
        }
        where << QStringLiteral("s.state IN (") + marks.join(u',') + u')';
    }
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
}

// count() and monthlyTotals() read the clients table only to filter by relationship.
QString clientsJoin(const SessionFilter &filter)
{
    return filter.clientKind.isEmpty() ? QString() : QStringLiteral("JOIN clients c ON c.id = s.client_id ");
}
} // namespace

Result<qint64> SessionRepository::count(const SessionFilter &filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM sessions s ") + clientsJoin(filter) + whereClause(filter, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto s = Database::exec(q, "count sessions"); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<SessionMonthTotal>> SessionRepository::monthlyTotals(const SessionFilter &filter) const
{
    SessionFilter billed = filter;
    billed.states = { SessionState::Ended, SessionState::Billed };
    QVariantList binds;
    const QString sums = QStringLiteral(
        "s.currency, COUNT(*), SUM(CASE WHEN s.gross_minor = 0 THEN 1 ELSE 0 END), SUM(s.billable_seconds), "
        "SUM(s.gross_minor) FROM sessions s ");
    QString sql;
    if (!filter.from.isValid() && !filter.to.isValid() && filter.clientId.isEmpty() && filter.clientKind.isEmpty()) {
        // The whole history: totals_month (migration 0009) is the month of the ended and billed
        // sessions, NULL for the others, so its covering index gives the groups in order.
        sql = QStringLiteral("SELECT s.totals_month, ") + sums
            + QStringLiteral("WHERE s.totals_month IS NOT NULL GROUP BY s.totals_month, s.currency ORDER BY 1 DESC, 2");
    } else {
        sql = QStringLiteral("SELECT substr(s.started_at, 1, 7) AS month, ") + sums + clientsJoin(billed)
            + whereClause(billed, binds) + QStringLiteral("GROUP BY substr(s.started_at, 1, 7), s.currency ORDER BY 1 DESC, 2");
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto s = Database::exec(q, "monthly totals"); !s)
        return s.error();
    QList<SessionMonthTotal> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toLongLong() });
    return out;
}

Result<QList<Session>> SessionRepository::list(const SessionFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QString sql = kSelect + where;
    sql += QStringLiteral("ORDER BY s.started_at DESC, s.id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);
    if (filter.limit > 0 && filter.offset > 0)
        sql += QStringLiteral(" OFFSET ") + QString::number(filter.offset);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto s = Database::exec(q, "list sessions"); !s)
        return s.error();
    QList<Session> out;
    while (q.next()) {
        auto s = fromRow(q);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

} // namespace minutier
