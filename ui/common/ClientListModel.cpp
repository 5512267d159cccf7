#include "ClientListModel.h"

#include "common/Labels.h"

namespace minutier {

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ClientListModel::setLeadingEntry(const QString &text)
{
    beginResetModel();
    m_leading = text;
    endResetModel();
}

void ClientListModel::setClients(const QList<Client> &clients)
{
    beginResetModel();
    m_clients = clients;
    m_rows.clear();
    endResetModel();
}

const Client *ClientListModel::clientAt(int row) const
{
    const int i = row - offset();
    return i >= 0 && i < m_clients.size() ? &m_clients.at(i) : nullptr;
}

int ClientListModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return m_leading.isEmpty() ? -1 : 0;
    if (m_rows.isEmpty() && !m_clients.isEmpty()) {
        m_rows.reserve(m_clients.size());
        for (int i = 0; i < m_clients.size(); ++i)
            m_rows.insert(m_clients.at(i).id, i);
    }
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? -1 : it.value() + offset();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size()) + offset();
}

QString ClientListModel::displayName(const Client &client)
{
    return client.company.isEmpty() ? client.name : client.name + QStringLiteral(" — ") + client.company;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0 && !m_leading.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return m_leading;
        case ClientIdRole:
            return QString();
        default:
            return {};
        }
    }
    const Client *c = clientAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // what the completer matches and the editable combo shows
        return displayName(*c);
    case Qt::ToolTipRole:
        return c->email.isEmpty() ? Labels::clientKind(c->kind) : c->email + QStringLiteral(" · ") + Labels::clientKind(c->kind);
    case ClientIdRole:
        return c->id;
    case KindRole:
        return clientKindKey(c->kind);
    default:
        return {};
    }
}

} // namespace minutier
