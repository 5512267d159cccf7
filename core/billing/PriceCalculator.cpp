#include "PriceCalculator.h"

#include "money/Decimal.h"

#include <limits>

namespace minutier {

namespace {
constexpr Int128 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint64 kRateDenominator = 60 * 10'000; // per minute, rates in 1/10,000 of the major unit
} // namespace

Int128 PriceCalculator::roundHalfUp(Int128 numerator, Int128 denominator) noexcept
{
    Q_ASSERT(numerator >= 0 && denominator > 0);
    return (2 * numerator + denominator) / (2 * denominator);
}

qint64 PriceCalculator::applyIncrement(qint64 paidSeconds, const Increment &increment) noexcept
{
    if (paidSeconds <= 0)
        return 0;
    if (paidSeconds <= increment.initialSeconds)
        return increment.initialSeconds;
    const qint64 rest = paidSeconds - increment.initialSeconds;
    const qint64 blocks = (rest + increment.stepSeconds - 1) / increment.stepSeconds;
    return increment.initialSeconds + blocks * increment.stepSeconds;
}

Result<Quote> PriceCalculator::quote(const BillingPolicy &policy, qint64 durationMs, std::optional<qint64> capMinor)
{
    if (auto valid = policy.validate(); !valid)
        return valid.error();
    if (durationMs < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("duration cannot be negative"));
    if (durationMs > kMaxDurationMs)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("duration is absurdly long"));
    if (capMinor && *capMinor < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("cap cannot be negative"));

    Quote q;
    q.durationMs = durationMs;
    // 1. partial seconds are never charged
    q.chargedSeconds = durationMs / 1000;
    // 2. free minutes
    const qint64 freeSeconds = policy.freeMinutes * 60;
    const qint64 paid = q.chargedSeconds > freeSeconds ? q.chargedSeconds - freeSeconds : 0;
    q.freeSecondsUsed = q.chargedSeconds - paid;
    // 3. increments
    q.billableSeconds = applyIncrement(paid, policy.increment);

    // 4. tiers: exact sum of rate * seconds * 10^exp / (60 * 10^4), kept as a rational
    const Int128 minorPerMajor = policy.currency.minorPerMajor();
    Int128 numerator = 0;
    const qsizetype segments = policy.tiers.size() + 1; // base rate, then each tier
    for (qsizetype i = 0; i < segments; ++i) {
        const qint64 start = i == 0 ? 0 : policy.tiers[i - 1].fromMinute * 60;
        if (start >= q.billableSeconds)
            break;
        const qint64 rate = i == 0 ? policy.rateE4 : policy.tiers[i - 1].rateE4;
        const qint64 nextStart = i + 1 < segments ? policy.tiers[i].fromMinute * 60 : q.billableSeconds;
        const qint64 end = nextStart < q.billableSeconds ? nextStart : q.billableSeconds;
        numerator += Int128(rate) * (end - start) * minorPerMajor;
    }
    // 5. one rounding, halves up
    Int128 amount = roundHalfUp(numerator, kRateDenominator);
    // 6. minimum charge
    if (amount > 0 && amount < policy.minimumMinor) {
        amount = policy.minimumMinor;
        q.minimumApplied = true;
    }
    if (amount > kInt64Max)
        return makeError(ErrorCode::Overflow, QStringLiteral("amount does not fit in 64-bit minor units"));

    // 7. VAT (basis points: 20 % = 2000)
    const Int128 bp = policy.vatBasisPoints;
    Int128 net = 0;
    Int128 vat = 0;
    Int128 gross = 0;
    if (policy.pricesIncludeVat) {
        gross = amount;
        net = roundHalfUp(gross * 10'000, 10'000 + bp);
        vat = gross - net;
    } else {
        net = amount;
        vat = roundHalfUp(net * bp, 10'000);
        gross = net + vat;
    }
    // 8. cap on the gross (the pre-authorised amount)
    if (capMinor && gross > *capMinor) {
        gross = *capMinor;
        net = roundHalfUp(gross * 10'000, 10'000 + bp);
        vat = gross - net;
        q.capped = true;
    }
    if (gross > kInt64Max || net > kInt64Max || vat > kInt64Max)
        return makeError(ErrorCode::Overflow, QStringLiteral("amount does not fit in 64-bit minor units"));

    q.net = Money::fromMinor(qint64(net), policy.currency);
    q.vat = Money::fromMinor(qint64(vat), policy.currency);
    q.gross = Money::fromMinor(qint64(gross), policy.currency);
    return q;
}

qint64 PriceCalculator::durationForGross(const BillingPolicy &policy, qint64 targetGrossMinor)
{
    if (targetGrossMinor <= 0)
        return 0;
    if (!policy.validate())
        return -1; // no duration of an invalid policy has a price
    // The gross is monotonic in the duration: binary search on whole seconds.
    auto grossAt = [&](qint64 seconds) -> qint64 {
        auto q = quote(policy, seconds * 1000);
        return q ? q->gross.minor() : std::numeric_limits<qint64>::max();
    };
    qint64 lo = 0;
    qint64 hi = 1;
    while (grossAt(hi) < targetGrossMinor) {
        if (hi > kMaxDurationMs / 2000)
            return -1;
        hi *= 2;
    }
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (grossAt(mid) >= targetGrossMinor)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo * 1000;
}

} // namespace minutier
