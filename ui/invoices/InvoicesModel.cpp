#include "InvoicesModel.h"

#include "common/MoneyFormat.h"

#include <QLocale>

namespace minutier {

InvoicesModel::InvoicesModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

QList<InvoiceListStatus> InvoicesModel::allStatuses()
{
    return { InvoiceListStatus::Draft, InvoiceListStatus::Issued, InvoiceListStatus::Paid,
        InvoiceListStatus::PartlyRefunded, InvoiceListStatus::Refunded, InvoiceListStatus::Credited };
}

QString InvoicesModel::statusLabel(InvoiceListStatus status)
{
    switch (status) {
    case InvoiceListStatus::Draft:
        return tr("Draft");
    case InvoiceListStatus::Issued:
        return tr("Issued");
    case InvoiceListStatus::Paid:
        return tr("Paid");
    case InvoiceListStatus::PartlyRefunded:
        return tr("Partly refunded");
    case InvoiceListStatus::Refunded:
        return tr("Refunded");
    case InvoiceListStatus::Credited:
        return tr("Credited");
    }
    return {};
}

Status InvoicesModel::setFilter(const InvoiceQueryFilter &filter)
{
    m_filter = filter;
    InvoiceQuery query(m_db);
    auto total = query.count(m_filter);
    auto totals = total ? query.totals(m_filter) : Result<QList<InvoiceTotals>>(total.error());
    auto rows = totals ? query.page(m_filter, 0, kBatch, m_sort) : Result<QList<InvoiceRow>>(totals.error());
    m_notifying = true; // views may ask for more rows from inside the reset notification
    beginResetModel();
    m_total = rows ? total.value() : 0;
    m_totals = rows ? totals.value() : QList<InvoiceTotals>();
    m_rows = rows ? std::move(rows).value() : QList<InvoiceRow>();
    endResetModel();
    m_notifying = false;
    if (!rows)
        return rows.error();
    return {};
}

InvoiceSortKey InvoicesModel::sortKeyFor(int column)
{
    switch (column) {
    case Number:
        return InvoiceSortKey::Number;
    case Kind:
        return InvoiceSortKey::Kind;
    case IssueDate:
        return InvoiceSortKey::Date;
    case Client:
        return InvoiceSortKey::Client;
    case Gross:
        return InvoiceSortKey::Gross;
    case Status:
        return InvoiceSortKey::Status;
    case Paid:
        return InvoiceSortKey::Paid;
    case Net:
        return InvoiceSortKey::Net;
    case Vat:
        return InvoiceSortKey::Vat;
    }
    return InvoiceSortKey::Default;
}

void InvoicesModel::sort(int column, Qt::SortOrder order)
{
    InvoiceSort next { sortKeyFor(column), order == Qt::DescendingOrder };
    if (column < 0)
        next = {};
    if (next.key == m_sort.key && next.descending == m_sort.descending)
        return;
    m_sort = next;
    (void)refresh(); // a failed read leaves the table empty; the view reports errors on its next load
}

const InvoiceRow *InvoicesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int InvoicesModel::rowOf(const QString &id)
{
    for (;;) {
        for (int r = 0; r < m_rows.size(); ++r)
            if (m_rows.at(r).id == id)
                return r;
        const qsizetype before = m_rows.size();
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
        if (m_rows.size() == before)
            return -1;
    }
}

int InvoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceRow &r = m_rows.at(index.row());
    const bool credit = r.kind == InvoiceKind::CreditNote;
    // A credit note's amounts read as negative: what the expert gives back.
    const auto amount = [credit](const Money &m) {
        return MoneyFormat::format(credit ? Money::fromMinor(-m.minor(), m.currency()) : m);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return r.number.isEmpty() ? tr("(draft)") : r.number;
        case Kind:
            return credit ? tr("Credit note") : tr("Invoice");
        case IssueDate:
            return QLocale().toString(r.issuedAt.toLocalTime().date(), QLocale::ShortFormat);
        case Client:
            return r.clientName;
        case Net:
            return amount(r.net);
        case Vat:
            return amount(r.vat);
        case Gross:
            return amount(r.gross);
        case Paid:
            return r.paid.minor() != 0 ? MoneyFormat::format(r.paid) : QString();
        case Status:
            if (r.listStatus == InvoiceListStatus::Credited && r.credited.minor() < r.gross.minor())
                return tr("Partly credited");
            return statusLabel(r.listStatus);
        }
        break;
    case Qt::ToolTipRole:
        if (credit && !r.creditedInvoiceNumber.isEmpty())
            return tr("Credit note for invoice %1").arg(r.creditedInvoiceNumber);
        if (r.listStatus == InvoiceListStatus::Credited)
            return tr("%1 credited of %2").arg(MoneyFormat::format(r.credited), MoneyFormat::format(r.gross));
        if (r.status == InvoiceStatus::Draft)
            return tr("A draft has no number yet: it gets the next one when issued.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Net || index.column() == Vat || index.column() == Gross || index.column() == Paid)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return r.id;
    case NumberRole:
        return r.number;
    case ListStatusRole:
        return invoiceListStatusKey(r.listStatus);
    case KindRole:
        return invoiceKindKey(r.kind);
    }
    return {};
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Kind:
        return tr("Type");
    case IssueDate:
        return tr("Date");
    case Client:
        return tr("Client");
    case Net:
        return tr("Net");
    case Vat:
        return tr("VAT");
    case Gross:
        return tr("Total");
    case Paid:
        return tr("Paid");
    case Status:
        return tr("Status");
    }
    return {};
}

bool InvoicesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_rows.size() < m_total;
}

void InvoicesModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_notifying || m_rows.size() >= m_total)
        return;
    auto rows = InvoiceQuery(m_db).page(m_filter, int(m_rows.size()), kBatch, m_sort);
    if (!rows || rows->isEmpty()) {
        m_total = m_rows.size(); // the table shrank meanwhile: stop asking
        return;
    }
    m_notifying = true; // no nested fetch from inside the insertion notifications
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(rows.value());
    endInsertRows();
    m_notifying = false;
}

} // namespace minutier
