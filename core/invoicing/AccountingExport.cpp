#include "AccountingExport.h"

#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "money/Decimal.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/SqlUtil.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace minutier::AccountingExport {

namespace {

class NoClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    QDateTime nowUtc() const override { return {}; }
};

// The FEC is a flat file in one of the encodings art. A47 A-1 of the LPF lists (ASCII, ISO 8859-15,
// EBCDIC): ISO 8859-15, i.e. Latin-1 with the euro sign and the French Œ œ Ÿ. Anything else is '?'.
QByteArray toLatin9(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case 0x20AC:
            out += char(0xA4);
            continue; // €
        case 0x0160:
            out += char(0xA6);
            continue; // Š
        case 0x0161:
            out += char(0xA8);
            continue; // š
        case 0x017D:
            out += char(0xB4);
            continue; // Ž
        case 0x017E:
            out += char(0xB8);
            continue; // ž
        case 0x0152:
            out += char(0xBC);
            continue; // Œ
        case 0x0153:
            out += char(0xBD);
            continue; // œ
        case 0x0178:
            out += char(0xBE);
            continue; // Ÿ
        case 0xA4:
        case 0xA6:
        case 0xA8:
        case 0xB4:
        case 0xB8:
        case 0xBC:
        case 0xBD:
        case 0xBE:
            out += '?'; // Latin-1 characters whose place Latin-9 gave to the above
            continue;
        default:
            out += u < 0x100 ? char(u) : '?';
        }
    }
    return out;
}

QString fecAmount(qint64 minor, int exponent)
{
    return Decimal::formatScaled(minor, exponent, exponent).replace(u'.', u',');
}

QString fecDate(QDate d) { return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString(); }

// No '|' or line break may appear inside a field.
QString fecField(QString s) { return s.replace(u'|', u'/').replace(u'\n', u' ').replace(u'\r', u' ').trimmed(); }

QString csvField(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return s;
}

QString clientAccount(const Invoice &inv) { return QStringLiteral("C") + inv.clientId.left(8).toUpper(); }

QString clientName(const Invoice &inv)
{
    const QString company = inv.buyer.value(QLatin1String("company")).toString();
    return company.isEmpty() ? inv.buyer.value(QLatin1String("name")).toString() : company;
}

Result<QList<Invoice>> issuedBetween(Database &db, QDate from, QDate to)
{
    NoClock clock;
    InvoiceFilter filter;
    filter.from = from;
    filter.to = to;
    filter.statuses
        = { InvoiceStatus::Issued, InvoiceStatus::Paid, InvoiceStatus::PartlyRefunded, InvoiceStatus::Refunded };
    auto list = InvoiceService(db, clock).list(filter);
    if (!list)
        return list;
    QList<Invoice> docs = *list;
    std::sort(docs.begin(), docs.end(), [](const Invoice &a, const Invoice &b) {
        if (a.issuedAt != b.issuedAt)
            return a.issuedAt < b.issuedAt;
        return a.number < b.number;
    });
    return docs;
}

Status save(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(data);
    if (!f.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

QList<FecLine> fecLines(const QList<Invoice> &documents)
{
    QList<FecLine> out;
    int entry = 0;
    for (const Invoice &inv : documents) {
        if (inv.status == InvoiceStatus::Draft)
            continue;
        ++entry;
        const bool credit = inv.kind == InvoiceKind::CreditNote;
        const QDate date = inv.issuedAt.toLocalTime().date();
        const QString label = (credit ? QStringLiteral("Avoir ") : QStringLiteral("Facture ")) + inv.number
            + QStringLiteral(" ") + clientName(inv);
        auto line = [&](const QString &account, const QString &accountLib, qint64 debit, qint64 credit_, bool aux) {
            FecLine l;
            l.journalCode = QStringLiteral("VE");
            l.journalLib = QStringLiteral("Journal des ventes");
            l.ecritureNum = QStringLiteral("VE%1").arg(entry, 6, 10, QLatin1Char('0'));
            l.ecritureDate = date;
            l.compteNum = account;
            l.compteLib = accountLib;
            if (aux) {
                l.compAuxNum = clientAccount(inv);
                l.compAuxLib = clientName(inv);
            }
            l.pieceRef = inv.number;
            l.pieceDate = date;
            l.ecritureLib = label;
            l.debitMinor = debit;
            l.creditMinor = credit_;
            l.validDate = date;
            l.exponent = inv.currency.exponent();
            out << l;
        };
        const qint64 gross = inv.gross.minor();
        line(QStringLiteral("411000"), QStringLiteral("Clients"), credit ? 0 : gross, credit ? gross : 0, true);
        const QList<VatBreakdown> rates = inv.vatBreakdown();
        for (const VatBreakdown &b : rates) {
            if (b.net.minor() != 0) {
                const QString lib = rates.size() > 1 || b.basisPoints > 0
                    ? QStringLiteral("Prestations de services %1 %")
                          .arg(Decimal::formatScaled(b.basisPoints, 2, 0).replace(u'.', u','))
                    : QStringLiteral("Prestations de services");
                line(QStringLiteral("706000"), lib, credit ? b.net.minor() : 0, credit ? 0 : b.net.minor(), false);
            }
            if (b.vat.minor() != 0) {
                const QString lib = QStringLiteral("TVA collectée %1 %")
                                        .arg(Decimal::formatScaled(b.basisPoints, 2, 0).replace(u'.', u','));
                line(QStringLiteral("445710"), lib, credit ? b.vat.minor() : 0, credit ? 0 : b.vat.minor(), false);
            }
        }
    }
    return out;
}

QList<FecLine> fecBankLines(const QList<CardMovement> &movements)
{
    QList<FecLine> out;
    int entry = 0;
    for (const CardMovement &m : movements) {
        if (m.amountMinor <= 0)
            continue;
        ++entry;
        const QString label = (m.refund ? QStringLiteral("Remboursement carte ") : QStringLiteral("Paiement carte "))
            + m.invoiceNumber + (m.reference.isEmpty() ? QString() : QStringLiteral(" ") + m.reference);
        auto line = [&](const QString &account, const QString &lib, qint64 debit, qint64 credit, bool aux) {
            FecLine l;
            l.journalCode = QStringLiteral("BQ");
            l.journalLib = QStringLiteral("Banque (paiements par carte)");
            l.ecritureNum = QStringLiteral("BQ%1").arg(entry, 6, 10, QLatin1Char('0'));
            l.ecritureDate = m.date;
            l.compteNum = account;
            l.compteLib = lib;
            if (aux) {
                l.compAuxNum = QStringLiteral("C") + m.clientId.left(8).toUpper();
                l.compAuxLib = m.clientName;
            }
            l.pieceRef = m.invoiceNumber;
            l.pieceDate = m.date;
            l.ecritureLib = label;
            l.debitMinor = debit;
            l.creditMinor = credit;
            l.validDate = m.date;
            l.exponent = m.exponent;
            out << l;
        };
        if (m.refund) {
            line(QStringLiteral("411000"), QStringLiteral("Clients"), m.amountMinor, 0, true);
            line(QStringLiteral("512000"), QStringLiteral("Banque"), 0, m.amountMinor, false);
        } else {
            line(QStringLiteral("512000"), QStringLiteral("Banque"), m.amountMinor, 0, false);
            line(QStringLiteral("411000"), QStringLiteral("Clients"), 0, m.amountMinor, true);
        }
    }
    return out;
}

QByteArray fecText(const QList<FecLine> &lines)
{
    QString out = QStringLiteral(
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|"
        "PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\r\n");
    for (const FecLine &l : lines) {
        const QStringList fields { fecField(l.journalCode), fecField(l.journalLib), fecField(l.ecritureNum),
            fecDate(l.ecritureDate), fecField(l.compteNum), fecField(l.compteLib), fecField(l.compAuxNum),
            fecField(l.compAuxLib), fecField(l.pieceRef), fecDate(l.pieceDate), fecField(l.ecritureLib),
            fecAmount(l.debitMinor, l.exponent), fecAmount(l.creditMinor, l.exponent), QString(), QString(),
            fecDate(l.validDate), QString(), QString() };
        out += fields.join(u'|') + QStringLiteral("\r\n");
    }
    return toLatin9(out);
}

QString fecFileName(const QString &siren, QDate closing)
{
    return siren + QStringLiteral("FEC") + closing.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".txt");
}

Result<QString> writeFec(Database &db, int year, const QString &dir)
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not a fiscal year").arg(year));
    auto docs = issuedBetween(db, QDate(year, 1, 1), QDate(year, 12, 31));
    if (!docs)
        return docs.error();
    for (const Invoice &inv : *docs) {
        if (inv.currency != Currency::eur())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("%1 is in %2: the FEC is kept in euros; convert foreign-currency documents first")
                    .arg(inv.number, inv.currency.code()));
    }
    QString siren;
    if (!docs->isEmpty())
        siren = docs->constLast().seller.value(QLatin1String("siren")).toString();
    if (siren.isEmpty()) {
        auto profile = ProfileRepository(db).load();
        if (!profile)
            return profile.error();
        if (!profile->has_value())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("enter your business identity first: the FEC is named after your SIREN"));
        siren = (*profile)->siren();
    }
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(dir));
    const QString path = QDir(dir).filePath(fecFileName(siren, QDate(year, 12, 31)));
    // Card movements: what was paid on each invoice (dated by its last payment event, else its issue
    // date) and the refunds recorded by the payment side, from the hash chain.
    QHash<QString, QDate> lastPayment;
    QList<CardMovement> movements;
    QHash<QString, const Invoice *> byId;
    for (const Invoice &inv : *docs)
        byId.insert(inv.id, &inv);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM audit_chain WHERE record_type = 'payment_event' ORDER BY seq"));
    if (auto s = Database::exec(q, "read payment events"); !s)
        return s.error();
    QList<QJsonObject> refunds;
    while (q.next()) {
        const QJsonObject e = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const QDate at = SqlUtil::timeFromDb(e.value(QLatin1String("at")).toString()).toLocalTime().date();
        if (e.value(QLatin1String("event")).toString() == QLatin1String("card_payment"))
            lastPayment.insert(e.value(QLatin1String("invoice_id")).toString(), at);
        else if (e.value(QLatin1String("event")).toString() == QLatin1String("card_refund") && at.year() == year)
            refunds << e;
    }
    for (const Invoice &inv : *docs) {
        if (inv.kind != InvoiceKind::Invoice || inv.paid.minor() <= 0)
            continue;
        const QDate issued = inv.issuedAt.toLocalTime().date();
        movements << CardMovement { inv.number, inv.clientId, clientName(inv),
            qMax(issued, lastPayment.value(inv.id, issued)), inv.paid.minor(), false, inv.paymentReference,
            inv.currency.exponent() };
    }
    NoClock clock;
    InvoiceService service(db, clock);
    for (const QJsonObject &e : std::as_const(refunds)) {
        auto inv = service.find(e.value(QLatin1String("invoice_id")).toString());
        if (!inv)
            return inv.error();
        movements << CardMovement { inv->number, inv->clientId, clientName(*inv),
            SqlUtil::timeFromDb(e.value(QLatin1String("at")).toString()).toLocalTime().date(),
            e.value(QLatin1String("amount_minor")).toString().toLongLong(), true,
            e.value(QLatin1String("reference")).toString(), inv->currency.exponent() };
    }
    std::stable_sort(movements.begin(), movements.end(),
        [](const CardMovement &a, const CardMovement &b) { return a.date < b.date; });
    QList<FecLine> lines = fecLines(*docs) + fecBankLines(movements);
    // The file is in chronological order (entries stay whole: each has one date).
    std::stable_sort(
        lines.begin(), lines.end(), [](const FecLine &a, const FecLine &b) { return a.ecritureDate < b.ecritureDate; });
    if (auto s = save(path, fecText(lines)); !s)
        return s.error();
    return path;
}

QByteArray csvText(const QList<Invoice> &documents)
{
    QString out = QStringLiteral("record,number,issue_date,client,net,vat,gross,paid,due,currency,status,payment_"
                                 "reference,credited_invoice\r\n");
    for (const Invoice &inv : documents) {
        const int e = inv.currency.exponent();
        const QStringList f { invoiceKindKey(inv.kind), inv.number,
            inv.issuedAt.toLocalTime().date().toString(Qt::ISODate), clientName(inv),
            Decimal::formatScaled(inv.net.minor(), e, e), Decimal::formatScaled(inv.vat.minor(), e, e),
            Decimal::formatScaled(inv.gross.minor(), e, e), Decimal::formatScaled(inv.paid.minor(), e, e),
            Decimal::formatScaled(inv.amountDue().minor(), e, e), inv.currency.code(), invoiceStatusKey(inv.status),
            inv.paymentReference, inv.creditedInvoiceNumber };
        QStringList quoted;
        for (const QString &s : f)
            quoted << csvField(s);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Status writeCsv(Database &db, QDate from, QDate to, const QString &file)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the period must be two dates, the first not after the second"));
    auto docs = issuedBetween(db, from, to);
    if (!docs)
        return docs.error();
    QByteArray data = csvText(*docs);
    // Card captures and refunds recorded by the payment side in the same period, when present.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT kind, finished_at, amount_minor, currency, payment_intent_id, object_id FROM payment_operations "
        "WHERE state = 'succeeded' AND kind IN ('capture', 'refund') AND finished_at >= ? AND finished_at < ? "
        "ORDER BY finished_at"));
    q.addBindValue(SqlUtil::toDb(from.startOfDay(Qt::LocalTime)));
    q.addBindValue(SqlUtil::toDb(to.addDays(1).startOfDay(Qt::LocalTime)));
    if (q.exec()) {
        while (q.next()) {
            const auto currency = Currency::fromCode(q.value(3).toString()).value_or(Currency::eur());
            const int e = currency.exponent();
            const QString amount = Decimal::formatScaled(q.value(2).toLongLong(), e, e);
            const bool refund = q.value(0).toString() == QLatin1String("refund");
            const QString reference = q.value(5).toString().isEmpty() ? q.value(4).toString() : q.value(5).toString();
            const QStringList f { refund ? QStringLiteral("card_refund") : QStringLiteral("card_payment"), QString(),
                SqlUtil::timeFromDb(q.value(1)).toLocalTime().date().toString(Qt::ISODate), QString(), QString(),
                QString(), refund ? QStringLiteral("-") + amount : amount, QString(), QString(), currency.code(),
                QStringLiteral("succeeded"), reference, QString() };
            QStringList quoted;
            for (const QString &s : f)
                quoted << csvField(s);
            data += (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
        }
    }
    return save(file, data);
}

} // namespace minutier::AccountingExport
