#include "ProfileRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace minutier {

Result<std::optional<Profile>> ProfileRepository::load() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT legal_name, siret, address, vat_regime, vat_number, iban, email, sole_trader, "
                             "invoice_pattern, credit_note_pattern FROM profile WHERE id = 1"));
    if (auto s = Database::exec(q, "load profile"); !s)
        return s.error();
    if (!q.next())
        return std::optional<Profile>();
    Profile p;
    p.legalName = q.value(0).toString();
    p.siret = q.value(1).toString();
    p.address = q.value(2).toString();
    p.vatRegime = vatRegimeFromKey(q.value(3).toString()).value_or(VatRegime::Franchise);
    p.vatNumber = q.value(4).toString();
    p.iban = q.value(5).toString();
    p.email = q.value(6).toString();
    p.soleTrader = q.value(7).toInt() != 0;
    p.invoicePattern = q.value(8).toString();
    p.creditNotePattern = q.value(9).toString();
    return std::optional<Profile>(p);
}

Status ProfileRepository::save(Profile &profile)
{
    if (auto s = profile.normalizeAndValidate(); !s)
        return s;
    return m_db.inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM profile WHERE id = 1"));
        if (auto s = Database::exec(q, "replace profile"); !s)
            return s;
        q.prepare(QStringLiteral(
            "INSERT INTO profile (id, legal_name, siret, address, vat_regime, vat_number, iban, email, sole_trader, "
            "invoice_pattern, credit_note_pattern, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(SqlUtil::text(profile.legalName));
        q.addBindValue(SqlUtil::text(profile.siret));
        q.addBindValue(SqlUtil::text(profile.address));
        q.addBindValue(vatRegimeKey(profile.vatRegime));
        q.addBindValue(SqlUtil::text(profile.vatNumber));
        q.addBindValue(SqlUtil::text(profile.iban));
        q.addBindValue(SqlUtil::text(profile.email));
        q.addBindValue(profile.soleTrader ? 1 : 0);
        q.addBindValue(SqlUtil::text(profile.invoicePattern));
        q.addBindValue(SqlUtil::text(profile.creditNotePattern));
        q.addBindValue(SqlUtil::toDb(QDateTime::currentDateTimeUtc()));
        if (auto s = Database::exec(q, "save profile"); !s)
            return s;
        return {};
    });
}

} // namespace minutier
