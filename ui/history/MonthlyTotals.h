#pragma once

#include "domain/Session.h"
#include "money/Money.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace minutier {

// Monthly totals of the filtered history: calls, minutes billed, revenue, share of free calls.
// Discarded sessions and calls still running are left out. Revenue is summed per currency; the
// table shows the first currency met (mixed-currency months are rare and shown per currency in
// a later version).
struct MonthTotal {
    QDate month; // first day of the month (local time)
    int calls = 0;
    int freeCalls = 0;
    qint64 billableSeconds = 0;
    Money revenue;
};

class MonthlyTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Month, Calls, Minutes, Revenue, FreeShare, ColumnCount };

    explicit MonthlyTotalsModel(QObject *parent = nullptr);

    static QList<MonthTotal> compute(const QList<Session> &sessions);
    void setSessions(const QList<Session> &sessions);
    const QList<MonthTotal> &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MonthTotal> m_totals;
};

} // namespace minutier
