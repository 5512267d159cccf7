#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace minutier::Decimal {

// Parses a plain decimal ("12", "12.5", "12,50", "0.0025") into value * 10^scale, exactly.
// Refuses exponents, thousands separators, more significant fraction digits than `scale`,
// a sign unless allowNegative, and anything that would not fit in 64 bits.
Result<qint64> parseScaled(QStringView text, int scale, bool allowNegative = false);

// value / 10^scale as a plain decimal with a '.' separator and at least minFractionDigits
// fraction digits (trailing zeros beyond that are dropped): format(30000, 4, 2) == "3.00".
QString formatScaled(qint64 value, int scale, int minFractionDigits);

// 10^n for 0 <= n <= 18.
qint64 pow10(int n) noexcept;

} // namespace minutier::Decimal
