#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace minutier {

// All clients, with the filters of the clients view (kind, free-text search on name, company and
// e-mail) applied here so the view stays a plain QTableView.
class ClientsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Company, Email, Phone, Kind, Offer, Language, ColumnCount };
    enum Role { ClientIdRole = Qt::UserRole + 1 };

    explicit ClientsModel(QObject *parent = nullptr);

    void setClients(const QList<Client> &clients, const QList<minutier::Offer> &offers);
    void setFilter(const QString &text, std::optional<ClientKind> kind);
    const Client *clientAt(int row) const;
    const QList<Client> &visibleClients() const { return m_visible; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<Client> m_all;
    QList<Client> m_visible;
    QHash<QString, QString> m_offerNames;
    QString m_text;
    std::optional<ClientKind> m_kind;
};

} // namespace minutier
