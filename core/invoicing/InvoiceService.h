#pragma once

#include "common/Result.h"
#include "domain/Session.h"
#include "invoicing/Invoice.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace minutier {

class Clock;
class Database;

struct InvoiceFilter
{
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
// What the client and the expert agreed an invoice carries: the buyer's references (see
// Invoice::buyerReference / orderReference: at most 100 characters each, on one line) and the
// payment term (Invoice::paymentDays).
struct InvoiceReferences {
    QString buyer;
    QString order;
    // Days after the invoice date (0: payable on receipt); none: 30 days for a business, on
    // receipt for a consumer. French commercial law caps an agreed term at 60 days (Code de
    // commerce L441-10).
    std::optional<int> paymentDays = std::nullopt;
    static constexpr int kMaxPaymentDays = 60;
};

class InvoiceService final
{
public:
    InvoiceService(Database &db, const Clock &clock);

    // One invoice for one or more ended sessions of the same client; the sessions become 'billed'.
    Result<Invoice> issueForSessions(const QStringList &sessionIds, const InvoiceReferences &references = {});
    // Drafts: an editable invoice without a number (sessions stay 'ended'). Issuing it re-checks the
    // sessions, freezes today's seller and buyer details, keeps the edited line texts and takes the
    // number, in one transaction. A draft can be discarded; an issued invoice never.
    Result<Invoice> createDraft(const QStringList &sessionIds, const InvoiceReferences &references = {});
    // The buyer's references of a draft (kept when its sessions change and when it is issued).
    Result<Invoice> setDraftReferences(const QString &draftId, const InvoiceReferences &references);
    Result<Invoice> updateDraftLine(const QString &draftId, int position, const QString &description);
    Result<Invoice> issueDraft(const QString &draftId);
    Status discardDraft(const QString &draftId);
    // Replaces the sessions of a draft (lines removed or added; at least one must stay: to drop
    // them all, discard the draft). The lines are rebuilt from the amounts the billing engine froze
    // on each session; edited descriptions of the sessions kept are kept. Sessions dropped stay
    // 'ended', invoiceable again.
    // With `references`, the buyer's references are set in the same transaction (else kept).
    Result<Invoice> setDraftSessions(const QString &draftId, const QStringList &sessionIds,
        const std::optional<InvoiceReferences> &references = std::nullopt);
    // The ended, not yet invoiced sessions of `clientId` that are on no draft (other than
    // `exceptDraftId`), oldest first: what a new invoice or a draft may take.
    Result<QList<Session>> invoiceableSessions(const QString &clientId, const QString &exceptDraftId = {}) const;
    // The clients that have such sessions: (id, name), by name.
    Result<QList<std::pair<QString, QString>>> clientsWithInvoiceableSessions() const;

    // A credit note citing `number`, for the whole invoice or `amountMinor` (gross) of it.
    Result<Invoice> credit(const QString &number, std::optional<qint64> amountMinor = {});

    // For the payment side. A card payment received for an issued invoice: `paidMinor` is the total
    // paid so far (capped at the gross); the status becomes paid when nothing is due. Chained as a
    // "payment_event".
    Result<Invoice> recordCardPayment(const QString &number, qint64 paidMinor, const QString &reference);
    // A payment received by bank transfer (no card provider), recorded by hand: `amountMinor` is this
    // payment (default: all that is still due), `paidOn` the day the money arrived (default: today).
    // Several partial transfers add up; the invoice is paid when nothing is due. Chained as a
    // "payment_event" ("bank_transfer") like card payments.
    Result<Invoice> recordBankTransfer(const QString &number, std::optional<qint64> amountMinor = {},
        const QDate &paidOn = {}, const QString &reference = {});
    // A card refund of `amountMinor` on invoice `number`: issues the credit note for it (the
    // correction) and moves the invoice to partly_refunded / refunded, in one transaction; returns
    // the credit note.
    Result<Invoice> recordRefund(const QString &number, qint64 amountMinor, const QString &reference);

    // The same, keyed by session, for PaymentService::sessionSettled / sessionRefunded: when the
    // session is already on an invoice, that invoice gets the card payment (captured minus refunded
    // over all its sessions' holds) or the refund's credit note; when it is not invoiced yet nothing
    // is done (issuing reads the holds). Returns the document touched, if any.
    Result<std::optional<Invoice>> onSessionSettled(const QString &sessionId);
    Result<std::optional<Invoice>> onSessionRefunded(const QString &sessionId, qint64 amountMinor);

    Result<Invoice> findByNumber(const QString &number) const;
    Result<Invoice> find(const QString &id) const;
    Result<QList<Invoice>> list(const InvoiceFilter &filter = {}) const;

private:
    // The draft `draftId`, or why it cannot be edited (none, or already issued).
    Result<Invoice> findDraftToEdit(const QString &draftId) const;
    Result<Invoice> record(const QStringList &sessionIds, bool draft, const QString &reuseId,
        const QHash<QString, QString> &descriptions, const InvoiceReferences &references);
    Status deleteDraftRows(const QString &draftId);
    Result<Invoice> creditInTransaction(const QString &number, std::optional<qint64> amountMinor);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace minutier
