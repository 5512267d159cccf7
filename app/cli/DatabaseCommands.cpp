// database set-password / database check
//
// The password of a shared PostgreSQL database lives in the system keychain under
// Database::passwordSecretName(url) ("postgresql/<user>@<host>:<port>/<database>"), the entry the
// desktop reads at start; it is never written to the settings, the database or the output.
#include "CliCommand.h"
#include "JsonWriter.h"

#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QFile>
#include <QUrl>

#include <optional>

namespace minutier::cli {

QString cliKeychainAccount()
{
    const QString account = qEnvironmentVariable("MINUTIER_KEYCHAIN_ACCOUNT").trimmed();
    return account.isEmpty() ? QStringLiteral("default") : account;
}

QString databasePasswordFor(const QString &location)
{
    const QString name = Database::passwordSecretName(location);
    if (name.isEmpty() || !QUrl(location).password().isEmpty() || !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return {};
    KeychainSecretStore store(cliKeychainAccount());
    QEventLoop loop;
    std::optional<Result<QString>> read;
    store.readSecret(name, &loop, [&](Result<QString> r) {
        read.emplace(std::move(r));
        loop.quit();
    });
    if (!read)
        loop.exec();
    // No entry, or no keychain: connect without a password (trust or peer authentication); a server
    // that wants one then says so, and the error names the command that stores it.
    return *read ? read->value() : QString();
}

namespace {

int databaseSetPassword(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"),
        CliContext::tr("The postgresql://user@host[:port]/database URL the password is for."), QStringLiteral("URL"));
    parser.addOption(url);
    if (!ctx.parse(parser,
            CliContext::tr("Store the password of a PostgreSQL database (read from stdin) in the system keychain, where "
                           "Minutier and minutier-cli find it when they open that URL.")))
        return ctx.exitCode();
    const QString location = parser.value(url).trimmed();
    if (location.isEmpty())
        return ctx.failUsage(CliContext::tr("--url is required"));
    const QString name = Database::passwordSecretName(location);
    if (name.isEmpty())
        return ctx.fail(makeError(ErrorCode::InvalidInput,
            QStringLiteral("not a PostgreSQL URL (postgresql://user@host[:port]/database): %1")
                .arg(Database::redactedLocation(location))));
    if (!QUrl(location).password().isEmpty())
        return ctx.fail(makeError(ErrorCode::InvalidInput,
            QStringLiteral("leave the password out of the URL: it is read from stdin")));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("cannot read stdin")));
    QString password = QString::fromUtf8(in.readAll());
    while (password.endsWith(u'\n') || password.endsWith(u'\r')) // a password may hold spaces, not a line end
        password.chop(1);
    if (password.isEmpty())
        return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("no password on stdin")));
    KeychainSecretStore store(cliKeychainAccount());
    QEventLoop loop;
    std::optional<Status> written;
    store.writeSecret(name, password, &loop, [&](Status s) {
        written.emplace(std::move(s));
        loop.quit();
    });
    if (!written)
        loop.exec();
    if (!*written)
        return ctx.fail(written->error());
    ctx.printJson(JsonWriter().add("stored", true).add("secret", name).finish());
    return ExitOk;
}

// Connects without migrating anything and says where the schema stands.
int databaseCheck(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
            CliContext::tr("Check that the database (--database, $MINUTIER_DATABASE or the default file) can be "
                           "opened and show its schema version; nothing is written.")))
        return ctx.exitCode();
    const QString location = Database::resolveLocation(ctx.databaseLocation());
    auto probe = Database::probe(location, databasePasswordFor(location));
    if (!probe)
        return ctx.fail(probe.error());
    ctx.printJson(JsonWriter()
                      .add("location", Database::redactedLocation(location))
                      .add("engine", probe->engine == Database::Engine::Postgres ? "postgresql" : "sqlite")
                      .add("schema_version", qint64(probe->schemaVersion))
                      .add("latest_version", qint64(probe->latestVersion))
                      .add("needs_migration", probe->needsMigration())
                      .add("too_new", probe->isTooNew())
                      .finish());
    return ExitOk;
}

const bool registered = CommandRegistry::add({ { QStringLiteral("database"), QStringLiteral("set-password") },
                            QStringLiteral(QT_TRANSLATE_NOOP("cli", "Store a PostgreSQL password (stdin) in the keychain")), databaseSetPassword })
    && CommandRegistry::add({ { QStringLiteral("database"), QStringLiteral("check") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check the database connection and schema version")), databaseCheck });

} // namespace

} // namespace minutier::cli
