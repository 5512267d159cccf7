#include "secrets/KeychainSecretStore.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace minutier;

// Runs against the real Secret Service (scripts/test.sh starts a D-Bus session with an unlocked
// gnome-keyring). Skips, saying why, when no keychain is reachable.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writeThenRead_returnsSameSecret_data();
    void writeThenRead_returnsSameSecret();
    void read_missingEntry_isNotFound();
    void accounts_sameName_doNotSeeEachOther();
    void delete_thenRead_isNotFound();
    void namespacedKey_containsAccount();

private:
    Result<QString> read(KeychainSecretStore &store, const QString &name);
    Status write(KeychainSecretStore &store, const QString &name, const QString &value);
    Status remove(KeychainSecretStore &store, const QString &name);

    QString m_account;
    QString m_otherAccount;
};

Result<QString> tst_KeychainSecretStore::read(KeychainSecretStore &store, const QString &name)
{
    std::optional<Result<QString>> out;
    store.readSecret(name, this, [&](Result<QString> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::Internal, QStringLiteral("keychain read timed out"));
    return *out;
}

Status tst_KeychainSecretStore::write(KeychainSecretStore &store, const QString &name, const QString &value)
{
    std::optional<Status> out;
    store.writeSecret(name, value, this, [&](Status s) { out.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::Internal, QStringLiteral("keychain write timed out"));
    return *out;
}

Status tst_KeychainSecretStore::remove(KeychainSecretStore &store, const QString &name)
{
    std::optional<Status> out;
    store.deleteSecret(name, this, [&](Status s) { out.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::Internal, QStringLiteral("keychain delete timed out"));
    return *out;
}

void tst_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    KeychainSecretStore probe(QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::Id128),
        QStringLiteral("org.minutier.Minutier.test"));
    const Status s = write(probe, QStringLiteral("probe"), QStringLiteral("x"));
    if (!s) {
        if (s.error().code == ErrorCode::Keychain)
            QSKIP(qPrintable(QStringLiteral("No Secret Service reachable (run inside dbus-run-session with an unlocked "
                                            "gnome-keyring): ")
                + s.error().detail));
        QFAIL(qPrintable(s.error().detail));
    }
    QVERIFY(remove(probe, QStringLiteral("probe")).ok());
}

void tst_KeychainSecretStore::init()
{
    m_account = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
    m_otherAccount = QStringLiteral("other-") + QUuid::createUuid().toString(QUuid::Id128);
}

void tst_KeychainSecretStore::cleanup()
{
    for (const QString &account : { m_account, m_otherAccount }) {
        KeychainSecretStore store(account, QStringLiteral("org.minutier.Minutier.test"));
        (void)remove(store, SecretNames::stripeKey());
    }
}

void tst_KeychainSecretStore::writeThenRead_returnsSameSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addRow("restricted key") << QStringLiteral("rk_test_51AbCdEfGhIjKlMnOp");
    QTest::addRow("secret key") << QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc");
    QTest::addRow("non-ASCII survives") << QStringLiteral("clé-é€-\u00fc");
}

void tst_KeychainSecretStore::writeThenRead_returnsSameSecret()
{
    QFETCH(QString, secret);
    KeychainSecretStore store(m_account, QStringLiteral("org.minutier.Minutier.test"));
    const Status w = write(store, SecretNames::stripeKey(), secret);
    QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().detail));
    const auto r = read(store, SecretNames::stripeKey());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value(), secret);
}

void tst_KeychainSecretStore::read_missingEntry_isNotFound()
{
    KeychainSecretStore store(m_account, QStringLiteral("org.minutier.Minutier.test"));
    const auto r = read(store, SecretNames::stripeKey());
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(ErrorCode::NotFound));
}

void tst_KeychainSecretStore::accounts_sameName_doNotSeeEachOther()
{
    KeychainSecretStore a(m_account, QStringLiteral("org.minutier.Minutier.test"));
    KeychainSecretStore b(m_otherAccount, QStringLiteral("org.minutier.Minutier.test"));
    QVERIFY(write(a, SecretNames::stripeKey(), QStringLiteral("rk_test_account_a")).ok());
    QVERIFY(read(b, SecretNames::stripeKey()).error().code == ErrorCode::NotFound);
    QVERIFY(write(b, SecretNames::stripeKey(), QStringLiteral("rk_test_account_b")).ok());
    QCOMPARE(read(a, SecretNames::stripeKey()).value(), QStringLiteral("rk_test_account_a"));
    QCOMPARE(read(b, SecretNames::stripeKey()).value(), QStringLiteral("rk_test_account_b"));
}

void tst_KeychainSecretStore::delete_thenRead_isNotFound()
{
    KeychainSecretStore store(m_account, QStringLiteral("org.minutier.Minutier.test"));
    QVERIFY(write(store, SecretNames::stripeKey(), QStringLiteral("rk_test_gone")).ok());
    QVERIFY(remove(store, SecretNames::stripeKey()).ok());
    const auto r = read(store, SecretNames::stripeKey());
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), int(ErrorCode::NotFound));
}

void tst_KeychainSecretStore::namespacedKey_containsAccount()
{
    KeychainSecretStore store(QStringLiteral("acct"), QStringLiteral("svc"));
    QCOMPARE(store.namespacedKey(SecretNames::stripeKey()), QStringLiteral("acct:stripe/api-key"));
    QCOMPARE(store.service(), QStringLiteral("svc"));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
