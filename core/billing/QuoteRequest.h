#pragma once

#include "billing/BillingPolicy.h"
#include "common/Result.h"

#include <QByteArrayView>

#include <optional>

namespace minutier {

// One request for a price: a policy, a duration and an optional cap (the pre-authorised gross amount,
// in minor units). Its JSON form is one line of `minutier-cli quote --batch`:
//   {"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"increment":"60/60",
//    "tiers":[{"from_minute":30,"rate":"2.50"}],"minimum":"1.00","cap":"50.00","vat":"20",
//    "prices_include_vat":false}
// rate, currency and duration_ms are required. Amounts (rate, minimum, cap, vat) are decimal strings in
// the currency's major unit; a JSON number is accepted only when it is a whole number (never a binary
// fraction). Whole numbers (duration_ms, free_minutes, from_minute) may be JSON integers or digit strings.
// Unknown keys are refused: a misspelt "free_minute" must not silently change a price.
struct QuoteRequest {
    BillingPolicy policy;
    qint64 durationMs = 0;
    std::optional<qint64> capMinor;

    // Parses one JSON object into `out`, reusing its storage. The usual shape (ASCII strings without
    // escapes, integers, booleans, a tier array) is read by a small allocation-free parser; anything else
    // (escapes, fractions, exponents, duplicate keys, malformed text) goes through QJsonDocument, so both
    // give the same answer. The error detail is English, for logs and for the batch's {"error":...}.
    static Status parseJsonLine(QByteArrayView line, QuoteRequest &out);
};

} // namespace minutier
