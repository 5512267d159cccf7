#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <algorithm>

using namespace minutier;

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void open_newFile_appliesAllMigrationsAndUsesWal();
    void open_twice_isIdempotent();
    void open_corruptFile_failsAndLeavesFileUntouched_data();
    void open_corruptFile_failsAndLeavesFileUntouched();
    void open_newerSchema_refusedAndUntouched();
    void open_foreignSqliteDatabase_refused();
    void resolveLocation_precedence();
    void splitStatements_handlesTriggersAndFunctions();
    void versions_matchTheScriptsOfBothEngines();
    void data_survivesReopen();
    void openInBackground_connectionBelongsToTheCallingThread();
    void openInBackground_corruptFile_reportsAndLeavesFileUntouched();
    void openInBackground_destroyedBeforeWaiting_waitsForTheWorker();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
};

static QByteArray sha(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void tst_Database::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Database::open_newFile_appliesAllMigrationsAndUsesWal()
{
    auto db = Database::open(path("sub/dir/m.sqlite"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Migrations::all(false).size());
}

void tst_Database::open_twice_isIdempotent()
{
    {
        auto db = Database::open(path("m.sqlite"));
        QVERIFY(db.ok());
    }
    auto db = Database::open(path("m.sqlite"));
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Database::open_corruptFile_failsAndLeavesFileUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expectedCode");
    QTest::addRow("text file") << QByteArray("this is not a database\n") << int(ErrorCode::DatabaseCorrupt);
    QTest::addRow("random bytes") << QByteArray(4096, '\xA7') << int(ErrorCode::DatabaseCorrupt);
    QByteArray truncated("SQLite format 3");
    truncated.append('\0');
    truncated.append(QByteArray(84, '\xFF'));
    QTest::addRow("header then garbage") << truncated << int(ErrorCode::DatabaseCorrupt);
}

void tst_Database::open_corruptFile_failsAndLeavesFileUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expectedCode);
    const QString file = path("corrupt.sqlite");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = sha(file);
    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QCOMPARE(int(db.error().code), expectedCode);
    QVERIFY(db.error().detail.contains(file));
    QCOMPARE(sha(file), before);
}

void tst_Database::open_newerSchema_refusedAndUntouched()
{
    const QString file = path("newer.sqlite");
    {
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2030-01-01T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = sha(file);
    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::DatabaseTooNew);
    QVERIFY(db.error().detail.contains(QStringLiteral("9999")));
    QCOMPARE(sha(file), before);
}

void tst_Database::open_foreignSqliteDatabase_refused()
{
    const QString file = path("other.sqlite");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = sha(file);
    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::DatabaseCorrupt);
    QCOMPARE(sha(file), before);
}

void tst_Database::resolveLocation_precedence()
{
    qputenv("MINUTIER_DATABASE", "/tmp/from-env.sqlite");
    QCOMPARE(Database::resolveLocation(QStringLiteral("/tmp/explicit.sqlite")), QStringLiteral("/tmp/explicit.sqlite"));
    QCOMPARE(Database::resolveLocation(QString()), QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("MINUTIER_DATABASE");
    QVERIFY(Database::resolveLocation(QString()).endsWith(QStringLiteral("minutier.sqlite")));
}

void tst_Database::splitStatements_handlesTriggersAndFunctions()
{
    const QString script = QStringLiteral(
        "-- comment\n"
        "CREATE TABLE a (x INTEGER);\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW BEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\n"
        "END;\n"
        "CREATE FUNCTION f() RETURNS trigger AS $$\n"
        "BEGIN\n"
        "    RAISE EXCEPTION 'no';\n"
        "END;\n"
        "$$ LANGUAGE plpgsql;\n"
        "CREATE INDEX i ON a (x);\n");
    const QStringList s = Migrations::splitStatements(script);
    QCOMPARE(s.size(), 4);
    QVERIFY(s[0].startsWith(QStringLiteral("CREATE TABLE")));
    QVERIFY(s[1].contains(QStringLiteral("RAISE(ABORT")) && s[1].endsWith(QStringLiteral("END;")));
    QVERIFY(s[2].contains(QStringLiteral("plpgsql")));
    QCOMPARE(s[3], QStringLiteral("CREATE INDEX i ON a (x)"));
}

void tst_Database::versions_matchTheScriptsOfBothEngines()
{
    // What every start checks (file names only) is what the scripts hold, for both engines.
    const auto numbers = [](const QList<Migration> &list) {
        QList<int> out;
        for (const Migration &m : list)
            out << m.version;
        return out;
    };
    const QList<int> shipped = Migrations::versions();
    QVERIFY(shipped.size() >= 5);
    QVERIFY(std::is_sorted(shipped.cbegin(), shipped.cend()));
    QCOMPARE(numbers(Migrations::all(false)), shipped);
    QCOMPARE(numbers(Migrations::all(true)), shipped);
    QCOMPARE(Migrations::latestVersion(), shipped.last());
}

void tst_Database::data_survivesReopen()
{
    const QString file = path("m.sqlite");
    QString id;
    {
        auto db = Database::open(file);
        QVERIFY(db.ok());
        Client c;
        c.name = QStringLiteral("Ada Lovelace");
        auto saved = ClientRepository(**db).save(c);
        QVERIFY(saved.ok());
        id = saved->id;
    }
    auto db = Database::open(file);
    QVERIFY(db.ok());
    auto c = ClientRepository(**db).find(id);
    QVERIFY(c.ok());
    QCOMPARE(c->name, QStringLiteral("Ada Lovelace"));
}

void tst_Database::openInBackground_connectionBelongsToTheCallingThread()
{
    // Qt warns "requested database does not belong to the calling thread" when the driver was not
    // handed over: any warning fails this test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const QString file = path("background/m.sqlite");
    auto db = Database::openInBackground(file);
    QCOMPARE(db->engine(), Database::Engine::Sqlite);
    // The first query waits for the worker, then runs on this thread's connection.
    Client c;
    c.name = QStringLiteral("Grace Hopper");
    auto saved = ClientRepository(*db).save(c);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().detail));
    QVERIFY(db->waitUntilOpen().ok());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db->connection().driver()->thread(), QThread::currentThread());
    QVERIFY(db->begin().ok());
    QVERIFY(db->commit().ok());
    db.reset();
    // What the worker created and migrated is an ordinary database.
    auto again = Database::open(file);
    QVERIFY(again.ok());
    auto found = ClientRepository(**again).find(saved->id);
    QVERIFY(found.ok());
    QCOMPARE(found->name, QStringLiteral("Grace Hopper"));
}

void tst_Database::openInBackground_corruptFile_reportsAndLeavesFileUntouched()
{
    const QString file = path("corrupt.sqlite");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database\n");
    }
    const QByteArray before = sha(file);
    auto db = Database::openInBackground(file);
    const Status opened = db->waitUntilOpen();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::DatabaseCorrupt);
    QVERIFY(opened.error().detail.contains(file));
    // Asked again: the same answer; every query fails instead of touching anything.
    QCOMPARE(db->waitUntilOpen().error().code, ErrorCode::DatabaseCorrupt);
    QVERIFY(!db->connection().isValid());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("QSqlQuery::prepare: database not open")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("list clients failed")));
    QVERIFY(!ClientRepository(*db).list().ok());
    db.reset();
    QCOMPARE(sha(file), before);
}

void tst_Database::openInBackground_destroyedBeforeWaiting_waitsForTheWorker()
{
    const QString file = path("early.sqlite");
    Database::openInBackground(file).reset(); // never used: the destructor waits, then closes
    auto db = Database::open(file);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
