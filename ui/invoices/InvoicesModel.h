#pragma once

#include "invoicing/InvoiceQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace minutier {

class Database;

// The invoices and credit notes of the invoices view, newest first, read from the database one page
// at a time (filtering in SQL, LIMIT/OFFSET; the view asks for more rows as it scrolls), so tens of
// thousands of documents filter in milliseconds. The totals of everything that matches come with
// each filter.
class InvoicesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The total and the status come first, so they stay in sight when the preview takes room.
    enum Column { Number, Kind, IssueDate, Client, Gross, Status, Paid, Net, Vat, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, NumberRole, ListStatusRole, KindRole };
    static constexpr int kBatch = 200;

    explicit InvoicesModel(Database &db, QObject *parent = nullptr);

    // Reads the count, the totals and the first page of `filter`.
    minutier::Status setFilter(const InvoiceQueryFilter &filter);
    // Reads the same filter again (after an issue or a credit note).
    minutier::Status refresh() { return setFilter(m_filter); }
    const InvoiceQueryFilter &filter() const { return m_filter; }
    // Column-header sorting, done in SQL (the loaded pages are read again from the start).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const InvoiceSort &sortOrder() const { return m_sort; }
    static InvoiceSortKey sortKeyFor(int column);
    const InvoiceRow *rowAt(int row) const;
    // The row showing document `id`, fetching further pages if needed; -1 if it does not match.
    int rowOf(const QString &id);
    qint64 totalCount() const { return m_total; }
    const QList<InvoiceTotals> &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString statusLabel(InvoiceListStatus status);
    static QList<InvoiceListStatus> allStatuses();

private:
    Database &m_db;
    InvoiceQueryFilter m_filter;
    InvoiceSort m_sort;
    QList<InvoiceRow> m_rows;
    QList<InvoiceTotals> m_totals;
    qint64 m_total = 0;
    bool m_notifying = false;
};

} // namespace minutier
