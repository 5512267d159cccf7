#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace minutier {

// An ISO 4217 currency with its own exponent (EUR 2, JPY 0, BHD 3 ...).
class Currency final
{
public:
    Currency() = default; // invalid
    static std::optional<Currency> fromCode(QStringView code);
    static Currency eur();
    static QStringList knownCodes();

    bool isValid() const noexcept { return m_index >= 0; }
    QString code() const;
    int exponent() const noexcept;
    // 10^exponent: how many minor units make one major unit.
    qint64 minorPerMajor() const noexcept;
    // The smallest amount the card networks accept for a charge (Stripe's minimum charge amounts),
    // in minor units; 0 if unknown.
    qint64 minimumChargeMinor() const noexcept;

    friend bool operator==(Currency a, Currency b) noexcept { return a.m_index == b.m_index; }
    friend bool operator!=(Currency a, Currency b) noexcept { return a.m_index != b.m_index; }

private:
    explicit Currency(int index)
        : m_index(index)
    {
    }
    int m_index = -1;
};

} // namespace minutier
