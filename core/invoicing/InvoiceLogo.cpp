#include "InvoiceLogo.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace minutier::InvoiceLogo {

namespace {
const QString kKey = QStringLiteral("invoice_logo");
constexpr qsizetype kMaxBytes = 4 * 1024 * 1024; // a prepared logo is far smaller; refuse anything absurd
} // namespace

Result<QByteArray> load(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kKey);
    if (auto s = Database::exec(q, "load invoice logo"); !s)
        return s.error();
    if (!q.next())
        return QByteArray();
    return QByteArray::fromBase64(q.value(0).toString().toLatin1());
}

Status save(Database &db, const QByteArray &image)
{
    if (image.isEmpty())
        return clear(db);
    if (image.size() > kMaxBytes)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the logo is larger than 4 MB"));
    return db.inTransaction([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(kKey);
        if (auto s = Database::exec(q, "replace invoice logo"); !s)
            return s;
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        q.addBindValue(kKey);
        q.addBindValue(QString::fromLatin1(image.toBase64()));
        return Database::exec(q, "save invoice logo");
    });
}

Status clear(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    q.addBindValue(kKey);
    return Database::exec(q, "clear invoice logo");
}

} // namespace minutier::InvoiceLogo
