#pragma once

#include "domain/Session.h"
#include "storage/SessionRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace minutier {

class Database;

// The sessions of the history, newest first, read from the database one page at a time
// (LIMIT/OFFSET): the view asks for more rows as it scrolls (fetchMore), so a history of 100,000
// sessions opens and filters in a few milliseconds.
class SessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Client, Offer, Duration, Amount, State, Invoice, Payment, ColumnCount };
    // PaymentStateRole: "captured", "not_charged", "refunded", "partly_refunded", "awaiting_capture",
    // "bank_transfer" (an ended or billed session without card payment), "bank_transfer_paid" (its
    // invoice is paid) or "" (not finished).
    enum Role { SessionIdRole = Qt::UserRole + 1, InvoiceNumberRole, StateRole, PaymentStateRole, RefundableMinorRole };
    static constexpr int kBatch = 500;

    explicit SessionsModel(Database &db, QObject *parent = nullptr);

    // Reads the first page of `filter` (limit and offset are the model's own).
    Status setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    const Session *sessionAt(int row) const;
    // Every matching session, loaded or not.
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct PaymentInfo
    {
        QString status; // session_payments.status, or "awaiting_capture"
        qint64 capturedMinor = 0;
        qint64 refundedMinor = 0;
    };
    // The card payments of `rows` (two indexed lookups per page, never a scan of the history).
    void loadPayments(const QList<Session> &rows);
    QString paymentState(const Session &s) const;

    Database &m_db;
    QHash<QString, PaymentInfo> m_payments;
    SessionFilter m_filter;
    QList<Session> m_rows;
    qint64 m_total = 0;
    bool m_notifying = false;
};

} // namespace minutier
