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

    // `location`: a file path or a postgresql:// URL.
    static Result<std::unique_ptr<Database>> open(const QString &location);

    // The location chosen by precedence: an explicit option, then $MINUTIER_DATABASE, then the
    // default SQLite file in QStandardPaths::AppDataLocation.
    static QString resolveLocation(const QString &explicitLocation);
    static QString defaultLocation();

    Engine engine() const noexcept { return m_engine; }
    QString location() const { return m_location; }
    int schemaVersion() const noexcept { return m_schemaVersion; }
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
    Status checkAndMigrate();

    Engine m_engine = Engine::Sqlite;
    QString m_location;
    QString m_connectionName;
    int m_schemaVersion = 0;
};

} // namespace minutier
