#pragma once

#include <QByteArray>

namespace minutier {
struct Invoice;
struct InvoiceLine;
struct Session;
}

namespace minutier::cli {

// The JSON shapes several commands print, written once so that `sessions list`, `invoices list`,
// `invoice issue` and the draft commands stay field-for-field consistent.
QByteArray sessionJson(const Session &s);
QByteArray invoiceLineJson(const InvoiceLine &l);
QByteArray invoiceJson(const Invoice &inv);
// A draft: no number, no issue date yet.
QByteArray draftJson(const Invoice &draft);
// What issuing a document prints: {"number", "gross_minor", "currency"}.
QByteArray issuedDocumentJson(const Invoice &inv);

} // namespace minutier::cli
