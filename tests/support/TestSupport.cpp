#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace minutier::test {

CliRun runCli(const QStringList &args, const QString &database, const QByteArray &stdinData, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QStringList all;
    if (!database.isEmpty())
        all << QStringLiteral("--database") << database;
    all << args;
    p.start(QStringLiteral(MINUTIER_CLI_PATH), all);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString sharedFacturxDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(MINUTIER_SHARED_DIR) + QStringLiteral("/facturx"));
    return QFileInfo(dir + QStringLiteral("/validate")).exists() ? dir : QString();
}

} // namespace minutier::test
