#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace minutier {

class Database;

// Adds or edits a client; saves through ClientRepository when accepted.
class ClientDialog final : public QDialog
{
    Q_OBJECT
public:
    ClientDialog(Database &db, const Client &client, const QList<Offer> &offers, QWidget *parent = nullptr);

    Client client() const { return m_client; }
    void accept() override;

private:
    Client fromFields() const;
    void updateState();

    Database &m_db;
    Client m_client;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_kind;
    QLineEdit *m_company;
    QLineEdit *m_siren;
    QLineEdit *m_vatNumber;
    QPlainTextEdit *m_address;
    QComboBox *m_language;
    QComboBox *m_offer;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace minutier
