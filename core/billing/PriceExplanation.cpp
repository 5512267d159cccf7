#include "PriceExplanation.h"

#include "money/Decimal.h"

#include <QStringList>

namespace minutier {

namespace {

// Every phrase in English (the translation source, marked for lupdate) and in French (built in, so that
// a French client's invoice is French whatever the UI language).
enum class Phrase {
    AtRate,
    PerMinute,
    FirstMinuteFree,
    FirstMinutesFree,
    PerStartedMinute,
    PerStartedBlock,
    InitialThenStep,
    ThenTier,
    MinimumApplied,
    MinimumCharge,
    CappedAt,
    ExclVat,
    InclVat,
    NoVat,
    VatRate,
    Seconds,
    MinutesSeconds,
    Minutes,
    Hours,
    HoursMinutes,
    HoursMinutesSeconds,
    ExampleCost,
    ExampleCostWithVat,
};

struct PhraseText {
    const char *english;
    const char *french; // UTF-8
};

constexpr const char *kContext = "minutier::PriceExplanation";

// Indexed by Phrase.
constexpr PhraseText kPhrases[] = {
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 at %2"), "%1 à %2" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1/min"), "%1/min" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "first minute free"), "première minute offerte" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "first %1 minutes free"), "%1 premières minutes offertes" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "billed per started minute"), "facturé par minute entamée" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "billed per started block of %1 s"),
        "facturé par tranche entamée de %1 s" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "first %1 s indivisible, then billed per %2 s"),
        "%1 s indivisibles, puis facturé par tranche de %2 s" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "then %1 from minute %2"), "puis %1 à partir de la minute %2" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "minimum charge of %1 applied"), "minimum de facturation de %1 appliqué" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "minimum charge %1"), "minimum de facturation %1" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "capped at the pre-authorised %1"), "plafonné au montant pré-autorisé de %1" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 excl. VAT"), "%1 HT" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 incl. VAT"), "%1 TTC" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "no VAT"), "sans TVA" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "VAT %1%"), "TVA %1\u00a0%" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 s"), "%1 s" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 min %2 s"), "%1 min %2 s" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 min"), "%1 min" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 h"), "%1 h" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 h %2 min"), "%1 h %2 min" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "%1 h %2 min %3 s"), "%1 h %2 min %3 s" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "A %1 call costs %2"), "Un appel de %1 coûte %2" },
    { QT_TRANSLATE_NOOP("minutier::PriceExplanation", "A %1 call costs %2 incl. VAT (%3 excl. VAT)"),
        "Un appel de %1 coûte %2 TTC (%3 HT)" },
};
static_assert(std::size(kPhrases) == size_t(Phrase::ExampleCostWithVat) + 1);

QString phrase(Phrase p, const QLocale &locale)
{
    const PhraseText &text = kPhrases[size_t(p)];
    switch (locale.language()) {
    case QLocale::French:
        return QString::fromUtf8(text.french);
    case QLocale::English:
    case QLocale::C:
        return QString::fromLatin1(text.english);
    default:
        return QCoreApplication::translate(kContext, text.english);
    }
}

QString separator(const QLocale &)
{
    return QStringLiteral(", ");
}

QString twoDigits(qint64 value, const QLocale &locale)
{
    QString s = locale.toString(value);
    if (value < 10)
        s.prepend(locale.toString(0));
    return s;
}

} // namespace

QString PriceExplanation::currencySymbol(Currency currency)
{
    const QString code = currency.code();
    if (code == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("£");
    if (code == QLatin1String("JPY"))
        return QStringLiteral("¥");
    return code;
}

QString PriceExplanation::localizeDecimal(const QString &plainDecimal, const QLocale &locale)
{
    QStringView text(plainDecimal);
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    const qsizetype dot = text.indexOf(u'.');
    const QStringView integerPart = dot < 0 ? text : text.left(dot);
    const QStringView fractionPart = dot < 0 ? QStringView() : text.mid(dot + 1);

    bool ok = false;
    const qlonglong integer = integerPart.toLongLong(&ok);
    if (!ok)
        return plainDecimal; // not a plain decimal: shown as given rather than guessed
    QString out = locale.toString(integer); // the locale's grouping and digits
    if (!fractionPart.isEmpty()) {
        out += locale.decimalPoint();
        if (locale.zeroDigit() == QLatin1String("0")) {
            out += fractionPart;
        } else {
            for (QChar c : fractionPart)
                out += locale.toString(qlonglong(c.unicode() - u'0'));
        }
    }
    if (negative)
        out.prepend(locale.negativeSign());
    return out;
}

namespace {
// Puts an already localized number into the locale's currency pattern ("7 €", "€7", "CHF 7"), found by
// formatting the integer 7 (QLocale's integer overload: no floating point).
QString placeInCurrencyPattern(const QString &number, bool negative, const QString &symbol, const QLocale &locale)
{
    const QString probe = locale.toCurrencyString(qlonglong(negative ? -7 : 7), symbol);
    const QString seven = locale.toString(qlonglong(7));
    qsizetype at = probe.indexOf(seven);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + number + u'\u00a0' + symbol;
    QString out = probe;
    out.replace(at, seven.size(), number);
    return out;
}
} // namespace

QString PriceExplanation::formatAmount(qint64 value, int scale, Currency currency, const QLocale &locale)
{
    const bool negative = value < 0;
    QString plain = Decimal::formatScaled(value, scale, currency.exponent()); // exact, even INT64_MIN
    if (negative)
        plain.remove(0, 1);
    return placeInCurrencyPattern(localizeDecimal(plain, locale), negative, currencySymbol(currency), locale);
}

QString PriceExplanation::formatMoney(qint64 minor, Currency currency, const QLocale &locale)
{
    return formatAmount(minor, currency.exponent(), currency, locale);
}

QString PriceExplanation::formatRate(qint64 rateE4, Currency currency, const QLocale &locale)
{
    return phrase(Phrase::PerMinute, locale).arg(formatAmount(rateE4, BillingPolicy::kRateScale, currency, locale));
}

QString PriceExplanation::formatDuration(qint64 seconds, const QLocale &locale)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h == 0 && m == 0)
        return phrase(Phrase::Seconds, locale).arg(locale.toString(s));
    if (h == 0) {
        if (s == 0)
            return phrase(Phrase::Minutes, locale).arg(locale.toString(m));
        return phrase(Phrase::MinutesSeconds, locale).arg(locale.toString(m), locale.toString(s));
    }
    if (m == 0 && s == 0)
        return phrase(Phrase::Hours, locale).arg(locale.toString(h));
    if (s == 0)
        return phrase(Phrase::HoursMinutes, locale).arg(locale.toString(h), twoDigits(m, locale));
    return phrase(Phrase::HoursMinutesSeconds, locale).arg(locale.toString(h), twoDigits(m, locale), twoDigits(s, locale));
}

namespace {
void appendCommonParts(QStringList &parts, const BillingPolicy &policy, const QLocale &locale)
{
    if (policy.freeMinutes == 1)
        parts << phrase(Phrase::FirstMinuteFree, locale);
    else if (policy.freeMinutes > 1)
        parts << phrase(Phrase::FirstMinutesFree, locale).arg(locale.toString(policy.freeMinutes));

    const Increment &inc = policy.increment;
    if (!inc.isPerSecond()) {
        if (inc.initialSeconds == 60 && inc.stepSeconds == 60)
            parts << phrase(Phrase::PerStartedMinute, locale);
        else if (inc.initialSeconds == inc.stepSeconds)
            parts << phrase(Phrase::PerStartedBlock, locale).arg(locale.toString(inc.stepSeconds));
        else
            parts << phrase(Phrase::InitialThenStep, locale)
                         .arg(locale.toString(inc.initialSeconds), locale.toString(inc.stepSeconds));
    }
}

void appendTier(QStringList &parts, const BillingPolicy &policy, const Tier &tier, const QLocale &locale)
{
    parts << phrase(Phrase::ThenTier, locale)
                 .arg(PriceExplanation::formatRate(tier.rateE4, policy.currency, locale), locale.toString(tier.fromMinute));
}
} // namespace

QString PriceExplanation::describe(const BillingPolicy &policy, const Quote &quote, const QLocale &locale)
{
    QStringList parts;
    parts << phrase(Phrase::AtRate, locale)
                 .arg(formatDuration(quote.chargedSeconds, locale), formatRate(policy.rateE4, policy.currency, locale));
    appendCommonParts(parts, policy, locale);
    for (const Tier &tier : policy.tiers) {
        if (tier.fromMinute * 60 < quote.billableSeconds) // the call reached this tier
            appendTier(parts, policy, tier, locale);
    }
    if (quote.minimumApplied)
        parts << phrase(Phrase::MinimumApplied, locale).arg(formatMoney(policy.minimumMinor, policy.currency, locale));
    if (quote.capped)
        parts << phrase(Phrase::CappedAt, locale).arg(formatMoney(quote.gross.minor(), policy.currency, locale));
    return parts.join(separator(locale));
}

QString PriceExplanation::describeOffer(const BillingPolicy &policy, const QLocale &locale)
{
    QStringList parts;
    const QString rate = formatRate(policy.rateE4, policy.currency, locale);
    if (policy.vatBasisPoints == 0)
        parts << rate << phrase(Phrase::NoVat, locale);
    else
        parts << phrase(policy.pricesIncludeVat ? Phrase::InclVat : Phrase::ExclVat, locale).arg(rate);
    appendCommonParts(parts, policy, locale);
    for (const Tier &tier : policy.tiers)
        appendTier(parts, policy, tier, locale);
    if (policy.minimumMinor > 0)
        parts << phrase(Phrase::MinimumCharge, locale).arg(formatMoney(policy.minimumMinor, policy.currency, locale));
    if (policy.vatBasisPoints > 0)
        parts << phrase(Phrase::VatRate, locale).arg(localizeDecimal(policy.vatText(), locale));
    return parts.join(separator(locale));
}

QString PriceExplanation::describeExample(const BillingPolicy &policy, qint64 durationMs, const QLocale &locale)
{
    const auto q = PriceCalculator::quote(policy, durationMs);
    if (!q)
        return {};
    const QString duration = formatDuration(q->chargedSeconds, locale);
    const QString gross = formatMoney(q->gross.minor(), policy.currency, locale);
    if (policy.vatBasisPoints == 0)
        return phrase(Phrase::ExampleCost, locale).arg(duration, gross);
    return phrase(Phrase::ExampleCostWithVat, locale).arg(duration, gross, formatMoney(q->net.minor(), policy.currency, locale));
}

} // namespace minutier
