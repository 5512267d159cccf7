#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace minutier {

class PaymentSetup;

// Settings > Payment provider: none (bank transfer, the IBAN on the invoice) or Stripe. The key is
// typed in a password field, stored in the system keychain on Save (never in the settings, the
// database or the logs) and never shown back; Remove deletes it. "Test connection" makes a real
// read request and says in plain words whether the key and the address work. The API address
// (advanced) is validated: https only, plain http only to this computer.
class PaymentSettings final : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentSettings(PaymentSetup &setup, QWidget *parent = nullptr);

public slots:
    void save();
    void removeKey();
    void testConnection();

private:
    void updateState();
    void setBusy(bool busy);

    QPointer<PaymentSetup> m_setup;
    QComboBox *m_provider;
    QWidget *m_stripe;
    QLineEdit *m_key;
    QLineEdit *m_apiBase;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_state;
    QLabel *m_result;
};

} // namespace minutier
