#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace minutier {

// One open Minutier database: an SQLite file (default, WAL) or a PostgreSQL database given as a
// postgresql:// URL. Opening checks the file, refuses a database newer than this program without
// touching it, then applies the numbered migrations, one transaction each.
class Database final
{
public:
    enum class Engine { Sqlite, Postgres };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `location`: a file path or a postgresql:// URL. For PostgreSQL the password is, in order: the
    // one in the URL, `password` (the keychain's, see passwordSecretName()), $PGPASSWORD. It is
    // never logged, never kept by this class and never part of an error or of location().
    static Result<std::unique_ptr<Database>> open(const QString &location, const QString &password = QString());

    // Opens `location` as open() does, but on a worker thread, and returns at once so that the
    // caller builds its window meanwhile (the SQL driver, the file, the schema check and any
    // migration: milliseconds for SQLite, a network round trip or more for PostgreSQL). The first use
    // of connection() (any query) waits for the worker; waitUntilOpen() tells how it went, and after
    // a failure every query fails. The connection then belongs to the calling thread, as after open()
    // (the SQL driver object is handed over to it, what Qt 6.8's QSqlDatabase::moveToThread() does).
    static std::unique_ptr<Database> openInBackground(const QString &location, const QString &password = QString());
    // The outcome of openInBackground(), waiting for it if needed; success for open()'s databases.
    // Only from the thread that called openInBackground().
    Status waitUntilOpen() const;

    // What "Test connection" reports: the database is reachable, at which schema version (0 for an
    // empty database), against the version this program would migrate it to. Nothing is written.
    struct Probe {
        Engine engine = Engine::Sqlite;
        int schemaVersion = 0;
        int latestVersion = 0;
        bool isEmpty() const { return schemaVersion == 0; }
        bool needsMigration() const { return schemaVersion < latestVersion; }
        bool isTooNew() const { return schemaVersion > latestVersion; }
    };
    // Connects to `location` (an SQLite file must exist) and reads its schema version without
    // creating or migrating anything.
    static Result<Probe> probe(const QString &location, const QString &password = QString());

    // True when `error` (from open() or probe()) says the PostgreSQL server refused the password.
    static bool isPasswordRefused(const Error &error);

    static bool isPostgresLocation(const QString &location);
    // The location without any password (what may be shown or logged).
    static QString redactedLocation(const QString &location);
    // The keychain entry of the password of a postgresql:// location:
    // "postgresql/<user>@<host>:<port>/<database>"; empty for an SQLite file or an invalid URL.
    static QString passwordSecretName(const QString &location);

    // The location chosen by precedence: an explicit option, then $MINUTIER_DATABASE, then the
    // default SQLite file in the desktop's data folder (DataLocation::directory()).
    static QString resolveLocation(const QString &explicitLocation);
    static QString defaultLocation();

    Engine engine() const noexcept { return m_engine; }
    // As opened, without the password.
    QString location() const { return m_location; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    QSqlDatabase connection() const;

    // Write transactions: BEGIN IMMEDIATE on SQLite (takes the write lock up front, so two
    // processes serialise instead of failing on upgrade), BEGIN on PostgreSQL.
    Status begin();
    Status commit();
    void rollback();

    // Runs `work` (returning a Result<T> or a Status) in a write transaction; commits if it
    // succeeds, rolls back otherwise.
    template<typename F>
    auto inTransaction(F &&work) -> decltype(work())
    {
        if (auto b = begin(); !b)
            return b.error();
        auto r = work();
        if (!r) {
            rollback();
            return r;
        }
        if (auto c = commit(); !c)
            return c.error();
        return r;
    }

    // Executes a prepared query, turning a failure into a Storage error naming `what`.
    static Status exec(QSqlQuery &query, const char *what);

private:
    Database() = default;
    // Opens the connection only; `forWriting`: may create the SQLite file and the ?schema=.
    static Result<std::unique_ptr<Database>> connect(const QString &location, const QString &password, bool forWriting);
    // The applied schema version (0: empty database); an error for foreign or unreadable data.
    Result<int> readSchemaVersion();
    Status checkAndMigrate();

    struct Opening;

    Engine m_engine = Engine::Sqlite;
    QString m_location;
    // Set once, by waitUntilOpen(), for a database opened in the background.
    mutable QString m_connectionName;
    mutable int m_schemaVersion = 0;
    // While openInBackground()'s worker runs; only the owning thread reads or resets the pointer.
    mutable std::unique_ptr<Opening> m_opening;
    mutable Status m_openStatus;
};

} // namespace minutier
