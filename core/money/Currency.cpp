#include "Currency.h"

#include <array>

namespace minutier {

namespace {
struct CurrencyInfo {
    const char *code;
    int exponent;
    qint64 minimumChargeMinor;
};

// Exponents from ISO 4217; minimum charges from Stripe's documentation (0 where none is published).
constexpr std::array<CurrencyInfo, 24> kCurrencies { {
    { "EUR", 2, 50 },
    { "USD", 2, 50 },
    { "GBP", 2, 30 },
    { "CHF", 2, 50 },
    { "JPY", 0, 50 },
    { "CAD", 2, 50 },
    { "AUD", 2, 50 },
    { "SEK", 2, 300 },
    { "NOK", 2, 300 },
    { "DKK", 2, 250 },
    { "PLN", 2, 200 },
    { "CZK", 2, 1500 },
    { "HUF", 2, 17500 },
    { "RON", 2, 200 },
    { "BGN", 2, 100 },
    { "ISK", 0, 0 },
    { "KRW", 0, 0 },
    { "CNY", 2, 0 },
    { "MAD", 2, 0 },
    { "XOF", 0, 0 },
    { "XAF", 0, 0 },
    { "TND", 3, 0 },
    { "BHD", 3, 0 },
    { "KWD", 3, 0 },
} };
} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    const QString upper = code.trimmed().toString().toUpper();
    for (int i = 0; i < int(kCurrencies.size()); ++i) {
        if (upper == QLatin1String(kCurrencies[i].code))
            return Currency(i);
    }
    return std::nullopt;
}

Currency Currency::eur()
{
    return Currency(0);
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    for (const auto &c : kCurrencies)
        codes << QLatin1String(c.code);
    return codes;
}

QString Currency::code() const
{
    return isValid() ? QString::fromLatin1(kCurrencies[m_index].code) : QString();
}

int Currency::exponent() const noexcept
{
    return isValid() ? kCurrencies[m_index].exponent : 0;
}

qint64 Currency::minorPerMajor() const noexcept
{
    qint64 f = 1;
    for (int i = 0; i < exponent(); ++i)
        f *= 10;
    return f;
}

qint64 Currency::minimumChargeMinor() const noexcept
{
    return isValid() ? kCurrencies[m_index].minimumChargeMinor : 0;
}

} // namespace minutier
