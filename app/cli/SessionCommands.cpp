// session add / sessions list
#include "CliCommand.h"
#include "CliOptions.h"
#include "CliJson.h"
#include "JsonWriter.h"

#include "metering/SessionService.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QDateTime>

namespace minutier::cli {

namespace {

int sessionAdd(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption client(QStringLiteral("client"), CliContext::tr("Client id."), QStringLiteral("ID"));
    const QCommandLineOption offer(QStringLiteral("offer"), CliContext::tr("Offer id (its price is frozen onto the session)."), QStringLiteral("ID"));
    const QCommandLineOption duration(QStringLiteral("duration-ms"), CliContext::tr("Duration of the call in milliseconds."), QStringLiteral("N"));
    const QCommandLineOption started(QStringLiteral("started-at"), CliContext::tr("When the call started (ISO 8601); default: now minus the duration."), QStringLiteral("ISO8601"));
    parser.addOptions({ client, offer, duration, started });
    if (!ctx.parse(parser, CliContext::tr("Record a call that happened elsewhere; prints its amounts.")))
        return ctx.exitCode();
    if (!parser.isSet(client) || !parser.isSet(offer) || !parser.isSet(duration))
        return ctx.failUsage(CliContext::tr("--client, --offer and --duration-ms are required"));
    bool ok = false;
    const qint64 ms = parser.value(duration).toLongLong(&ok);
    if (!ok || ms < 0)
        return ctx.failUsage(CliContext::tr("--duration-ms must be a whole number of milliseconds >= 0"));
    QDateTime startedAt;
    if (parser.isSet(started)) {
        startedAt = QDateTime::fromString(parser.value(started), Qt::ISODateWithMs);
        if (!startedAt.isValid())
            startedAt = QDateTime::fromString(parser.value(started), Qt::ISODate);
        if (!startedAt.isValid())
            return ctx.failUsage(CliContext::tr("--started-at must be an ISO 8601 date and time, e.g. 2026-11-24T14:30:00+01:00"));
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto s = SessionService(*db, ctx.clock()).recordCompleted(parser.value(client), parser.value(offer), ms, startedAt);
    if (!s)
        return ctx.fail(s.error());
    ctx.printJson(JsonWriter()
                      .add("id", s->id)
                      .add("duration_ms", s->durationMs)
                      .add("net_minor", s->net.minor())
                      .add("vat_minor", s->vat.minor())
                      .add("gross_minor", s->gross.minor())
                      .add("currency", s->policy.currency.code())
                      .finish());
    return ExitOk;
}

int sessionsList(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const SessionFilterOptions filterOptions;
    parser.addOption(json);
    filterOptions.addTo(parser);
    if (!ctx.parse(parser, CliContext::tr("List sessions, newest first.")))
        return ctx.exitCode();
    SessionFilter filter;
    if (const QString bad = filterOptions.apply(parser, filter); !bad.isEmpty())
        return ctx.failUsage(bad);
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto sessions = SessionRepository(*db).list(filter);
    if (!sessions)
        return ctx.fail(sessions.error());
    if (parser.isSet(json)) {
        QList<QByteArray> items;
        items.reserve(sessions->size());
        for (const Session &s : *sessions)
            items << sessionJson(s);
        ctx.printJson(jsonArray(items));
    } else {
        for (const Session &s : *sessions) {
            ctx.out() << s.id << "  " << s.startedAt.toLocalTime().toString(Qt::ISODate) << "  "
                      << s.clientName << "  " << s.durationMs / 1000 << " s  "
                      << s.gross.toDecimalString() << ' ' << s.policy.currency.code() << "  "
                      << sessionStateKey(s.state) << "  " << s.invoiceNumber << '\n';
        }
    }
    return ExitOk;
}

const bool registered = CommandRegistry::add({ { QStringLiteral("session"), QStringLiteral("add") },
                            QStringLiteral(QT_TRANSLATE_NOOP("cli", "Record a call that happened elsewhere")), sessionAdd })
    && CommandRegistry::add({ { QStringLiteral("sessions"), QStringLiteral("list") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List sessions (--json for scripts)")), sessionsList });

} // namespace

} // namespace minutier::cli
