#pragma once

#include "common/Result.h"
#include "money/Currency.h"

#include <QString>

namespace minutier {

// An amount of money in integer minor units (cents for EUR, yen for JPY). No floating point,
// no implicit conversion; arithmetic is checked.
class Money final
{
public:
    Money() = default; // 0 in an invalid currency
    static Money fromMinor(qint64 minor, Currency currency) noexcept { return Money(minor, currency); }
    // "30.00" or "30" in the currency's major unit; at most `exponent` decimals.
    static Result<Money> parse(QStringView major, Currency currency, bool allowNegative = false);

    qint64 minor() const noexcept { return m_minor; }
    Currency currency() const noexcept { return m_currency; }
    bool isZero() const noexcept { return m_minor == 0; }

    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;

    // "30.00", '.' separator, exactly `exponent` decimals: for APIs, JSON and files, never for display
    // (the UI uses QLocale::toCurrencyString through ui/common/MoneyFormat).
    QString toDecimalString() const;

    friend bool operator==(Money a, Money b) noexcept { return a.m_minor == b.m_minor && a.m_currency == b.m_currency; }
    friend bool operator!=(Money a, Money b) noexcept { return !(a == b); }

private:
    Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    {
    }
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace minutier
