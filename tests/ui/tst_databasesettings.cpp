#include "secrets/KeychainSecretStore.h"
#include "settings/DatabaseLogin.h"
#include "settings/DatabaseSettings.h"
#include "storage/Database.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace minutier;

// Settings > Database and the desktop's opening of a password-protected PostgreSQL database
// (scripts/test.sh: role minutier_pw with a password, every other role on trust).
class tst_DatabaseSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sqlite_testConnection_reportsSchemaState();
    void postgres_wrongThenRightPassword_savedToKeychainOnly();
    void login_refusedStoredPassword_asksThenRemembers();

private:
    bool keychainAvailable();
    QString pgLocation() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    QString m_url;
    QString m_password;
};

void tst_DatabaseSettings::init()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PGPASSWORD");
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128));
    m_url = qEnvironmentVariable("MINUTIER_TEST_POSTGRES_PASSWORD_URL");
    m_password = qEnvironmentVariable("MINUTIER_TEST_POSTGRES_PASSWORD");
}

void tst_DatabaseSettings::cleanup()
{
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

bool tst_DatabaseSettings::keychainAvailable()
{
    std::optional<Status> probe;
    m_secrets->writeSecret(QStringLiteral("probe"), QStringLiteral("x"), this, [&](Status s) { probe.emplace(std::move(s)); });
    if (!QTest::qWaitFor([&] { return probe.has_value(); }, 20000))
        return false;
    return probe->ok();
}

QString tst_DatabaseSettings::pgLocation() const
{
    return m_url + QStringLiteral("?schema=s_") + QUuid::createUuid().toString(QUuid::Id128);
}

void tst_DatabaseSettings::sqlite_testConnection_reportsSchemaState()
{
    DatabaseSettings view(*m_db, *m_settings);
    view.setSecretStore(m_secrets.get());
    auto *location = view.findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"));
    auto *password = view.findChild<QLineEdit *>(QStringLiteral("databasePasswordEdit"));
    QCOMPARE(location->text(), m_db->location());
    QVERIFY(!password->isEnabled()); // a file needs no password
    QSignalSpy tested(&view, &DatabaseSettings::tested);

    view.findChild<QPushButton *>(QStringLiteral("testDatabaseButton"))->click();
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(tested.at(0).at(0).toBool(), true);
    QVERIFY2(view.statusText().contains(QStringLiteral("up to date")), qPrintable(view.statusText()));

    const QString missing = m_dir->filePath(QStringLiteral("other/new.sqlite"));
    location->setText(missing);
    view.testConnection();
    QTRY_COMPARE(tested.size(), 2);
    QVERIFY2(view.statusText().contains(QStringLiteral("creates it at the next start")), qPrintable(view.statusText()));
    QVERIFY(!QFileInfo::exists(missing));

    view.findChild<QPushButton *>(QStringLiteral("saveDatabaseButton"))->click();
    QCOMPARE(m_settings->value(QStringLiteral("database/location")).toString(), missing);
    QVERIFY(view.statusText().contains(QStringLiteral("next start")));

    location->setText(QStringLiteral("postgresql://someone@127.0.0.1/db"));
    QVERIFY(password->isEnabled());
}

void tst_DatabaseSettings::postgres_wrongThenRightPassword_savedToKeychainOnly()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    if (!keychainAvailable())
        QSKIP("no keychain in this session");
    DatabaseSettings view(*m_db, *m_settings);
    view.setSecretStore(m_secrets.get());
    QSignalSpy tested(&view, &DatabaseSettings::tested);
    const QString target = pgLocation();
    view.findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"))->setText(target);
    auto *password = view.findChild<QLineEdit *>(QStringLiteral("databasePasswordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    password->setText(QStringLiteral("not-the-password"));
    view.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    QVERIFY2(view.statusText().contains(QStringLiteral("refused the password")), qPrintable(view.statusText()));
    QVERIFY(!view.statusText().contains(QStringLiteral("not-the-password")));

    password->setText(m_password);
    view.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
    QCOMPARE(tested.at(1).at(0).toBool(), true);
    QVERIFY2(view.statusText().contains(QStringLiteral("empty database")), qPrintable(view.statusText()));

    view.save();
    QVERIFY(password->text().isEmpty());
    QVERIFY2(view.statusText().contains(QStringLiteral("keychain")), qPrintable(view.statusText()));
    QCOMPARE(m_settings->value(QStringLiteral("database/location")).toString(), target);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(m_password.toUtf8()));
    QCOMPARE(DatabaseLogin::storedPassword(*m_secrets, target), m_password);

    // Tested again with the field empty: the keychain's password is used.
    view.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 20000);
    QCOMPARE(tested.at(2).at(0).toBool(), true);
}

void tst_DatabaseSettings::login_refusedStoredPassword_asksThenRemembers()
{
    if (m_url.isEmpty())
        QSKIP("no password-protected PostgreSQL role (run through scripts/test.sh)");
    if (!keychainAvailable())
        QSKIP("no keychain in this session");
    const QString target = pgLocation();
    QVERIFY(DatabaseLogin::storePassword(*m_secrets, target, QStringLiteral("stale-password")).ok());

    int asked = 0;
    QString shownLocation;
    const DatabaseLogin::Prompt giveUp = [&](const QString &where, const QString &) -> std::optional<QString> {
        ++asked;
        shownLocation = where;
        return std::nullopt;
    };
    auto refused = DatabaseLogin::open(target, m_secrets.get(), giveUp);
    QVERIFY(!refused.ok());
    QVERIFY(Database::isPasswordRefused(refused.error()));
    QCOMPARE(asked, 1);
    QVERIFY(shownLocation.contains(QStringLiteral("minutier_pw@127.0.0.1")));

    const DatabaseLogin::Prompt answer = [&](const QString &, const QString &reason) -> std::optional<QString> {
        ++asked;
        return reason.contains(QStringLiteral("refused")) && asked < 4 ? std::optional<QString>(m_password) : std::nullopt;
    };
    auto opened = DatabaseLogin::open(target, m_secrets.get(), answer);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
    QCOMPARE(asked, 2);
    QCOMPARE(DatabaseLogin::storedPassword(*m_secrets, target), m_password);

    // Next start: straight from the keychain, nobody asked.
    auto again = DatabaseLogin::open(target, m_secrets.get(), giveUp);
    QVERIFY(again.ok());
    QCOMPARE(asked, 2);
}

QTEST_MAIN(tst_DatabaseSettings)
#include "tst_databasesettings.moc"
