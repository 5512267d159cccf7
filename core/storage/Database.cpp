#include "Database.h"

#include "storage/DataLocation.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcStorage, "minutier.storage")

namespace minutier {

namespace {
constexpr char kSqliteMagic[] = "SQLite format 3";

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString redacted(const QString &location)
{
    if (!isPostgresUrl(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

// libpq's messages name the user and the host, never the password; this is belt and braces.
QString withoutSecret(QString text, const QString &secret)
{
    if (secret.size() >= 3)
        text.replace(secret, QStringLiteral("***"));
    return text;
}
} // namespace

bool Database::isPostgresLocation(const QString &location)
{
    return isPostgresUrl(location);
}

QString Database::redactedLocation(const QString &location)
{
    return redacted(location);
}

QString Database::passwordSecretName(const QString &location)
{
    if (!isPostgresUrl(location))
        return {};
    const QUrl url(location);
    if (!url.isValid() || url.path().size() < 2)
        return {};
    const QString user = url.userName().isEmpty() ? qEnvironmentVariable("PGUSER") : url.userName();
    const QString host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    return QStringLiteral("postgresql/%1@%2:%3/%4").arg(user, host).arg(url.port(5432)).arg(url.path().mid(1));
}

struct Database::Opening {
    std::unique_ptr<QThread> worker;
    // Written by the worker before it finishes, read after QThread::wait().
    std::optional<Result<std::unique_ptr<Database>>> result;
};

std::unique_ptr<Database> Database::openInBackground(const QString &location, const QString &password)
{
    std::unique_ptr<Database> self(new Database);
    self->m_engine = isPostgresUrl(location) ? Engine::Postgres : Engine::Sqlite;
    self->m_location = redacted(location);
    self->m_opening = std::make_unique<Opening>();
    Opening *opening = self->m_opening.get();
    QThread *owner = QThread::currentThread();
    opening->worker.reset(QThread::create([opening, owner, location, password] {
        auto opened = open(location, password);
        if (opened) {
            // The driver (the only QObject of a connection) goes to the thread that will use it:
            // QSqlDatabase::database() refuses a connection whose driver lives in another thread.
            QSqlDriver *driver = opened.value()->connection().driver();
            driver->moveToThread(owner);
        }
        opening->result.emplace(std::move(opened));
    }));
    opening->worker->setObjectName(QStringLiteral("minutier-database-open"));
    // Below the thread that builds the window meanwhile, which waits for it only when it needs it.
    opening->worker->start(QThread::IdlePriority);
    return self;
}

Status Database::waitUntilOpen() const
{
    if (!m_opening)
        return m_openStatus;
    const std::unique_ptr<Opening> opening = std::move(m_opening);
    opening->worker->wait();
    Result<std::unique_ptr<Database>> &opened = *opening->result;
    if (!opened) {
        m_openStatus = opened.error();
        return m_openStatus;
    }
    // This object takes the worker's connection over; the worker's Database then owns nothing.
    Database &other = *opened.value();
    m_connectionName = std::exchange(other.m_connectionName, QString());
    m_schemaVersion = other.m_schemaVersion;
    return m_openStatus;
}

int Database::schemaVersion() const
{
    if (m_opening)
        (void)waitUntilOpen();
    return m_schemaVersion;
}

Database::~Database()
{
    if (m_opening)
        (void)waitUntilOpen();
    if (m_connectionName.isEmpty())
        return; // a background open that failed, or a connection handed over
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultLocation()
{
    return QDir(DataLocation::directory()).filePath(QStringLiteral("minutier.sqlite"));
}

QString Database::resolveLocation(const QString &explicitLocation)
{
    if (!explicitLocation.isEmpty())
        return explicitLocation;
    const QString env = qEnvironmentVariable("MINUTIER_DATABASE");
    if (!env.isEmpty())
        return env;
    return defaultLocation();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    if (m_opening)
        (void)waitUntilOpen();
    if (m_connectionName.isEmpty())
        return {}; // a background open that failed: every query says the database is not open
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {
const QString kRefusedPrefix = QStringLiteral("the PostgreSQL server refused the password");
}

bool Database::isPasswordRefused(const Error &error)
{
    return error.code == ErrorCode::DatabaseUnavailable && error.detail.startsWith(kRefusedPrefix);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, const QString &password)
{
    auto self = connect(location, password, true);
    if (!self)
        return self.error();
    if (auto s = self.value()->checkAndMigrate(); !s)
        return s.error();
    return self;
}

Result<Database::Probe> Database::probe(const QString &location, const QString &password)
{
    if (!isPostgresUrl(location) && !QFileInfo(location).isFile())
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no file %1 (it is created at the first start)").arg(location));
    auto db = connect(location, password, false);
    if (!db)
        return db.error();
    auto version = db.value()->readSchemaVersion();
    if (!version)
        return version.error();
    Probe p;
    p.engine = db.value()->engine();
    p.schemaVersion = *version;
    p.latestVersion = latestSchemaVersion();
    return p;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &location, const QString &givenPassword, bool forWriting)
{
    std::unique_ptr<Database> self(new Database);
    self->m_location = redacted(location);
    self->m_connectionName = QStringLiteral("minutier-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (isPostgresUrl(location)) {
        self->m_engine = Engine::Postgres;
        const QUrl url(location);
        if (!url.isValid() || url.path().size() < 2)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("not a valid PostgreSQL URL (postgresql://user@host[:port]/database): %1").arg(redacted(location)));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(ErrorCode::DatabaseUnavailable, QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), self->m_connectionName);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        const QString password = !url.password().isEmpty() ? url.password()
            : !givenPassword.isEmpty()                     ? givenPassword
                                                           : qEnvironmentVariable("PGPASSWORD");
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            const QString why = withoutSecret(db.lastError().text(), password);
            // A refused password is its own case, so that the user is asked for the right one.
            const bool refused = why.contains(QLatin1String("password authentication failed"))
                || why.contains(QLatin1String("no password supplied"))
                || why.contains(QLatin1String("fe_sendauth"));
            if (refused)
                return makeError(ErrorCode::DatabaseUnavailable,
                    kRefusedPrefix
                        + QStringLiteral(" of %1 (%2); store the right one in Settings > Database or with "
                                         "'minutier-cli database set-password --url URL': %3")
                        .arg(url.userName().isEmpty() ? QStringLiteral("the user") : url.userName(), redacted(location),
                            why));
            return makeError(ErrorCode::DatabaseUnavailable,
                QStringLiteral("cannot connect to %1: %2").arg(redacted(location), why));
        }
        // ?schema=NAME keeps several Minutier data sets (or test runs) apart in one database.
        const QString schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
        if (!schema.isEmpty()) {
            static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!valid.match(schema).hasMatch())
                return makeError(ErrorCode::InvalidInput,
                    QStringLiteral("schema name must be lower-case letters, digits and _: %1").arg(schema));
            QSqlQuery q(db);
            if ((forWriting && !q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + schema))
                || !q.exec(QStringLiteral("SET search_path TO ") + schema))
                return makeError(ErrorCode::DatabaseUnavailable,
                    QStringLiteral("cannot use schema %1: %2").arg(schema, q.lastError().text()));
        }
    } else {
        self->m_engine = Engine::Sqlite;
        const QFileInfo info(location);
        if (info.exists()) {
            if (!info.isFile())
                return makeError(ErrorCode::DatabaseUnavailable, QStringLiteral("%1 is not a file").arg(location));
            if (info.size() > 0) {
                // Refuse anything that is not an SQLite file before SQLite gets a chance to write to it.
                QFile f(location);
                if (!f.open(QIODevice::ReadOnly))
                    return makeError(ErrorCode::DatabaseUnavailable,
                        QStringLiteral("cannot read %1: %2").arg(location, f.errorString()));
                const QByteArray header = f.read(16);
                if (!header.startsWith(QByteArray(kSqliteMagic)))
                    return makeError(ErrorCode::DatabaseCorrupt,
                        QStringLiteral("%1 is damaged or is not a Minutier database (no SQLite header)").arg(location));
            }
        } else if (!forWriting) {
            return makeError(ErrorCode::NotFound, QStringLiteral("there is no file %1").arg(location));
        } else if (!QDir().mkpath(info.absolutePath())) {
            return makeError(ErrorCode::DatabaseUnavailable, QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return makeError(ErrorCode::DatabaseUnavailable,
                QStringLiteral("cannot open %1: %2").arg(location, db.lastError().text()));
    }
    return self;
}

Status Database::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return {};
    qCWarning(lcStorage) << what << "failed:" << query.lastError().text();
    return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text()));
}

Status Database::begin()
{
    QSqlQuery q(connection());
    const QString sql = m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!q.exec(sql))
        return makeError(ErrorCode::Storage, QStringLiteral("cannot start a transaction: %1").arg(q.lastError().text()));
    return {};
}

Status Database::commit()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        rollback();
        return makeError(ErrorCode::Storage, QStringLiteral("cannot commit: %1").arg(error));
    }
    return {};
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

Result<int> Database::readSchemaVersion()
{
    QSqlDatabase db = connection();
    QStringList tables;
    {
        QSqlQuery q(db);
        const QString sql = m_engine == Engine::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
        if (!q.exec(sql))
            return makeError(ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 is damaged or is not a Minutier database: %2").arg(redacted(m_location), q.lastError().text()));
        while (q.next())
            tables << q.value(0).toString();
    }
    if (!tables.contains(QLatin1String("schema_migrations"))) {
        if (!tables.isEmpty())
            return makeError(ErrorCode::DatabaseCorrupt,
                QStringLiteral("%1 holds other data and is not a Minutier database; it was left untouched").arg(redacted(m_location)));
        return 0;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return makeError(ErrorCode::DatabaseCorrupt,
            QStringLiteral("cannot read the schema version of %1: %2").arg(redacted(m_location), q.lastError().text()));
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

Status Database::checkAndMigrate()
{
    QSqlDatabase db = connection();
    // Every version recorded in schema_migrations: a database may hold a later migration without an
    // earlier one (e.g. it ran 0008 before 0007 existed in the program that opened it); each missing
    // version is then applied, in order, rather than only those above the highest applied one.
    auto readApplied = [&]() -> Result<QSet<int>> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations")))
            return makeError(ErrorCode::DatabaseCorrupt,
                QStringLiteral("cannot read the schema version of %1: %2").arg(redacted(m_location), q.lastError().text()));
        QSet<int> versions;
        while (q.next())
            versions.insert(q.value(0).toInt());
        return versions;
    };

    const QList<int> shipped = Migrations::versions();
    const int latest = shipped.isEmpty() ? 0 : shipped.last();
    auto initial = readSchemaVersion();
    if (!initial)
        return initial.error();
    int version = *initial;
    if (version > latest)
        return makeError(ErrorCode::DatabaseTooNew,
            QStringLiteral("%1 was written by a newer Minutier (schema %2, this program knows up to %3); it was left untouched")
                .arg(redacted(m_location))
                .arg(version)
                .arg(latest));

    if (m_engine == Engine::Sqlite) {
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }

    QSet<int> applied;
    if (version > 0) {
        auto read = readApplied();
        if (!read)
            return read.error();
        applied = *read;
    }

    // The scripts are read and split only when one of them is missing (not at every start).
    const bool upToDate = std::all_of(shipped.cbegin(), shipped.cend(), [&](int v) { return applied.contains(v); });
    const QList<Migration> pending = upToDate ? QList<Migration>() : Migrations::all(m_engine == Engine::Postgres);
    for (const Migration &migration : pending) {
        if (applied.contains(migration.version))
            continue;
        if (auto b = begin(); !b)
            return b.error();
        QSqlQuery q(db);
        const QString createLog = QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        if (!q.exec(createLog)) {
            rollback();
            return makeError(ErrorCode::Storage, QStringLiteral("cannot record migrations: %1").arg(q.lastError().text()));
        }
        if (m_engine == Engine::Postgres)
            q.exec(QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE"));
        // Another process may have migrated while we waited for the lock.
        auto current = readApplied();
        if (!current) {
            rollback();
            return current.error();
        }
        if (current->contains(migration.version)) {
            rollback();
            applied = *current;
            continue;
        }
        for (const QString &statement : migration.statements) {
            if (!q.exec(statement)) {
                const QString error = q.lastError().text();
                rollback();
                return makeError(ErrorCode::Storage,
                    QStringLiteral("migration %1 (%2) failed: %3").arg(migration.version).arg(migration.name, error));
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(migration.version);
        q.addBindValue(migration.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (auto s = exec(q, "record migration"); !s) {
            rollback();
            return s;
        }
        if (auto c = commit(); !c)
            return c;
        applied = *current;
        applied.insert(migration.version);
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    }
    for (int v : std::as_const(applied))
        version = std::max(version, v);
    m_schemaVersion = version;
    return {};
}

} // namespace minutier
