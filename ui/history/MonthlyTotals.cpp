#include "MonthlyTotals.h"

#include "common/MoneyFormat.h"

#include <QLocale>
#include <QMap>

namespace minutier {

MonthlyTotalsModel::MonthlyTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<MonthTotal> MonthlyTotalsModel::compute(const QList<Session> &sessions)
{
    QMap<QDate, MonthTotal> byMonth;
    for (const Session &s : sessions) {
        if (s.state != SessionState::Ended && s.state != SessionState::Billed)
            continue;
        const QDate day = s.startedAt.toLocalTime().date();
        const QDate month(day.year(), day.month(), 1);
        MonthTotal &t = byMonth[month];
        t.month = month;
        if (!t.revenue.currency().isValid())
            t.revenue = Money::fromMinor(0, s.gross.currency());
        if (s.gross.currency() != t.revenue.currency())
            continue;
        ++t.calls;
        if (s.gross.isZero())
            ++t.freeCalls;
        t.billableSeconds += s.billableSeconds;
        if (auto sum = t.revenue.plus(s.gross))
            t.revenue = sum.value();
    }
    QList<MonthTotal> out = byMonth.values();
    std::reverse(out.begin(), out.end()); // newest month first
    return out;
}

void MonthlyTotalsModel::setSessions(const QList<Session> &sessions)
{
    beginResetModel();
    m_totals = compute(sessions);
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
