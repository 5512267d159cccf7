#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace minutier {
class Database;
class Clock;
}

namespace minutier::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// What every subcommand receives: its own arguments, the output streams and lazy access to the
// database chosen by --database / MINUTIER_DATABASE / the default file.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(minutier::cli::CliContext)
public:
    CliContext(QString databaseLocation, QStringList args, QTextStream &out, QTextStream &err, const Clock &clock);
    ~CliContext();

    const QStringList &args() const { return m_args; } // args()[0] is "minutier-cli <command words>"
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }
    QString databaseLocation() const { return m_databaseLocation; }

    // Opens (and migrates) the database on first use; prints the error and returns null on failure.
    Database *database();

    // Parses args() with `parser` (help and unknown options handled): false -> exit with exitCode().
    bool parse(QCommandLineParser &parser, const QString &description);
    int exitCode() const { return m_exitCode; }

    // Prints a user-facing error for `error` and returns the exit code it maps to (2 for bad input).
    int fail(const Error &error);
    int failUsage(const QString &message);
    void printJson(const QByteArray &json);

private:
    QString m_databaseLocation;
    QStringList m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    int m_exitCode = ExitOk;
};

struct CliCommand {
    QStringList words; // e.g. {"invoice", "issue"}
    QString summary; // untranslated key; translated when listed
    std::function<int(CliContext &)> run;
    bool needsGui = false; // renders with QPainter: runs under QGuiApplication on the offscreen platform
};

// Commands register themselves from their own files (static registration), so adding a command
// never touches a central list.
class CommandRegistry
{
public:
    static bool add(CliCommand command);
    static const QList<CliCommand> &all();
    // The longest command whose words prefix `argv` (options excluded); null if none.
    static const CliCommand *match(const QStringList &words, int *consumed);
};

// The keychain entry set of the CLI: $MINUTIER_KEYCHAIN_ACCOUNT, else "default" (the desktop's).
QString cliKeychainAccount();
// The password of a postgresql:// location for Database::open(): empty when the URL carries one,
// when $PGPASSWORD is set (libpq reads it) or when the keychain holds none (trust or peer
// authentication); waits for the keychain in a local event loop (the CLI's top level).
QString databasePasswordFor(const QString &location);

// Maps an error code to a translated headline (used by fail()).
QString errorHeadline(ErrorCode code);

} // namespace minutier::cli
