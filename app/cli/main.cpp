// minutier-cli: the command line. Construction and dispatch only; each subcommand lives in its own
// file and registers itself (see CliCommand.h).
#include "CliCommand.h"

#include "metering/Clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace minutier;
using namespace minutier::cli;

namespace {
void printUsage(QTextStream &out)
{
    out << CliContext::tr("Usage: minutier-cli [--database PATH|postgresql://...] <command> [options]") << "\n\n";
    out << CliContext::tr("Commands:") << '\n';
    QList<const CliCommand *> sorted;
    for (const CliCommand &c : CommandRegistry::all())
        sorted << &c;
    std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->words.join(u' ') < b->words.join(u' '); });
    for (const CliCommand *c : sorted)
        out << "  " << c->words.join(u' ').leftJustified(22) << ' '
            << QCoreApplication::translate("cli", c->summary.toUtf8().constData()) << '\n';
    out << '\n' << CliContext::tr("Run 'minutier-cli <command> --help' for the options of a command.") << '\n';
    out << CliContext::tr("The database is chosen by --database, else $MINUTIER_DATABASE, else the default file.") << '\n';
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);

    // --database may appear anywhere.
    QString database;
    QStringList args;
    for (int i = 0; i < raw.size(); ++i) {
        const QString &a = raw[i];
        if (a == QLatin1String("--database") && i + 1 < raw.size()) {
            database = raw[++i];
        } else if (a.startsWith(QLatin1String("--database="))) {
            database = a.mid(11);
        } else {
            args << a;
        }
    }
    // The command words are the leading arguments that are not options.
    QStringList words;
    for (int i = 1; i < args.size() && !args[i].startsWith(u'-'); ++i)
        words << args[i];
    int consumed = 0;
    const CliCommand *command = CommandRegistry::match(words, &consumed);

    // Rendering a PDF needs fonts, hence a QGuiApplication, but never a display.
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Minutier"));
    QCoreApplication::setApplicationName(QStringLiteral("minutier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINUTIER_VERSION));

    // Scripts read stdout and stderr: keep informational logging out unless asked for.
    if (qEnvironmentVariableIsEmpty("MINUTIER_DEBUG") && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("minutier.*.debug=false\nminutier.*.info=false"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("minutier"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);

    if (args.size() >= 2 && (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v"))) {
        out << "minutier " << MINUTIER_VERSION << '\n';
        return ExitOk;
    }
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")
        || args[1] == QLatin1String("help")) {
        printUsage(out);
        return args.size() < 2 ? ExitBadInput : ExitOk;
    }
    if (!command) {
        err << CliContext::tr("minutier-cli: unknown command '%1'").arg(words.join(u' ')) << '\n';
        printUsage(err);
        return ExitBadInput;
    }

    QStringList commandArgs;
    commandArgs << QStringLiteral("minutier-cli ") + command->words.join(u' ');
    commandArgs << args.mid(1 + consumed);
    SystemClock clock;
    CliContext context(database, commandArgs, out, err, clock);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
