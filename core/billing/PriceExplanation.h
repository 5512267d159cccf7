#pragma once

#include "billing/BillingPolicy.h"
#include "billing/PriceCalculator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace minutier {

// Human text explaining a price, for invoice lines and the offer editor:
//   describe():      "12 min 34 s at 3,00 €/min, first 2 minutes free, billed per started minute"
//   describeOffer(): "3,00 €/min excl. VAT, first 2 minutes free, then 2,50 €/min from minute 30, VAT 20 %"
//
// The language is the one of `locale`, never the application's: an invoice is written in the client's
// language even when the UI is in another one. French and English are built in (so a French invoice is
// French whatever translator is installed); any other language goes through QCoreApplication::translate()
// with the English source text, i.e. the installed translator. Numbers are formatted from exact decimal
// strings with the locale's separators and currency pattern: no floating point anywhere.
class PriceExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(minutier::PriceExplanation)
public:
    // The invoice line / capture text for one priced call. `quote` must come from
    // PriceCalculator::quote(policy, ...): tiers are mentioned only when the call reached them.
    static QString describe(const BillingPolicy &policy, const Quote &quote, const QLocale &locale);

    // The whole offer, for the offer editor and the client's offer summary.
    static QString describeOffer(const BillingPolicy &policy, const QLocale &locale);

    // The offer editor's live example: "A 12 min 34 s call costs €38.04 incl. VAT (€31.70 excl. VAT)",
    // "Un appel de 12 min 34 s coûte 38,04 € TTC (31,70 € HT)"; without VAT only the price. Empty if the
    // policy is invalid (the editor shows its validation message instead).
    static QString describeExample(const BillingPolicy &policy, qint64 durationMs, const QLocale &locale);

    // "12 min 34 s", "1 h 02 min 05 s", "45 s" (whole seconds, partial seconds dropped).
    static QString formatDuration(qint64 seconds, const QLocale &locale);

    // An amount in minor units with its currency, formatted exactly: 3170 EUR -> "31,70 €" (fr), "€31.70" (en).
    static QString formatMoney(qint64 minor, Currency currency, const QLocale &locale);

    // A per-minute rate in 1/10,000 major units: 30000 EUR -> "3,00 €/min" (at least the currency's decimals).
    static QString formatRate(qint64 rateE4, Currency currency, const QLocale &locale);

    // value / 10^scale in `currency`, with at least the currency's decimals and no more than needed:
    // (30050, 4, EUR) -> "3,005 €" (fr), "€3.005" (en). formatMoney() is this with the currency's exponent.
    static QString formatAmount(qint64 value, int scale, Currency currency, const QLocale &locale);

    // An exact decimal string ("1234.5") with the locale's group and decimal separators ("1 234,5").
    static QString localizeDecimal(const QString &plainDecimal, const QLocale &locale);

    // The symbol used for a currency in text: "€", "$", "£", "¥", else the ISO code.
    static QString currencySymbol(Currency currency);
};

} // namespace minutier
