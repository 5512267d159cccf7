#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using minutier::test::runCli;

// minutier-cli database set-password / check, and every command opening a postgresql:// location
// with the password from the keychain (scripts/test.sh: role minutier_pw needs a password).
class tst_DatabaseCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void setPassword_thenCommands_useTheKeychainPassword();
    void storedPasswordWrong_clearMessage_passwordNeverPrinted();
    void setPassword_badInput_refused();
    void check_sqlite_reportsSchemaVersion();

private:
    QProcessEnvironment environment() const;
    QString location() const;

    QString m_url;
    QString m_password;
    QString m_account;
    QTemporaryDir m_dir;
};

void tst_DatabaseCli::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_url = qEnvironmentVariable("MINUTIER_TEST_POSTGRES_PASSWORD_URL");
    m_password = qEnvironmentVariable("MINUTIER_TEST_POSTGRES_PASSWORD");
    m_account = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
}

QProcessEnvironment tst_DatabaseCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("MINUTIER_KEYCHAIN_ACCOUNT"), m_account); // never the user's entries
    return env;
}

QString tst_DatabaseCli::location() const
{
    return m_url + QStringLiteral("?schema=c_") + QUuid::createUuid().toString(QUuid::Id128);
}

void tst_DatabaseCli::setPassword_thenCommands_useTheKeychainPassword()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    const QString where = location();
    // Before: refused, and the message says how to fix it.
    auto r = runCli({ QStringLiteral("offers"), QStringLiteral("list") }, where, {}, environment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("refused the password"), r.err.constData());
    QVERIFY2(r.err.contains("database set-password"), r.err.constData());

    r = runCli({ QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--url"), m_url }, {},
        m_password.toUtf8() + '\n', environment());
    if (r.exitCode == 1 && r.err.contains("no keychain"))
        QSKIP("no keychain in this session");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject stored = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(stored.value(QStringLiteral("stored")).toBool(), true);
    QVERIFY(stored.value(QStringLiteral("secret")).toString().startsWith(QStringLiteral("postgresql/minutier_pw@127.0.0.1:")));
    QVERIFY(!r.out.contains(m_password.toUtf8()));

    // The schema is not migrated by a check; any command then opens (and migrates) it.
    r = runCli({ QStringLiteral("database"), QStringLiteral("check") }, where, {}, environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject check = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(check.value(QStringLiteral("engine")).toString(), QStringLiteral("postgresql"));
    QCOMPARE(check.value(QStringLiteral("schema_version")).toInt(), 0);
    QCOMPARE(check.value(QStringLiteral("needs_migration")).toBool(), true);
    r = runCli({ QStringLiteral("offers"), QStringLiteral("list") }, where, {}, environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({ QStringLiteral("database"), QStringLiteral("check") }, where, {}, environment());
    check = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(check.value(QStringLiteral("needs_migration")).toBool(), false);
    QVERIFY(check.value(QStringLiteral("schema_version")).toInt() >= 7);
    QVERIFY(!r.out.contains(m_password.toUtf8()));

    // $PGPASSWORD takes over from the keychain (headless use): a wrong one is refused.
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password"));
    r = runCli({ QStringLiteral("offers"), QStringLiteral("list") }, where, {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("refused the password"));
}

void tst_DatabaseCli::storedPasswordWrong_clearMessage_passwordNeverPrinted()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    const QByteArray wrong = "wrong " + QUuid::createUuid().toString(QUuid::Id128).toUtf8();
    auto r = runCli({ QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--url"), m_url }, {},
        wrong + "\r\n", environment());
    if (r.exitCode == 1 && r.err.contains("no keychain"))
        QSKIP("no keychain in this session");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({ QStringLiteral("database"), QStringLiteral("check") }, location(), {}, environment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("refused the password of minutier_pw"), r.err.constData());
    QVERIFY2(r.err.contains("password authentication failed"), r.err.constData());
    QVERIFY(!r.err.contains(wrong));
    QVERIFY(!r.out.contains(wrong));
}

void tst_DatabaseCli::setPassword_badInput_refused()
{
    auto r = runCli({ QStringLiteral("database"), QStringLiteral("set-password") }, {}, "x\n", environment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--url"));
    r = runCli({ QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--url"),
                   m_dir.filePath(QStringLiteral("m.sqlite")) },
        {}, "x\n", environment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not a PostgreSQL URL"));
    r = runCli({ QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--url"),
                   QStringLiteral("postgresql://a:inline-secret@127.0.0.1/db") },
        {}, "x\n", environment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.contains("inline-secret"));
    r = runCli({ QStringLiteral("database"), QStringLiteral("set-password"), QStringLiteral("--url"),
                   QStringLiteral("postgresql://a@127.0.0.1/db") },
        {}, "\n", environment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no password on stdin"));
}

void tst_DatabaseCli::check_sqlite_reportsSchemaVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("check.sqlite"));
    auto r = runCli({ QStringLiteral("database"), QStringLiteral("check") }, path, {}, environment());
    QCOMPARE(r.exitCode, 2); // no such file yet: not created by a check
    QVERIFY(!QFileInfo::exists(path));
    r = runCli({ QStringLiteral("offers"), QStringLiteral("list") }, path, {}, environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({ QStringLiteral("database"), QStringLiteral("check") }, path, {}, environment());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject check = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(check.value(QStringLiteral("engine")).toString(), QStringLiteral("sqlite"));
    QCOMPARE(check.value(QStringLiteral("needs_migration")).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_DatabaseCli)
#include "tst_databasecli.moc"
