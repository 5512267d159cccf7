#pragma once

#include "common/Result.h"
#include "payments/StripeTypes.h"
#include "secrets/SecretStore.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace minutier {

class Clock;
class Database;
class PaymentService;
class StripeGateway;

// The payment stack of one process (GUI or CLI): the Stripe key (the OS keychain, or
// $MINUTIER_STRIPE_KEY for headless use), the API base ($MINUTIER_STRIPE_API_BASE, else the
// "stripe.api_base" setting, else https://api.stripe.com), the network manager, the gateway and the
// PaymentService. The service exists from construction (its signals can be connected once); it can
// only reach Stripe once the state is Ready. Loading is asynchronous (the keychain talks over D-Bus
// and may ask the user); stateChanged() reports the outcome.
//
// The provider choice ("payments.provider" setting: "none" = bank transfer only, "stripe") is not
// secret and lives in the database's settings table; the key never does.
class PaymentSetup final : public QObject
{
    Q_OBJECT
public:
    enum class State { Loading, NotConfigured, Ready, Error };
    Q_ENUM(State)
    enum class Provider { Unset, None, Stripe };

    static QString providerSettingKey() { return QStringLiteral("payments.provider"); }
    static QString apiBaseSettingKey() { return QStringLiteral("stripe.api_base"); }

    // `secrets`: where the key is kept; null -> the OS keychain under keychainAccount().
    PaymentSetup(
        Database &db, const Clock &clock, std::unique_ptr<SecretStore> secrets = {}, QObject *parent = nullptr);
    ~PaymentSetup() override;

    // $MINUTIER_KEYCHAIN_ACCOUNT (a second business, or tests that must not touch the real key),
    // else "default".
    static QString keychainAccount();
    // A row of the settings table ("" when absent); setSetting with an empty value removes it.
    static QString setting(Database &db, const QString &key);
    static Status setSetting(Database &db, const QString &key, const QString &value);

    // Reads the key (asynchronously) and configures the gateway; emits stateChanged() when done.
    void load();
    State state() const noexcept { return m_state; }
    bool isReady() const noexcept { return m_state == State::Ready; }
    // Why the state is NotConfigured (no key stored) or Error (keychain unavailable, bad API base).
    const Error &error() const noexcept { return m_error; }
    bool keyFromEnvironment() const;
    Provider provider() const;
    QString apiBaseSetting() const;
    // The base actually used (environment, setting or default), or the error that refuses it.
    Result<QUrl> apiBase() const;

    PaymentService &service() { return *m_service; }
    StripeGateway &gateway() { return *m_gateway; }
    SecretStore &secrets() { return *m_secrets; }
    QNetworkAccessManager &network() { return *m_network; }

    // Settings. Each reloads the stack when it changed something.
    Status setProvider(Provider provider);
    // Validated with StripeGateway::checkApiBase; empty = the default.
    Status setApiBaseSetting(const QString &base);
    // Checks the key's form, stores it in the keychain (never anywhere else) and reloads.
    void saveKey(const QString &key, QObject *context, std::function<void(Status)> done);
    void removeKey(QObject *context, std::function<void(Status)> done);
    // A read request (GET /v1/payment_intents?limit=1) with `key` (empty: the loaded one) against
    // `apiBase` (empty: apiBase()): proves the key and the address work without charging anything.
    void testConnection(
        const QString &key, const QString &apiBase, QObject *context, std::function<void(const StripeResult &)> done);

signals:
    void stateChanged(minutier::PaymentSetup::State state);

private:
    void finishLoad(State state, Error error, const QString &key, const QUrl &base);

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager *m_network;
    StripeGateway *m_gateway;
    PaymentService *m_service;
    State m_state = State::NotConfigured;
    Error m_error;
    quint64 m_loadGeneration = 0;
};

} // namespace minutier
