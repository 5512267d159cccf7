#include "InvoiceTexts.h"

#include "billing/BillingPolicy.h"
#include "billing/PriceCalculator.h"
#include "billing/PriceExplanation.h"
#include "money/Decimal.h"

#include <QHash>
#include <QLocale>

namespace minutier::InvoiceTexts {

namespace {

struct Pair
{
    const char *fr;
    const char *en;
};

const QHash<QByteArray, Pair> &table()
{
    static const QHash<QByteArray, Pair> t {
        { "invoice_title", { "FACTURE", "INVOICE" } },
        // The e-mail that carries a document (the invoices view's "Send by e-mail").
        { "mail_subject_invoice", { "Facture %1", "Invoice %1" } },
        { "mail_subject_credit_note", { "Avoir %1", "Credit note %1" } },
        { "mail_body_invoice",
            { "Bonjour,\n\nVeuillez trouver ci-joint la facture %1 du %2, d'un montant de %3.\n\nCordialement,\n%4",
                "Hello,\n\nPlease find attached invoice %1 of %2, for %3.\n\nKind regards,\n%4" } },
        { "mail_body_credit_note",
            { "Bonjour,\n\nVeuillez trouver ci-joint l'avoir %1 du %2, d'un montant de %3.\n\nCordialement,\n%4",
                "Hello,\n\nPlease find attached credit note %1 of %2, for %3.\n\nKind regards,\n%4" } },
        { "credit_note_title", { "AVOIR", "CREDIT NOTE" } },
        { "number", { "N°", "No." } },
        { "issue_date", { "Date d'émission", "Issue date" } },
        { "service_date", { "Date de la prestation", "Date of service" } },
        { "due_date", { "Échéance", "Due date" } },
        { "payable_on_receipt", { "À réception", "On receipt" } },
        { "buyer_reference", { "Votre référence", "Your reference" } },
        { "order_reference", { "Bon de commande", "Purchase order" } },
        { "seller", { "Émetteur", "From" } },
        { "buyer", { "Client", "Bill to" } },
        { "siren", { "SIREN", "SIREN" } },
        { "siret", { "SIRET", "SIRET" } },
        { "vat_number", { "N° TVA intracom.", "VAT number" } },
        { "description", { "Désignation", "Description" } },
        { "quantity", { "Durée facturée", "Billed time" } },
        { "unit_price", { "Prix unitaire HT", "Unit price (excl. VAT)" } },
        { "vat", { "TVA", "VAT" } },
        { "net", { "Montant HT", "Net amount" } },
        { "per_minute", { "/min", "/min" } },
        { "total_net", { "Total HT", "Total excl. VAT" } },
        { "total_vat", { "Total TVA", "Total VAT" } },
        { "vat_at", { "TVA %1", "VAT %1" } },
        { "total_gross", { "Total TTC", "Total incl. VAT" } },
        { "total_franchise", { "Total", "Total" } },
        { "already_paid", { "Déjà réglé par carte", "Already paid by card" } },
        { "payment_ref", { "réf. %1", "ref. %1" } },
        { "amount_due", { "Net à payer", "Amount due" } },
        { "credit_total", { "Montant de l'avoir", "Credit amount" } },
        { "franchise",
            { "TVA non applicable, art. 293 B du CGI",
                "VAT not applicable, art. 293 B of the French CGI (TVA non applicable, art. 293 B du CGI)" } },
        { "reverse_charge",
            { "Autoliquidation : TVA due par le preneur (art. 283-2 du CGI, art. 196 de la directive 2006/112/CE)",
                "Reverse charge: VAT to be accounted for by the customer (Autoliquidation, art. 196 of Directive "
                "2006/112/EC)" } },
        { "credits_invoice", { "Avoir sur la facture %1 du %2", "Credit note for invoice %1 of %2" } },
        { "credit_line_full", { "Annulation de la facture %1", "Cancellation of invoice %1" } },
        { "credit_line_partial", { "Avoir partiel sur la facture %1", "Partial credit on invoice %1" } },
        { "late_penalties",
            { "En cas de retard de paiement : pénalités au taux de trois fois le taux d'intérêt légal, exigibles dès "
              "le lendemain de l'échéance, et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 "
              "du Code de commerce). Pas d'escompte pour paiement anticipé.",
                "Late payment: penalties at three times the French statutory interest rate from the day after the due "
                "date, plus a fixed recovery indemnity of €40 (art. L441-10 of the French Commercial Code). No "
                "discount for early payment." } },
        { "no_discount", { "Pas d'escompte pour paiement anticipé.", "No discount for early payment." } },
        { "iban", { "Règlement par virement : IBAN %1", "Payment by bank transfer: IBAN %1" } },
        { "sole_trader", { "EI", "EI" } },
        { "call_of", { "Appel du %1, %2–%3 : %4", "Call of %1, %2–%3: %4" } },
        { "page", { "Page %1 / %2", "Page %1 of %2" } },
        { "email", { "E-mail", "E-mail" } },
        { "status_paid", { "ACQUITTÉE", "PAID" } },
    };
    return t;
}

bool isFrench(const QString &language) { return !language.startsWith(QLatin1String("en")); }

QString groupDigits(const QString &digits, QChar separator)
{
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

QString currencySymbol(const QString &code)
{
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    return code;
}

} // namespace

QString text(const QString &language, const char *key)
{
    const auto it = table().constFind(QByteArray(key));
    Q_ASSERT_X(it != table().constEnd(), "InvoiceTexts::text", key);
    if (it == table().constEnd())
        return QString::fromLatin1(key);
    return QString::fromUtf8(isFrench(language) ? it->fr : it->en);
}

QString amount(qint64 minor, int exponent, const QString &language)
{
    const bool fr = isFrench(language);
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(Decimal::pow10(exponent));
    const QString integer = groupDigits(QString::number(abs / scale), fr ? u' ' : u',');
    QString out = (negative ? QStringLiteral("-") : QString()) + integer;
    if (exponent > 0)
        out += (fr ? u',' : u'.') + QString::number(abs % scale).rightJustified(exponent, u'0');
    return out;
}

QString money(Money m, const QString &language)
{
    const QString number = amount(m.minor(), m.currency().exponent(), language);
    const QString symbol = currencySymbol(m.currency().code());
    if (isFrench(language))
        return number + u' ' + symbol;
    if (symbol.size() == 1) {
        if (number.startsWith(u'-'))
            return u'-' + symbol + number.mid(1);
        return symbol + number;
    }
    return number + u' ' + symbol;
}

QString date(QDate d, const QString &language)
{
    if (isFrench(language))
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMM yyyy"));
}

QString time(const QDateTime &utc) { return utc.toLocalTime().toString(QStringLiteral("HH:mm")); }

QString vatRate(qint64 basisPoints, const QString &language)
{
    QString n = Decimal::formatScaled(basisPoints, 2, 0);
    if (isFrench(language))
        return n.replace(u'.', u',') + QStringLiteral(" %");
    return n + u'%';
}

QString duration(qint64 seconds, const QString &language)
{
    Q_UNUSED(language);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    QString out;
    if (h > 0)
        out += QString::number(h) + QStringLiteral(" h ");
    if (h > 0 || m > 0)
        out += QString::number(m) + QStringLiteral(" min ");
    out += QString::number(s) + QStringLiteral(" s");
    return out;
}

QString perMinuteRate(qint64 rateE4, Currency currency, const QString &language)
{
    // Keep up to 4 fraction digits, at least the currency's.
    const QString digits = Decimal::formatScaled(rateE4, BillingPolicy::kRateScale, currency.exponent());
    const int decimals = digits.contains(u'.') ? int(digits.size() - digits.indexOf(u'.') - 1) : 0;
    const QString number = amount(rateE4 / Decimal::pow10(BillingPolicy::kRateScale - decimals), decimals, language);
    const QString symbol = currencySymbol(currency.code());
    if (isFrench(language) || symbol.size() != 1)
        return number + u' ' + symbol;
    return symbol + number;
}

QString perMinuteRate(const QString &decimalRate, Currency currency, const QString &language)
{
    const auto scaled = Decimal::parseScaled(decimalRate, BillingPolicy::kRateScale);
    return scaled ? perMinuteRate(*scaled, currency, language) : decimalRate;
}

QString sessionLine(const BillingPolicy &policy, const QDateTime &start, const QDateTime &end, qint64 durationMs,
    std::optional<qint64> capMinor, const QString &language)
{
    // The price explanation is the billing engine's (the same text everywhere a price is explained),
    // in the client's language; the call's date and times come first.
    const QLocale locale = isFrench(language) ? QLocale(QLocale::French, QLocale::France)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QString explanation;
    if (auto quote = PriceCalculator::quote(policy, durationMs, capMinor))
        explanation = PriceExplanation::describe(policy, *quote, locale);
    else
        explanation = duration(durationMs / 1000, language);
    return text(language, "call_of")
        .arg(date(start.toLocalTime().date(), language), time(start), time(end.isValid() ? end : start), explanation);
}

} // namespace minutier::InvoiceTexts
