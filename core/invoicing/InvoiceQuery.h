#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace minutier {

class Database;

// What the invoices list shows of a status: the stored status, except that an issued or paid invoice
// cited by credit notes reads "credited" (in full or in part).
enum class InvoiceListStatus { Draft, Issued, Paid, PartlyRefunded, Refunded, Credited };

// One line of the invoices list (drafts first, then newest first): the summary only (no lines, no snapshots), so a page of rows is one
// query.
struct InvoiceRow
{
    QString id;
    InvoiceKind kind = InvoiceKind::Invoice;
    InvoiceStatus status = InvoiceStatus::Draft;
    InvoiceListStatus listStatus = InvoiceListStatus::Draft;
    QString number; // empty for a draft
    QDateTime issuedAt; // UTC; for a draft, when it was created
    QString clientId;
    QString clientName;
    QString clientEmail;
    QString language; // the document's
    Money net;
    Money vat;
    Money gross;
    Money paid;
    Money credited; // gross of the credit notes citing this invoice
    QString creditedInvoiceNumber; // for a credit note: the invoice it cites
};

struct InvoiceQueryFilter
{
    QString text; // number, client name or company contains (case-insensitive)
    QDate from; // local date (issue date, or creation date of a draft) >= from
    QDate to; // <= to
    QList<InvoiceListStatus> statuses; // empty: all
};

// The column the list is ordered by (a whitelist: each maps to a fixed SQL expression). Default:
// drafts first, then newest first. Ties are broken by the document id, so paging stays stable.
enum class InvoiceSortKey { Default, Number, Kind, Date, Client, Gross, Status, Paid, Net, Vat };

struct InvoiceSort
{
    InvoiceSortKey key = InvoiceSortKey::Default;
    bool descending = false;
};

// Per currency: how many documents match, and the sums of issued documents with credit notes
// deducted (drafts are counted apart and summed nowhere).
struct InvoiceTotals
{
    Currency currency = Currency::eur();
    qint64 documents = 0; // issued invoices and credit notes
    qint64 drafts = 0;
    Money net;
    Money vat;
    Money gross;
};

// The invoices list, read page by page from the database (filtering and totals in SQL), for the
// invoices view: fast on tens of thousands of documents.
class InvoiceQuery final
{
public:
    explicit InvoiceQuery(Database &db);

    Result<QList<InvoiceRow>> page(
        const InvoiceQueryFilter &filter, int offset, int limit, const InvoiceSort &sort = {}) const;
    Result<qint64> count(const InvoiceQueryFilter &filter) const;
    Result<QList<InvoiceTotals>> totals(const InvoiceQueryFilter &filter) const;

private:
    Database &m_db;
};

QString invoiceListStatusKey(InvoiceListStatus status);

} // namespace minutier
