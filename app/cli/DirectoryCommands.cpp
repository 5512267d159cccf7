// clients import / clients export / offers defaults / offer default / sessions totals: what the
// desktop's Clients, Settings and History pages do, for scripts and accountants.
#include "CliCommand.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "domain/ClientCsv.h"
#include "money/Money.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/DefaultOffers.h"
#include "storage/OfferRepository.h"
#include "storage/SessionRepository.h"

#include <QFile>
#include <QSaveFile>

namespace minutier::cli {

namespace {

const ClientKind kKinds[] = { ClientKind::Former, ClientKind::Prospect, ClientKind::Network, ClientKind::Premium,
    ClientKind::Audience };

QByteArray rowErrorsJson(const QList<ClientCsv::RowError> &errors)
{
    QList<QByteArray> items;
    for (const auto &e : errors)
        items << JsonWriter().add("line", e.line).add("reason", e.reason).finish();
    return jsonArray(items);
}

int clientsImport(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption strict(QStringLiteral("strict"),
        CliContext::tr("Import nothing when a row is bad (by default the good rows are kept and the bad ones reported)."));
    parser.addOptions({ json, strict });
    parser.addPositionalArgument(QStringLiteral("file"), CliContext::tr("CSV file (header line with at least \"name\"), or - for standard input."));
    if (!ctx.parse(parser, CliContext::tr("Import clients from a CSV file; bad rows are reported with their line.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give one CSV file (or - for standard input)"));
    const QString path = parser.positionalArguments().constFirst();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(makeError(ErrorCode::InvalidInput, CliContext::tr("cannot read %1: %2").arg(path, file.errorString())));
    const QByteArray data = file.readAll();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto imported = ClientCsv::importInto(*db, data, parser.isSet(strict));
    if (!imported)
        return ctx.fail(imported.error());
    if (parser.isSet(json)) {
        QList<QByteArray> ids;
        for (const Client &c : imported->clients)
            ids << JsonWriter().add("id", c.id).add("name", c.name).finish();
        ctx.printJson(JsonWriter()
                .add("imported", qint64(imported->clients.size()))
                .addRaw("clients", jsonArray(ids))
                .add("skipped", qint64(imported->errors.size()))
                .addRaw("errors", rowErrorsJson(imported->errors))
                .finish());
    } else {
        ctx.out() << CliContext::tr("%n client(s) imported.", nullptr, int(imported->clients.size())) << '\n';
        for (const auto &e : imported->errors)
            ctx.err() << CliContext::tr("line %1 skipped: %2").arg(e.line).arg(e.reason) << '\n';
    }
    return ExitOk;
}

int clientsExport(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), CliContext::tr("Write to this file (default: standard output)."), QStringLiteral("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"), CliContext::tr("Only clients of this relationship (former, prospect, network, premium, audience)."), QStringLiteral("KIND"));
    parser.addOptions({ output, kind });
    if (!ctx.parse(parser, CliContext::tr("Export clients as CSV (the format 'clients import' and the desktop read back).")))
        return ctx.exitCode();
    std::optional<ClientKind> only;
    if (parser.isSet(kind)) {
        QString error;
        only = kindFromOption(parser.value(kind), &error);
        if (!only)
            return ctx.failUsage(error);
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto clients = ClientRepository(*db).list();
    if (!clients)
        return ctx.fail(clients.error());
    QList<Client> selected;
    for (const Client &c : *clients)
        if (!only || c.kind == *only)
            selected << c;
    const QByteArray csv = ClientCsv::write(selected);
    if (!parser.isSet(output)) {
        ctx.out() << QString::fromUtf8(csv);
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return ctx.fail(makeError(ErrorCode::Storage,
            CliContext::tr("cannot write %1: %2").arg(parser.value(output), file.errorString())));
    ctx.out() << CliContext::tr("%n client(s) written to %1.", nullptr, int(selected.size())).arg(parser.value(output)) << '\n';
    return ExitOk;
}

int offersDefaults(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (!ctx.parse(parser, CliContext::tr("Show the default offer of each client relationship.")))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto offers = OfferRepository(*db).list();
    if (!offers)
        return ctx.fail(offers.error());
    const DefaultOffers defaults(*db);
    QList<QByteArray> items;
    for (ClientKind kind : kKinds) {
        const QString id = defaults.forKind(kind);
        QString name;
        for (const Offer &o : *offers)
            if (o.id == id)
                name = o.name;
        if (parser.isSet(json)) {
            JsonWriter w;
            w.add("kind", clientKindKey(kind));
            if (id.isEmpty())
                w.addNull("offer_id").addNull("offer_name");
            else
                w.add("offer_id", id).add("offer_name", name);
            items << w.finish();
        } else {
            ctx.out() << clientKindKey(kind) << "  "
                      << (id.isEmpty() ? CliContext::tr("(first active offer)") : id + QStringLiteral("  ") + name) << '\n';
        }
    }
    if (parser.isSet(json))
        ctx.printJson(jsonArray(items));
    return ExitOk;
}

int offerDefault(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), CliContext::tr("former, prospect, network, premium or audience."), QStringLiteral("KIND"));
    const QCommandLineOption clear(QStringLiteral("clear"), CliContext::tr("No default for this relationship (the first active offer is used)."));
    parser.addOptions({ kind, clear });
    parser.addPositionalArgument(QStringLiteral("offer"), CliContext::tr("Offer id."));
    if (!ctx.parse(parser, CliContext::tr("Set the default offer of a client relationship (e.g. prospects get the first minutes free).")))
        return ctx.exitCode();
    if (!parser.isSet(kind))
        return ctx.failUsage(CliContext::tr("--kind is required"));
    QString badKind;
    const auto k = kindFromOption(parser.value(kind), &badKind);
    if (!k)
        return ctx.failUsage(badKind);
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(clear) == (args.size() == 1) || args.size() > 1)
        return ctx.failUsage(CliContext::tr("give one offer id, or --clear"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    const QString offerId = parser.isSet(clear) ? QString() : args.constFirst();
    if (!offerId.isEmpty()) {
        auto offer = OfferRepository(*db).find(offerId);
        if (!offer)
            return ctx.fail(offer.error());
        if (offer->archived)
            return ctx.fail(makeError(ErrorCode::InvalidInput, CliContext::tr("the offer %1 is archived").arg(offerId)));
    }
    if (auto s = DefaultOffers(*db).setForKind(*k, offerId); !s)
        return ctx.fail(s.error());
    JsonWriter out;
    out.add("kind", clientKindKey(*k));
    if (offerId.isEmpty())
        out.addNull("offer_id");
    else
        out.add("offer_id", offerId);
    ctx.printJson(out.finish());
    return ExitOk;
}

int sessionsTotals(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    SessionFilterOptions filterOptions;
    filterOptions.withKind = true;
    parser.addOption(json);
    filterOptions.addTo(parser);
    if (!ctx.parse(parser, CliContext::tr("Monthly totals of the ended calls: calls, billed time, revenue, share of free calls.")))
        return ctx.exitCode();
    SessionFilter filter;
    if (const QString bad = filterOptions.apply(parser, filter); !bad.isEmpty())
        return ctx.failUsage(bad);
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto totals = SessionRepository(*db).monthlyTotals(filter);
    if (!totals)
        return ctx.fail(totals.error());
    if (parser.isSet(json)) {
        QList<QByteArray> items;
        for (const SessionMonthTotal &t : *totals)
            items << JsonWriter()
                         .add("month", t.month)
                         .add("currency", t.currency)
                         .add("calls", t.calls)
                         .add("free_calls", t.freeCalls)
                         .add("billable_ms", t.billableSeconds * 1000)
                         .add("gross_minor", t.grossMinor)
                         .finish();
        ctx.printJson(jsonArray(items));
        return ExitOk;
    }
    for (const SessionMonthTotal &t : *totals) {
        const qint64 freePercent = t.calls == 0 ? 0 : (t.freeCalls * 100 + t.calls / 2) / t.calls; // half-up
        ctx.out() << t.month << "  " << CliContext::tr("%n call(s)", nullptr, int(t.calls)) << "  "
                  << CliContext::tr("%1 min billed").arg(t.billableSeconds / 60) << "  "
                  << Money::fromMinor(t.grossMinor, Currency::fromCode(t.currency).value_or(Currency::eur())).toDecimalString()
                  << ' ' << t.currency << "  " << CliContext::tr("%1 % free").arg(freePercent) << '\n';
    }
    return ExitOk;
}

} // namespace

const bool registered = CommandRegistry::add({ { QStringLiteral("clients"), QStringLiteral("import") },
                            QStringLiteral(QT_TRANSLATE_NOOP("cli", "Import clients from CSV (bad rows reported, good rows kept)")), clientsImport })
    && CommandRegistry::add({ { QStringLiteral("clients"), QStringLiteral("export") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Export clients as CSV")), clientsExport })
    && CommandRegistry::add({ { QStringLiteral("offers"), QStringLiteral("defaults") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Show the default offer of each client relationship")), offersDefaults })
    && CommandRegistry::add({ { QStringLiteral("offer"), QStringLiteral("default") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Set the default offer of a client relationship")), offerDefault })
    && CommandRegistry::add({ { QStringLiteral("sessions"), QStringLiteral("totals") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Monthly totals: calls, billed time, revenue, free share")), sessionsTotals });

} // namespace minutier::cli
