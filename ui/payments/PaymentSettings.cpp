#include "PaymentSettings.h"

#include "common/ErrorText.h"
#include "common/Theme.h"
#include "payments/PaymentSetup.h"
#include "payments/PaymentText.h"
#include "payments/StripeGateway.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutier {

namespace {
QString plainConnectionResult(const StripeResult &r)
{
    if (r.ok())
        return QString();
    if (r.httpStatus == 401)
        return QCoreApplication::translate("minutier::PaymentSettings",
            "Stripe refused this key (it is wrong, incomplete or revoked). Copy it again from the Stripe dashboard.");
    if (r.httpStatus == 403)
        return QCoreApplication::translate("minutier::PaymentSettings",
            "The key works but may not read payments: give the restricted key access to PaymentIntents, Checkout "
            "Sessions and Refunds.");
    if (r.error.code == ErrorCode::InvalidInput)
        return QCoreApplication::translate("minutier::PaymentSettings", "Not tested: %1").arg(r.error.detail);
    if (r.error.code == ErrorCode::Network)
        return QCoreApplication::translate("minutier::PaymentSettings",
            "Stripe could not be reached: check the network connection and the API address.");
    return PaymentText::describe(r.error);
}
} // namespace

PaymentSettings::PaymentSettings(PaymentSetup &setup, QWidget *parent)
    : QWidget(parent)
    , m_setup(&setup)
    , m_provider(new QComboBox(this))
    , m_stripe(new QWidget(this))
    , m_key(new QLineEdit(m_stripe))
    , m_apiBase(new QLineEdit(m_stripe))
    , m_save(new QPushButton(tr("&Save key"), m_stripe))
    , m_remove(new QPushButton(tr("&Remove key"), m_stripe))
    , m_test(new QPushButton(tr("Test &connection"), m_stripe))
    , m_state(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentSettings"));
    m_provider->setObjectName(QStringLiteral("paymentProvider"));
    m_provider->setAccessibleName(tr("Payment provider"));
    m_provider->addItem(tr("None (bank transfer, IBAN on the invoice)"), QStringLiteral("none"));
    m_provider->addItem(tr("Stripe (card held before the call)"), QStringLiteral("stripe"));
    m_key->setObjectName(QStringLiteral("stripeKeyEdit"));
    m_key->setAccessibleName(tr("Stripe key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("rk_live_… (paste the key, it is not shown again)"));
    m_key->setClearButtonEnabled(true);
    m_apiBase->setObjectName(QStringLiteral("stripeApiBaseEdit"));
    m_apiBase->setAccessibleName(tr("Stripe API address"));
    m_apiBase->setPlaceholderText(QStringLiteral("https://api.stripe.com"));
    m_save->setObjectName(QStringLiteral("saveKeyButton"));
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_state->setObjectName(QStringLiteral("paymentState"));
    m_state->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("paymentTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *note = new QLabel(tr("Use a restricted key (rk_…) with write access to PaymentIntents, Checkout Sessions "
                               "and Refunds only: create it in the Stripe dashboard under Developers › API keys. "
                               "The key is kept in the system keychain, never in Minutier's files."),
        m_stripe);
    note->setProperty("role", QStringLiteral("muted"));
    note->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_test);
    buttons->addStretch();
    auto *form = new QFormLayout(m_stripe);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Key"), m_key);
    form->addRow(QString(), buttons);
    form->addRow(note);
    form->addRow(tr("API a&ddress (advanced)"), m_apiBase);

    auto *providerForm = new QFormLayout;
    providerForm->setContentsMargins(0, 0, 0, 0);
    providerForm->addRow(tr("Pro&vider"), m_provider);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(providerForm);
    layout->addWidget(m_stripe);
    layout->addWidget(m_state);
    layout->addWidget(m_result);

    m_apiBase->setText(setup.apiBaseSetting());
    const bool none = setup.provider() == PaymentSetup::Provider::None;
    m_provider->setCurrentIndex(
        none ? 0 : (setup.isReady() || setup.provider() == PaymentSetup::Provider::Stripe ? 1 : 0));
    m_stripe->setVisible(m_provider->currentIndex() == 1);

    connect(m_provider, &QComboBox::activated, this, [this](int index) {
        if (!m_setup)
            return;
        const auto provider = index == 0 ? PaymentSetup::Provider::None : PaymentSetup::Provider::Stripe;
        if (auto s = m_setup->setProvider(provider); !s)
            m_result->setText(ErrorText::describe(s.error()));
        m_stripe->setVisible(index == 1);
        m_result->clear();
    });
    connect(m_save, &QPushButton::clicked, this, &PaymentSettings::save);
    connect(m_key, &QLineEdit::returnPressed, this, &PaymentSettings::save);
    connect(m_remove, &QPushButton::clicked, this, &PaymentSettings::removeKey);
    connect(m_test, &QPushButton::clicked, this, &PaymentSettings::testConnection);
    connect(m_apiBase, &QLineEdit::editingFinished, this, [this] {
        if (!m_setup || m_apiBase->text().trimmed() == m_setup->apiBaseSetting())
            return;
        if (auto s = m_setup->setApiBaseSetting(m_apiBase->text()); !s) {
            Theme::setRole(m_result, QStringLiteral("error"));
            m_result->setText(tr("This API address is refused: %1").arg(s.error().detail));
        } else {
            Theme::setRole(m_result, QString());
            m_result->setText(tr("API address saved."));
        }
    });
    connect(&setup, &PaymentSetup::stateChanged, this, &PaymentSettings::updateState);
    updateState();
}

void PaymentSettings::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_remove->setEnabled(!busy);
    m_test->setEnabled(!busy);
}

void PaymentSettings::updateState()
{
    if (!m_setup)
        return;
    QString text;
    switch (m_setup->state()) {
    case PaymentSetup::State::Loading:
        text = tr("Reading the key from the system keychain…");
        break;
    case PaymentSetup::State::Ready:
        text = m_setup->keyFromEnvironment()
            ? tr("Stripe is set up (key from the MINUTIER_STRIPE_KEY environment variable).")
            : tr("Stripe is set up: the key is in the system keychain.");
        break;
    case PaymentSetup::State::NotConfigured:
        if (m_setup->provider() == PaymentSetup::Provider::None)
            text = tr("Calls are invoiced payable by bank transfer, with your IBAN on the invoice.");
        else if (m_setup->error().code == ErrorCode::Keychain
            && m_setup->error().detail.contains(QLatin1String("no Stripe key")))
            text = tr("No Stripe key stored yet: paste it above and save.");
        else if (m_setup->error().code == ErrorCode::Keychain)
            text = tr("No system keychain is available, so no key can be stored (Minutier never stores it in a "
                      "plain file). Install or unlock GNOME Keyring or KWallet. Calls are invoiced payable by bank "
                      "transfer meanwhile.");
        else
            text = tr("No Stripe key stored yet: paste it above and save.");
        break;
    case PaymentSetup::State::Error:
        text = m_setup->error().code == ErrorCode::Keychain
            ? tr("No system keychain is available, so the key cannot be stored or read (Minutier never stores it "
                 "in a plain file). Install or unlock GNOME Keyring or KWallet.")
            : tr("Stripe is not usable: %1").arg(m_setup->error().detail);
        break;
    }
    m_state->setText(text);
    // The choice shown follows the stored one (Stripe also when a key was found without a choice).
    const auto provider = m_setup->provider();
    const int index = provider == PaymentSetup::Provider::None               ? 0
        : (provider == PaymentSetup::Provider::Stripe || m_setup->isReady()) ? 1
                                                                             : m_provider->currentIndex();
    m_provider->setCurrentIndex(index);
    m_stripe->setVisible(index == 1);
    m_remove->setEnabled(m_setup->isReady() && !m_setup->keyFromEnvironment());
}

void PaymentSettings::save()
{
    if (!m_setup)
        return;
    const QString key = m_key->text().trimmed();
    if (auto s = StripeGateway::checkApiKey(key); !s) {
        m_result->setText(key.isEmpty() ? tr("Paste the key first.")
                                        : tr("This is not a Stripe key: it starts with rk_live_, rk_test_, sk_live_ "
                                             "or sk_test_."));
        return;
    }
    if (m_setup->provider() != PaymentSetup::Provider::Stripe) {
        m_provider->setCurrentIndex(1);
        m_stripe->show();
        if (auto st = m_setup->setProvider(PaymentSetup::Provider::Stripe); !st) {
            m_result->setText(ErrorText::describe(st.error()));
            return;
        }
    }
    setBusy(true);
    m_result->setText(tr("Saving the key in the system keychain…"));
    m_setup->saveKey(key, this, [this](Status s) {
        setBusy(false);
        if (!s) {
            m_result->setText(s.error().code == ErrorCode::Keychain
                    ? tr("The key could not be stored: no system keychain is available. Nothing was saved "
                         "elsewhere.")
                    : tr("The key could not be stored: %1").arg(ErrorText::describe(s.error())));
            return;
        }
        m_key->clear(); // never shown back
        m_result->setText(tr("Key saved in the system keychain."));
        updateState();
    });
}

void PaymentSettings::removeKey()
{
    if (!m_setup)
        return;
    setBusy(true);
    m_setup->removeKey(this, [this](Status s) {
        setBusy(false);
        m_result->setText(s ? tr("Key removed from the system keychain.")
                            : tr("The key could not be removed: %1").arg(ErrorText::describe(s.error())));
        updateState();
    });
}

void PaymentSettings::testConnection()
{
    if (!m_setup)
        return;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty() && !m_setup->isReady()) {
        m_result->setText(tr("Paste a key first (or save one), then test."));
        return;
    }
    setBusy(true);
    m_result->setText(tr("Asking Stripe…"));
    m_setup->testConnection(key, m_apiBase->text(), this, [this](const StripeResult &r) {
        setBusy(false);
        updateState();
        if (r.ok()) {
            const QString typed = m_key->text();
            m_result->setText(typed.contains(QLatin1String("_live_"))
                    ? tr("Connection works: Stripe accepted the key (live mode).")
                    : typed.contains(QLatin1String("_test_"))
                    ? tr("Connection works: Stripe accepted the key (test mode: no real card is charged).")
                    : tr("Connection works: Stripe accepted the key."));
            return;
        }
        m_result->setText(plainConnectionResult(r));
    });
}

} // namespace minutier
