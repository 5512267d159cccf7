#include "HashChain.h"

#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace minutier {

namespace {
const QByteArray kGenesis(64, '0');

// A clock is only needed by InvoiceService for issuing; verification reads.
class NoClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    QDateTime nowUtc() const override { return {}; }
};
} // namespace

QByteArray HashChain::computeHash(
    const QByteArray &previousHash, const QString &recordType, const QString &recordId, const QByteArray &content)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash);
    h.addData("\n");
    h.addData(recordType.toUtf8());
    h.addData("\n");
    h.addData(recordId.toUtf8());
    h.addData("\n");
    h.addData(content);
    return h.result().toHex();
}

QByteArray HashChain::canonical(const Invoice &inv)
{
    auto str = [](qint64 v) { return QString::number(v); };
    QJsonObject o;
    o.insert(QStringLiteral("id"), inv.id);
    o.insert(QStringLiteral("kind"), invoiceKindKey(inv.kind));
    o.insert(QStringLiteral("series"), inv.series);
    o.insert(QStringLiteral("number"), inv.number);
    o.insert(QStringLiteral("sequence"), str(inv.sequence));
    o.insert(QStringLiteral("client_id"), inv.clientId);
    o.insert(QStringLiteral("issued_at"), SqlUtil::toDb(inv.issuedAt).toString());
    o.insert(QStringLiteral("service_date"), inv.serviceDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("due_date"), inv.dueDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("currency"), inv.currency.code());
    o.insert(QStringLiteral("net_minor"), str(inv.net.minor()));
    o.insert(QStringLiteral("vat_minor"), str(inv.vat.minor()));
    o.insert(QStringLiteral("gross_minor"), str(inv.gross.minor()));
    o.insert(QStringLiteral("seller"), inv.seller);
    o.insert(QStringLiteral("buyer"), inv.buyer);
    o.insert(QStringLiteral("language"), inv.language);
    o.insert(QStringLiteral("credited_invoice_id"), inv.creditedInvoiceId);
    // Added in schema 10: only when set, so that every document chained before keeps its digest.
    if (!inv.buyerReference.isEmpty())
        o.insert(QStringLiteral("buyer_reference"), inv.buyerReference);
    if (!inv.orderReference.isEmpty())
        o.insert(QStringLiteral("order_reference"), inv.orderReference);
    // Added in schema 11, the same way.
    if (inv.paymentDays)
        o.insert(QStringLiteral("payment_days"), str(*inv.paymentDays));
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines) {
        QJsonObject j;
        j.insert(QStringLiteral("position"), str(l.position));
        j.insert(QStringLiteral("session_id"), l.sessionId);
        j.insert(QStringLiteral("description"), l.description);
        j.insert(QStringLiteral("service_start"), SqlUtil::toDb(l.serviceStart).toString());
        j.insert(QStringLiteral("service_end"), SqlUtil::toDb(l.serviceEnd).toString());
        j.insert(QStringLiteral("quantity_seconds"), str(l.quantitySeconds));
        j.insert(QStringLiteral("unit_price"), l.unitPrice);
        j.insert(QStringLiteral("vat_basis_points"), str(l.vatBasisPoints));
        j.insert(QStringLiteral("net_minor"), str(l.net.minor()));
        j.insert(QStringLiteral("vat_minor"), str(l.vat.minor()));
        j.insert(QStringLiteral("gross_minor"), str(l.gross.minor()));
        lines.append(j);
    }
    o.insert(QStringLiteral("lines"), lines);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status HashChain::append(
    Database &db, const QString &recordType, const QString &recordId, const QByteArray &content, const QDateTime &at)
{
    QSqlQuery q(db.connection());
    if (db.engine() == Database::Engine::Postgres) {
        // Appends are serialised: the next sequence and the previous hash are read under the lock.
        // (LOCK cannot be a prepared statement in PostgreSQL: executed directly.)
        if (!q.exec(QStringLiteral("LOCK TABLE audit_chain IN EXCLUSIVE MODE")))
            return makeError(
                ErrorCode::Storage, QStringLiteral("cannot lock the audit chain: %1").arg(q.lastError().text()));
    }
    q.prepare(QStringLiteral("SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1"));
    if (auto s = Database::exec(q, "read audit chain head"); !s)
        return s;
    qint64 seq = 1;
    QByteArray previous = kGenesis;
    if (q.next()) {
        seq = q.value(0).toLongLong() + 1;
        previous = q.value(1).toString().toLatin1();
    }
    const QByteArray hash = computeHash(previous, recordType, recordId, content);
    q.prepare(QStringLiteral(
        "INSERT INTO audit_chain (seq, record_type, record_id, content, previous_hash, hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(recordType);
    q.addBindValue(recordId);
    q.addBindValue(QString::fromUtf8(content));
    q.addBindValue(QString::fromLatin1(previous));
    q.addBindValue(QString::fromLatin1(hash));
    q.addBindValue(SqlUtil::toDb(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    return Database::exec(q, "append to audit chain");
}

Result<HashChain::Report> HashChain::verify(Database &db, const QHash<QString, Recompute> &recompute)
{
    NoClock clock;
    InvoiceService invoices(db, clock);
    QHash<QString, Recompute> recomputers = recompute;
    if (!recomputers.contains(QString::fromLatin1(kInvoice))) {
        recomputers.insert(QString::fromLatin1(kInvoice), [&invoices](const QString &id) -> Result<QByteArray> {
            auto inv = invoices.find(id);
            if (!inv)
                return inv.error();
            return canonical(*inv);
        });
    }

    Report report;
    QSet<QString> chainedInvoices;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT seq, record_type, record_id, content, previous_hash, hash FROM audit_chain ORDER BY seq"));
    if (auto s = Database::exec(q, "read audit chain"); !s)
        return s.error();
    QByteArray previous = kGenesis;
    qint64 expectedSeq = 1;
    struct Entry
    {
        qint64 seq;
        QString type, id;
        QByteArray content;
    };
    QList<Entry> toRecompute;
    auto broken = [&](qint64 seq, const QString &type, const QString &id, const QString &reason) {
        report.firstBroken = Broken { seq, type, id, type + u' ' + id, reason };
    };
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString type = q.value(1).toString();
        const QString id = q.value(2).toString();
        const QByteArray content = q.value(3).toString().toUtf8();
        const QByteArray prev = q.value(4).toString().toLatin1();
        const QByteArray hash = q.value(5).toString().toLatin1();
        ++report.entries;
        if (report.firstBroken)
            continue;
        if (seq != expectedSeq)
            broken(seq, type, id, QStringLiteral("entry %1 is missing from the chain").arg(expectedSeq));
        else if (prev != previous)
            broken(seq, type, id, QStringLiteral("its previous hash does not match entry %1").arg(seq - 1));
        else if (computeHash(prev, type, id, content) != hash)
            broken(seq, type, id, QStringLiteral("its hash does not match its content"));
        else
            toRecompute.append({ seq, type, id, content });
        previous = hash;
        ++expectedSeq;
        if (type == QLatin1String(kInvoice))
            chainedInvoices.insert(id);
    }
    // Live records against what was chained (in chain order, so the first broken is the earliest).
    for (const Entry &e : std::as_const(toRecompute)) {
        if (report.firstBroken && report.firstBroken->seq <= e.seq)
            break;
        const auto it = recomputers.constFind(e.type);
        if (it == recomputers.constEnd())
            continue;
        auto current = (*it)(e.id);
        if (!current) {
            if (current.error().code != ErrorCode::NotFound)
                return current.error();
            report.firstBroken
                = Broken { e.seq, e.type, e.id, e.type + u' ' + e.id, QStringLiteral("the record was deleted") };
            break;
        }
        if (*current != e.content) {
            report.firstBroken = Broken { e.seq, e.type, e.id, e.type + u' ' + e.id,
                QStringLiteral("the record was altered after it was chained") };
            break;
        }
    }
    // Every issued document must be in the chain.
    if (!report.firstBroken) {
        QSqlQuery all(db.connection());
        all.setForwardOnly(true);
        all.prepare(
            QStringLiteral("SELECT id, number FROM invoices WHERE status <> 'draft' ORDER BY issued_at, number"));
        if (auto s = Database::exec(all, "list issued documents"); !s)
            return s.error();
        while (all.next()) {
            if (!chainedInvoices.contains(all.value(0).toString())) {
                report.firstBroken = Broken { 0, QString::fromLatin1(kInvoice), all.value(0).toString(),
                    QStringLiteral("invoice %1").arg(all.value(1).toString()),
                    QStringLiteral("it is not in the chain (inserted outside the application)") };
                break;
            }
        }
    }
    // Name documents by their number, as chained (the live row may be gone or altered).
    if (report.firstBroken && report.firstBroken->recordType == QLatin1String(kInvoice)
        && report.firstBroken->seq > 0) {
        QSqlQuery n(db.connection());
        n.prepare(QStringLiteral("SELECT content FROM audit_chain WHERE seq = ?"));
        n.addBindValue(report.firstBroken->seq);
        QJsonObject chained;
        if (n.exec() && n.next())
            chained = QJsonDocument::fromJson(n.value(0).toString().toUtf8()).object();
        if (chained.value(QLatin1String("number")).toString().isEmpty()) {
            n.prepare(QStringLiteral("SELECT number, kind FROM invoices WHERE id = ?"));
            n.addBindValue(report.firstBroken->recordId);
            if (n.exec() && n.next()) {
                chained.insert(QStringLiteral("number"), n.value(0).toString());
                chained.insert(QStringLiteral("kind"), n.value(1).toString());
            }
        }
        {
            const QString number = chained.value(QLatin1String("number")).toString();
            if (!number.isEmpty())
                report.firstBroken->label
                    = (chained.value(QLatin1String("kind")).toString() == QLatin1String("credit_note")
                              ? QStringLiteral("credit note ")
                              : QStringLiteral("invoice "))
                    + number;
        }
    }
    return report;
}

} // namespace minutier
