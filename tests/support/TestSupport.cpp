#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUuid>

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

QString postgresTestUrl()
{
    const QString base = qEnvironmentVariable("MINUTIER_TEST_POSTGRES");
    if (base.isEmpty())
        return {};
    const QString schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    return base + (base.contains(u'?') ? u'&' : u'?') + QStringLiteral("schema=") + schema;
}

QString databaseLocationFor(const QString &engine, const QString &dir)
{
    if (engine == QLatin1String("postgresql"))
        return postgresTestUrl();
    return QDir(dir).filePath(QStringLiteral("minutier.sqlite"));
}

QString sharedFacturxDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(MINUTIER_SHARED_DIR) + QStringLiteral("/facturx"));
    return QFileInfo(dir + QStringLiteral("/validate")).exists() ? dir : QString();
}

} // namespace minutier::test
