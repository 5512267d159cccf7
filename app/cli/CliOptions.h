#pragma once

#include "CliCommand.h"
#include "domain/Client.h"
#include "invoicing/InvoiceService.h"
#include "storage/SessionRepository.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace minutier::cli {

// Options several commands share, declared once (same names, same help, same checks).

// --json of the commands that can print JSON.
inline QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CliContext::tr("JSON output."));
}

// The client relationship named by --kind, or the message that lists the valid ones.
inline std::optional<ClientKind> kindFromOption(const QString &value, QString *error)
{
    const auto kind = clientKindFromKey(value);
    if (!kind)
        *error = CliContext::tr("--kind must be one of former, prospect, network, premium, audience");
    return kind;
}

// The per-minute price of `quote` and `offer add`: written by fill() under the keys of
// BillingPolicy::fromJson() and of a quote's JSON line, which check the values.
struct PolicyOptions {
    QCommandLineOption rate { QStringLiteral("rate"), CliContext::tr("Per-minute rate, e.g. 3.00 (up to 4 decimals)."),
        QStringLiteral("RATE") };
    QCommandLineOption currency { QStringLiteral("currency"), CliContext::tr("ISO 4217 currency, e.g. EUR."),
        QStringLiteral("CODE") };
    QCommandLineOption free { QStringLiteral("free-minutes"), CliContext::tr("Free minutes at the start of a call."),
        QStringLiteral("N") };
    QCommandLineOption increment { QStringLiteral("increment"),
        CliContext::tr("Billing increments I/N in seconds, default 1/1."), QStringLiteral("I/N") };
    QCommandLineOption tier { QStringLiteral("tier"),
        CliContext::tr("From a billable minute on, another rate: MINUTE:RATE (repeatable)."), QStringLiteral("M:RATE") };
    QCommandLineOption minimum { QStringLiteral("minimum"), CliContext::tr("Minimum charge."), QStringLiteral("AMOUNT") };
    QCommandLineOption vat { QStringLiteral("vat"), CliContext::tr("VAT rate in percent (e.g. 20, 5.5); default 0."),
        QStringLiteral("P") };
    QCommandLineOption inclVat { QStringLiteral("prices-include-vat"),
        CliContext::tr("The rate and the minimum include VAT.") };

    QList<QCommandLineOption> options() const { return { rate, currency, free, increment, tier, minimum, vat, inclVat }; }
    // Those that take one value.
    QList<const QCommandLineOption *> singleValued() const
    {
        return { &rate, &currency, &free, &increment, &minimum, &vat };
    }
    // The options given, into `json` (currency and rate included when given); a malformed --tier
    // is reported as a usage message (empty when all is well).
    QString fill(const QCommandLineParser &parser, QJsonObject &json) const
    {
        const auto text = [&](const QCommandLineOption &o, QLatin1String key) {
            if (parser.isSet(o))
                json.insert(key, parser.value(o));
        };
        text(rate, QLatin1String("rate"));
        text(currency, QLatin1String("currency"));
        text(free, QLatin1String("free_minutes"));
        text(increment, QLatin1String("increment"));
        text(minimum, QLatin1String("minimum"));
        text(vat, QLatin1String("vat"));
        QJsonArray tiers;
        for (const QString &t : parser.values(tier)) {
            const qsizetype colon = t.indexOf(u':');
            if (colon <= 0 || colon == t.size() - 1)
                return CliContext::tr("--tier must look like MINUTE:RATE, e.g. 30:2.50");
            QJsonObject to;
            to.insert(QLatin1String("from_minute"), t.left(colon));
            to.insert(QLatin1String("rate"), t.mid(colon + 1));
            tiers.append(to);
        }
        if (!tiers.isEmpty())
            json.insert(QLatin1String("tiers"), tiers);
        json.insert(QLatin1String("prices_include_vat"), parser.isSet(inclVat));
        return {};
    }
};

// --buyer-reference / --order-reference of the commands that make an invoice or a draft.
struct ReferenceOptions {
    QCommandLineOption buyer { QStringLiteral("buyer-reference"),
        CliContext::tr("The client's reference to quote (EN 16931 BT-10, e.g. a Chorus Pro service code)."),
        QStringLiteral("TEXT") };
    QCommandLineOption order { QStringLiteral("order-reference"),
        CliContext::tr("The client's purchase order or commitment number (BT-13)."), QStringLiteral("TEXT") };
    QCommandLineOption payment { QStringLiteral("payment-days"),
        CliContext::tr("The payment term agreed with the client, in days after the invoice date (0: on receipt, at "
                       "most 60); 'default': 30 days for a business, on receipt otherwise."),
        QStringLiteral("DAYS") };
    QList<QCommandLineOption> options() const { return { buyer, order, payment }; }
    bool isSet(const QCommandLineParser &parser) const
    {
        return parser.isSet(buyer) || parser.isSet(order) || parser.isSet(payment);
    }
    // The references given, over `current` (an option not given keeps its value). A payment term
    // that is not a number is passed on as -1, which InvoiceService refuses with its own message.
    InvoiceReferences apply(const QCommandLineParser &parser, InvoiceReferences current = {}) const
    {
        if (parser.isSet(buyer))
            current.buyer = parser.value(buyer);
        if (parser.isSet(order))
            current.order = parser.value(order);
        if (parser.isSet(payment)) {
            const QString days = parser.value(payment).trimmed();
            bool ok = false;
            const int value = days.toInt(&ok);
            if (days == QLatin1String("default"))
                current.paymentDays.reset();
            else
                current.paymentDays = ok ? value : -1;
        }
        return current;
    }
};

// --client / --from / --to (and, with `withKind`, --kind) of the commands that read sessions.
struct SessionFilterOptions {
    QCommandLineOption client { QStringLiteral("client"), CliContext::tr("Only this client's sessions."), QStringLiteral("ID") };
    QCommandLineOption from { QStringLiteral("from"), CliContext::tr("Started on or after this date (YYYY-MM-DD)."),
        QStringLiteral("DATE") };
    QCommandLineOption to { QStringLiteral("to"), CliContext::tr("Started on or before this date (YYYY-MM-DD)."),
        QStringLiteral("DATE") };
    QCommandLineOption kind { QStringLiteral("kind"),
        CliContext::tr("Only clients of this relationship (former, prospect, network, premium, audience)."),
        QStringLiteral("KIND") };
    bool withKind = false;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ client, from, to });
        if (withKind)
            parser.addOption(kind);
    }

    // The filter the options describe (dates are local days), or a message for a bad value.
    QString apply(const QCommandLineParser &parser, SessionFilter &filter) const
    {
        filter.clientId = parser.value(client);
        if (withKind && parser.isSet(kind)) {
            QString error;
            const auto k = kindFromOption(parser.value(kind), &error);
            if (!k)
                return error;
            filter.clientKind = clientKindKey(*k);
        }
        if (parser.isSet(from)) {
            const QDate d = QDate::fromString(parser.value(from), Qt::ISODate);
            if (!d.isValid())
                return CliContext::tr("--from must be a date YYYY-MM-DD");
            filter.from = d.startOfDay(Qt::LocalTime).toUTC();
        }
        if (parser.isSet(to)) {
            const QDate d = QDate::fromString(parser.value(to), Qt::ISODate);
            if (!d.isValid())
                return CliContext::tr("--to must be a date YYYY-MM-DD");
            filter.to = d.addDays(1).startOfDay(Qt::LocalTime).toUTC(); // the whole day
        }
        return {};
    }
};

} // namespace minutier::cli
