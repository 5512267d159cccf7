#include "MonthlyTotals.h"

#include "common/MoneyFormat.h"

#include <QLocale>

namespace minutier {

MonthlyTotalsModel::MonthlyTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<MonthTotal> MonthlyTotalsModel::fromRows(const QList<SessionMonthTotal> &rows)
{
    QList<MonthTotal> out;
    for (const SessionMonthTotal &row : rows) {
        MonthTotal t;
        t.month = QDate::fromString(row.month + QStringLiteral("-01"), Qt::ISODate);
        t.calls = row.calls;
        t.freeCalls = row.freeCalls;
        t.billableSeconds = row.billableSeconds;
        t.revenue = Money::fromMinor(row.grossMinor, Currency::fromCode(row.currency).value_or(Currency::eur()));
        out.append(t);
    }
    return out;
}

void MonthlyTotalsModel::setTotals(const QList<SessionMonthTotal> &rows)
{
    beginResetModel();
    m_totals = fromRows(rows);
    endResetModel();
}

int MonthlyTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int MonthlyTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthlyTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthTotal &t = m_totals.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Month ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Month:
        return QLocale().toString(t.month, QStringLiteral("MMMM yyyy"));
    case Calls:
        return QLocale().toString(t.calls);
    case Minutes:
        return tr("%1 min").arg(QLocale().toString(t.billableSeconds / 60));
    case Revenue:
        return MoneyFormat::format(t.revenue);
    case FreeShare:
        return t.calls == 0 ? QStringLiteral("—") : tr("%1 %").arg(QLocale().toString((t.freeCalls * 100 + t.calls / 2) / t.calls));
    }
    return {};
}

QVariant MonthlyTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Calls:
        return tr("Calls");
    case Minutes:
        return tr("Minutes billed");
    case Revenue:
        return tr("Revenue");
    case FreeShare:
        return tr("Free calls");
    }
    return {};
}

} // namespace minutier
