#pragma once

#include "CliCommand.h"
#include "invoicing/InvoiceService.h"

#include <QByteArray>
#include <QCommandLineOption>

namespace minutier {
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

// --buyer-reference / --order-reference of the commands that make an invoice or a draft.
struct ReferenceOptions {
    QCommandLineOption buyer { QStringLiteral("buyer-reference"),
        CliContext::tr("The client's reference to quote (EN 16931 BT-10, e.g. a Chorus Pro service code)."),
        QStringLiteral("TEXT") };
    QCommandLineOption order { QStringLiteral("order-reference"),
        CliContext::tr("The client's purchase order or commitment number (BT-13)."), QStringLiteral("TEXT") };
    bool isSet(const QCommandLineParser &parser) const { return parser.isSet(buyer) || parser.isSet(order); }
    // The references given, over `current` (an option not given keeps its value).
    InvoiceReferences apply(const QCommandLineParser &parser, InvoiceReferences current = {}) const
    {
        if (parser.isSet(buyer))
            current.buyer = parser.value(buyer);
        if (parser.isSet(order))
            current.order = parser.value(order);
        return current;
    }
};

} // namespace minutier::cli
