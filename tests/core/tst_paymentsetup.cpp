#include "FakeStripeServer.h"
#include "ManualClock.h"

#include "payments/PaymentSetup.h"
#include "payments/StripeGateway.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QHash>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using minutier::test::FakeStripeServer;

namespace {
// An in-memory secret store; `available = false` behaves like a machine without a keychain.
class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> values;
    bool available = true;
    int reads = 0;

    void readSecret(const QString &name, QObject *, ReadCallback done) override
    {
        ++reads;
        if (!available)
            return done(makeError(ErrorCode::Keychain, QStringLiteral("no keychain")));
        if (!values.contains(name))
            return done(makeError(ErrorCode::NotFound, QStringLiteral("nothing stored")));
        done(values.value(name));
    }
    void writeSecret(const QString &name, const QString &value, QObject *, WriteCallback done) override
    {
        if (!available)
            return done(makeError(ErrorCode::Keychain, QStringLiteral("no keychain")));
        values.insert(name, value);
        done({});
    }
    void deleteSecret(const QString &name, QObject *, WriteCallback done) override
    {
        if (!available)
            return done(makeError(ErrorCode::Keychain, QStringLiteral("no keychain")));
        values.remove(name);
        done({});
    }
};
} // namespace

// The payment stack shared by the GUI and the CLI: where the key and the API base come from, the
// provider choice, the states it reports, and the "Test connection" read request.
class tst_PaymentSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void load_sources_state_data();
    void load_sources_state();
    void saveKey_storesAndBecomesReady_removeKey_notConfigured();
    void saveKey_notAKey_refusedNothingStored();
    void apiBaseSetting_validated();
    void testConnection_okAnd401AndRefusedBase();

private:
    std::unique_ptr<PaymentSetup> setup(MemorySecretStore **store = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
};

void tst_PaymentSetup::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void tst_PaymentSetup::init()
{
    qunsetenv("MINUTIER_STRIPE_KEY");
    qunsetenv("MINUTIER_STRIPE_API_BASE");
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeStripeServer>();
    QVERIFY(m_server->listen());
    auto db = Database::open(m_dir->filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void tst_PaymentSetup::cleanup()
{
    qunsetenv("MINUTIER_STRIPE_KEY");
    qunsetenv("MINUTIER_STRIPE_API_BASE");
    m_db.reset();
    m_server.reset();
}

std::unique_ptr<PaymentSetup> tst_PaymentSetup::setup(MemorySecretStore **store)
{
    auto secrets = std::make_unique<MemorySecretStore>();
    if (store)
        *store = secrets.get();
    return std::make_unique<PaymentSetup>(*m_db, m_clock, std::move(secrets));
}

void tst_PaymentSetup::load_sources_state_data()
{
    QTest::addColumn<QString>("envKey");
    QTest::addColumn<QString>("storedKey");
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("reads");

    const int ready = int(PaymentSetup::State::Ready);
    const int none = int(PaymentSetup::State::NotConfigured);
    const int error = int(PaymentSetup::State::Error);
    const QString key = QStringLiteral("rk_test_stored_key_1234");
    QTest::addRow("key in the keychain") << QString() << key << true << QString() << QString() << ready << 1;
    QTest::addRow("environment overrides, keychain untouched")
        << QStringLiteral("sk_test_from_env_1234") << QString() << true << QString() << QString() << ready << 0;
    QTest::addRow("nothing stored: bank transfer")
        << QString() << QString() << true << QString() << QString() << none << 1;
    QTest::addRow("no keychain, no choice: bank transfer")
        << QString() << QString() << false << QString() << QString() << none << 1;
    QTest::addRow("no keychain, Stripe chosen: error")
        << QString() << QString() << false << QStringLiteral("stripe") << QString() << error << 1;
    QTest::addRow("provider none: keychain not read")
        << QString() << key << true << QStringLiteral("none") << QString() << none << 0;
    QTest::addRow("plain http to a remote host refused")
        << QString() << key << true << QString() << QStringLiteral("http://stripe.example.com") << error << 0;
    QTest::addRow("stored value is not a key")
        << QString() << QStringLiteral("hello") << true << QString() << QString() << error << 1;
}

void tst_PaymentSetup::load_sources_state()
{
    QFETCH(QString, envKey);
    QFETCH(QString, storedKey);
    QFETCH(bool, keychain);
    QFETCH(QString, provider);
    QFETCH(QString, apiBase);
    QFETCH(int, state);
    QFETCH(int, reads);
    if (!envKey.isEmpty())
        qputenv("MINUTIER_STRIPE_KEY", envKey.toUtf8());
    QVERIFY(PaymentSetup::setSetting(*m_db, PaymentSetup::providerSettingKey(), provider));
    QVERIFY(PaymentSetup::setSetting(*m_db, PaymentSetup::apiBaseSettingKey(), apiBase));
    MemorySecretStore *store = nullptr;
    auto s = setup(&store);
    store->available = keychain;
    if (!storedKey.isEmpty())
        store->values.insert(SecretNames::stripeKey(), storedKey);
    QSignalSpy changed(s.get(), &PaymentSetup::stateChanged);
    s->load();
    QCOMPARE(int(s->state()), state);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(store->reads, reads);
    if (s->isReady())
        QVERIFY(!s->gateway().config().apiKey.isEmpty());
    else
        QVERIFY(s->gateway().config().apiKey.isEmpty()); // nothing can reach Stripe
    if (s->state() != PaymentSetup::State::Ready)
        QVERIFY(!s->error().detail.isEmpty());
    // The key never appears in an error.
    if (!storedKey.isEmpty())
        QVERIFY(!s->error().detail.contains(storedKey));
}

void tst_PaymentSetup::saveKey_storesAndBecomesReady_removeKey_notConfigured()
{
    MemorySecretStore *store = nullptr;
    auto s = setup(&store);
    s->load();
    QCOMPARE(s->state(), PaymentSetup::State::NotConfigured);
    std::optional<Status> saved;
    s->saveKey(QStringLiteral("  rk_live_abcdef123456  "), this, [&](Status st) { saved = st; });
    QVERIFY(saved && saved->ok());
    QCOMPARE(store->values.value(SecretNames::stripeKey()), QStringLiteral("rk_live_abcdef123456"));
    QCOMPARE(s->state(), PaymentSetup::State::Ready);
    QCOMPARE(s->gateway().config().apiKey, QStringLiteral("rk_live_abcdef123456"));
    QCOMPARE(PaymentSetup::setting(*m_db, PaymentSetup::providerSettingKey()), QString()); // no secret in settings
    std::optional<Status> removed;
    s->removeKey(this, [&](Status st) { removed = st; });
    QVERIFY(removed && removed->ok());
    QVERIFY(store->values.isEmpty());
    QCOMPARE(s->state(), PaymentSetup::State::NotConfigured);
}

void tst_PaymentSetup::saveKey_notAKey_refusedNothingStored()
{
    MemorySecretStore *store = nullptr;
    auto s = setup(&store);
    std::optional<Status> saved;
    s->saveKey(QStringLiteral("pk_test_publishable_1234"), this, [&](Status st) { saved = st; });
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().code, ErrorCode::InvalidInput);
    QVERIFY(store->values.isEmpty());
    store->available = false;
    s->saveKey(QStringLiteral("rk_test_abcdef123456"), this, [&](Status st) { saved = st; });
    QCOMPARE(saved->error().code, ErrorCode::Keychain); // no insecure fallback
}

void tst_PaymentSetup::apiBaseSetting_validated()
{
    auto s = setup();
    QVERIFY(!s->setApiBaseSetting(QStringLiteral("http://stripe.example.com")));
    QVERIFY(!s->setApiBaseSetting(QStringLiteral("ftp://api.stripe.com")));
    QCOMPARE(s->apiBaseSetting(), QString());
    QVERIFY(s->setApiBaseSetting(QStringLiteral("http://127.0.0.1:12111")));
    QCOMPARE(s->apiBase()->toString(), QStringLiteral("http://127.0.0.1:12111"));
    qputenv("MINUTIER_STRIPE_API_BASE", "https://stripe-proxy.example.org");
    QCOMPARE(s->apiBase()->toString(), QStringLiteral("https://stripe-proxy.example.org")); // environment first
    qunsetenv("MINUTIER_STRIPE_API_BASE");
    QVERIFY(s->setApiBaseSetting(QString()));
    QCOMPARE(s->apiBase()->toString(), QStringLiteral("https://api.stripe.com"));
}

void tst_PaymentSetup::testConnection_okAnd401AndRefusedBase()
{
    auto s = setup();
    QVERIFY(s->setApiBaseSetting(m_server->baseUrl().toString()));
    std::optional<StripeResult> result;
    const auto run = [&](const QString &key, const QString &base) {
        result.reset();
        s->testConnection(key, base, this, [&](const StripeResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
    };
    run(m_server->apiKey(), QString());
    QVERIFY(result->ok());
    QCOMPARE(result->object.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));
    QCOMPARE(m_server->requests().last().path, QStringLiteral("/v1/payment_intents"));
    QCOMPARE(m_server->requests().last().query, QStringLiteral("limit=1"));

    run(QStringLiteral("sk_test_not_the_right_key"), QString());
    QVERIFY(!result->ok());
    QCOMPARE(result->httpStatus, 401);
    QCOMPARE(result->attempts, 1); // not retried

    const int before = m_server->requests().size();
    run(m_server->apiKey(), QStringLiteral("http://stripe.example.com"));
    QVERIFY(!result->ok());
    QCOMPARE(result->error.code, ErrorCode::InvalidInput);
    QCOMPARE(m_server->requests().size(), before); // refused without any network access
}

QTEST_GUILESS_MAIN(tst_PaymentSetup)
#include "tst_paymentsetup.moc"
