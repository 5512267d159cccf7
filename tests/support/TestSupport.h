#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace minutier::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs minutier-cli with `args` (and --database `database` if not empty); stdin optional.
CliRun runCli(const QStringList &args, const QString &database = {}, const QByteArray &stdinData = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// A PostgreSQL URL with a fresh schema of its own (so parallel tests never meet), or an empty
// string when $MINUTIER_TEST_POSTGRES is not set (scripts/test.sh sets it after starting a server).
QString postgresTestUrl();

// Data-driven rows for tests that run on both engines: "sqlite" -> a file in `dir`, "postgresql" -> postgresTestUrl().
QString databaseLocationFor(const QString &engine, const QString &dir);

// The shared Factur-X validation folder (../shared/facturx) or an empty string if absent.
QString sharedFacturxDir();

} // namespace minutier::test
