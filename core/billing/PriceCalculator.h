#pragma once

#include "billing/BillingPolicy.h"
#include "common/Result.h"
#include "common/Int128.h"
#include "money/Money.h"

#include <optional>

namespace minutier {

struct Quote {
    qint64 durationMs = 0;
    qint64 chargedSeconds = 0; // floor(duration / 1 s)
    qint64 freeSecondsUsed = 0; // part of the free minutes consumed
    qint64 billableSeconds = 0; // after free minutes and increments
    Money net;
    Money vat;
    Money gross;
    bool capped = false;
    bool minimumApplied = false;
};

// The one pricing rule of Minutier (see issue "Billing engine"). Pure and reentrant: the ticker,
// the CLI, captures and invoices all call it, so they can never disagree.
//   1. s = floor(ms / 1000)              2. paid = max(0, s - 60 * free)
//   3. increments I/N                    4. tiers, exact rational sum of rate * seconds / 60
//   5. one rounding, half up             6. minimum charge   7. VAT   8. cap on the gross
class PriceCalculator final
{
public:
    static constexpr qint64 kMaxDurationMs = 1'000'000'000'000; // ~31 years: anything above is absurd

    static Result<Quote> quote(const BillingPolicy &policy, qint64 durationMs, std::optional<qint64> capMinor = {});

    // Step 3 alone, exposed for the ticker ("next block starts in ...") and for tests.
    static qint64 applyIncrement(qint64 paidSeconds, const Increment &increment) noexcept;

    // round_half_up(numerator / denominator) for numerator >= 0, denominator > 0.
    static Int128 roundHalfUp(Int128 numerator, Int128 denominator) noexcept;

    // The smallest duration (ms) at which the gross reaches `targetGrossMinor`, or -1 if never
    // (rate 0). Used to warn at 80 % of a hold and to stop charging at the cap.
    static qint64 durationForGross(const BillingPolicy &policy, qint64 targetGrossMinor);
};

} // namespace minutier
