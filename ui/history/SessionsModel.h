#pragma once

#include "domain/Session.h"

#include <QAbstractTableModel>
#include <QList>

namespace minutier {

// The sessions of the history, newest first. Rows are handed to the view in batches (fetchMore),
// so a history of 100,000 sessions shows at once and scrolls smoothly.
class SessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Client, Offer, Duration, Amount, State, Invoice, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, InvoiceNumberRole, StateRole };
    static constexpr int kBatch = 500;

    explicit SessionsModel(QObject *parent = nullptr);

    void setSessions(QList<Session> sessions);
    const Session *sessionAt(int row) const;
    int totalCount() const { return int(m_sessions.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<Session> m_sessions;
    int m_visible = 0;
    bool m_notifying = false;
};

} // namespace minutier
