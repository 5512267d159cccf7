#include "BillingPolicy.h"

#include "money/Decimal.h"
#include "money/Money.h"

#include <QJsonArray>

namespace minutier {

Result<Increment> Increment::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype slash = t.indexOf(u'/');
    if (slash <= 0 || slash == t.size() - 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("increment must look like I/N (e.g. 60/60): %1").arg(t));
    bool okI = false;
    bool okN = false;
    const qint64 i = t.left(slash).toLongLong(&okI);
    const qint64 n = t.mid(slash + 1).toLongLong(&okN);
    if (!okI || !okN || i < 1 || n < 1 || i > BillingPolicy::kMaxIncrementSeconds || n > BillingPolicy::kMaxIncrementSeconds)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("increment seconds must be whole numbers between 1 and %1: %2")
                .arg(BillingPolicy::kMaxIncrementSeconds)
                .arg(t));
    return Increment { i, n };
}

QString Increment::toString() const
{
    return QString::number(initialSeconds) + u'/' + QString::number(stepSeconds);
}

Result<qint64> BillingPolicy::parseRate(QStringView text)
{
    auto r = Decimal::parseScaled(text, kRateScale);
    if (!r)
        return makeError(r.error().code, QStringLiteral("rate: %1").arg(r.error().detail));
    if (*r > kMaxRateE4)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("rate is absurdly high: %1").arg(text));
    return r;
}

Result<qint64> BillingPolicy::parseVat(QStringView text)
{
    auto r = Decimal::parseScaled(text, kVatScale);
    if (!r)
        return makeError(r.error().code, QStringLiteral("VAT rate: %1").arg(r.error().detail));
    if (*r > kMaxVatBasisPoints)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("VAT rate must be between 0 and 100: %1").arg(text));
    return r;
}

Status BillingPolicy::validate() const
{
    if (!currency.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown currency"));
    if (rateE4 < 0 || rateE4 > kMaxRateE4)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("rate out of range"));
    if (freeMinutes < 0 || freeMinutes > kMaxFreeMinutes)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("free minutes out of range"));
    if (increment.initialSeconds < 1 || increment.stepSeconds < 1 || increment.initialSeconds > kMaxIncrementSeconds
        || increment.stepSeconds > kMaxIncrementSeconds)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("increment out of range"));
    qint64 previous = 0;
    for (const Tier &tier : tiers) {
        if (tier.fromMinute <= previous)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("tiers must start after minute 0 and be in increasing order"));
        if (tier.fromMinute > 1'000'000'000 || tier.rateE4 < 0 || tier.rateE4 > kMaxRateE4)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("tier out of range"));
        previous = tier.fromMinute;
    }
    if (minimumMinor < 0 || minimumMinor > 1'000'000'000'000'000)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("minimum charge out of range"));
    if (vatBasisPoints < 0 || vatBasisPoints > kMaxVatBasisPoints)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("VAT rate must be between 0 and 100"));
    return {};
}

QString BillingPolicy::rateText() const
{
    return Decimal::formatScaled(rateE4, kRateScale, currency.exponent());
}

QString BillingPolicy::vatText() const
{
    return Decimal::formatScaled(vatBasisPoints, kVatScale, 0);
}

QJsonObject BillingPolicy::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("currency"), currency.code());
    o.insert(QLatin1String("rate"), rateText());
    o.insert(QLatin1String("free_minutes"), freeMinutes);
    o.insert(QLatin1String("increment"), increment.toString());
    QJsonArray t;
    for (const Tier &tier : tiers) {
        QJsonObject to;
        to.insert(QLatin1String("from_minute"), tier.fromMinute);
        to.insert(QLatin1String("rate"), Decimal::formatScaled(tier.rateE4, kRateScale, currency.exponent()));
        t.append(to);
    }
    o.insert(QLatin1String("tiers"), t);
    if (minimumMinor > 0)
        o.insert(QLatin1String("minimum"), Money::fromMinor(minimumMinor, currency).toDecimalString());
    o.insert(QLatin1String("vat"), vatText());
    o.insert(QLatin1String("prices_include_vat"), pricesIncludeVat);
    return o;
}

namespace {
// Accepts "3.00" and, for convenience, JSON numbers that are whole (3) — never fractional doubles.
Result<QString> decimalField(const QJsonValue &v, const char *name)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 whole = v.toInteger(-1);
        if (double(whole) == d && whole >= 0)
            return QString::number(whole);
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 must be a decimal string such as \"3.00\" (binary floating point is refused)")
                .arg(QLatin1String(name)));
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 must be a decimal string").arg(QLatin1String(name)));
}

Result<qint64> wholeField(const QJsonValue &v, const char *name)
{
    if (v.isDouble()) {
        const qint64 whole = v.toInteger(-1);
        if (double(whole) == v.toDouble() && whole >= 0)
            return whole;
    } else if (v.isString()) {
        bool ok = false;
        const qint64 whole = v.toString().toLongLong(&ok);
        if (ok && whole >= 0)
            return whole;
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 must be a whole number >= 0").arg(QLatin1String(name)));
}
} // namespace

Result<BillingPolicy> BillingPolicy::fromJson(const QJsonObject &json)
{
    BillingPolicy p;
    const auto currency = Currency::fromCode(json.value(QLatin1String("currency")).toString());
    if (!currency)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("unknown or missing currency: %1").arg(json.value(QLatin1String("currency")).toString()));
    p.currency = *currency;

    if (!json.contains(QLatin1String("rate")))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("rate is missing"));
    auto rateText = decimalField(json.value(QLatin1String("rate")), "rate");
    if (!rateText)
        return rateText.error();
    auto rate = parseRate(*rateText);
    if (!rate)
        return rate.error();
    p.rateE4 = *rate;

    if (json.contains(QLatin1String("free_minutes"))) {
        auto f = wholeField(json.value(QLatin1String("free_minutes")), "free_minutes");
        if (!f)
            return f.error();
        p.freeMinutes = *f;
    }
    if (json.contains(QLatin1String("increment"))) {
        if (!json.value(QLatin1String("increment")).isString())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("increment must be a string such as \"60/60\""));
        auto inc = Increment::parse(json.value(QLatin1String("increment")).toString());
        if (!inc)
            return inc.error();
        p.increment = *inc;
    }
    if (json.contains(QLatin1String("tiers"))) {
        const QJsonValue tv = json.value(QLatin1String("tiers"));
        if (!tv.isArray())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("tiers must be an array"));
        for (const QJsonValue &entry : tv.toArray()) {
            const QJsonObject to = entry.toObject();
            auto from = wholeField(to.value(QLatin1String("from_minute")), "tiers[].from_minute");
            if (!from)
                return from.error();
            auto tierRateText = decimalField(to.value(QLatin1String("rate")), "tiers[].rate");
            if (!tierRateText)
                return tierRateText.error();
            auto tierRate = parseRate(*tierRateText);
            if (!tierRate)
                return tierRate.error();
            p.tiers.append(Tier { *from, *tierRate });
        }
    }
    if (json.contains(QLatin1String("minimum")) && !json.value(QLatin1String("minimum")).isNull()) {
        auto minText = decimalField(json.value(QLatin1String("minimum")), "minimum");
        if (!minText)
            return minText.error();
        auto min = Money::parse(*minText, p.currency);
        if (!min)
            return makeError(min.error().code, QStringLiteral("minimum: %1").arg(min.error().detail));
        p.minimumMinor = min->minor();
    }
    if (json.contains(QLatin1String("vat"))) {
        auto vatText = decimalField(json.value(QLatin1String("vat")), "vat");
        if (!vatText)
            return vatText.error();
        auto vat = parseVat(*vatText);
        if (!vat)
            return vat.error();
        p.vatBasisPoints = *vat;
    }
    if (json.contains(QLatin1String("prices_include_vat"))) {
        const QJsonValue v = json.value(QLatin1String("prices_include_vat"));
        if (!v.isBool())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("prices_include_vat must be true or false"));
        p.pricesIncludeVat = v.toBool();
    }
    if (auto s = p.validate(); !s)
        return s.error();
    return p;
}

} // namespace minutier
