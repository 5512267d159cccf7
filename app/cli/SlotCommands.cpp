// slot add / slots list / slot remove / slot ics: the desktop's Open slots page. The slots live in
// the desktop's slots.json (SlotStore::defaultPath(), shared with the window), or --slots FILE.
#include "CliCommand.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "metering/Clock.h"
#include "money/Money.h"
#include "scheduling/SlotInvitation.h"
#include "scheduling/SlotStore.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QHash>
#include <QUrl>

namespace minutier::cli {

namespace {

// The limits of the desktop's slot dialog (its "Maximum length" spin box).
constexpr qint64 kMinSlotMinutes = 5;
constexpr qint64 kMaxSlotMinutes = 480;

QCommandLineOption slotsOption()
{
    return QCommandLineOption(QStringLiteral("slots"),
        CliContext::tr("The slot file (default: the desktop's, %1).").arg(SlotStore::defaultPath()),
        QStringLiteral("FILE"));
}

SlotStore storeFor(const QCommandLineParser &parser)
{
    const QString file = parser.value(QStringLiteral("slots"));
    return SlotStore(file.isEmpty() ? SlotStore::defaultPath() : file);
}

// The clients and offers by id, for names, currencies and the invitation.
struct Catalogue
{
    QList<Client> clients;
    QList<Offer> offers;
    QHash<QString, qsizetype> clientIndex;
    QHash<QString, qsizetype> offerIndex;
    const Client *client(const QString &id) const
    {
        const auto it = clientIndex.constFind(id);
        return it == clientIndex.cend() ? nullptr : &clients[*it];
    }
    const Offer *offer(const QString &id) const
    {
        const auto it = offerIndex.constFind(id);
        return it == offerIndex.cend() ? nullptr : &offers[*it];
    }
};

Result<Catalogue> loadCatalogue(Database &db)
{
    Catalogue c;
    auto clients = ClientRepository(db).list();
    if (!clients)
        return clients.error();
    auto offers = OfferRepository(db).list(true); // a slot may outlive its offer's archiving
    if (!offers)
        return offers.error();
    c.clients = std::move(clients).value();
    c.offers = std::move(offers).value();
    for (qsizetype i = 0; i < c.clients.size(); ++i)
        c.clientIndex.insert(c.clients[i].id, i);
    for (qsizetype i = 0; i < c.offers.size(); ++i)
        c.offerIndex.insert(c.offers[i].id, i);
    return c;
}

QByteArray slotJson(const OpenSlot &s, const Catalogue &catalogue)
{
    const Client *client = catalogue.client(s.clientId);
    const Offer *offer = catalogue.offer(s.offerId);
    JsonWriter w;
    w.add("id", s.id)
        .add("client_id", s.clientId)
        .add("client_name", client ? client->name : QString())
        .add("offer_id", s.offerId)
        .add("offer_name", offer ? offer->name : QString())
        .add("start", s.start.toUTC().toString(Qt::ISODate))
        .add("end", s.plannedEnd().toUTC().toString(Qt::ISODate))
        .add("open_ended", s.isOpenEnded());
    if (s.isOpenEnded())
        w.addNull("max_length_ms");
    else
        w.add("max_length_ms", s.maxMinutes * 60'000);
    if (s.maxHoldMinor)
        w.add("max_hold_minor", *s.maxHoldMinor);
    else
        w.addNull("max_hold_minor");
    w.add("currency", offer ? offer->policy.currency.code() : QString())
        .add("payment_url", s.paymentUrl)
        .add("note", s.note)
        .add("reminded", s.reminded)
        .add("created_at", s.createdAt.toUTC().toString(Qt::ISODate));
    return w.finish();
}

void printSlotText(CliContext &ctx, const OpenSlot &s, const Catalogue &catalogue)
{
    const Client *client = catalogue.client(s.clientId);
    const Offer *offer = catalogue.offer(s.offerId);
    ctx.out() << s.id << "  " << s.start.toLocalTime().toString(Qt::ISODate) << "  "
              << (client ? client->name : s.clientId) << "  " << (offer ? offer->name : s.offerId) << "  ";
    if (!s.isOpenEnded())
        ctx.out() << CliContext::tr("up to %n min", nullptr, int(s.maxMinutes));
    else if (s.maxHoldMinor && offer)
        ctx.out() << CliContext::tr("open-ended, hold %1 %2")
                         .arg(Money::fromMinor(*s.maxHoldMinor, offer->policy.currency).toDecimalString(),
                             offer->policy.currency.code());
    else
        ctx.out() << CliContext::tr("open-ended");
    if (!s.note.isEmpty())
        ctx.out() << "  " << s.note;
    ctx.out() << '\n';
}

// "2026-12-01T14:00" (local time) or with an offset / Z.
QDateTime parseStart(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

int slotAdd(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption client(QStringLiteral("client"), CliContext::tr("Client id."), QStringLiteral("ID"));
    const QCommandLineOption offer(QStringLiteral("offer"), CliContext::tr("Offer id."), QStringLiteral("ID"));
    const QCommandLineOption start(QStringLiteral("start"),
        CliContext::tr("When the slot starts, in the future: ISO 8601, local time unless an offset is given "
                       "(2026-12-01T14:00, 2026-12-01T14:00+01:00)."),
        QStringLiteral("ISO8601"));
    const QCommandLineOption maxMinutes(QStringLiteral("max-minutes"),
        CliContext::tr("Maximum length in minutes (%1 to %2).").arg(kMinSlotMinutes).arg(kMaxSlotMinutes),
        QStringLiteral("N"));
    const QCommandLineOption maxHold(QStringLiteral("max-hold"),
        CliContext::tr("Open-ended slot: the amount held on the client's card, VAT included, in the offer's "
                       "currency (e.g. 90.00)."),
        QStringLiteral("AMOUNT"));
    const QCommandLineOption paymentUrl(QStringLiteral("payment-url"),
        CliContext::tr("A payment link (https://) to put in the invitation."), QStringLiteral("URL"));
    const QCommandLineOption note(
        QStringLiteral("note"), CliContext::tr("A note for the client."), QStringLiteral("TEXT"));
    parser.addOptions({ client, offer, start, maxMinutes, maxHold, paymentUrl, note, slotsOption(), jsonOption() });
    if (!ctx.parse(parser,
            CliContext::tr("Publish an open slot for a client: for at most --max-minutes, or open-ended (bounded by "
                           "--max-hold when given). Prints the slot.")))
        return ctx.exitCode();
    if (!parser.isSet(client) || !parser.isSet(offer) || !parser.isSet(start))
        return ctx.failUsage(CliContext::tr("--client, --offer and --start are required"));
    if (parser.isSet(maxMinutes) && parser.isSet(maxHold))
        return ctx.failUsage(
            CliContext::tr("give --max-minutes or --max-hold, not both (a hold bounds an open-ended slot)"));

    OpenSlot slot;
    slot.clientId = parser.value(client);
    slot.offerId = parser.value(offer);
    const QDateTime startAt = parseStart(parser.value(start));
    if (!startAt.isValid())
        return ctx.failUsage(CliContext::tr(
            "--start must be an ISO 8601 date and time, e.g. 2026-12-01T14:00 or 2026-12-01T14:00+01:00"));
    slot.start = startAt.toUTC();
    const QDateTime now = ctx.clock().nowUtc();
    if (slot.start <= now)
        return ctx.failUsage(CliContext::tr("--start must be in the future"));
    if (parser.isSet(maxMinutes)) {
        bool ok = false;
        slot.maxMinutes = parser.value(maxMinutes).toLongLong(&ok);
        if (!ok || slot.maxMinutes < kMinSlotMinutes || slot.maxMinutes > kMaxSlotMinutes)
            return ctx.failUsage(CliContext::tr("--max-minutes must be a whole number from %1 to %2")
                                     .arg(kMinSlotMinutes)
                                     .arg(kMaxSlotMinutes));
    }
    slot.paymentUrl = parser.value(paymentUrl).trimmed();
    if (!slot.paymentUrl.isEmpty()) {
        const QUrl url(slot.paymentUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return ctx.failUsage(CliContext::tr("--payment-url must be an https:// address"));
    }
    slot.note = parser.value(note).trimmed();

    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto catalogue = loadCatalogue(*db);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    if (!catalogue->client(slot.clientId))
        return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("no client %1").arg(slot.clientId)));
    const Offer *chosen = catalogue->offer(slot.offerId);
    if (!chosen)
        return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("no offer %1").arg(slot.offerId)));
    if (chosen->archived)
        return ctx.fail(makeError(ErrorCode::InvalidInput, QStringLiteral("offer %1 is archived").arg(slot.offerId)));
    if (parser.isSet(maxHold)) {
        auto hold = Money::parse(parser.value(maxHold).trimmed(), chosen->policy.currency);
        if (!hold || hold->minor() <= 0)
            return ctx.failUsage(CliContext::tr("--max-hold must be a positive amount, e.g. 90.00"));
        slot.maxHoldMinor = hold->minor();
    }
    slot.createdAt = now;
    auto saved = storeFor(parser).save(slot);
    if (!saved)
        return ctx.fail(saved.error());
    if (parser.isSet(jsonOption()))
        ctx.printJson(slotJson(*saved, *catalogue));
    else
        printSlotText(ctx, *saved, *catalogue);
    return ExitOk;
}

int slotsList(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({ slotsOption(), jsonOption() });
    if (!ctx.parse(parser, CliContext::tr("List the open slots, by start time.")))
        return ctx.exitCode();
    auto entries = storeFor(parser).list();
    if (!entries)
        return ctx.fail(entries.error());
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto catalogue = loadCatalogue(*db);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    if (parser.isSet(jsonOption())) {
        QList<QByteArray> items;
        items.reserve(entries->size());
        for (const OpenSlot &s : *entries)
            items << slotJson(s, *catalogue);
        ctx.printJson(jsonArray(items));
    } else {
        for (const OpenSlot &s : *entries)
            printSlotText(ctx, s, *catalogue);
    }
    return ExitOk;
}

int slotRemove(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(slotsOption());
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The slot id."));
    if (!ctx.parse(parser,
            CliContext::tr("Delete an open slot. The client keeps an invitation already sent: tell them it is "
                           "cancelled.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give exactly one slot id"));
    const QString id = parser.positionalArguments().constFirst();
    if (auto s = storeFor(parser).remove(id); !s)
        return ctx.fail(s.error());
    ctx.printJson(JsonWriter().add("id", id).add("removed", true).finish());
    return ExitOk;
}

int slotIcs(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
        CliContext::tr("The .ics file to write (default: standard output)."), QStringLiteral("FILE"));
    parser.addOptions({ output, slotsOption() });
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("The slot id."));
    if (!ctx.parse(
            parser, CliContext::tr("Write the calendar invitation (.ics) of an open slot, to send to the client.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give exactly one slot id"));
    const QString id = parser.positionalArguments().constFirst();
    auto entries = storeFor(parser).list();
    if (!entries)
        return ctx.fail(entries.error());
    const auto it = std::find_if(entries->cbegin(), entries->cend(), [&](const OpenSlot &s) { return s.id == id; });
    if (it == entries->cend())
        return ctx.fail(makeError(ErrorCode::NotFound, QStringLiteral("no slot %1").arg(id)));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto catalogue = loadCatalogue(*db);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    auto profile = ProfileRepository(*db).load();
    if (!profile)
        return ctx.fail(profile.error());
    const IcsEvent event
        = SlotInvitation::event(*it, *profile, catalogue->clients, catalogue->offers, ctx.clock().nowUtc());
    if (parser.isSet(output)) {
        if (auto s = SlotInvitation::save(event, parser.value(output)); !s)
            return ctx.fail(s.error());
        ctx.printJson(JsonWriter().add("id", id).add("file", parser.value(output)).finish());
    } else {
        ctx.out() << QString::fromUtf8(IcsCalendar::write({ event }));
        ctx.out().flush();
    }
    return ExitOk;
}

const bool registered = CommandRegistry::add({ { QStringLiteral("slot"), QStringLiteral("add") },
                            QStringLiteral(QT_TRANSLATE_NOOP("cli", "Publish an open slot for a client")), slotAdd })
    && CommandRegistry::add({ { QStringLiteral("slots"), QStringLiteral("list") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List open slots (--json for scripts)")), slotsList })
    && CommandRegistry::add({ { QStringLiteral("slot"), QStringLiteral("remove") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Delete an open slot")), slotRemove })
    && CommandRegistry::add({ { QStringLiteral("slot"), QStringLiteral("ics") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Write the .ics invitation of an open slot")), slotIcs });

} // namespace

} // namespace minutier::cli
