#include "PaymentSetup.h"

#include "payments/PaymentService.h"
#include "payments/StripeGateway.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPaymentSetup, "minutier.payments.setup")

namespace minutier {

PaymentSetup::PaymentSetup(Database &db, const Clock &clock, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_secrets(secrets ? std::move(secrets) : std::make_unique<KeychainSecretStore>(keychainAccount()))
    , m_network(new QNetworkAccessManager(this))
    , m_gateway(new StripeGateway(m_network, StripeConfig {}, this))
    , m_service(new PaymentService(db, *m_gateway, clock, this))
{
    // No key until load(): any request is refused by the gateway without touching the network.
    m_error = makeError(ErrorCode::Keychain, QStringLiteral("the payment provider is not loaded yet"));
}

PaymentSetup::~PaymentSetup() = default;

QString PaymentSetup::keychainAccount()
{
    const QString account = qEnvironmentVariable("MINUTIER_KEYCHAIN_ACCOUNT").trimmed();
    return account.isEmpty() ? QStringLiteral("default") : account;
}

QString PaymentSetup::setting(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status PaymentSetup::setSetting(Database &db, const QString &key, const QString &value)
{
    return db.inTransaction([&]() -> Status {
        QSqlQuery del(db.connection());
        del.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        del.addBindValue(key);
        if (auto s = Database::exec(del, "delete setting"); !s)
            return s;
        if (value.isEmpty())
            return {};
        QSqlQuery ins(db.connection());
        ins.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        ins.addBindValue(key);
        ins.addBindValue(value);
        return Database::exec(ins, "insert setting");
    });
}

bool PaymentSetup::keyFromEnvironment() const
{
    return !qEnvironmentVariable("MINUTIER_STRIPE_KEY").trimmed().isEmpty();
}

PaymentSetup::Provider PaymentSetup::provider() const
{
    const QString value = setting(m_db, providerSettingKey());
    if (value == QLatin1String("none"))
        return Provider::None;
    if (value == QLatin1String("stripe"))
        return Provider::Stripe;
    return Provider::Unset;
}

QString PaymentSetup::apiBaseSetting() const { return setting(m_db, apiBaseSettingKey()); }

Result<QUrl> PaymentSetup::apiBase() const { return StripeGateway::resolveApiBase(apiBaseSetting()); }

void PaymentSetup::load()
{
    const quint64 generation = ++m_loadGeneration;
    if (provider() == Provider::None && !keyFromEnvironment())
        return finishLoad(State::NotConfigured,
            makeError(ErrorCode::NotFound,
                QStringLiteral("the payment provider is set to none (bank transfer) in the settings")),
            {}, {});
    auto base = apiBase();
    if (!base)
        return finishLoad(State::Error, base.error(), {}, {});
    if (keyFromEnvironment())
        return finishLoad(State::Ready, {}, qEnvironmentVariable("MINUTIER_STRIPE_KEY").trimmed(), *base);

    m_state = State::Loading;
    emit stateChanged(m_state);
    const QUrl url = *base;
    m_secrets->readSecret(SecretNames::stripeKey(), this, [this, generation, url](Result<QString> key) {
        if (generation != m_loadGeneration)
            return; // a newer load() superseded this one
        if (!key) {
            if (key.error().code == ErrorCode::NotFound)
                return finishLoad(State::NotConfigured,
                    makeError(ErrorCode::Keychain,
                        QStringLiteral("no Stripe key stored: run 'minutier-cli payments set-key' (reads it from "
                                       "stdin) or set MINUTIER_STRIPE_KEY")),
                    {}, {});
            // Keychain unreachable: an error only when Stripe was chosen explicitly; otherwise the
            // app simply works without a provider (the reason is kept for the settings page).
            return finishLoad(
                provider() == Provider::Stripe ? State::Error : State::NotConfigured, key.error(), {}, {});
        }
        finishLoad(State::Ready, {}, key.value(), url);
    });
}

void PaymentSetup::finishLoad(State state, Error error, const QString &key, const QUrl &base)
{
    StripeConfig config = m_gateway->config();
    config.apiKey.clear();
    if (state == State::Ready) {
        if (auto s = StripeGateway::checkApiKey(key); !s) {
            state = State::Error;
            error = s.error();
        } else {
            config.apiKey = key;
            config.apiBase = base;
        }
    }
    m_gateway->setConfig(config);
    m_error = state == State::Ready ? Error {} : error;
    m_state = state;
    if (state != State::Ready)
        qCInfo(lcPaymentSetup).noquote() << "payments not available:" << m_error.detail;
    else
        qCInfo(lcPaymentSetup).noquote() << "payments ready, API" << base.toString();
    emit stateChanged(m_state);
}

Status PaymentSetup::setProvider(Provider provider)
{
    const QString value = provider == Provider::None ? QStringLiteral("none")
        : provider == Provider::Stripe               ? QStringLiteral("stripe")
                                                     : QString();
    if (auto s = setSetting(m_db, providerSettingKey(), value); !s)
        return s;
    load();
    return {};
}

Status PaymentSetup::setApiBaseSetting(const QString &base)
{
    const QString text = base.trimmed();
    if (!text.isEmpty()) {
        if (auto s = StripeGateway::checkApiBase(QUrl(text, QUrl::StrictMode)); !s)
            return s;
    }
    if (text == apiBaseSetting())
        return {};
    if (auto s = setSetting(m_db, apiBaseSettingKey(), text); !s)
        return s;
    load();
    return {};
}

void PaymentSetup::saveKey(const QString &key, QObject *context, std::function<void(Status)> done)
{
    const QString trimmed = key.trimmed();
    if (auto s = StripeGateway::checkApiKey(trimmed); !s)
        return done(s);
    QPointer<QObject> guard(context);
    const bool hasContext = context;
    m_secrets->writeSecret(SecretNames::stripeKey(), trimmed, this, [this, guard, hasContext, done](Status s) {
        if (s)
            load();
        if (guard || !hasContext)
            done(s);
    });
}

void PaymentSetup::removeKey(QObject *context, std::function<void(Status)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context;
    m_secrets->deleteSecret(SecretNames::stripeKey(), this, [this, guard, hasContext, done](Status s) {
        if (!s && s.error().code == ErrorCode::NotFound)
            s = Status {};
        if (s)
            load();
        if (guard || !hasContext)
            done(s);
    });
}

void PaymentSetup::testConnection(
    const QString &key, const QString &apiBaseText, QObject *context, std::function<void(const StripeResult &)> done)
{
    auto refuse = [&done](const Error &e) {
        StripeResult r;
        r.outcome = StripeResult::Outcome::Rejected;
        r.error = e;
        done(r);
    };
    StripeConfig config = m_gateway->config();
    if (!key.trimmed().isEmpty())
        config.apiKey = key.trimmed();
    if (auto s = StripeGateway::checkApiKey(config.apiKey); !s)
        return refuse(s.error());
    if (!apiBaseText.trimmed().isEmpty()) {
        const QUrl url(apiBaseText.trimmed(), QUrl::StrictMode);
        if (auto s = StripeGateway::checkApiBase(url); !s)
            return refuse(s.error());
        config.apiBase = url;
    } else {
        auto base = apiBase();
        if (!base)
            return refuse(base.error());
        config.apiBase = *base;
    }
    config.maxAttempts = 1; // a test answers at once, it does not retry
    config.timeoutMs = 15'000;
    auto *probe = new StripeGateway(m_network, config, this);
    StripeRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/v1/payment_intents");
    request.params = { { QStringLiteral("limit"), QStringLiteral("1") } };
    probe->send(request, context, [probe, done](const StripeResult &r) {
        probe->deleteLater();
        done(r);
    });
}

} // namespace minutier
