#include "Money.h"

#include "money/Decimal.h"

#include <QtNumeric>

namespace minutier {

Result<Money> Money::parse(QStringView major, Currency currency, bool allowNegative)
{
    if (!currency.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown currency"));
    auto scaled = Decimal::parseScaled(major, currency.exponent(), allowNegative);
    if (!scaled)
        return scaled.error();
    return Money(*scaled, currency);
}

Result<Money> Money::plus(Money other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("cannot add %1 to %2").arg(other.m_currency.code(), m_currency.code()));
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum))
        return makeError(ErrorCode::Overflow, QStringLiteral("amount overflow"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(Money other) const
{
    if (other.m_currency != m_currency)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("cannot subtract %1 from %2").arg(other.m_currency.code(), m_currency.code()));
    qint64 diff = 0;
    if (qSubOverflow(m_minor, other.m_minor, &diff))
        return makeError(ErrorCode::Overflow, QStringLiteral("amount overflow"));
    return Money(diff, m_currency);
}

QString Money::toDecimalString() const
{
    return Decimal::formatScaled(m_minor, m_currency.exponent(), m_currency.exponent());
}

} // namespace minutier
