#include "MoneyFormat.h"

#include "billing/PriceExplanation.h"

#include <QCoreApplication>

namespace minutier::MoneyFormat {

// The exact formatting lives in core (PriceExplanation: invoices use it in the client's language);
// the desktop formats in its own locale.
QString format(const Money &money, const QLocale &locale)
{
    return PriceExplanation::formatMoney(money.minor(), money.currency(), locale);
}

QString formatRate(qint64 rateE4, Currency currency, const QLocale &locale)
{
    return PriceExplanation::formatAmount(rateE4, BillingPolicy::kRateScale, currency, locale);
}

QString formatDuration(qint64 ms)
{
    const qint64 totalSeconds = ms / 1000;
    const qint64 h = totalSeconds / 3600;
    const qint64 m = (totalSeconds / 60) % 60;
    const qint64 s = totalSeconds % 60;
    if (h > 0)
        return QCoreApplication::translate("MoneyFormat", "%1 h %2 min %3 s")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("MoneyFormat", "%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace minutier::MoneyFormat
