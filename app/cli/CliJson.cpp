#include "CliJson.h"
#include "JsonWriter.h"

#include "domain/Session.h"
#include "invoicing/Invoice.h"

namespace minutier::cli {

QByteArray sessionJson(const Session &s)
{
    JsonWriter w;
    w.add("id", s.id)
        .add("client_id", s.clientId)
        .add("client_name", s.clientName)
        .add("offer_id", s.offerId)
        .add("offer_name", s.offerName)
        .add("state", sessionStateKey(s.state))
        .add("started_at", s.startedAt.toString(Qt::ISODateWithMs));
    if (s.endedAt.isValid())
        w.add("ended_at", s.endedAt.toString(Qt::ISODateWithMs));
    else
        w.addNull("ended_at");
    w.add("duration_ms", s.durationMs)
        .add("billable_seconds", s.billableSeconds)
        .add("net_minor", s.net.minor())
        .add("vat_minor", s.vat.minor())
        .add("gross_minor", s.gross.minor())
        .add("currency", s.policy.currency.code())
        .add("capped", s.capped);
    if (s.invoiceNumber.isEmpty())
        w.addNull("invoice_number");
    else
        w.add("invoice_number", s.invoiceNumber);
    return w.finish();
}

QByteArray invoiceLineJson(const InvoiceLine &l)
{
    JsonWriter lw;
    lw.add("position", l.position)
        .add("session_id", l.sessionId)
        .add("description", l.description)
        .add("quantity_seconds", l.quantitySeconds)
        .add("unit_price", l.unitPrice)
        .add("vat_basis_points", l.vatBasisPoints)
        .add("net_minor", l.net.minor())
        .add("vat_minor", l.vat.minor())
        .add("gross_minor", l.gross.minor());
    return lw.finish();
}

namespace {
QByteArray linesJson(const Invoice &inv)
{
    QList<QByteArray> lines;
    lines.reserve(inv.lines.size());
    for (const InvoiceLine &l : inv.lines)
        lines << invoiceLineJson(l);
    return jsonArray(lines);
}
} // namespace

namespace {
// The buyer's references (BT-10, BT-13) and the agreed payment term: null when none.
void addReferences(JsonWriter &w, const Invoice &inv)
{
    if (inv.paymentDays)
        w.add("payment_days", qint64(*inv.paymentDays));
    else
        w.addNull("payment_days");
    if (inv.buyerReference.isEmpty())
        w.addNull("buyer_reference");
    else
        w.add("buyer_reference", inv.buyerReference);
    if (inv.orderReference.isEmpty())
        w.addNull("order_reference");
    else
        w.add("order_reference", inv.orderReference);
}
} // namespace

QByteArray invoiceJson(const Invoice &inv)
{
    JsonWriter w;
    w.add("id", inv.id)
        .add("number", inv.number)
        .add("kind", invoiceKindKey(inv.kind))
        .add("status", invoiceStatusKey(inv.status))
        .add("client_id", inv.clientId)
        .add("client_name", inv.buyer.value(QLatin1String("name")).toString())
        .add("issued_at", inv.issuedAt.toString(Qt::ISODateWithMs))
        .add("service_date", inv.serviceDate.toString(Qt::ISODate))
        .add("due_date", inv.dueDate.toString(Qt::ISODate))
        .add("currency", inv.currency.code())
        .add("net_minor", inv.net.minor())
        .add("vat_minor", inv.vat.minor())
        .add("gross_minor", inv.gross.minor())
        .add("paid_minor", inv.paid.minor())
        .add("due_minor", inv.amountDue().minor())
        .add("language", inv.language);
    if (inv.creditedInvoiceNumber.isEmpty())
        w.addNull("credited_invoice_number");
    else
        w.add("credited_invoice_number", inv.creditedInvoiceNumber);
    addReferences(w, inv);
    w.addRaw("lines", linesJson(inv));
    return w.finish();
}

QByteArray draftJson(const Invoice &draft)
{
    // The fields of invoiceJson() that a draft has, under the same names; number and issue date
    // come when it is issued.
    JsonWriter w;
    w.add("id", draft.id)
        .add("status", invoiceStatusKey(draft.status))
        .add("client_id", draft.clientId)
        .add("client_name", draft.buyer.value(QLatin1String("name")).toString())
        .add("service_date", draft.serviceDate.toString(Qt::ISODate))
        .add("currency", draft.currency.code())
        .add("net_minor", draft.net.minor())
        .add("vat_minor", draft.vat.minor())
        .add("gross_minor", draft.gross.minor())
        .add("language", draft.language);
    addReferences(w, draft);
    QList<QByteArray> ids;
    for (const InvoiceLine &l : draft.lines) {
        QByteArray id;
        JsonWriter::appendString(id, l.sessionId);
        ids << id;
    }
    w.addRaw("session_ids", jsonArray(ids));
    w.addRaw("lines", linesJson(draft));
    return w.finish();
}

QByteArray issuedDocumentJson(const Invoice &inv)
{
    JsonWriter w;
    w.add("number", inv.number)
        .add("gross_minor", inv.gross.minor())
        .add("currency", inv.currency.code())
        .add("due_date", inv.dueDate.toString(Qt::ISODate));
    if (inv.paymentDays)
        w.add("payment_days", qint64(*inv.paymentDays));
    else
        w.addNull("payment_days");
    return w.finish();
}

} // namespace minutier::cli
