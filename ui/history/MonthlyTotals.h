#pragma once

#include "money/Money.h"
#include "storage/SessionRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace minutier {

// Monthly totals of the filtered history: calls, minutes billed, revenue, share of free calls.
// Ended and billed sessions only (computed by the database); one row per month and currency.
struct MonthTotal {
    QDate month; // first day of the (UTC) month
    qint64 calls = 0;
    qint64 freeCalls = 0;
    qint64 billableSeconds = 0;
    Money revenue;
};

class MonthlyTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Month, Calls, Minutes, Revenue, FreeShare, ColumnCount };

    explicit MonthlyTotalsModel(QObject *parent = nullptr);

    static QList<MonthTotal> fromRows(const QList<SessionMonthTotal> &rows);
    void setTotals(const QList<SessionMonthTotal> &rows);
    const QList<MonthTotal> &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MonthTotal> m_totals;
};

} // namespace minutier
