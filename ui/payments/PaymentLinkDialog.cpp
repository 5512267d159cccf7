#include "PaymentLinkDialog.h"

#include "common/ErrorText.h"
#include "common/MoneyFormat.h"
#include "payments/QrCode.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutier {

PaymentLinkDialog::PaymentLinkDialog(PaymentService &service, PaymentLinkRequest request, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_request(std::move(request))
    , m_qr(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy link"), this))
    , m_amount(new QLabel(this))
    , m_status(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_startCall(new QPushButton(tr("Start the call"), this))
{
    setWindowTitle(tr("Payment link"));
    setObjectName(QStringLiteral("PaymentLinkDialog"));
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(200, 200);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setEnabled(false);
    m_amount->setObjectName(QStringLiteral("amountLabel"));
    m_amount->setText(tr("Amount held: %1").arg(MoneyFormat::format(m_request.amount)));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_expiry->setObjectName(QStringLiteral("expiryLabel"));
    m_expiry->setWordWrap(true);
    m_startCall->setObjectName(QStringLiteral("startButton"));
    m_startCall->setEnabled(false);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_startCall, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Send this link to the client, or let them scan the code. The card is only "
                                    "authorised now; the exact amount of the call is captured at the end."),
        this));
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addLayout(urlRow);
    layout->addWidget(m_amount);
    layout->addWidget(m_status);
    layout->addWidget(m_expiry);
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(m_url->text());
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &PaymentLinkDialog::poll);
    m_status->setText(tr("Creating the payment link…"));
}

void PaymentLinkDialog::start()
{
    if (m_started)
        return;
    m_started = true;
    m_service.createPaymentLink(m_request, this, [this](Result<PaymentHold> r) {
        if (!r)
            return showError(r.error());
        display(*r);
        emit linkCreated(*r);
        if (m_hold.status == HoldStatus::LinkOpen)
            m_poll.start();
    });
}

void PaymentLinkDialog::resume(const PaymentHold &hold)
{
    if (m_started)
        return;
    m_started = true;
    m_amount->setText(tr("Amount held: %1").arg(MoneyFormat::format(hold.amount)));
    display(hold);
    if (m_hold.status == HoldStatus::LinkOpen || m_hold.status == HoldStatus::Pending) {
        m_poll.start();
        poll();
    }
}

void PaymentLinkDialog::poll()
{
    if (m_polling || m_hold.id.isEmpty())
        return; // one request at a time
    m_polling = true;
    m_service.refreshHold(m_hold.id, this, [this](Result<PaymentHold> r) {
        m_polling = false;
        if (!r) {
            // A network hiccup while polling is shown but polling goes on.
            m_status->setText(tr("Waiting for the client to pay… (%1)").arg(ErrorText::describe(r.error())));
            return;
        }
        display(*r);
    });
}

void PaymentLinkDialog::display(const PaymentHold &hold)
{
    const bool firstUrl = m_url->text().isEmpty() && !hold.checkoutUrl.isEmpty();
    m_hold = hold;
    if (firstUrl) {
        m_url->setText(hold.checkoutUrl);
        m_copy->setEnabled(true);
        const QImage qr = QrCode::render(hold.checkoutUrl, 5);
        m_qr->setPixmap(QPixmap::fromImage(qr));
    }
    const QLocale locale;
    switch (hold.status) {
    case HoldStatus::Authorized:
        m_poll.stop();
        m_status->setText(tr("Authorized: %1").arg(MoneyFormat::format(hold.amount)));
        m_expiry->setText(hold.captureBefore.isValid()
                ? tr("The hold must be captured before %1.")
                      .arg(locale.toString(hold.captureBefore.toLocalTime(), QLocale::ShortFormat))
                : QString());
        m_startCall->setEnabled(true);
        m_startCall->setDefault(true);
        emit authorized(hold);
        break;
    case HoldStatus::LinkOpen:
    case HoldStatus::Pending:
        m_status->setText(tr("Waiting for the client to pay…"));
        m_expiry->setText(hold.linkExpiresAt.isValid()
                ? tr("The link is valid until %1.")
                      .arg(locale.toString(hold.linkExpiresAt.toLocalTime(), QLocale::ShortFormat))
                : QString());
        break;
    case HoldStatus::Expired:
        m_poll.stop();
        m_status->setText(tr("The link has expired without payment. Create a new one."));
        m_expiry->clear();
        break;
    case HoldStatus::RequiresAction:
        m_status->setText(tr("The client's bank asks for authentication; the client finishes it on the payment page."));
        break;
    case HoldStatus::Failed:
        m_poll.stop();
        m_status->setText(
            hold.failure.isEmpty() ? tr("The payment failed.") : tr("The payment failed: %1").arg(hold.failure));
        break;
    case HoldStatus::Captured:
    case HoldStatus::Released:
        m_poll.stop();
        m_status->setText(tr("This hold is already settled."));
        break;
    }
}

void PaymentLinkDialog::showError(const Error &error)
{
    m_poll.stop();
    m_status->setText(tr("The payment link could not be created: %1").arg(ErrorText::describe(error)));
}

} // namespace minutier
