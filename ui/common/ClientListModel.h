#pragma once

#include "domain/Client.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace minutier {

// The clients as one list for a picker (QComboBox::setModel, QCompleter): one row per client,
// "Name — Company", the client's id under Qt::UserRole so that QComboBox::currentData() and
// findData() give ids. Replacing the list is one model reset (a 5,000-client catalogue costs no
// item-by-item insertion), and the list is shared with the caller's (implicitly shared QList).
// An optional leading row without a client ("All clients") serves filters.
class ClientListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ClientIdRole = Qt::UserRole, KindRole = Qt::UserRole + 1 };

    explicit ClientListModel(QObject *parent = nullptr);

    // A first row whose id is empty, e.g. tr("All clients"); empty text: no such row.
    void setLeadingEntry(const QString &text);
    void setClients(const QList<Client> &clients);
    const QList<Client> &clients() const { return m_clients; }

    // The client of `row` (null for the leading entry or out of range).
    const Client *clientAt(int row) const;
    // The row of the client `id`, -1 when unknown (or empty id without a leading entry).
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString displayName(const Client &client);

private:
    int offset() const { return m_leading.isEmpty() ? 0 : 1; }

    QString m_leading;
    QList<Client> m_clients;
    mutable QHash<QString, int> m_rows; // id -> index in m_clients, built on first lookup
};

} // namespace minutier
