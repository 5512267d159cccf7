// invoice issue / invoice render / invoice credit / invoices list / verify
#include "CliCommand.h"
#include "CliJson.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "invoicing/HashChain.h"
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceService.h"
#include "money/Money.h"
#include "pdf/InvoicePdfRenderer.h"
#include "storage/Database.h"

namespace minutier::cli {

namespace {

int invoiceIssue(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption session(QStringLiteral("session"),
        CliContext::tr("An ended session to invoice (repeat for several sessions of the same client)."),
        QStringLiteral("ID"));
    const ReferenceOptions references;
    parser.addOption(session);
    parser.addOptions(references.options());
    if (!ctx.parse(parser,
            CliContext::tr("Issue an invoice for ended sessions; the number is final and the invoice cannot be changed "
                           "afterwards.")))
        return ctx.exitCode();
    const QStringList ids = parser.values(session);
    if (ids.isEmpty())
        return ctx.failUsage(CliContext::tr("at least one --session is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto inv = InvoiceService(*db, ctx.clock()).issueForSessions(ids, references.apply(parser));
    if (!inv)
        return ctx.fail(inv.error());
    ctx.printJson(issuedDocumentJson(*inv));
    return ExitOk;
}

int invoiceCredit(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption amount(QStringLiteral("amount"),
        CliContext::tr("Amount to credit, VAT included, in the invoice's currency (default: the whole invoice)."),
        QStringLiteral("X"));
    parser.addOption(amount);
    parser.addPositionalArgument(QStringLiteral("number"), CliContext::tr("The invoice number."));
    if (!ctx.parse(parser,
            CliContext::tr("Issue a credit note (avoir) that cites an invoice; it gets its own number and cannot be "
                           "changed afterwards.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give exactly one invoice number"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    InvoiceService service(*db, ctx.clock());
    std::optional<qint64> minor;
    if (parser.isSet(amount)) {
        auto original = service.findByNumber(parser.positionalArguments().constFirst());
        if (!original)
            return ctx.fail(original.error());
        auto parsed = Money::parse(parser.value(amount), original->currency);
        if (!parsed)
            return ctx.failUsage(CliContext::tr("--amount: %1").arg(parsed.error().detail));
        minor = parsed->minor();
    }
    auto note = service.credit(parser.positionalArguments().constFirst(), minor);
    if (!note)
        return ctx.fail(note.error());
    ctx.printJson(issuedDocumentJson(*note));
    return ExitOk;
}

int invoiceRender(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"), CliContext::tr("The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption format(QStringLiteral("format"),
        CliContext::tr("pdf (PDF/A-1b) or facturx (PDF/A-3b with the EN 16931 XML; default)."),
        QStringLiteral("pdf|facturx"), QStringLiteral("facturx"));
    parser.addOptions({ out, format });
    parser.addPositionalArgument(QStringLiteral("number"), CliContext::tr("The invoice or credit note number."));
    if (!ctx.parse(
            parser, CliContext::tr("Render an issued invoice or credit note as a PDF in the client's language.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give exactly one invoice number"));
    if (!parser.isSet(out))
        return ctx.failUsage(CliContext::tr("--out is required"));
    const QString f = parser.value(format);
    if (f != QLatin1String("pdf") && f != QLatin1String("facturx"))
        return ctx.failUsage(CliContext::tr("--format must be pdf or facturx"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto inv = InvoiceService(*db, ctx.clock()).findByNumber(parser.positionalArguments().constFirst());
    if (!inv)
        return ctx.fail(inv.error());
    const auto fmt = f == QLatin1String("pdf") ? InvoicePdfRenderer::Format::Pdf : InvoicePdfRenderer::Format::FacturX;
    auto logo = InvoiceLogo::load(*db);
    if (!logo)
        return ctx.fail(logo.error());
    if (auto s = InvoicePdfRenderer::render(*inv, parser.value(out), fmt, *logo); !s)
        return ctx.fail(s.error());
    ctx.printJson(JsonWriter().add("number", inv->number).add("file", parser.value(out)).add("format", f).finish());
    return ExitOk;
}

int invoicesList(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption search(
        QStringLiteral("search"), CliContext::tr("Number or client name contains."), QStringLiteral("TEXT"));
    const QCommandLineOption client(
        QStringLiteral("client"), CliContext::tr("Only this client's invoices."), QStringLiteral("ID"));
    const QCommandLineOption from(
        QStringLiteral("from"), CliContext::tr("Issued on or after this date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), CliContext::tr("Issued on or before this date (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption status(QStringLiteral("status"),
        CliContext::tr("issued, paid, partly_refunded or refunded (repeatable)."), QStringLiteral("STATUS"));
    parser.addOptions({ json, search, client, from, to, status });
    if (!ctx.parse(parser, CliContext::tr("List invoices and credit notes, newest first.")))
        return ctx.exitCode();
    InvoiceFilter filter;
    filter.text = parser.value(search);
    filter.clientId = parser.value(client);
    if (parser.isSet(from)) {
        filter.from = QDate::fromString(parser.value(from), Qt::ISODate);
        if (!filter.from.isValid())
            return ctx.failUsage(CliContext::tr("--from must be a date YYYY-MM-DD"));
    }
    if (parser.isSet(to)) {
        filter.to = QDate::fromString(parser.value(to), Qt::ISODate);
        if (!filter.to.isValid())
            return ctx.failUsage(CliContext::tr("--to must be a date YYYY-MM-DD"));
    }
    for (const QString &s : parser.values(status)) {
        const auto st = invoiceStatusFromKey(s);
        if (!st)
            return ctx.failUsage(CliContext::tr("unknown status %1").arg(s));
        filter.statuses << *st;
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto list = InvoiceService(*db, ctx.clock()).list(filter);
    if (!list)
        return ctx.fail(list.error());
    if (parser.isSet(json)) {
        QList<QByteArray> items;
        for (const Invoice &inv : *list)
            items << invoiceJson(inv);
        ctx.printJson(jsonArray(items));
    } else {
        for (const Invoice &inv : *list) {
            ctx.out() << inv.number << "  " << inv.issuedAt.toLocalTime().toString(Qt::ISODate) << "  "
                      << inv.buyer.value(QLatin1String("name")).toString() << "  " << inv.gross.toDecimalString() << ' '
                      << inv.currency.code() << "  " << invoiceStatusKey(inv.status) << '\n';
        }
    }
    return ExitOk;
}

int verify(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
            CliContext::tr("Recompute the hash chain of issued documents and payment events; exits 1 naming the first "
                           "altered record.")))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto report = HashChain::verify(*db);
    if (!report)
        return ctx.fail(report.error());
    if (report->firstBroken) {
        const HashChain::Broken &b = *report->firstBroken;
        ctx.err() << CliContext::tr("minutier-cli: the chain is broken at entry %1 (%2): %3")
                         .arg(b.seq)
                         .arg(b.label, b.reason)
                  << Qt::endl;
        ctx.printJson(JsonWriter()
                          .add("ok", false)
                          .add("entries", report->entries)
                          .add("broken_seq", b.seq)
                          .add("broken_record", b.label)
                          .add("record_id", b.recordId)
                          .add("reason", b.reason)
                          .finish());
        return ExitFailure;
    }
    ctx.printJson(JsonWriter().add("ok", true).add("entries", report->entries).finish());
    return ExitOk;
}

const bool registered
    = CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("issue") },
          QStringLiteral(QT_TRANSLATE_NOOP("cli", "Issue an invoice for ended sessions")), invoiceIssue })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("credit") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Issue a credit note for an invoice")), invoiceCredit })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("render") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Render an invoice as PDF or Factur-X")), invoiceRender, true })
    && CommandRegistry::add({ { QStringLiteral("invoices"), QStringLiteral("list") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List invoices (--json for scripts)")), invoicesList })
    && CommandRegistry::add({ { QStringLiteral("verify") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Check that no issued document or payment event was altered")),
        verify });

} // namespace

} // namespace minutier::cli
