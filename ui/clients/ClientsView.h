#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace minutier {

class ClientsModel;
class Database;

// The clients: search, filter by relationship, add/edit, CSV import (bad rows reported, good rows
// kept) and export.
class ClientsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ClientsView(Database &db, QWidget *parent = nullptr);

    void setCatalogue(const QList<Client> &clients, const QList<Offer> &offers);
    ClientsModel *model() const { return m_model; }

    // Imports `path`; returns the report shown to the user (also used by tests).
    QString importFile(const QString &path);
    bool exportFile(const QString &path);

public slots:
    void newClient();
    void editSelected();

signals:
    void clientsChanged();
    void startCallRequested(const QString &clientId);

private:
    void applyFilter();
    void updateButtons();

    Database &m_db;
    QList<Offer> m_offers;
    ClientsModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_call;
    QPushButton *m_import;
    QPushButton *m_export;
};

} // namespace minutier
