#include "SettingsRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace minutier {

Result<QString> SettingsRepository::value(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (auto s = Database::exec(q, "read setting"); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

bool SettingsRepository::contains(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    // One statement, the same for SQLite (3.24+) and PostgreSQL: two experts saving at once never
    // fail on the primary key.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return Database::exec(q, "save setting");
}

Status SettingsRepository::remove(const QString &key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return Database::exec(q, "remove setting");
}

} // namespace minutier
