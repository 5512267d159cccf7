#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace minutier {

// Numbered migrations shipped in resources (:/migrations/NNNN_name.sql). A file may exist in an
// engine-specific variant (NNNN_name.sqlite.sql / NNNN_name.postgresql.sql) where the dialects
// differ (triggers); otherwise one file serves both engines.
struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
};

namespace Migrations {
QList<Migration> all(bool postgres);
// The version numbers shipped, ascending, from the file names alone (no script is read): what an
// up-to-date database is checked against at every start.
QList<int> versions();
int latestVersion();
// Splits a script into statements: each ends with ';' at the end of a line, except inside a
// BEGIN ... END; block (SQLite triggers) or a $$ ... $$ body (PostgreSQL functions).
QStringList splitStatements(const QString &script);
} // namespace Migrations

} // namespace minutier
