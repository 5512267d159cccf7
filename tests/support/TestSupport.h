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

// The shared Factur-X validation folder (../shared/facturx) or an empty string if absent.
QString sharedFacturxDir();

} // namespace minutier::test
