#pragma once

#include "common/Result.h"
#include "money/Currency.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace minutier {

// Billing increments "I/N" in seconds: the first I seconds are charged as a block, then blocks of N.
// 1/1 (the default) is per second: the "no rounding" promise. 60/60 is per started minute.
struct Increment {
    qint64 initialSeconds = 1;
    qint64 stepSeconds = 1;

    static Result<Increment> parse(QStringView text);
    QString toString() const;
    bool isPerSecond() const noexcept { return initialSeconds == 1 && stepSeconds == 1; }
    friend bool operator==(const Increment &, const Increment &) = default;
};

// From billable minute `fromMinute` on, the per-minute rate becomes `rateE4`.
struct Tier {
    qint64 fromMinute = 0;
    qint64 rateE4 = 0;
    friend bool operator==(const Tier &, const Tier &) = default;
};

// Everything that decides what a call costs. Frozen (as JSON) onto each session when it starts,
// so that editing an offer later never rewrites history.
struct BillingPolicy {
    // Bounds that make every computation fit in 64-bit minor units (see PriceCalculator).
    static constexpr qint64 kMaxRateE4 = 1'000'000'000'000; // 100 million major units per minute
    static constexpr qint64 kMaxFreeMinutes = 1'000'000;
    static constexpr qint64 kMaxIncrementSeconds = 86'400;
    static constexpr qint64 kMaxVatBasisPoints = 10'000; // 100 %
    static constexpr int kRateScale = 4; // rates have up to 4 fraction digits
    static constexpr int kVatScale = 2; // VAT rates have up to 2 fraction digits (5.5, 2.1)

    Currency currency = Currency::eur();
    qint64 rateE4 = 0; // per-minute rate in 1/10,000 of the currency's major unit
    qint64 freeMinutes = 0;
    Increment increment;
    QList<Tier> tiers; // strictly increasing fromMinute, all > 0
    qint64 minimumMinor = 0; // 0: no minimum charge
    qint64 vatBasisPoints = 0; // VAT percentage x 100: 20 % = 2000, 5.5 % = 550
    bool pricesIncludeVat = false;

    Status validate() const;

    // The same shape as one line of `minutier-cli quote --batch` (without duration and cap):
    // {"currency":"EUR","rate":"3.00","free_minutes":2,"increment":"60/60",
    //  "tiers":[{"from_minute":30,"rate":"2.50"}],"minimum":"1.00","vat":"20","prices_include_vat":false}
    QJsonObject toJson() const;
    static Result<BillingPolicy> fromJson(const QJsonObject &json);

    QString rateText() const; // "3.00" (at least the currency's decimals)
    QString vatText() const; // "20", "5.5"

    static Result<qint64> parseRate(QStringView text);
    static Result<qint64> parseVat(QStringView text);

    friend bool operator==(const BillingPolicy &, const BillingPolicy &) = default;
};

} // namespace minutier
