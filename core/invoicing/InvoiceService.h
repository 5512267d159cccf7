#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QList>
#include <QStringList>

namespace minutier {

class Clock;
class Database;

struct InvoiceFilter {
    QString text; // number or client name contains
    QString clientId;
    QDate from; // issue date >= from
    QDate to; // issue date <= to
    QList<InvoiceStatus> statuses;
    int limit = 0;
};

// Issues invoices and credit notes: the number is taken and the document recorded in one
// transaction (gap-free, never reused, per series); issued documents are immutable (the database
// rejects UPDATE/DELETE through triggers).
class InvoiceService final
{
public:
    InvoiceService(Database &db, const Clock &clock);

    // One invoice for one or more ended sessions of the same client; the sessions become 'billed'.
    Result<Invoice> issueForSessions(const QStringList &sessionIds);
    // A credit note citing `number`, for the whole invoice or `amountMinor` (gross) of it.
    Result<Invoice> credit(const QString &number, std::optional<qint64> amountMinor = {});

    Result<Invoice> findByNumber(const QString &number) const;
    Result<Invoice> find(const QString &id) const;
    Result<QList<Invoice>> list(const InvoiceFilter &filter = {}) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace minutier
