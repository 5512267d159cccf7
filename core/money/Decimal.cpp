#include "Decimal.h"

#include <QtNumeric>

namespace minutier::Decimal {

qint64 pow10(int n) noexcept
{
    Q_ASSERT(n >= 0 && n <= 18);
    qint64 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

Result<qint64> parseScaled(QStringView text, int scale, bool allowNegative)
{
    Q_ASSERT(scale >= 0 && scale <= 18);
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("empty number"));

    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        if (negative && !allowNegative)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("negative value not allowed: %1").arg(t));
        ++i;
    }
    qint64 integer = 0;
    int intDigits = 0;
    for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i) {
        if (qMulOverflow(integer, qint64(10), &integer) || qAddOverflow(integer, qint64(t[i].unicode() - '0'), &integer))
            return makeError(ErrorCode::Overflow, QStringLiteral("number too large: %1").arg(t));
        ++intDigits;
    }
    qint64 fraction = 0;
    int fracDigits = 0;
    int allFracDigits = 0;
    if (i < t.size() && (t[i] == u'.' || t[i] == u',')) {
        ++i;
        for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i) {
            const int digit = t[i].unicode() - '0';
            ++allFracDigits;
            if (fracDigits >= scale) {
                if (digit != 0)
                    return makeError(ErrorCode::InvalidInput,
                        QStringLiteral("too many decimal places (at most %1): %2").arg(scale).arg(t));
                continue;
            }
            fraction = fraction * 10 + digit;
            ++fracDigits;
        }
    }
    if (i != t.size() || (intDigits == 0 && allFracDigits == 0))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a number: %1").arg(t));

    fraction *= pow10(scale - fracDigits);
    qint64 value = 0;
    if (qMulOverflow(integer, pow10(scale), &value) || qAddOverflow(value, fraction, &value))
        return makeError(ErrorCode::Overflow, QStringLiteral("number too large: %1").arg(t));
    return negative ? -value : value;
}

QString formatScaled(qint64 value, int scale, int minFractionDigits)
{
    Q_ASSERT(scale >= 0 && scale <= 18);
    const bool negative = value < 0;
    // work on the magnitude as unsigned to survive INT64_MIN
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const quint64 divisor = quint64(pow10(scale));
    const quint64 integer = magnitude / divisor;
    quint64 fraction = magnitude % divisor;

    QString out;
    if (negative)
        out += u'-';
    out += QString::number(integer);
    if (scale == 0)
        return out;
    QString frac = QString::number(fraction).rightJustified(scale, u'0');
    int keep = frac.size();
    while (keep > minFractionDigits && frac[keep - 1] == u'0')
        --keep;
    frac.truncate(keep);
    if (!frac.isEmpty())
        out += u'.' + frac;
    return out;
}

} // namespace minutier::Decimal
