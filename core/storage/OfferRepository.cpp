#include "OfferRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace minutier {

namespace {
Result<Offer> fromRow(const QSqlQuery &q)
{
    Offer o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    auto policy = BillingPolicy::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    if (!policy)
        return makeError(ErrorCode::DatabaseCorrupt,
            QStringLiteral("offer %1 has an unreadable price: %2").arg(o.id, policy.error().detail));
    o.policy = *policy;
    o.archived = q.value(3).toInt() != 0;
    o.createdAt = SqlUtil::timeFromDb(q.value(4));
    return o;
}
} // namespace

Result<Offer> OfferRepository::save(Offer o)
{
    o.name = o.name.trimmed();
    if (o.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("offer name is required"));
    if (auto s = o.policy.validate(); !s)
        return s.error();
    const bool isNew = o.id.isEmpty();
    if (isNew) {
        o.id = SqlUtil::newId();
        o.createdAt = QDateTime::currentDateTimeUtc();
    }
    const QString policy = QString::fromUtf8(QJsonDocument(o.policy.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db.connection());
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO offers (id, name, policy, archived, created_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(o.id);
        q.addBindValue(o.name);
        q.addBindValue(policy);
        q.addBindValue(o.archived ? 1 : 0);
        q.addBindValue(SqlUtil::toDb(o.createdAt));
    } else {
        q.prepare(QStringLiteral("UPDATE offers SET name = ?, policy = ?, archived = ? WHERE id = ?"));
        q.addBindValue(o.name);
        q.addBindValue(policy);
        q.addBindValue(o.archived ? 1 : 0);
        q.addBindValue(o.id);
    }
    if (auto s = Database::exec(q, "save offer"); !s)
        return s.error();
    if (!isNew && q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no offer %1").arg(o.id));
    return o;
}

Result<Offer> OfferRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, policy, archived, created_at FROM offers WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = Database::exec(q, "find offer"); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no offer with id %1").arg(id));
    return fromRow(q);
}

Result<QList<Offer>> OfferRepository::list(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, policy, archived, created_at FROM offers")
        + (includeArchived ? QString() : QStringLiteral(" WHERE archived = 0")) + QStringLiteral(" ORDER BY name, id"));
    if (auto s = Database::exec(q, "list offers"); !s)
        return s.error();
    QList<Offer> out;
    while (q.next()) {
        auto o = fromRow(q);
        if (!o)
            return o.error();
        out << *o;
    }
    return out;
}

} // namespace minutier
