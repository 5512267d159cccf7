#include "ClientsModel.h"

#include "common/Labels.h"

namespace minutier {

ClientsModel::ClientsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientsModel::setClients(const QList<Client> &clients, const QList<minutier::Offer> &offers)
{
    m_all = clients;
    m_offerNames.clear();
    for (const minutier::Offer &o : offers)
        m_offerNames.insert(o.id, o.name);
    rebuild();
}

void ClientsModel::setFilter(const QString &text, std::optional<ClientKind> kind)
{
    m_text = text.trimmed();
    m_kind = kind;
    rebuild();
}

void ClientsModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (const Client &c : std::as_const(m_all)) {
        if (m_kind && c.kind != *m_kind)
            continue;
        if (!m_text.isEmpty() && !c.name.contains(m_text, Qt::CaseInsensitive)
            && !c.company.contains(m_text, Qt::CaseInsensitive) && !c.email.contains(m_text, Qt::CaseInsensitive))
            continue;
        m_visible.append(c);
    }
    endResetModel();
}

const Client *ClientsModel::clientAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_visible.at(row) : nullptr;
}

int ClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client &c = m_visible.at(index.row());
    if (role == ClientIdRole)
        return c.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.name;
    case Company:
        return c.company;
    case Email:
        return c.email;
    case Phone:
        return c.phone;
    case Kind:
        return Labels::clientKind(c.kind);
    case Offer:
        return c.offerId.isEmpty() ? tr("Default") : m_offerNames.value(c.offerId);
    case Language:
        return Labels::language(c.language);
    }
    return {};
}

QVariant ClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Kind:
        return tr("Relationship");
    case Offer:
        return tr("Offer");
    case Language:
        return tr("Language");
    }
    return {};
}

} // namespace minutier
