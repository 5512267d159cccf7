#include "MoneyFormat.h"

#include "money/Decimal.h"

#include <QCoreApplication>

namespace minutier::MoneyFormat {

namespace {
// Formats value / 10^scale with the locale's digits and separators, without going through double.
QString localeDecimal(qint64 value, int scale, int minDecimals, const QLocale &locale)
{
    const QString plain = Decimal::formatScaled(value, scale, minDecimals); // "-1234.50"
    const bool negative = plain.startsWith(u'-');
    const QString body = negative ? plain.mid(1) : plain;
    const qsizetype dot = body.indexOf(u'.');
    const QString integer = dot < 0 ? body : body.left(dot);
    const QString fraction = dot < 0 ? QString() : body.mid(dot + 1);
    QString grouped = locale.toString(integer.toLongLong());
    if (!fraction.isEmpty())
        grouped += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + grouped : grouped;
}

QString symbolFor(Currency currency)
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

QString withSymbol(const QString &number, Currency currency, const QLocale &locale)
{
    // QLocale places the symbol (before or after, with the right space); we swap in the exact digits.
    const QString sample = locale.toCurrencyString(qlonglong(1), symbolFor(currency));
    const QString one = locale.toString(1);
    const qsizetype at = sample.indexOf(one);
    if (at < 0)
        return number + QChar(0x00A0) + currency.code();
    QString out = sample;
    out.replace(at, one.size(), number);
    return out;
}
} // namespace

QString format(const Money &money, const QLocale &locale)
{
    const int exp = money.currency().exponent();
    return withSymbol(localeDecimal(money.minor(), exp, exp, locale), money.currency(), locale);
}

QString formatRate(qint64 rateE4, Currency currency, const QLocale &locale)
{
    return withSymbol(localeDecimal(rateE4, 4, currency.exponent(), locale), currency, locale);
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
