#pragma once

#include "money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace minutier {

enum class InvoiceKind { Invoice, CreditNote };
enum class InvoiceStatus { Draft, Issued, Paid, PartlyRefunded, Refunded };

QString invoiceKindKey(InvoiceKind kind); // "invoice" | "credit_note"
QString invoiceStatusKey(InvoiceStatus status); // "draft" | "issued" | "paid" | "partly_refunded" | "refunded"
std::optional<InvoiceKind> invoiceKindFromKey(QStringView key);
std::optional<InvoiceStatus> invoiceStatusFromKey(QStringView key);

// How VAT applies to a whole document (EN 16931 VAT category codes in brackets).
enum class VatCategory {
    Standard, // VAT charged at the lines' rates [S], or 0 % [Z]
    Franchise, // "TVA non applicable, art. 293 B du CGI" [E, VATEX-FR-FRANCHISE]
    ReverseCharge, // EU business client: "Autoliquidation" [AE, VATEX-EU-AE]
};

struct VatBreakdown
{
    qint64 basisPoints = 0;
    Money net;
    Money vat;
};

struct InvoiceLine
{
    int position = 0;
    QString sessionId;
    QString description; // the price explanation: "12 min 34 s at 3,00 €/min, first 2 minutes free"
    QDateTime serviceStart; // UTC
    QDateTime serviceEnd;
    qint64 quantitySeconds = 0; // billable seconds
    QString unitPrice; // per-minute rate, decimal string "3.00"
    qint64 vatBasisPoints = 0; // 20 % = 2000
    Money net;
    Money vat;
    Money gross;
};

// A document as issued: seller and buyer are frozen snapshots (JSON) taken at issue time, so a later
// change of the profile or the client never alters an issued invoice.
struct Invoice
{
    QString id;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    QString series;
    QString number; // empty while draft
    qint64 sequence = 0;
    QString clientId;
    QDateTime issuedAt; // UTC
    QDate serviceDate;
    QDate dueDate;
    Currency currency = Currency::eur();
    Money net;
    Money vat;
    Money gross;
    Money paid; // already paid by card
    QString paymentReference;
    // The buyer's own references, printed on the invoice and in its Factur-X data: their reference
    // (EN 16931 BT-10, e.g. a department's service code for Chorus Pro) and their purchase order
    // or commitment number (BT-13). Set on a draft (or at issue); empty when none.
    QString buyerReference;
    QString orderReference;
    // The payment term agreed with the client, in days after the invoice date (dueDate follows
    // from it); none when the default applied (30 days for a business, on receipt otherwise).
    std::optional<int> paymentDays;
    QJsonObject seller; // legal_name, siret, siren, address, vat_regime, vat_number, iban, email, sole_trader
    QJsonObject buyer; // name, company, address, email, siren, vat_number, language, kind
    QString language = QStringLiteral("fr");
    QString creditedInvoiceId;
    QString creditedInvoiceNumber;
    QDate creditedInvoiceDate; // issue date of the credited invoice (local)
    QList<InvoiceLine> lines;

    Money amountDue() const;
    VatCategory vatCategory() const; // from the seller and buyer snapshots
    bool isBusinessBuyer() const;
    QList<VatBreakdown> vatBreakdown() const; // one entry per rate, highest rate first
};

} // namespace minutier
