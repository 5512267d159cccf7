// profile set / profile show / client add / clients list / offer add / offers list
#include "CliCommand.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "billing/BillingPolicy.h"
#include "domain/Identifiers.h"
#include "money/Money.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace minutier::cli {

namespace {

QByteArray offerJson(const Offer &o)
{
    const BillingPolicy &p = o.policy;
    // The tiers as the policy writes them ({"from_minute": 30, "rate": "2.50"}), the rates as text.
    const QByteArray tiers
        = QJsonDocument(p.toJson().value(QLatin1String("tiers")).toArray()).toJson(QJsonDocument::Compact);
    return JsonWriter()
        .add("id", o.id)
        .add("name", o.name)
        .add("currency", p.currency.code())
        .add("rate", p.rateText())
        .add("free_minutes", p.freeMinutes)
        .add("increment", p.increment.toString())
        .addRaw("tiers", tiers)
        .add("minimum_minor", p.minimumMinor)
        .add("vat", p.vatText())
        .add("prices_include_vat", p.pricesIncludeVat)
        .add("archived", o.archived)
        .finish();
}

QByteArray clientJson(const Client &c)
{
    return JsonWriter()
        .add("id", c.id)
        .add("name", c.name)
        .add("email", c.email)
        .add("kind", clientKindKey(c.kind))
        .add("phone", c.phone)
        .add("company", c.company)
        .add("siren", c.siren)
        .add("vat_number", c.vatNumber)
        .add("address", c.address)
        .add("language", c.language)
        .add("notes", c.notes)
        .add("offer_id", c.offerId)
        .finish();
}

int profileSet(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("legal-name"), CliContext::tr("Legal name (as registered)."), QStringLiteral("NAME"));
    const QCommandLineOption siret(QStringLiteral("siret"), CliContext::tr("SIRET, 14 digits."), QStringLiteral("14DIGITS"));
    const QCommandLineOption address(QStringLiteral("address"), CliContext::tr("Postal address (use \\n between lines)."), QStringLiteral("TEXT"));
    const QCommandLineOption regime(QStringLiteral("vat-regime"), CliContext::tr("franchise (art. 293 B du CGI) or standard."), QStringLiteral("REGIME"));
    const QCommandLineOption vatNumber(QStringLiteral("vat-number"), CliContext::tr("Intra-community VAT number (standard regime)."), QStringLiteral("FR.."));
    const QCommandLineOption iban(QStringLiteral("iban"), CliContext::tr("IBAN printed on invoices for bank transfers."), QStringLiteral("IBAN"));
    const QCommandLineOption email(QStringLiteral("email"), CliContext::tr("Business e-mail address."), QStringLiteral("EMAIL"));
    const QCommandLineOption company(QStringLiteral("company"), CliContext::tr("A company rather than a sole trader (no \"EI\" after the name)."));
    const QCommandLineOption pattern(QStringLiteral("invoice-pattern"), CliContext::tr("Invoice numbering pattern, default F-{YYYY}-{NNNN}."), QStringLiteral("PATTERN"));
    parser.addOptions({ name, siret, address, regime, vatNumber, iban, email, company, pattern });
    if (!ctx.parse(parser, CliContext::tr("Set the business identity printed on invoices.")))
        return ctx.exitCode();
    for (const auto *required : { &name, &siret, &address, &regime }) {
        if (!parser.isSet(*required))
            return ctx.failUsage(CliContext::tr("--%1 is required").arg(required->names().constFirst()));
    }
    const auto vatRegime = vatRegimeFromKey(parser.value(regime));
    if (!vatRegime)
        return ctx.failUsage(CliContext::tr("--vat-regime must be 'franchise' or 'standard'"));
    if (!Identifiers::isValidSiret(parser.value(siret)))
        return ctx.fail(makeError(ErrorCode::InvalidInput,
            CliContext::tr("SIRET '%1' is not valid: 14 digits with a valid checksum are expected").arg(parser.value(siret))));

    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    ProfileRepository repo(*db);
    Profile profile;
    if (auto existing = repo.load(); existing && existing->has_value())
        profile = existing->value();
    profile.legalName = parser.value(name);
    profile.siret = parser.value(siret);
    profile.address = parser.value(address).replace(QLatin1String("\\n"), QLatin1String("\n"));
    profile.vatRegime = *vatRegime;
    profile.vatNumber = parser.value(vatNumber);
    if (parser.isSet(iban))
        profile.iban = parser.value(iban);
    if (parser.isSet(email))
        profile.email = parser.value(email);
    profile.soleTrader = !parser.isSet(company);
    if (parser.isSet(pattern))
        profile.invoicePattern = parser.value(pattern);
    if (auto s = repo.save(profile); !s)
        return ctx.fail(s.error());
    ctx.printJson(JsonWriter()
                      .add("legal_name", profile.legalName)
                      .add("siret", profile.siret)
                      .add("vat_regime", vatRegimeKey(profile.vatRegime))
                      .finish());
    return ExitOk;
}

int profileShow(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser, CliContext::tr("Print the business identity as JSON.")))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto profile = ProfileRepository(*db).load();
    if (!profile)
        return ctx.fail(profile.error());
    if (!profile->has_value())
        return ctx.fail(makeError(ErrorCode::NotFound, CliContext::tr("no business identity yet: run 'minutier-cli profile set'")));
    const Profile &p = profile->value();
    ctx.printJson(JsonWriter()
                      .add("legal_name", p.legalName)
                      .add("siret", p.siret)
                      .add("siren", p.siren())
                      .add("address", p.address)
                      .add("vat_regime", vatRegimeKey(p.vatRegime))
                      .add("vat_number", p.vatNumber)
                      .add("iban", p.iban)
                      .add("email", p.email)
                      .add("sole_trader", p.soleTrader)
                      .add("invoice_pattern", p.invoicePattern)
                      .finish());
    return ExitOk;
}

// The options of a client, shared by "client add" and "client update" (which changes only those given).
struct ClientOptions {
    QCommandLineOption name { QStringLiteral("name"), CliContext::tr("Client name."), QStringLiteral("NAME") };
    QCommandLineOption email { QStringLiteral("email"), CliContext::tr("E-mail address."), QStringLiteral("E") };
    QCommandLineOption kind { QStringLiteral("kind"), CliContext::tr("former|prospect|network|premium|audience (default network)."), QStringLiteral("KIND") };
    QCommandLineOption phone { QStringLiteral("phone"), CliContext::tr("Phone number."), QStringLiteral("PHONE") };
    QCommandLineOption company { QStringLiteral("company"), CliContext::tr("Company name."), QStringLiteral("NAME") };
    QCommandLineOption siren { QStringLiteral("siren"), CliContext::tr("SIREN of a business client."), QStringLiteral("9DIGITS") };
    QCommandLineOption vat { QStringLiteral("vat-number"), CliContext::tr("VAT number of a business client."), QStringLiteral("VAT") };
    QCommandLineOption address { QStringLiteral("address"), CliContext::tr("Postal address."), QStringLiteral("TEXT") };
    QCommandLineOption language { QStringLiteral("language"), CliContext::tr("Invoice language: fr or en."), QStringLiteral("LANG") };
    QCommandLineOption notes { QStringLiteral("notes"), CliContext::tr("Notes about the client (never printed on invoices)."), QStringLiteral("TEXT") };
    QCommandLineOption offer { QStringLiteral("offer"), CliContext::tr("The client's own offer (empty: none)."), QStringLiteral("ID") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ name, email, kind, phone, company, siren, vat, address, language, notes, offer });
    }

    // Copies the options given into `c`; an error message for a bad value.
    QString apply(const QCommandLineParser &parser, Client &c) const
    {
        const auto text = [&](const QCommandLineOption &o, QString &field) {
            if (parser.isSet(o))
                field = parser.value(o);
        };
        text(name, c.name);
        text(email, c.email);
        if (parser.isSet(kind)) {
            QString error;
            const auto k = kindFromOption(parser.value(kind), &error);
            if (!k)
                return error;
            c.kind = *k;
        }
        text(phone, c.phone);
        text(company, c.company);
        text(siren, c.siren);
        text(vat, c.vatNumber);
        if (parser.isSet(address))
            c.address = parser.value(address).replace(QLatin1String("\\n"), QLatin1String("\n"));
        text(language, c.language);
        if (parser.isSet(notes))
            c.notes = parser.value(notes).replace(QLatin1String("\\n"), QLatin1String("\n"));
        text(offer, c.offerId);
        return {};
    }
};

// Saves `c` (its own offer checked first) and prints {"id"}.
int saveClient(CliContext &ctx, Database &db, const Client &c)
{
    if (!c.offerId.isEmpty()) {
        if (auto o = OfferRepository(db).find(c.offerId); !o)
            return ctx.fail(o.error());
    }
    auto saved = ClientRepository(db).save(c);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.printJson(JsonWriter().add("id", saved->id).finish());
    return ExitOk;
}

int clientAdd(CliContext &ctx)
{
    QCommandLineParser parser;
    const ClientOptions options;
    options.addTo(parser);
    if (!ctx.parse(parser, CliContext::tr("Add a client; prints {\"id\"}.")))
        return ctx.exitCode();
    if (!parser.isSet(options.name))
        return ctx.failUsage(CliContext::tr("--name is required"));
    Client c;
    if (const QString bad = options.apply(parser, c); !bad.isEmpty())
        return ctx.failUsage(bad);
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    return saveClient(ctx, *db, c);
}

int clientUpdate(CliContext &ctx)
{
    QCommandLineParser parser;
    const ClientOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("id"), CliContext::tr("Client id."));
    if (!ctx.parse(parser, CliContext::tr("Change a client: only the fields given change; prints {\"id\"}.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give one client id"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto client = ClientRepository(*db).find(parser.positionalArguments().constFirst());
    if (!client)
        return ctx.fail(client.error());
    Client c = client.value();
    if (const QString bad = options.apply(parser, c); !bad.isEmpty())
        return ctx.failUsage(bad);
    return saveClient(ctx, *db, c);
}

int clientsList(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (!ctx.parse(parser, CliContext::tr("List clients.")))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto clients = ClientRepository(*db).list();
    if (!clients)
        return ctx.fail(clients.error());
    if (parser.isSet(json)) {
        QList<QByteArray> items;
        for (const Client &c : *clients)
            items << clientJson(c);
        ctx.printJson(jsonArray(items));
    } else {
        for (const Client &c : *clients)
            ctx.out() << c.id << "  " << c.name << "  " << clientKindKey(c.kind) << '\n';
    }
    return ExitOk;
}

int offerAdd(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), CliContext::tr("Offer name."), QStringLiteral("NAME"));
    const PolicyOptions price;
    parser.addOption(name);
    parser.addOptions(price.options());
    if (!ctx.parse(parser,
            CliContext::tr("Add an offer (a named per-minute price; the currency is EUR unless --currency says "
                           "otherwise); prints {\"id\"}.")))
        return ctx.exitCode();
    if (!parser.isSet(name) || !parser.isSet(price.rate))
        return ctx.failUsage(CliContext::tr("--name and --rate are required"));

    QJsonObject json;
    json.insert(QLatin1String("currency"), QStringLiteral("EUR"));
    if (const QString bad = price.fill(parser, json); !bad.isEmpty())
        return ctx.failUsage(bad);
    auto policy = BillingPolicy::fromJson(json);
    if (!policy)
        return ctx.fail(policy.error());

    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    Offer offer;
    offer.name = parser.value(name);
    offer.policy = *policy;
    auto saved = OfferRepository(*db).save(offer);
    if (!saved)
        return ctx.fail(saved.error());
    ctx.printJson(JsonWriter().add("id", saved->id).finish());
    return ExitOk;
}

int offersList(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption all(QStringLiteral("all"), CliContext::tr("Include archived offers."));
    parser.addOptions({ json, all });
    if (!ctx.parse(parser, CliContext::tr("List offers.")))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto offers = OfferRepository(*db).list(parser.isSet(all));
    if (!offers)
        return ctx.fail(offers.error());
    if (parser.isSet(json)) {
        QList<QByteArray> items;
        for (const Offer &o : *offers)
            items << offerJson(o);
        ctx.printJson(jsonArray(items));
    } else {
        for (const Offer &o : *offers)
            ctx.out() << o.id << "  " << o.name << "  " << o.policy.rateText() << ' ' << o.policy.currency.code() << "/min\n";
    }
    return ExitOk;
}

const bool registered = CommandRegistry::add({ { QStringLiteral("profile"), QStringLiteral("set") },
                            QStringLiteral(QT_TRANSLATE_NOOP("cli", "Set the business identity (name, SIRET, address, VAT regime)")), profileSet })
    && CommandRegistry::add({ { QStringLiteral("profile"), QStringLiteral("show") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Print the business identity")), profileShow })
    && CommandRegistry::add({ { QStringLiteral("client"), QStringLiteral("add") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Add a client")), clientAdd })
    && CommandRegistry::add({ { QStringLiteral("client"), QStringLiteral("update") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Change a client's details")), clientUpdate })
    && CommandRegistry::add({ { QStringLiteral("clients"), QStringLiteral("list") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List clients")), clientsList })
    && CommandRegistry::add({ { QStringLiteral("offer"), QStringLiteral("add") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Add an offer (per-minute rate, free minutes, VAT ...)")), offerAdd })
    && CommandRegistry::add({ { QStringLiteral("offers"), QStringLiteral("list") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List offers")), offersList });

} // namespace

} // namespace minutier::cli
