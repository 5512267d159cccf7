#include "ClientRepository.h"

#include "domain/Identifiers.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace minutier {

namespace {
const QString kColumns = QStringLiteral(
    "id, name, email, kind, phone, company, siren, vat_number, address, language, notes, offer_id, created_at");

Client fromRow(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.email = q.value(2).toString();
    c.kind = clientKindFromKey(q.value(3).toString()).value_or(ClientKind::Network);
    c.phone = q.value(4).toString();
    c.company = q.value(5).toString();
    c.siren = q.value(6).toString();
    c.vatNumber = q.value(7).toString();
    c.address = q.value(8).toString();
    c.language = q.value(9).toString();
    c.notes = q.value(10).toString();
    c.offerId = q.value(11).toString();
    c.createdAt = SqlUtil::timeFromDb(q.value(12));
    return c;
}
} // namespace

Status ClientRepository::validate(Client &c)
{
    c.name = c.name.trimmed();
    c.email = c.email.trimmed();
    c.siren = Identifiers::compact(c.siren);
    c.vatNumber = Identifiers::compact(c.vatNumber);
    if (c.name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("client name is required"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("e-mail address %1 is not valid").arg(c.email));
    if (!c.siren.isEmpty() && !Identifiers::isValidSiren(c.siren))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("SIREN %1 is not valid").arg(c.siren));
    if (!c.vatNumber.isEmpty() && !Identifiers::isValidVatNumber(c.vatNumber))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("VAT number %1 is not valid").arg(c.vatNumber));
    if (c.language != QLatin1String("fr") && c.language != QLatin1String("en"))
        c.language = QStringLiteral("fr");
    return {};
}

Result<Client> ClientRepository::save(Client c)
{
    if (auto s = validate(c); !s)
        return s.error();
    const bool isNew = c.id.isEmpty();
    if (isNew) {
        c.id = SqlUtil::newId();
        c.createdAt = QDateTime::currentDateTimeUtc();
    }
    QSqlQuery q(m_db.connection());
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO clients (") + kColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.id);
    } else {
        q.prepare(QStringLiteral("UPDATE clients SET name = ?, email = ?, kind = ?, phone = ?, company = ?, siren = ?, "
                                 "vat_number = ?, address = ?, language = ?, notes = ?, offer_id = ? WHERE id = ?"));
    }
    q.addBindValue(SqlUtil::text(c.name));
    q.addBindValue(SqlUtil::text(c.email));
    q.addBindValue(clientKindKey(c.kind));
    q.addBindValue(SqlUtil::text(c.phone));
    q.addBindValue(SqlUtil::text(c.company));
    q.addBindValue(SqlUtil::text(c.siren));
    q.addBindValue(SqlUtil::text(c.vatNumber));
    q.addBindValue(SqlUtil::text(c.address));
    q.addBindValue(SqlUtil::text(c.language));
    q.addBindValue(SqlUtil::text(c.notes));
    q.addBindValue(SqlUtil::nullableText(c.offerId));
    if (isNew)
        q.addBindValue(SqlUtil::toDb(c.createdAt));
    else
        q.addBindValue(c.id);
    if (auto s = Database::exec(q, "save client"); !s)
        return s.error();
    if (!isNew && q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no client %1").arg(c.id));
    return c;
}

Result<Client> ClientRepository::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = Database::exec(q, "find client"); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no client with id %1").arg(id));
    return fromRow(q);
}

Result<QList<Client>> ClientRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients ORDER BY name, id"));
    if (auto s = Database::exec(q, "list clients"); !s)
        return s.error();
    QList<Client> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<QList<Client>> ClientRepository::directory() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, company, email, kind, offer_id FROM clients ORDER BY name, id"));
    if (auto s = Database::exec(q, "list clients"); !s)
        return s.error();
    QList<Client> out;
    while (q.next()) {
        Client c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.company = q.value(2).toString();
        c.email = q.value(3).toString();
        c.kind = clientKindFromKey(q.value(4).toString()).value_or(ClientKind::Network);
        c.offerId = q.value(5).toString();
        c.language.clear();
        out << std::move(c);
    }
    return out;
}

} // namespace minutier
