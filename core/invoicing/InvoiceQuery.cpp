#include "InvoiceQuery.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QVariantList>

namespace minutier {

namespace {

// Gross of the credit notes citing the row (index invoices_credited, migration 0008).
const QString kCredited = QStringLiteral("(SELECT COALESCE(SUM(x.gross_minor), 0) FROM invoices x "
                                         "WHERE x.kind = 'credit_note' AND x.credited_invoice_id = i.id)");
const QString kWhen = QStringLiteral("COALESCE(i.issued_at, i.created_at)");
const QString kFrom = QStringLiteral(" FROM invoices i LEFT JOIN clients c ON c.id = i.client_id "
                                     "LEFT JOIN invoices o ON o.id = i.credited_invoice_id ");

QString statusCondition(InvoiceListStatus s)
{
    switch (s) {
    case InvoiceListStatus::Draft:
        return QStringLiteral("i.status = 'draft'");
    case InvoiceListStatus::Issued:
        return QStringLiteral("(i.status = 'issued' AND (i.kind = 'credit_note' OR ") + kCredited
            + QStringLiteral(" = 0))");
    case InvoiceListStatus::Paid:
        return QStringLiteral("(i.status = 'paid' AND ") + kCredited + QStringLiteral(" = 0)");
    case InvoiceListStatus::PartlyRefunded:
        return QStringLiteral("i.status = 'partly_refunded'");
    case InvoiceListStatus::Refunded:
        return QStringLiteral("i.status = 'refunded'");
    case InvoiceListStatus::Credited:
        return QStringLiteral("(i.kind = 'invoice' AND i.status IN ('issued', 'paid') AND ") + kCredited
            + QStringLiteral(" > 0)");
    }
    return QStringLiteral("1 = 0");
}

QString whereClause(const InvoiceQueryFilter &filter, QVariantList &binds)
{
    QStringList where;
    const QString text = filter.text.trimmed().toLower();
    if (!text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        const QString like = u'%' + escaped + u'%';
        where << QStringLiteral("(LOWER(COALESCE(i.number, '')) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(c.name, '')) "
                                "LIKE ? ESCAPE '\\' OR LOWER(COALESCE(c.company, '')) LIKE ? ESCAPE '\\')");
        binds << like << like << like;
    }
    if (filter.from.isValid()) {
        where << kWhen + QStringLiteral(" >= ?");
        binds << SqlUtil::toDb(filter.from.startOfDay(Qt::LocalTime));
    }
    if (filter.to.isValid()) {
        where << kWhen + QStringLiteral(" < ?");
        binds << SqlUtil::toDb(filter.to.addDays(1).startOfDay(Qt::LocalTime));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList any;
        for (InvoiceListStatus s : filter.statuses)
            any << statusCondition(s);
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
}

QString orderBy(const InvoiceSort &sort)
{
    QString column;
    switch (sort.key) {
    case InvoiceSortKey::Default:
        return QStringLiteral("ORDER BY CASE WHEN i.status = 'draft' THEN 0 ELSE 1 END, ") + kWhen
            + QStringLiteral(" DESC, i.kind, i.sequence DESC, i.id");
    case InvoiceSortKey::Number:
        column = QStringLiteral("COALESCE(i.number, '')");
        break;
    case InvoiceSortKey::Kind:
        column = QStringLiteral("i.kind");
        break;
    case InvoiceSortKey::Date:
        column = kWhen;
        break;
    case InvoiceSortKey::Client:
        column = QStringLiteral("LOWER(COALESCE(c.name, ''))");
        break;
    case InvoiceSortKey::Gross:
        column = QStringLiteral("i.gross_minor");
        break;
    case InvoiceSortKey::Status:
        column = QStringLiteral("i.status");
        break;
    case InvoiceSortKey::Paid:
        column = QStringLiteral("i.paid_minor");
        break;
    case InvoiceSortKey::Net:
        column = QStringLiteral("i.net_minor");
        break;
    case InvoiceSortKey::Vat:
        column = QStringLiteral("i.vat_minor");
        break;
    }
    return QStringLiteral("ORDER BY ") + column + (sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"))
        + QStringLiteral(", i.id ASC");
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
}

} // namespace

QString invoiceListStatusKey(InvoiceListStatus status)
{
    switch (status) {
    case InvoiceListStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceListStatus::Issued:
        return QStringLiteral("issued");
    case InvoiceListStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceListStatus::PartlyRefunded:
        return QStringLiteral("partly_refunded");
    case InvoiceListStatus::Refunded:
        return QStringLiteral("refunded");
    case InvoiceListStatus::Credited:
        return QStringLiteral("credited");
    }
    return {};
}

InvoiceQuery::InvoiceQuery(Database &db)
    : m_db(db)
{
}

Result<QList<InvoiceRow>> InvoiceQuery::page(
    const InvoiceQueryFilter &filter, int offset, int limit, const InvoiceSort &sort) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    const QString sql = QStringLiteral("SELECT i.id, i.kind, i.status, COALESCE(i.number, ''), ") + kWhen
        + QStringLiteral(", i.client_id, COALESCE(c.name, ''), COALESCE(c.email, ''), i.language, i.currency, "
                         "i.net_minor, i.vat_minor, i.gross_minor, i.paid_minor, ")
        + kCredited + QStringLiteral(", COALESCE(o.number, '')") + kFrom + where + orderBy(sort) + QStringLiteral(" LIMIT ") + QString::number(qMax(0, limit))
        + QStringLiteral(" OFFSET ") + QString::number(qMax(0, offset));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (auto s = Database::exec(q, "list invoice rows"); !s)
        return s.error();
    QList<InvoiceRow> out;
    out.reserve(limit);
    while (q.next()) {
        InvoiceRow r;
        r.id = q.value(0).toString();
        r.kind = invoiceKindFromKey(q.value(1).toString()).value_or(InvoiceKind::Invoice);
        r.status = invoiceStatusFromKey(q.value(2).toString()).value_or(InvoiceStatus::Draft);
        r.number = q.value(3).toString();
        r.issuedAt = SqlUtil::timeFromDb(q.value(4));
        r.clientId = q.value(5).toString();
        r.clientName = q.value(6).toString();
        r.clientEmail = q.value(7).toString();
        r.language = q.value(8).toString();
        const auto currency = Currency::fromCode(q.value(9).toString());
        if (!currency)
            return makeError(ErrorCode::DatabaseCorrupt, QStringLiteral("invoice %1 has an unknown currency").arg(r.id));
        r.net = Money::fromMinor(q.value(10).toLongLong(), *currency);
        r.vat = Money::fromMinor(q.value(11).toLongLong(), *currency);
        r.gross = Money::fromMinor(q.value(12).toLongLong(), *currency);
        r.paid = Money::fromMinor(q.value(13).toLongLong(), *currency);
        r.credited = Money::fromMinor(q.value(14).toLongLong(), *currency);
        r.creditedInvoiceNumber = q.value(15).toString();
        switch (r.status) {
        case InvoiceStatus::Draft:
            r.listStatus = InvoiceListStatus::Draft;
            break;
        case InvoiceStatus::PartlyRefunded:
            r.listStatus = InvoiceListStatus::PartlyRefunded;
            break;
        case InvoiceStatus::Refunded:
            r.listStatus = InvoiceListStatus::Refunded;
            break;
        case InvoiceStatus::Issued:
        case InvoiceStatus::Paid:
            if (r.kind == InvoiceKind::Invoice && r.credited.minor() > 0)
                r.listStatus = InvoiceListStatus::Credited;
            else
                r.listStatus = r.status == InvoiceStatus::Paid ? InvoiceListStatus::Paid : InvoiceListStatus::Issued;
            break;
        }
        out << r;
    }
    return out;
}

Result<qint64> InvoiceQuery::count(const InvoiceQueryFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*)") + kFrom + where);
    bindAll(q, binds);
    if (auto s = Database::exec(q, "count invoices"); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<InvoiceTotals>> InvoiceQuery::totals(const InvoiceQueryFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    auto signedSum = [](const char *column) {
        return QStringLiteral("CAST(COALESCE(SUM(CASE WHEN i.status = 'draft' THEN 0 WHEN i.kind = 'credit_note' THEN "
                              "-i.%1 ELSE i.%1 END), 0) AS BIGINT)")
            .arg(QLatin1String(column));
    };
    const QString sql = QStringLiteral("SELECT i.currency, "
                                       "CAST(SUM(CASE WHEN i.status = 'draft' THEN 0 ELSE 1 END) AS BIGINT), "
                                       "CAST(SUM(CASE WHEN i.status = 'draft' THEN 1 ELSE 0 END) AS BIGINT), ")
        + signedSum("net_minor") + QStringLiteral(", ") + signedSum("vat_minor") + QStringLiteral(", ")
        + signedSum("gross_minor") + kFrom + where + QStringLiteral("GROUP BY i.currency ORDER BY i.currency");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (auto s = Database::exec(q, "sum invoices"); !s)
        return s.error();
    QList<InvoiceTotals> out;
    while (q.next()) {
        const auto currency = Currency::fromCode(q.value(0).toString());
        if (!currency)
            return makeError(ErrorCode::DatabaseCorrupt, QStringLiteral("an invoice has an unknown currency"));
        InvoiceTotals t;
        t.currency = *currency;
        t.documents = q.value(1).toLongLong();
        t.drafts = q.value(2).toLongLong();
        t.net = Money::fromMinor(q.value(3).toLongLong(), *currency);
        t.vat = Money::fromMinor(q.value(4).toLongLong(), *currency);
        t.gross = Money::fromMinor(q.value(5).toLongLong(), *currency);
        out << t;
    }
    return out;
}

} // namespace minutier
