// export csv / export fec / export archive
#include "CliCommand.h"
#include "JsonWriter.h"

#include "invoicing/AccountingExport.h"
#include "pdf/InvoiceArchive.h"
#include "storage/Database.h"

#include <QDate>

namespace minutier::cli {

namespace {

bool parsePeriod(CliContext &ctx, QCommandLineParser &parser, const QCommandLineOption &from,
    const QCommandLineOption &to, QDate *f, QDate *t, int *exit)
{
    if (!parser.isSet(from) || !parser.isSet(to)) {
        *exit = ctx.failUsage(CliContext::tr("--from and --to are required"));
        return false;
    }
    *f = QDate::fromString(parser.value(from), Qt::ISODate);
    *t = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!f->isValid() || !t->isValid()) {
        *exit = ctx.failUsage(CliContext::tr("--from and --to must be dates YYYY-MM-DD"));
        return false;
    }
    if (*t < *f) {
        *exit = ctx.failUsage(CliContext::tr("--to is before --from"));
        return false;
    }
    return true;
}

int exportCsv(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(
        QStringLiteral("from"), CliContext::tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption out(
        QStringLiteral("out"), CliContext::tr("The CSV file to write."), QStringLiteral("FILE"));
    parser.addOptions({ from, to, out });
    if (!ctx.parse(parser, CliContext::tr("Export the invoices, credit notes and card payments of a period as CSV.")))
        return ctx.exitCode();
    QDate f, t;
    int exit = 0;
    if (!parsePeriod(ctx, parser, from, to, &f, &t, &exit))
        return exit;
    if (!parser.isSet(out))
        return ctx.failUsage(CliContext::tr("--out is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    if (auto s = AccountingExport::writeCsv(*db, f, t, parser.value(out)); !s)
        return ctx.fail(s.error());
    ctx.printJson(JsonWriter().add("file", parser.value(out)).finish());
    return ExitOk;
}

int exportFec(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption year(
        QStringLiteral("year"), CliContext::tr("Fiscal (calendar) year."), QStringLiteral("YYYY"));
    const QCommandLineOption out(QStringLiteral("out"),
        CliContext::tr("The folder to write <SIREN>FEC<YYYYMMDD>.txt into."), QStringLiteral("DIR"));
    parser.addOptions({ year, out });
    if (!ctx.parse(parser, CliContext::tr("Export the Fichier des Écritures Comptables (FEC) of a fiscal year.")))
        return ctx.exitCode();
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!parser.isSet(year) || !ok)
        return ctx.failUsage(CliContext::tr("--year YYYY is required"));
    if (!parser.isSet(out))
        return ctx.failUsage(CliContext::tr("--out is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto path = AccountingExport::writeFec(*db, y, parser.value(out));
    if (!path)
        return ctx.fail(path.error());
    ctx.printJson(JsonWriter().add("file", *path).finish());
    return ExitOk;
}

int exportArchive(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(
        QStringLiteral("from"), CliContext::tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption out(
        QStringLiteral("out"), CliContext::tr("The ZIP file to write."), QStringLiteral("FILE.zip"));
    parser.addOptions({ from, to, out });
    if (!ctx.parse(
            parser, CliContext::tr("Archive the documents of a period: a ZIP of their Factur-X PDFs and a CSV index.")))
        return ctx.exitCode();
    QDate f, t;
    int exit = 0;
    if (!parsePeriod(ctx, parser, from, to, &f, &t, &exit))
        return exit;
    if (!parser.isSet(out))
        return ctx.failUsage(CliContext::tr("--out is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto count = InvoiceArchive::write(*db, f, t, parser.value(out));
    if (!count)
        return ctx.fail(count.error());
    ctx.printJson(JsonWriter().add("file", parser.value(out)).add("documents", *count).finish());
    return ExitOk;
}

const bool registered
    = CommandRegistry::add({ { QStringLiteral("export"), QStringLiteral("csv") },
          QStringLiteral(QT_TRANSLATE_NOOP("cli", "Export invoices and payments of a period as CSV")), exportCsv })
    && CommandRegistry::add({ { QStringLiteral("export"), QStringLiteral("fec") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Export the FEC accounting file of a year")), exportFec })
    && CommandRegistry::add({ { QStringLiteral("export"), QStringLiteral("archive") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Archive the PDFs of a period as a ZIP with a CSV index")),
        exportArchive, true });

} // namespace

} // namespace minutier::cli
