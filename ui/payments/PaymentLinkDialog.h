#pragma once

#include "payments/PaymentService.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace minutier {

class Clock;

// Flow 1 of issue 4: creates the payment link for a session, shows its URL as text and as a QR
// code with a copy button, then polls Stripe until the client has paid; "Authorized: 30,00 €"
// (and how long the link and the hold stay valid) is shown and the call can start.
class PaymentLinkDialog final : public QDialog
{
    Q_OBJECT
public:
    PaymentLinkDialog(PaymentService &service, PaymentLinkRequest request, QWidget *parent = nullptr);

    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Creates the link (once) and starts polling.
    void start();
    // Shows a link created earlier (the dialog was closed before the client paid) and polls it.
    void resume(const PaymentHold &hold);
    const PaymentHold &hold() const { return m_hold; }

signals:
    void authorized(const minutier::PaymentHold &hold);
    // The link exists (its URL can be sent, e.g. in an invitation).
    void linkCreated(const minutier::PaymentHold &hold);

private:
    void display(const PaymentHold &hold);
    void showError(const Error &error);
    void poll();

    PaymentService &m_service;
    PaymentLinkRequest m_request;
    PaymentHold m_hold;
    QTimer m_poll;
    bool m_started = false;
    bool m_polling = false;
    QLabel *m_qr;
    QLineEdit *m_url;
    QPushButton *m_copy;
    QLabel *m_amount;
    QLabel *m_status;
    QLabel *m_expiry;
    QPushButton *m_startCall;
};

} // namespace minutier
