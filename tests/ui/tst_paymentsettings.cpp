#include "FakeStripeServer.h"
#include "ManualClock.h"

#include "payments/PaymentSettings.h"
#include "payments/PaymentSetup.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace minutier;
using minutier::test::FakeStripeServer;

namespace {
// Every message logged during the tests (all categories, debug included), to prove the key is never in it.
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

// Settings > Payment provider against the real keychain of the test session (scripts/test.sh starts
// a D-Bus session with its own gnome-keyring) under a throwaway account, never the user's: the key
// is stored there on Save and nowhere else (the database and the settings file are searched for it),
// never shown back; "Test connection" makes a real read request to the fake Stripe server (OK, 401);
// a refused API address and "none" (bank transfer) are plain.
class tst_PaymentSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveKey_storedInKeychainOnly_neverShownBack();
    void testConnection_goodKey_ok_badKey_401();
    void apiBase_plainHttpToRemoteHost_refused();
    void providerNone_bankTransfer_noKeychainNeeded();
    void removeKey_deletesFromKeychain();
    void noKeychain_saysSoAndStoresNothingElsewhere();

private:
    template <typename T> T *child(const char *name) const
    {
        return m_view ? m_view->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    Result<QString> readKeychain();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    QString m_account;
    std::unique_ptr<PaymentSetup> m_setup;
    std::unique_ptr<PaymentSettings> m_view;
    bool m_keychain = false;
};

void tst_PaymentSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("minutier.*=true"));
    g_previous = qInstallMessageHandler(captureLog);
    qunsetenv("MINUTIER_STRIPE_KEY");
    qunsetenv("MINUTIER_STRIPE_API_BASE");
    // Is a keychain service reachable at all? A probe under a throwaway account.
    KeychainSecretStore probe(QStringLiteral("minutier-test-probe-") + QUuid::createUuid().toString(QUuid::Id128));
    std::optional<Status> written;
    probe.writeSecret(QStringLiteral("probe"), QStringLiteral("x"), this, [&](Status s) { written = s; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
    m_keychain = written->ok();
    if (m_keychain) {
        std::optional<Status> deleted;
        probe.deleteSecret(QStringLiteral("probe"), this, [&](Status s) { deleted = s; });
        QTRY_VERIFY(deleted.has_value());
    }
}

void tst_PaymentSettings::init()
{
    if (!m_keychain && qstrcmp(QTest::currentTestFunction(), "noKeychain_saysSoAndStoresNothingElsewhere") != 0)
        QSKIP("No keychain service is reachable (no D-Bus session with a Secret Service): run the tests with "
              "scripts/test.sh, which starts one with gnome-keyring.");
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeStripeServer>(QStringLiteral("rk_test_minutier_settings_key_123"));
    QVERIFY(m_server->listen());
    auto db = Database::open(m_dir->filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("minutier.ini")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("ui/theme"), QStringLiteral("light"));
    m_settings->sync();
    m_account = QStringLiteral("minutier-test-") + QUuid::createUuid().toString(QUuid::Id128);
    m_setup = std::make_unique<PaymentSetup>(*m_db, m_clock, std::make_unique<KeychainSecretStore>(m_account));
    QVERIFY(m_setup->setApiBaseSetting(m_server->baseUrl().toString()));
    m_setup->load();
    QTRY_VERIFY(m_setup->state() != PaymentSetup::State::Loading);
    QCOMPARE(m_setup->state(), PaymentSetup::State::NotConfigured); // nothing stored for this account
    m_view = std::make_unique<PaymentSettings>(*m_setup);
    m_view->show();
}

void tst_PaymentSettings::cleanup()
{
    if (m_setup) {
        std::optional<Status> removed;
        m_setup->secrets().deleteSecret(SecretNames::stripeKey(), this, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
    }
    m_view.reset();
    m_setup.reset();
    m_db.reset();
    m_server.reset();
}

Result<QString> tst_PaymentSettings::readKeychain()
{
    std::optional<Result<QString>> out;
    KeychainSecretStore(m_account).readSecret(SecretNames::stripeKey(), this, [&](Result<QString> r) { out = r; });
    [&] { QTRY_VERIFY(out.has_value()); }();
    if (!out)
        return makeError(ErrorCode::Internal, QStringLiteral("no answer"));
    return *out;
}

void tst_PaymentSettings::saveKey_storedInKeychainOnly_neverShownBack()
{
    const QString key = m_server->apiKey();
    auto *edit = child<QLineEdit>("stripeKeyEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    auto *provider = child<QComboBox>("paymentProvider");
    provider->setCurrentIndex(1);
    emit provider->activated(1);
    QTest::keyClicks(edit, key);
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(text("paymentTestResult"), QStringLiteral("Key saved in the system keychain."));
    QVERIFY(edit->text().isEmpty()); // never shown back
    QTRY_COMPARE(m_setup->state(), PaymentSetup::State::Ready);
    QVERIFY(text("paymentState").contains(QStringLiteral("system keychain")));
    auto stored = readKeychain();
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().detail));
    QCOMPARE(*stored, key);

    // Not in the database (with its WAL) nor in the settings file.
    m_settings->sync();
    const QByteArray needle = key.toUtf8();
    for (const QString &name :
        { QStringLiteral("m.sqlite"), QStringLiteral("m.sqlite-wal"), QStringLiteral("minutier.ini") }) {
        QFile f(m_dir->filePath(name));
        if (!f.exists())
            continue;
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(needle), qPrintable(name));
    }
    QCOMPARE(PaymentSetup::setting(*m_db, PaymentSetup::providerSettingKey()), QStringLiteral("stripe"));
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(key), "the key was logged");
    QVERIFY(!g_log.isEmpty()); // the capture works: the keychain and the setup did log

    // A value that is not a key is refused before anything is stored.
    QTest::keyClicks(edit, QStringLiteral("hello"));
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QVERIFY(text("paymentTestResult").contains(QStringLiteral("not a Stripe key")));
    QCOMPARE(*readKeychain(), key);
}

void tst_PaymentSettings::testConnection_goodKey_ok_badKey_401()
{
    auto *edit = child<QLineEdit>("stripeKeyEdit");
    auto *test = child<QPushButton>("testConnectionButton");
    QTest::keyClicks(edit, m_server->apiKey());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2(text("paymentTestResult").startsWith(QStringLiteral("Connection works")),
        qPrintable(text("paymentTestResult")));
    QVERIFY(text("paymentTestResult").contains(QStringLiteral("test mode")));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/v1/payment_intents")), 1);
    QCOMPARE(m_server->requests().last().query, QStringLiteral("limit=1"));
    QCOMPARE(m_server->requests().last().status, 200);

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("rk_test_wrong_key_0000000"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2(
        text("paymentTestResult").contains(QStringLiteral("refused this key")), qPrintable(text("paymentTestResult")));
    QCOMPARE(m_server->requests().last().status, 401);
    QTRY_VERIFY(test->isEnabled());
}

void tst_PaymentSettings::apiBase_plainHttpToRemoteHost_refused()
{
    auto *base = child<QLineEdit>("stripeApiBaseEdit");
    base->setText(QStringLiteral("http://stripe.example.com"));
    emit base->editingFinished();
    QVERIFY(text("paymentTestResult").contains(QStringLiteral("refused")));
    QCOMPARE(m_setup->apiBaseSetting(), m_server->baseUrl().toString()); // unchanged
    base->setText(QStringLiteral("https://api.stripe.com"));
    emit base->editingFinished();
    QCOMPARE(text("paymentTestResult"), QStringLiteral("API address saved."));
    QCOMPARE(m_setup->apiBaseSetting(), QStringLiteral("https://api.stripe.com"));
}

void tst_PaymentSettings::providerNone_bankTransfer_noKeychainNeeded()
{
    auto *provider = child<QComboBox>("paymentProvider");
    provider->setCurrentIndex(0);
    emit provider->activated(0);
    QTRY_COMPARE(m_setup->state(), PaymentSetup::State::NotConfigured);
    QVERIFY(text("paymentState").contains(QStringLiteral("bank transfer")));
    QVERIFY(!child<QLineEdit>("stripeKeyEdit")->isVisible());
    QCOMPARE(PaymentSetup::setting(*m_db, PaymentSetup::providerSettingKey()), QStringLiteral("none"));
}

void tst_PaymentSettings::removeKey_deletesFromKeychain()
{
    QTest::keyClicks(child<QLineEdit>("stripeKeyEdit"), m_server->apiKey());
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(m_setup->state(), PaymentSetup::State::Ready);
    QTRY_VERIFY(child<QPushButton>("removeKeyButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("removeKeyButton"), Qt::LeftButton);
    QTRY_COMPARE(text("paymentTestResult"), QStringLiteral("Key removed from the system keychain."));
    QTRY_COMPARE(m_setup->state(), PaymentSetup::State::NotConfigured);
    auto stored = readKeychain();
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, ErrorCode::NotFound);
}

namespace {
// A machine without any keychain service.
class NoKeychain final : public SecretStore
{
public:
    void readSecret(const QString &, QObject *, ReadCallback done) override { done(unavailable()); }
    void writeSecret(const QString &, const QString &, QObject *, WriteCallback done) override { done(unavailable()); }
    void deleteSecret(const QString &, QObject *, WriteCallback done) override { done(unavailable()); }

private:
    static Error unavailable()
    {
        return makeError(ErrorCode::Keychain, QStringLiteral("no Secret Service on the session bus"));
    }
};
} // namespace

void tst_PaymentSettings::noKeychain_saysSoAndStoresNothingElsewhere()
{
    m_view.reset();
    m_setup = std::make_unique<PaymentSetup>(*m_db, m_clock, std::make_unique<NoKeychain>());
    QVERIFY(PaymentSetup::setSetting(*m_db, PaymentSetup::providerSettingKey(), QStringLiteral("stripe")));
    m_setup->load();
    QCOMPARE(m_setup->state(), PaymentSetup::State::Error);
    m_view = std::make_unique<PaymentSettings>(*m_setup);
    m_view->show();
    QVERIFY2(text("paymentState").contains(QStringLiteral("No system keychain")), qPrintable(text("paymentState")));
    QTest::keyClicks(child<QLineEdit>("stripeKeyEdit"), m_server->apiKey());
    QTest::mouseClick(child<QPushButton>("saveKeyButton"), Qt::LeftButton);
    QTRY_VERIFY(text("paymentTestResult").contains(QStringLiteral("no system keychain")));
    QVERIFY(!m_setup->isReady());
    m_settings->sync();
    for (const QString &name :
        { QStringLiteral("m.sqlite"), QStringLiteral("m.sqlite-wal"), QStringLiteral("minutier.ini") }) {
        QFile f(m_dir->filePath(name));
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(m_server->apiKey().toUtf8()), qPrintable(name));
    }
    m_setup.reset(); // nothing to clean in a keychain that does not exist
}

QTEST_MAIN(tst_PaymentSettings)
#include "tst_paymentsettings.moc"
