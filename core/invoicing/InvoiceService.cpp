#include "InvoiceService.h"

#include "billing/BillingPolicy.h"
#include "common/Int128.h"
#include "invoicing/HashChain.h"
#include "invoicing/InvoiceNumbering.h"
#include "invoicing/InvoiceTexts.h"
#include "metering/Clock.h"
#include "money/Decimal.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcInvoicing, "minutier.invoicing")

namespace minutier {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT i.id, i.kind, i.status, i.series, i.number, i.sequence, i.client_id, i.issued_at, i.service_date, "
    "i.due_date, i.currency, i.net_minor, i.vat_minor, i.gross_minor, i.paid_minor, i.payment_reference, i.seller, "
    "i.buyer, i.language, i.credited_invoice_id, COALESCE(o.number, ''), o.issued_at, i.buyer_reference, "
    "i.order_reference, i.payment_days "
    "FROM invoices i LEFT JOIN invoices o ON o.id = i.credited_invoice_id ");

// Business clients in another EU member state: the customer accounts for the VAT.
bool isOtherEuVatNumber(const QString &vatNumber)
{
    static const QSet<QString> eu { QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"),
        QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DE"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("EL"), QStringLiteral("ES"), QStringLiteral("FI"), QStringLiteral("HR"), QStringLiteral("HU"),
        QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("LV"),
        QStringLiteral("MT"), QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"),
        QStringLiteral("SE"), QStringLiteral("SI"), QStringLiteral("SK") };
    return eu.contains(vatNumber.left(2).toUpper());
}

QString jsonText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QJsonObject sellerSnapshot(const Profile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("legal_name"), p.legalName);
    o.insert(QStringLiteral("siret"), p.siret);
    o.insert(QStringLiteral("siren"), p.siren());
    o.insert(QStringLiteral("address"), p.address);
    o.insert(QStringLiteral("vat_regime"), vatRegimeKey(p.vatRegime));
    o.insert(QStringLiteral("vat_number"), p.vatNumber);
    o.insert(QStringLiteral("iban"), p.iban);
    o.insert(QStringLiteral("email"), p.email);
    o.insert(QStringLiteral("sole_trader"), p.soleTrader);
    return o;
}

QJsonObject buyerSnapshot(const Client &c, const Profile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("company"), c.company);
    o.insert(QStringLiteral("address"), c.address);
    o.insert(QStringLiteral("email"), c.email);
    o.insert(QStringLiteral("siren"), c.siren);
    o.insert(QStringLiteral("vat_number"), c.vatNumber);
    o.insert(QStringLiteral("language"), c.language);
    o.insert(QStringLiteral("kind"), clientKindKey(c.kind));
    o.insert(QStringLiteral("business"), c.isBusiness());
    const bool reverse = p.vatRegime == VatRegime::Standard && c.isBusiness() && !c.vatNumber.isEmpty()
        && isOtherEuVatNumber(c.vatNumber);
    o.insert(QStringLiteral("reverse_charge"), reverse);
    return o;
}

Result<Invoice> fromRow(const QSqlQuery &q)
{
    Invoice inv;
    inv.id = q.value(0).toString();
    inv.kind = invoiceKindFromKey(q.value(1).toString()).value_or(InvoiceKind::Invoice);
    inv.status = invoiceStatusFromKey(q.value(2).toString()).value_or(InvoiceStatus::Draft);
    inv.series = q.value(3).toString();
    inv.number = q.value(4).toString();
    inv.sequence = q.value(5).toLongLong();
    inv.clientId = q.value(6).toString();
    inv.issuedAt = SqlUtil::timeFromDb(q.value(7));
    inv.serviceDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    const auto currency = Currency::fromCode(q.value(10).toString());
    if (!currency)
        return makeError(ErrorCode::DatabaseCorrupt, QStringLiteral("invoice %1 has an unknown currency").arg(inv.id));
    inv.currency = *currency;
    inv.net = Money::fromMinor(q.value(11).toLongLong(), inv.currency);
    inv.vat = Money::fromMinor(q.value(12).toLongLong(), inv.currency);
    inv.gross = Money::fromMinor(q.value(13).toLongLong(), inv.currency);
    inv.paid = Money::fromMinor(q.value(14).toLongLong(), inv.currency);
    inv.paymentReference = q.value(15).toString();
    inv.seller = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    inv.buyer = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
    inv.language = q.value(18).toString();
    inv.creditedInvoiceId = q.value(19).toString();
    inv.creditedInvoiceNumber = q.value(20).toString();
    inv.creditedInvoiceDate = SqlUtil::timeFromDb(q.value(21)).toLocalTime().date();
    inv.buyerReference = q.value(22).toString();
    inv.orderReference = q.value(23).toString();
    if (!q.value(24).isNull())
        inv.paymentDays = q.value(24).toInt();
    return inv;
}

Status loadLines(Database &db, Invoice &inv)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT position, session_id, description, service_start, service_end, quantity_seconds, "
                             "unit_price, vat_rate, net_minor, vat_minor, gross_minor FROM invoice_lines "
                             "WHERE invoice_id = ? ORDER BY position"));
    q.addBindValue(inv.id);
    if (auto s = Database::exec(q, "load invoice lines"); !s)
        return s;
    inv.lines.clear();
    while (q.next()) {
        InvoiceLine l;
        l.position = q.value(0).toInt();
        l.sessionId = q.value(1).toString();
        l.description = q.value(2).toString();
        l.serviceStart = SqlUtil::timeFromDb(q.value(3));
        l.serviceEnd = SqlUtil::timeFromDb(q.value(4));
        l.quantitySeconds = q.value(5).toLongLong();
        l.unitPrice = q.value(6).toString();
        l.vatBasisPoints
            = Decimal::parseScaled(q.value(7).toString(), 2).ok() ? *Decimal::parseScaled(q.value(7).toString(), 2) : 0;
        l.net = Money::fromMinor(q.value(8).toLongLong(), inv.currency);
        l.vat = Money::fromMinor(q.value(9).toLongLong(), inv.currency);
        l.gross = Money::fromMinor(q.value(10).toLongLong(), inv.currency);
        inv.lines << l;
    }
    return {};
}

// Takes the next number of (series, period): the counter row is created if needed, then
// incremented. Inside the caller's write transaction, so the number and the document that uses it
// are committed together or not at all (SQLite holds the write lock from BEGIN IMMEDIATE; on
// PostgreSQL the UPDATE locks the counter row until commit).
Result<qint64> nextSequence(Database &db, const QString &series, const QString &period)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO invoice_counters (series, period, last_value) VALUES (?, ?, 0) "
                             "ON CONFLICT (series, period) DO NOTHING"));
    q.addBindValue(series);
    q.addBindValue(period);
    if (auto s = Database::exec(q, "create invoice counter"); !s)
        return s.error();
    q.prepare(
        QStringLiteral("UPDATE invoice_counters SET last_value = last_value + 1 WHERE series = ? AND period = ?"));
    q.addBindValue(series);
    q.addBindValue(period);
    if (auto s = Database::exec(q, "take invoice number"); !s)
        return s.error();
    q.prepare(QStringLiteral("SELECT last_value FROM invoice_counters WHERE series = ? AND period = ?"));
    q.addBindValue(series);
    q.addBindValue(period);
    if (auto s = Database::exec(q, "read invoice number"); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::Storage, QStringLiteral("invoice counter %1/%2 vanished").arg(series, period));
    return q.value(0).toLongLong();
}

Status insertInvoice(Database &db, const Invoice &inv, const QDateTime &now)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO invoices (id, kind, status, series, number, sequence, client_id, issued_at, service_date, "
        "due_date, "
        "currency, net_minor, vat_minor, gross_minor, paid_minor, payment_reference, seller, buyer, language, "
        "credited_invoice_id, created_at, buyer_reference, order_reference, payment_days) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(inv.id);
    q.addBindValue(invoiceKindKey(inv.kind));
    q.addBindValue(invoiceStatusKey(inv.status));
    q.addBindValue(SqlUtil::text(inv.series));
    q.addBindValue(SqlUtil::nullableText(inv.number)); // drafts have no number yet
    q.addBindValue(inv.number.isEmpty() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(inv.sequence));
    q.addBindValue(inv.clientId);
    q.addBindValue(SqlUtil::toDb(inv.issuedAt));
    q.addBindValue(inv.serviceDate.toString(Qt::ISODate));
    q.addBindValue(inv.dueDate.toString(Qt::ISODate));
    q.addBindValue(inv.currency.code());
    q.addBindValue(inv.net.minor());
    q.addBindValue(inv.vat.minor());
    q.addBindValue(inv.gross.minor());
    q.addBindValue(inv.paid.minor());
    q.addBindValue(SqlUtil::text(inv.paymentReference));
    q.addBindValue(jsonText(inv.seller));
    q.addBindValue(jsonText(inv.buyer));
    q.addBindValue(inv.language);
    q.addBindValue(SqlUtil::nullableText(inv.creditedInvoiceId));
    q.addBindValue(SqlUtil::toDb(now));
    q.addBindValue(SqlUtil::nullableText(inv.buyerReference));
    q.addBindValue(SqlUtil::nullableText(inv.orderReference));
    q.addBindValue(inv.paymentDays ? QVariant(*inv.paymentDays) : QVariant(QMetaType::fromType<int>()));
    if (auto s = Database::exec(q, "insert invoice"); !s)
        return s;
    q.prepare(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, position, session_id, description, service_start, service_end, "
        "quantity_seconds, unit_price, vat_rate, net_minor, vat_minor, gross_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    for (const InvoiceLine &l : inv.lines) {
        q.addBindValue(inv.id);
        q.addBindValue(l.position);
        q.addBindValue(SqlUtil::nullableText(l.sessionId));
        q.addBindValue(l.description);
        q.addBindValue(SqlUtil::toDb(l.serviceStart));
        q.addBindValue(SqlUtil::toDb(l.serviceEnd));
        q.addBindValue(l.quantitySeconds);
        q.addBindValue(SqlUtil::text(l.unitPrice));
        q.addBindValue(Decimal::formatScaled(l.vatBasisPoints, 2, 0));
        q.addBindValue(l.net.minor());
        q.addBindValue(l.vat.minor());
        q.addBindValue(l.gross.minor());
        if (auto s = Database::exec(q, "insert invoice line"); !s)
            return s;
    }
    return {};
}

// Sums the lines into the document totals (VAT is computed per line by the PriceCalculator; the
// document total is the exact sum, so lines and totals always agree).
Status totalize(Invoice &inv)
{
    qint64 net = 0, vat = 0, gross = 0;
    for (const InvoiceLine &l : inv.lines) {
        if (qAddOverflow(net, l.net.minor(), &net) || qAddOverflow(vat, l.vat.minor(), &vat)
            || qAddOverflow(gross, l.gross.minor(), &gross))
            return makeError(ErrorCode::Overflow, QStringLiteral("invoice total overflow"));
    }
    inv.net = Money::fromMinor(net, inv.currency);
    inv.vat = Money::fromMinor(vat, inv.currency);
    inv.gross = Money::fromMinor(gross, inv.currency);
    inv.paid = Money::fromMinor(0, inv.currency);
    return {};
}

// What the client already paid by card for these sessions (captured minus refunded, from the payment
// side's holds, migration 0005), with the PaymentIntent references.
Result<std::pair<qint64, QStringList>> cardPayments(Database &db, const QList<Session> &sessions, Currency currency)
{
    qint64 paid = 0;
    QStringList references;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT captured_minor, refunded_minor, payment_intent_id FROM payment_holds "
                             "WHERE session_id = ? AND currency = ? AND captured_minor > 0 ORDER BY hold_index"));
    for (const Session &s : sessions) {
        q.addBindValue(s.id);
        q.addBindValue(currency.code());
        if (auto st = Database::exec(q, "read card payments"); !st)
            return st.error();
        while (q.next()) {
            const qint64 net = q.value(0).toLongLong() - q.value(1).toLongLong();
            if (net <= 0)
                continue;
            if (qAddOverflow(paid, net, &paid))
                return makeError(ErrorCode::Overflow, QStringLiteral("paid amount overflow"));
            const QString ref = q.value(2).toString();
            if (!ref.isEmpty() && !references.contains(ref))
                references << ref;
        }
    }
    return std::make_pair(paid, references);
}

// Numbers must follow the dates: if the wall clock went back (NTP, a manual change) behind the last
// document of the series, the new one takes the last one's time instead of an earlier date.
Result<QDateTime> chronologicalNow(Database &db, InvoiceKind kind, const QDateTime &now)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT MAX(issued_at) FROM invoices WHERE kind = ? AND status <> 'draft'"));
    q.addBindValue(invoiceKindKey(kind));
    if (auto s = Database::exec(q, "read last issue time"); !s)
        return s.error();
    if (q.next() && !q.value(0).isNull()) {
        const QDateTime last = SqlUtil::timeFromDb(q.value(0));
        if (last.isValid() && last > now)
            return last;
    }
    return now;
}

QDate localDate(const QDateTime &utc) { return utc.toLocalTime().date(); }

// The agreed term, else 30 days for a business and on receipt for a consumer.
QDate dueDate(const QDate &invoiceDate, const Client &client, std::optional<int> paymentDays)
{
    return invoiceDate.addDays(paymentDays.value_or(client.isBusiness() ? 30 : 0));
}

} // namespace

InvoiceService::InvoiceService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

namespace {
Status checkReferences(const InvoiceReferences &references)
{
    if (references.paymentDays
        && (*references.paymentDays < 0 || *references.paymentDays > InvoiceReferences::kMaxPaymentDays))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the payment term is a whole number of days from 0 (on receipt) to %1 (the most French "
                           "commercial law allows)")
                .arg(InvoiceReferences::kMaxPaymentDays));
    for (const QString &r : { references.buyer, references.order }) {
        if (r.size() > 100)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("a reference holds at most 100 characters (%1 given)").arg(r.size()));
        for (QChar c : r)
            if (c.category() == QChar::Other_Control)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("a reference is one line of text"));
    }
    return {};
}

InvoiceReferences trimmed(const InvoiceReferences &references)
{
    return { references.buyer.trimmed(), references.order.trimmed(), references.paymentDays };
}
} // namespace

Result<Invoice> InvoiceService::issueForSessions(const QStringList &sessionIds, const InvoiceReferences &references)
{
    const InvoiceReferences refs = trimmed(references);
    if (auto s = checkReferences(refs); !s)
        return s.error();
    return m_db.inTransaction([&]() -> Result<Invoice> { return record(sessionIds, false, QString(), {}, refs); });
}

Result<Invoice> InvoiceService::createDraft(const QStringList &sessionIds, const InvoiceReferences &references)
{
    const InvoiceReferences refs = trimmed(references);
    if (auto s = checkReferences(refs); !s)
        return s.error();
    return m_db.inTransaction([&]() -> Result<Invoice> {
        // A session sits on one draft at most (as setDraftSessions() checks for the sessions it adds).
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                                 "WHERE l.session_id = ? AND i.status = 'draft'"));
        for (const QString &id : sessionIds) {
            q.addBindValue(id);
            if (auto s = Database::exec(q, "session on a draft"); !s)
                return s.error();
            if (q.next())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("session %1 is on another draft").arg(id));
            q.finish();
        }
        return record(sessionIds, true, QString(), {}, refs);
    });
}

Result<Invoice> InvoiceService::setDraftReferences(const QString &draftId, const InvoiceReferences &references)
{
    const InvoiceReferences refs = trimmed(references);
    if (auto s = checkReferences(refs); !s)
        return s.error();
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto draft = findDraftToEdit(draftId);
        if (!draft)
            return draft;
        QSqlQuery q(m_db.connection());
        auto client = ClientRepository(m_db).find(draft->clientId);
        if (!client)
            return client.error();
        q.prepare(QStringLiteral("UPDATE invoices SET buyer_reference = ?, order_reference = ?, payment_days = ?, "
                                 "due_date = ? WHERE id = ? AND status = 'draft'"));
        q.addBindValue(SqlUtil::nullableText(refs.buyer));
        q.addBindValue(SqlUtil::nullableText(refs.order));
        q.addBindValue(refs.paymentDays ? QVariant(*refs.paymentDays) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(dueDate(localDate(m_clock.nowUtc()), *client, refs.paymentDays).toString(Qt::ISODate));
        q.addBindValue(draftId);
        if (auto s = Database::exec(q, "set draft references"); !s)
            return s.error();
        return find(draftId);
    });
}

Result<Invoice> InvoiceService::findDraftToEdit(const QString &draftId) const
{
    auto draft = find(draftId);
    if (draft && draft->status != InvoiceStatus::Draft)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is issued: it cannot be changed").arg(draft->number));
    return draft;
}

Result<Invoice> InvoiceService::updateDraftLine(const QString &draftId, int position, const QString &description)
{
    if (description.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a line needs a description"));
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto draft = findDraftToEdit(draftId);
        if (!draft)
            return draft;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE invoice_lines SET description = ? WHERE invoice_id = ? AND position = ?"));
        q.addBindValue(description.trimmed());
        q.addBindValue(draftId);
        q.addBindValue(position);
        if (auto s = Database::exec(q, "edit draft line"); !s)
            return s.error();
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the draft has no line %1").arg(position));
        return find(draftId);
    });
}

Result<Invoice> InvoiceService::issueDraft(const QString &draftId)
{
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto draft = find(draftId);
        if (!draft)
            return makeError(draft.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : draft.error().code,
                draft.error().detail);
        if (draft->status != InvoiceStatus::Draft)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is already issued").arg(draft->number));
        QStringList ids;
        QHash<QString, QString> descriptions;
        for (const InvoiceLine &l : draft->lines) {
            ids << l.sessionId;
            descriptions.insert(l.sessionId, l.description);
        }
        if (auto s = deleteDraftRows(draftId); !s)
            return s.error();
        // Re-checked and re-priced from the sessions, with today's seller and buyer details; the
        // edited descriptions and the buyer's references are kept. The number is taken now.
        return record(
            ids, false, draftId, descriptions, { draft->buyerReference, draft->orderReference, draft->paymentDays });
    });
}

Status InvoiceService::discardDraft(const QString &draftId)
{
    return m_db.inTransaction([&]() -> Status {
        auto draft = find(draftId);
        if (!draft)
            return draft.error();
        if (draft->status != InvoiceStatus::Draft)
            return makeError(
                ErrorCode::InvalidInput, QStringLiteral("%1 is issued: it is kept forever").arg(draft->number));
        return deleteDraftRows(draftId);
    });
}

Result<Invoice> InvoiceService::setDraftSessions(
    const QString &draftId, const QStringList &sessionIds, const std::optional<InvoiceReferences> &references)
{
    if (sessionIds.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("a draft needs at least one session: discard the draft instead"));
    const std::optional<InvoiceReferences> refs = references ? std::optional(trimmed(*references)) : std::nullopt;
    if (refs)
        if (auto s = checkReferences(*refs); !s)
            return s.error();
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto draft = findDraftToEdit(draftId);
        if (!draft)
            return draft;
        QHash<QString, QString> descriptions;
        for (const InvoiceLine &l : draft->lines)
            descriptions.insert(l.sessionId, l.description);
        // A session added must not sit on another draft already.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                                 "WHERE l.session_id = ? AND i.status = 'draft' AND i.id <> ?"));
        for (const QString &id : sessionIds) {
            if (descriptions.contains(id))
                continue;
            q.addBindValue(id);
            q.addBindValue(draftId);
            if (auto s = Database::exec(q, "session on another draft"); !s)
                return s.error();
            if (q.next())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("session %1 is on another draft").arg(id));
            q.finish();
        }
        if (auto s = deleteDraftRows(draftId); !s)
            return s.error();
        return record(sessionIds, true, draftId, descriptions,
            refs.value_or(InvoiceReferences { draft->buyerReference, draft->orderReference, draft->paymentDays }));
    });
}

Result<QList<Session>> InvoiceService::invoiceableSessions(const QString &clientId, const QString &exceptDraftId) const
{
    SessionFilter filter;
    filter.clientId = clientId;
    filter.states = { SessionState::Ended };
    auto sessions = SessionRepository(m_db).list(filter);
    if (!sessions)
        return sessions.error();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT l.session_id FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                             "WHERE i.status = 'draft' AND i.client_id = ?")
        + (exceptDraftId.isEmpty() ? QString() : QStringLiteral(" AND i.id <> ?")));
    q.addBindValue(clientId);
    if (!exceptDraftId.isEmpty())
        q.addBindValue(exceptDraftId);
    if (auto s = Database::exec(q, "sessions on drafts"); !s)
        return s.error();
    QSet<QString> onDrafts;
    while (q.next())
        onDrafts.insert(q.value(0).toString());
    QList<Session> out;
    for (const Session &s : std::as_const(*sessions))
        if (!onDrafts.contains(s.id))
            out << s;
    std::sort(out.begin(), out.end(), [](const Session &a, const Session &b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    return out;
}

Result<QList<std::pair<QString, QString>>> InvoiceService::clientsWithInvoiceableSessions() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.name FROM clients c WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.client_id = c.id "
        "AND s.state = 'ended' AND NOT EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
        "WHERE l.session_id = s.id AND i.status = 'draft')) ORDER BY LOWER(c.name), c.id"));
    if (auto s = Database::exec(q, "clients with invoiceable sessions"); !s)
        return s.error();
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString() });
    return out;
}

Status InvoiceService::deleteDraftRows(const QString &draftId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"));
    q.addBindValue(draftId);
    if (auto s = Database::exec(q, "delete draft lines"); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM invoices WHERE id = ? AND status = 'draft'"));
    q.addBindValue(draftId);
    return Database::exec(q, "delete draft");
}

Result<Invoice> InvoiceService::record(const QStringList &sessionIds, bool draft, const QString &reuseId,
    const QHash<QString, QString> &descriptions, const InvoiceReferences &references)
{
    if (sessionIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no session to invoice"));
    if (QSet<QString>(sessionIds.begin(), sessionIds.end()).size() != sessionIds.size())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the same session is listed twice"));
    {
        auto profile = ProfileRepository(m_db).load();
        if (!profile)
            return profile.error();
        if (!profile->has_value())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("enter your business identity first (profile set): an invoice needs the seller's legal "
                               "name, SIRET and address"));
        const Profile &seller = **profile;

        QList<Session> sessions;
        SessionRepository sessionRepo(m_db);
        for (const QString &id : sessionIds) {
            auto s = sessionRepo.find(id);
            if (!s)
                return makeError(
                    s.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : s.error().code, s.error().detail);
            if (s->state != SessionState::Ended)
                return makeError(ErrorCode::InvalidInput,
                    QStringLiteral("session %1 is %2: only ended sessions can be invoiced")
                        .arg(id, sessionStateKey(s->state)));
            if (!sessions.isEmpty() && s->clientId != sessions.constFirst().clientId)
                return makeError(ErrorCode::InvalidInput,
                    QStringLiteral("the sessions belong to different clients: one invoice per client"));
            if (!sessions.isEmpty() && s->policy.currency != sessions.constFirst().policy.currency)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("the sessions are in different currencies"));
            sessions << *s;
        }
        std::sort(sessions.begin(), sessions.end(),
            [](const Session &a, const Session &b) { return a.startedAt < b.startedAt; });

        auto client = ClientRepository(m_db).find(sessions.constFirst().clientId);
        if (!client)
            return client.error();

        auto chronological = chronologicalNow(m_db, InvoiceKind::Invoice, m_clock.nowUtc());
        if (!chronological)
            return chronological.error();
        const QDateTime now = *chronological;
        Invoice inv;
        inv.id = reuseId.isEmpty() ? SqlUtil::newId() : reuseId;
        inv.kind = InvoiceKind::Invoice;
        inv.status = draft ? InvoiceStatus::Draft : InvoiceStatus::Issued;
        inv.clientId = client->id;
        if (!draft)
            inv.issuedAt = now;
        inv.currency = sessions.constFirst().policy.currency;
        inv.seller = sellerSnapshot(seller);
        inv.buyer = buyerSnapshot(*client, seller);
        inv.language = client->language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
        inv.serviceDate = localDate(sessions.constLast().startedAt);
        inv.dueDate = dueDate(localDate(now), *client, references.paymentDays);
        inv.buyerReference = references.buyer;
        inv.orderReference = references.order;
        inv.paymentDays = references.paymentDays;
        const VatCategory category = inv.vatCategory();

        int position = 0;
        for (const Session &s : sessions) {
            InvoiceLine l;
            l.position = ++position;
            l.sessionId = s.id;
            l.description = descriptions.contains(s.id)
                ? descriptions.value(s.id)
                : InvoiceTexts::sessionLine(s.policy, s.startedAt, s.endedAt, s.durationMs, s.capMinor, inv.language);
            l.serviceStart = s.startedAt;
            l.serviceEnd = s.endedAt;
            l.quantitySeconds = s.billableSeconds;
            l.unitPrice = Decimal::formatScaled(s.policy.rateE4, BillingPolicy::kRateScale, inv.currency.exponent());
            if (category == VatCategory::Standard) {
                l.vatBasisPoints = s.policy.vatBasisPoints;
                l.net = s.net;
                l.vat = s.vat;
                l.gross = s.gross;
            } else {
                // No VAT may be charged (franchise) or the customer accounts for it (reverse charge):
                // the agreed price stays what the client saw during the call.
                const Money price = s.policy.pricesIncludeVat ? s.gross : s.net;
                l.vatBasisPoints = 0;
                l.net = price;
                l.vat = Money::fromMinor(0, inv.currency);
                l.gross = price;
            }
            inv.lines << l;
        }
        if (auto t = totalize(inv); !t)
            return t.error();
        if (draft) {
            // No number, no snapshot frozen yet, sessions left as they are: all that happens at issue.
            if (auto s = insertInvoice(m_db, inv, now); !s)
                return s.error();
            return inv;
        }
        auto card = cardPayments(m_db, sessions, inv.currency);
        if (!card)
            return card.error();
        if (card->first > 0) {
            inv.paid = Money::fromMinor(qMin(card->first, inv.gross.minor()), inv.currency);
            inv.paymentReference = card->second.join(QStringLiteral(", "));
            if (inv.paid.minor() >= inv.gross.minor() && inv.gross.minor() > 0)
                inv.status = InvoiceStatus::Paid;
        }

        inv.series = invoiceKindKey(InvoiceKind::Invoice);
        const QDate issueDate = localDate(now);
        auto seq = nextSequence(m_db, inv.series, InvoiceNumbering::period(seller.invoicePattern, issueDate));
        if (!seq)
            return seq.error();
        inv.sequence = *seq;
        inv.number = InvoiceNumbering::format(seller.invoicePattern, issueDate, inv.sequence);
        if (auto s = insertInvoice(m_db, inv, now); !s)
            return s.error();

        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("UPDATE sessions SET state = 'billed', invoice_id = ? WHERE id = ? AND state = 'ended'"));
        for (const Session &s : sessions) {
            q.addBindValue(inv.id);
            q.addBindValue(s.id);
            if (auto st = Database::exec(q, "mark session billed"); !st)
                return st.error();
            if (q.numRowsAffected() != 1)
                return makeError(ErrorCode::Conflict, QStringLiteral("session %1 was invoiced meanwhile").arg(s.id));
        }
        if (auto h
            = HashChain::append(m_db, QString::fromLatin1(HashChain::kInvoice), inv.id, HashChain::canonical(inv), now);
            !h)
            return h.error();
        qCInfo(lcInvoicing) << "issued" << inv.number << "for" << sessions.size() << "session(s)";
        return inv;
    }
}

Result<Invoice> InvoiceService::credit(const QString &number, std::optional<qint64> amountMinor)
{
    return m_db.inTransaction([&]() -> Result<Invoice> { return creditInTransaction(number, amountMinor); });
}

Result<Invoice> InvoiceService::creditInTransaction(const QString &number, std::optional<qint64> amountMinor)
{
    {
        auto found = findByNumber(number);
        if (!found)
            return makeError(found.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : found.error().code,
                found.error().detail);
        const Invoice &original = *found;
        if (original.kind != InvoiceKind::Invoice)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("%1 is a credit note: only invoices can be credited").arg(number));
        if (original.status == InvoiceStatus::Draft)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is a draft").arg(number));

        QSqlQuery q(m_db.connection());
        if (m_db.engine() == Database::Engine::Postgres) {
            // Two credit notes on the same invoice at once must not both fit in what remains: the
            // second waits here until the first commits (SQLite already serialises writers).
            q.prepare(QStringLiteral("SELECT id FROM invoices WHERE id = ? FOR UPDATE"));
            q.addBindValue(original.id);
            if (auto s = Database::exec(q, "lock credited invoice"); !s)
                return s.error();
        }
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(gross_minor), 0) FROM invoices WHERE kind = 'credit_note' AND "
                                 "credited_invoice_id = ?"));
        q.addBindValue(original.id);
        if (auto s = Database::exec(q, "sum credit notes"); !s)
            return s.error();
        const qint64 alreadyCredited = q.next() ? q.value(0).toLongLong() : 0;
        const qint64 remaining = original.gross.minor() - alreadyCredited;
        if (remaining <= 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is already fully credited").arg(number));
        const qint64 amount = amountMinor.value_or(remaining);
        if (amount <= 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the credited amount must be positive"));
        if (amount > remaining)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("cannot credit %1 on %2: at most %3 remains to be credited")
                    .arg(Money::fromMinor(amount, original.currency).toDecimalString(), number,
                        Money::fromMinor(remaining, original.currency).toDecimalString()));

        auto chronological = chronologicalNow(m_db, InvoiceKind::CreditNote, m_clock.nowUtc());
        if (!chronological)
            return chronological.error();
        const QDateTime now = *chronological;
        Invoice note;
        note.id = SqlUtil::newId();
        note.kind = InvoiceKind::CreditNote;
        note.status = InvoiceStatus::Issued;
        note.clientId = original.clientId;
        note.issuedAt = now;
        note.serviceDate = original.serviceDate;
        note.dueDate = localDate(now);
        note.currency = original.currency;
        note.seller = original.seller; // the credit note corrects that invoice: same parties, same wording
        note.buyerReference = original.buyerReference; // and the buyer's references, for their books
        note.orderReference = original.orderReference;
        note.buyer = original.buyer;
        note.language = original.language;
        note.creditedInvoiceId = original.id;
        note.creditedInvoiceNumber = original.number;
        note.creditedInvoiceDate = original.issuedAt.toLocalTime().date();

        const QString lang = original.language;
        if (amount == original.gross.minor()) {
            // The whole invoice: the same lines, so every VAT amount is reversed exactly.
            for (const InvoiceLine &l : original.lines) {
                InvoiceLine c = l;
                c.description = InvoiceTexts::text(lang, "credit_line_full").arg(original.number)
                    + QStringLiteral(" — ") + l.description;
                note.lines << c;
            }
        } else {
            // Part of it: spread over the VAT rates in proportion to their gross amounts; each share
            // is split into net and VAT at its rate, rounded half up, the remainder on the last one.
            const QList<VatBreakdown> groups = original.vatBreakdown();
            qint64 allocated = 0;
            int position = 0;
            for (qsizetype i = 0; i < groups.size(); ++i) {
                const VatBreakdown &g = groups[i];
                const qint64 groupGross = g.net.minor() + g.vat.minor();
                qint64 share = 0;
                if (i == groups.size() - 1) {
                    share = amount - allocated;
                } else if (original.gross.minor() > 0) {
                    share = qint64(Int128(amount) * groupGross / original.gross.minor());
                }
                allocated += share;
                if (share == 0)
                    continue;
                const Int128 den = 10000 + g.basisPoints;
                const qint64 net = qint64((Int128(share) * 10000 * 2 + den) / (2 * den));
                InvoiceLine c;
                c.position = ++position;
                c.description = InvoiceTexts::text(lang, "credit_line_partial").arg(original.number);
                if (groups.size() > 1)
                    c.description += QStringLiteral(" (")
                        + InvoiceTexts::text(lang, "vat_at").arg(InvoiceTexts::vatRate(g.basisPoints, lang)) + u')';
                c.vatBasisPoints = g.basisPoints;
                c.net = Money::fromMinor(net, original.currency);
                c.vat = Money::fromMinor(share - net, original.currency);
                c.gross = Money::fromMinor(share, original.currency);
                note.lines << c;
            }
        }
        if (auto t = totalize(note); !t)
            return t.error();

        auto profile = ProfileRepository(m_db).load();
        if (!profile)
            return profile.error();
        const QString pattern
            = profile->has_value() ? (*profile)->creditNotePattern : QStringLiteral("A-{YYYY}-{NNNN}");
        note.series = invoiceKindKey(InvoiceKind::CreditNote);
        const QDate issueDate = localDate(now);
        auto seq = nextSequence(m_db, note.series, InvoiceNumbering::period(pattern, issueDate));
        if (!seq)
            return seq.error();
        note.sequence = *seq;
        note.number = InvoiceNumbering::format(pattern, issueDate, note.sequence);
        if (auto s = insertInvoice(m_db, note, now); !s)
            return s.error();
        if (auto h = HashChain::append(
                m_db, QString::fromLatin1(HashChain::kInvoice), note.id, HashChain::canonical(note), now);
            !h)
            return h.error();
        qCInfo(lcInvoicing) << "issued credit note" << note.number << "for" << original.number;
        return note;
    }
}

namespace {
Status chainPaymentEvent(Database &db, const Invoice &inv, const char *event, qint64 amountMinor,
    const QString &reference, InvoiceStatus status, const QDateTime &at, const QDate &paidOn = {})
{
    QJsonObject o;
    if (paidOn.isValid())
        o.insert(QStringLiteral("paid_on"), paidOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("event"), QLatin1String(event));
    o.insert(QStringLiteral("invoice_id"), inv.id);
    o.insert(QStringLiteral("invoice_number"), inv.number);
    o.insert(QStringLiteral("amount_minor"), QString::number(amountMinor));
    o.insert(QStringLiteral("currency"), inv.currency.code());
    o.insert(QStringLiteral("reference"), reference);
    o.insert(QStringLiteral("status"), invoiceStatusKey(status));
    o.insert(QStringLiteral("at"), SqlUtil::toDb(at).toString());
    return HashChain::append(db, QStringLiteral("payment_event"),
        inv.id + u'/' + QString::fromLatin1(event) + u'/' + SqlUtil::toDb(at).toString(),
        QJsonDocument(o).toJson(QJsonDocument::Compact), at);
}

Status updatePayment(Database &db, const QString &id, InvoiceStatus status, qint64 paidMinor, const QString &reference)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE invoices SET status = ?, paid_minor = ?, payment_reference = ? WHERE id = ?"));
    q.addBindValue(invoiceStatusKey(status));
    q.addBindValue(paidMinor);
    q.addBindValue(SqlUtil::text(reference));
    q.addBindValue(id);
    return Database::exec(q, "record invoice payment");
}
} // namespace

Result<Invoice> InvoiceService::recordCardPayment(const QString &number, qint64 paidMinor, const QString &reference)
{
    if (paidMinor < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a paid amount cannot be negative"));
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto found = findByNumber(number);
        if (!found)
            return found;
        Invoice inv = *found;
        if (inv.kind != InvoiceKind::Invoice || inv.status == InvoiceStatus::Draft)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not an issued invoice").arg(number));
        if (inv.status == InvoiceStatus::PartlyRefunded || inv.status == InvoiceStatus::Refunded)
            return makeError(ErrorCode::Conflict, QStringLiteral("%1 was already refunded").arg(number));
        const qint64 paid = qMin(paidMinor, inv.gross.minor());
        const InvoiceStatus status
            = paid >= inv.gross.minor() && inv.gross.minor() > 0 ? InvoiceStatus::Paid : InvoiceStatus::Issued;
        if (inv.status == InvoiceStatus::Paid && status != InvoiceStatus::Paid)
            return makeError(ErrorCode::Conflict, QStringLiteral("%1 is already paid").arg(number));
        if (auto s = updatePayment(m_db, inv.id, status, paid, reference); !s)
            return s.error();
        if (auto s = chainPaymentEvent(m_db, inv, "card_payment", paid, reference, status, m_clock.nowUtc()); !s)
            return s.error();
        inv.status = status;
        inv.paid = Money::fromMinor(paid, inv.currency);
        inv.paymentReference = reference;
        return inv;
    });
}

Result<Invoice> InvoiceService::recordBankTransfer(
    const QString &number, std::optional<qint64> amountMinor, const QDate &paidOnIn, const QString &reference)
{
    if (amountMinor && *amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a payment must be positive"));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QDate paidOn = paidOnIn.isValid() ? paidOnIn : today;
    if (paidOn > today)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the payment date %1 is in the future")
                                                      .arg(paidOn.toString(Qt::ISODate)));
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto found = findByNumber(number);
        if (!found)
            return found;
        Invoice inv = *found;
        if (inv.kind != InvoiceKind::Invoice || inv.status == InvoiceStatus::Draft)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not an issued invoice").arg(number));
        if (inv.status != InvoiceStatus::Issued)
            return makeError(ErrorCode::Conflict,
                QStringLiteral("%1 is %2: nothing is due").arg(number, invoiceStatusKey(inv.status)));
        const qint64 due = inv.gross.minor() - inv.paid.minor();
        const qint64 amount = amountMinor.value_or(due);
        if (amount <= 0 || amount > due)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("%1 is due on %2, not %3")
                    .arg(Money::fromMinor(due, inv.currency).toDecimalString(), number,
                        Money::fromMinor(amount, inv.currency).toDecimalString()));
        const qint64 paid = inv.paid.minor() + amount;
        const InvoiceStatus status = paid >= inv.gross.minor() ? InvoiceStatus::Paid : InvoiceStatus::Issued;
        const QString ref = reference.isEmpty() ? inv.paymentReference : reference;
        if (auto s = updatePayment(m_db, inv.id, status, paid, ref); !s)
            return s.error();
        if (auto s = chainPaymentEvent(m_db, inv, "bank_transfer", amount, reference, status, m_clock.nowUtc(), paidOn);
            !s)
            return s.error();
        inv.status = status;
        inv.paid = Money::fromMinor(paid, inv.currency);
        inv.paymentReference = ref;
        return inv;
    });
}

Result<Invoice> InvoiceService::recordRefund(const QString &number, qint64 amountMinor, const QString &reference)
{
    if (amountMinor <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a refund must be positive"));
    return m_db.inTransaction([&]() -> Result<Invoice> {
        auto note = creditInTransaction(number, amountMinor);
        if (!note)
            return note;
        auto original = findByNumber(number);
        if (!original)
            return original.error();
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(gross_minor), 0) FROM invoices WHERE kind = 'credit_note' AND "
                                 "credited_invoice_id = ?"));
        q.addBindValue(original->id);
        if (auto s = Database::exec(q, "sum credit notes"); !s)
            return s.error();
        const qint64 credited = q.next() ? q.value(0).toLongLong() : 0;
        const InvoiceStatus status
            = credited >= original->gross.minor() ? InvoiceStatus::Refunded : InvoiceStatus::PartlyRefunded;
        if (auto s = updatePayment(m_db, original->id, status, original->paid.minor(),
                original->paymentReference.isEmpty() ? reference : original->paymentReference);
            !s)
            return s.error();
        if (auto s
            = chainPaymentEvent(m_db, *original, "card_refund", amountMinor, reference, status, m_clock.nowUtc());
            !s)
            return s.error();
        return note;
    });
}

Result<std::optional<Invoice>> InvoiceService::onSessionSettled(const QString &sessionId)
{
    auto session = SessionRepository(m_db).find(sessionId);
    if (!session)
        return session.error();
    if (session->invoiceId.isEmpty())
        return std::optional<Invoice>();
    auto inv = find(session->invoiceId);
    if (!inv)
        return inv.error();
    if (inv->status == InvoiceStatus::PartlyRefunded || inv->status == InvoiceStatus::Refunded)
        return std::optional<Invoice>(); // corrections went through credit notes already
    QList<Session> sessions;
    for (const InvoiceLine &l : inv->lines) {
        if (!l.sessionId.isEmpty()) {
            Session s;
            s.id = l.sessionId;
            sessions << s;
        }
    }
    auto card = cardPayments(m_db, sessions, inv->currency);
    if (!card)
        return card.error();
    if (card->first == inv->paid.minor())
        return std::optional<Invoice>(*inv);
    auto updated = recordCardPayment(inv->number, card->first, card->second.join(QStringLiteral(", ")));
    if (!updated)
        return updated.error();
    return std::optional<Invoice>(*updated);
}

Result<std::optional<Invoice>> InvoiceService::onSessionRefunded(const QString &sessionId, qint64 amountMinor)
{
    auto session = SessionRepository(m_db).find(sessionId);
    if (!session)
        return session.error();
    if (session->invoiceId.isEmpty())
        return std::optional<Invoice>();
    auto inv = find(session->invoiceId);
    if (!inv)
        return inv.error();
    auto card = cardPayments(m_db, { *session }, inv->currency);
    if (!card)
        return card.error();
    auto note = recordRefund(inv->number, amountMinor, card->second.join(QStringLiteral(", ")));
    if (!note)
        return note.error();
    return std::optional<Invoice>(*note);
}

Result<Invoice> InvoiceService::findByNumber(const QString &number) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE i.number = ?"));
    q.addBindValue(number);
    if (auto s = Database::exec(q, "find invoice"); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice numbered %1").arg(number));
    auto inv = fromRow(q);
    if (!inv)
        return inv;
    if (auto s = loadLines(m_db, inv.value()); !s)
        return s.error();
    return inv;
}

Result<Invoice> InvoiceService::find(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE i.id = ?"));
    q.addBindValue(id);
    if (auto s = Database::exec(q, "find invoice"); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice with id %1").arg(id));
    auto inv = fromRow(q);
    if (!inv)
        return inv;
    if (auto s = loadLines(m_db, inv.value()); !s)
        return s.error();
    return inv;
}

Result<QList<Invoice>> InvoiceService::list(const InvoiceFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(LOWER(i.number) LIKE ? OR LOWER(c.name) LIKE ? OR LOWER(c.company) LIKE ?)");
        const QString like = u'%' + filter.text.trimmed().toLower() + u'%';
        binds << like << like << like;
    }
    if (!filter.clientId.isEmpty()) {
        where << QStringLiteral("i.client_id = ?");
        binds << filter.clientId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("i.issued_at >= ?");
        binds << SqlUtil::toDb(filter.from.startOfDay(Qt::LocalTime));
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("i.issued_at < ?");
        binds << SqlUtil::toDb(filter.to.addDays(1).startOfDay(Qt::LocalTime));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (InvoiceStatus s : filter.statuses) {
            marks << QStringLiteral("?");
            binds << invoiceStatusKey(s);
        }
        where << QStringLiteral("i.status IN (") + marks.join(u',') + u')';
    }
    QString sql = kSelect + QStringLiteral("LEFT JOIN clients c ON c.id = i.client_id ");
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
    sql += QStringLiteral("ORDER BY i.issued_at DESC, i.kind, i.sequence DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(filter.limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (auto s = Database::exec(q, "list invoices"); !s)
        return s.error();
    QList<Invoice> out;
    while (q.next()) {
        auto inv = fromRow(q);
        if (!inv)
            return inv.error();
        out << *inv;
    }
    for (Invoice &inv : out) {
        if (auto s = loadLines(m_db, inv); !s)
            return s.error();
    }
    return out;
}

} // namespace minutier
