#pragma once

#include "money/Money.h"

#include <QLocale>
#include <QString>

namespace minutier::MoneyFormat {

// "37,70 €" in French, "€37.70" in English: display only (QLocale::toCurrencyString), exact digits.
QString format(const Money &money, const QLocale &locale = QLocale());
// A per-minute rate in 1/10,000 of the major unit: "3,00 €" (more decimals only when needed).
QString formatRate(qint64 rateE4, Currency currency, const QLocale &locale = QLocale());
// "12 min 34 s", "1 h 02 min 05 s"
QString formatDuration(qint64 ms);

} // namespace minutier::MoneyFormat
