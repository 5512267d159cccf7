#include "TestSupport.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <optional>

using namespace minutier;

// A shared PostgreSQL database whose role needs a password: scripts/test.sh adds the role
// minutier_pw (scram-sha-256, every other role keeps trust) and exports its URL and password.
class tst_DatabasePassword : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secretName_identifiesUserHostPortDatabase();
    void redactedLocation_dropsThePassword();
    void open_withoutPassword_refusedClearly();
    void open_wrongPassword_refusedWithoutLeakingIt();
    void open_rightPassword_fromTheKeychain_works();
    void probe_reportsMigrationsWithoutWriting();
    void probe_missingSqliteFile_isNotFoundAndNotCreated();

private:
    QString passwordUrl() const;
    QString m_url;
    QString m_password;
};

void tst_DatabasePassword::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_url = qEnvironmentVariable("MINUTIER_TEST_POSTGRES_PASSWORD_URL");
    m_password = qEnvironmentVariable("MINUTIER_TEST_POSTGRES_PASSWORD");
    qunsetenv("PGPASSWORD");
}

QString tst_DatabasePassword::passwordUrl() const
{
    // A schema of its own, as postgresTestUrl() does.
    return m_url + QStringLiteral("?schema=p_") + QUuid::createUuid().toString(QUuid::Id128);
}

void tst_DatabasePassword::secretName_identifiesUserHostPortDatabase()
{
    QCOMPARE(Database::passwordSecretName(QStringLiteral("postgresql://claire@db.example.org/cabinet")),
        QStringLiteral("postgresql/claire@db.example.org:5432/cabinet"));
    QCOMPARE(Database::passwordSecretName(QStringLiteral("postgres://claire:secret@10.0.0.2:6543/cabinet?schema=x")),
        QStringLiteral("postgresql/claire@10.0.0.2:6543/cabinet"));
    QCOMPARE(Database::passwordSecretName(QStringLiteral("/home/claire/minutier.sqlite")), QString());
    QCOMPARE(Database::passwordSecretName(QStringLiteral("postgresql://claire@host")), QString()); // no database
}

void tst_DatabasePassword::redactedLocation_dropsThePassword()
{
    const QString redacted = Database::redactedLocation(QStringLiteral("postgresql://claire:s3cr3t-pw@db/cabinet"));
    QVERIFY(!redacted.contains(QStringLiteral("s3cr3t-pw")));
    QVERIFY(redacted.contains(QStringLiteral("claire@db")));
    QCOMPARE(Database::redactedLocation(QStringLiteral("/tmp/a:b.sqlite")), QStringLiteral("/tmp/a:b.sqlite"));
}

void tst_DatabasePassword::open_withoutPassword_refusedClearly()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    auto db = Database::open(passwordUrl());
    QVERIFY(!db.ok());
    QVERIFY2(Database::isPasswordRefused(db.error()), qPrintable(db.error().detail));
    QVERIFY(db.error().detail.contains(QStringLiteral("minutier_pw")));
    QVERIFY(db.error().detail.contains(QStringLiteral("set-password")));
}

void tst_DatabasePassword::open_wrongPassword_refusedWithoutLeakingIt()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    const QString wrong = QStringLiteral("wrong-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    auto db = Database::open(passwordUrl(), wrong);
    QVERIFY(!db.ok());
    QVERIFY2(Database::isPasswordRefused(db.error()), qPrintable(db.error().detail));
    QVERIFY2(db.error().detail.contains(QStringLiteral("password authentication failed")), qPrintable(db.error().detail));
    QVERIFY(!db.error().detail.contains(wrong));

    // A password in the URL is not echoed either.
    QUrl withPassword(passwordUrl());
    withPassword.setPassword(wrong);
    auto again = Database::open(withPassword.toString());
    QVERIFY(!again.ok());
    QVERIFY(!again.error().detail.contains(wrong));
}

void tst_DatabasePassword::open_rightPassword_fromTheKeychain_works()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    const QString location = passwordUrl();
    const QString name = Database::passwordSecretName(location);
    QCOMPARE(name, Database::passwordSecretName(m_url)); // the schema does not change the entry

    // Stored in the keychain, read back, used to open; never part of location().
    KeychainSecretStore store(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128));
    std::optional<Status> written;
    store.writeSecret(name, m_password, this, [&](Status s) { written.emplace(std::move(s)); });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    if (!*written && written->error().code == ErrorCode::Keychain)
        QSKIP(qPrintable(QStringLiteral("no keychain: ") + written->error().detail));
    QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().detail));
    std::optional<Result<QString>> read;
    store.readSecret(name, this, [&](Result<QString> r) { read.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
    QVERIFY(read->ok());

    auto db = Database::open(location, read->value());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    QCOMPARE((*db)->engine(), Database::Engine::Postgres);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!(*db)->location().contains(m_password));

    // $PGPASSWORD works too (headless use).
    qputenv("PGPASSWORD", m_password.toUtf8());
    auto fromEnv = Database::open(location);
    qunsetenv("PGPASSWORD");
    QVERIFY2(fromEnv.ok(), qPrintable(fromEnv.ok() ? QString() : fromEnv.error().detail));

    std::optional<Status> removed;
    store.deleteSecret(name, this, [&](Status s) { removed.emplace(std::move(s)); });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
}

void tst_DatabasePassword::probe_reportsMigrationsWithoutWriting()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    const QString location = passwordUrl();
    // A schema that does not exist yet: reachable, empty, not created by the probe.
    auto empty = Database::probe(location, m_password);
    QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().detail));
    QCOMPARE(empty->engine, Database::Engine::Postgres);
    QCOMPARE(empty->schemaVersion, 0);
    QVERIFY(empty->needsMigration());
    auto stillEmpty = Database::probe(location, m_password);
    QVERIFY(stillEmpty.ok());
    QCOMPARE(stillEmpty->schemaVersion, 0);

    auto refused = Database::probe(location, QStringLiteral("not-it"));
    QVERIFY(!refused.ok());
    QVERIFY(Database::isPasswordRefused(refused.error()));

    {
        auto db = Database::open(location, m_password);
        QVERIFY(db.ok());
    }
    auto migrated = Database::probe(location, m_password);
    QVERIFY(migrated.ok());
    QCOMPARE(migrated->schemaVersion, Database::latestSchemaVersion());
    QVERIFY(!migrated->needsMigration());
    QVERIFY(!migrated->isTooNew());
}

void tst_DatabasePassword::probe_missingSqliteFile_isNotFoundAndNotCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/minutier.sqlite"));
    auto probe = Database::probe(path);
    QVERIFY(!probe.ok());
    QCOMPARE(probe.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub"))));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
    }
    auto existing = Database::probe(path);
    QVERIFY(existing.ok());
    QCOMPARE(existing->engine, Database::Engine::Sqlite);
    QCOMPARE(existing->schemaVersion, Database::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_DatabasePassword)
#include "tst_databasepassword.moc"
