#include "QuoteRequest.h"

#include "money/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <charconv>

namespace minutier {

namespace {

enum Key { Rate, CurrencyKey, DurationMs, FreeMinutes, IncrementKey, Tiers, Minimum, Cap, Vat, PricesIncludeVat, KeyCount };

constexpr std::array<QLatin1StringView, KeyCount> kKeys { {
    QLatin1StringView("rate"),
    QLatin1StringView("currency"),
    QLatin1StringView("duration_ms"),
    QLatin1StringView("free_minutes"),
    QLatin1StringView("increment"),
    QLatin1StringView("tiers"),
    QLatin1StringView("minimum"),
    QLatin1StringView("cap"),
    QLatin1StringView("vat"),
    QLatin1StringView("prices_include_vat"),
} };

// A JSON value as far as a quote request cares.
struct Value {
    enum Type : quint8 { Missing, Null, Bool, Integer, String, Array, Other };
    Type type = Missing;
    bool boolean = false;
    qint64 integer = 0;
    QStringView text;
};

struct TierValues {
    bool isObject = true;
    Value fromMinute;
    Value rate;
};

struct Fields {
    std::array<Value, KeyCount> values;
    QVarLengthArray<TierValues, 8> tiers;
    QString unknownKey; // set when the object has a key we do not know
    bool hasUnknownKey = false;
};

// ---------------------------------------------------------------------------------------------
// Fast path: a strict parser for flat ASCII lines. Returns false whenever the line leaves the subset it
// handles (the caller then uses QJsonDocument), never a different answer.
class FastParser
{
public:
    FastParser(QByteArrayView line, char16_t *storage)
        : m_p(line.data())
        , m_end(line.data() + line.size())
        , m_storage(storage)
    {
    }

    bool parse(Fields &fields)
    {
        skipSpace();
        if (!consume('{'))
            return false;
        skipSpace();
        if (consume('}'))
            return atEnd();
        quint32 seen = 0;
        for (;;) {
            QStringView key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (!consume(':'))
                return false;
            skipSpace();
            int index = -1;
            for (int k = 0; k < KeyCount; ++k) {
                if (key == kKeys[k]) {
                    index = k;
                    break;
                }
            }
            if (index < 0 || (seen & (1u << index)))
                return false; // unknown or duplicate key: let QJsonDocument decide
            seen |= 1u << index;
            if (index == Tiers && peek() == '[') {
                if (!parseTiers(fields))
                    return false;
                fields.values[Tiers].type = Value::Array;
            } else if (!parseScalar(fields.values[index])) {
                return false;
            }
            skipSpace();
            if (consume(','))
                skipSpace();
            else if (consume('}'))
                return atEnd();
            else
                return false;
        }
    }

private:
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool consume(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool matchWord(const char *word)
    {
        const char *p = m_p;
        for (; *word; ++word, ++p) {
            if (p >= m_end || *p != *word)
                return false;
        }
        m_p = p;
        return true;
    }

    // ASCII strings without escapes only; copied to the UTF-16 storage.
    bool parseString(QStringView &out)
    {
        if (!consume('"'))
            return false;
        char16_t *start = m_storage;
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                out = QStringView(start, m_storage - start);
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80)
                return false;
            *m_storage++ = char16_t(c);
            ++m_p;
        }
        return false;
    }

    bool parseScalar(Value &value)
    {
        const char c = peek();
        if (c == '"') {
            value.type = Value::String;
            return parseString(value.text);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            const char *start = m_p;
            if (*m_p == '-')
                ++m_p;
            const char *digits = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == digits || (*digits == '0' && m_p - digits > 1))
                return false; // no digits, or a leading zero (invalid JSON)
            if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
                return false; // fractions and exponents: QJsonDocument
            const auto r = std::from_chars(start, m_p, value.integer);
            if (r.ec != std::errc() || r.ptr != m_p)
                return false; // out of 64-bit range
            value.type = Value::Integer;
            return true;
        }
        if (matchWord("true")) {
            value.type = Value::Bool;
            value.boolean = true;
            return true;
        }
        if (matchWord("false")) {
            value.type = Value::Bool;
            value.boolean = false;
            return true;
        }
        if (matchWord("null")) {
            value.type = Value::Null;
            return true;
        }
        return false;
    }

    bool parseTiers(Fields &fields)
    {
        consume('[');
        skipSpace();
        if (consume(']'))
            return true;
        for (;;) {
            if (!consume('{'))
                return false;
            TierValues tier;
            skipSpace();
            bool first = true;
            while (!consume('}')) {
                if (!first) {
                    if (!consume(','))
                        return false;
                    skipSpace();
                }
                first = false;
                QStringView key;
                if (!parseString(key))
                    return false;
                skipSpace();
                if (!consume(':'))
                    return false;
                skipSpace();
                Value *target = nullptr;
                if (key == QLatin1StringView("from_minute"))
                    target = &tier.fromMinute;
                else if (key == QLatin1StringView("rate"))
                    target = &tier.rate;
                if (!target || target->type != Value::Missing)
                    return false;
                if (!parseScalar(*target))
                    return false;
                skipSpace();
            }
            fields.tiers.append(tier);
            skipSpace();
            if (consume(','))
                skipSpace();
            else if (consume(']'))
                return true;
            else
                return false;
        }
    }

    const char *m_p;
    const char *m_end;
    char16_t *m_storage;
};

// ---------------------------------------------------------------------------------------------
// General path: QJsonDocument. `strings` keeps the texts the views point to alive.
Value fromJsonValue(const QJsonValue &v, QStringList &strings)
{
    Value value;
    switch (v.type()) {
    case QJsonValue::Null:
        value.type = Value::Null;
        break;
    case QJsonValue::Bool:
        value.type = Value::Bool;
        value.boolean = v.toBool();
        break;
    case QJsonValue::Double: {
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = v.toInteger(notWhole);
        if (whole != notWhole) {
            value.type = Value::Integer;
            value.integer = whole;
        } else {
            value.type = Value::Other; // a fraction or out of range
        }
        break;
    }
    case QJsonValue::String:
        strings.append(v.toString());
        value.type = Value::String;
        value.text = strings.constLast();
        break;
    case QJsonValue::Array:
        value.type = Value::Array;
        break;
    default:
        value.type = Value::Other;
        break;
    }
    return value;
}

Status parseGeneral(QByteArrayView line, Fields &fields, QStringList &strings)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a line must be a JSON object"));
    const QJsonObject object = doc.object();
    strings.reserve(object.size() * 2 + 8); // views must not move
    for (auto it = object.begin(); it != object.end(); ++it) {
        int index = -1;
        for (int k = 0; k < KeyCount; ++k) {
            if (it.key() == kKeys[k]) {
                index = k;
                break;
            }
        }
        if (index < 0) {
            if (!fields.hasUnknownKey) {
                fields.hasUnknownKey = true;
                fields.unknownKey = it.key();
            }
            continue;
        }
        fields.values[index] = fromJsonValue(it.value(), strings);
        if (index == Tiers && it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            strings.reserve(strings.size() + array.size() * 2);
            for (const QJsonValue &entry : array) {
                TierValues tier;
                if (!entry.isObject()) {
                    tier.isObject = false;
                    fields.tiers.append(tier);
                    continue;
                }
                const QJsonObject to = entry.toObject();
                for (auto t = to.begin(); t != to.end(); ++t) {
                    if (t.key() == QLatin1StringView("from_minute")) {
                        tier.fromMinute = fromJsonValue(t.value(), strings);
                    } else if (t.key() == QLatin1StringView("rate")) {
                        tier.rate = fromJsonValue(t.value(), strings);
                    } else if (!fields.hasUnknownKey) {
                        fields.hasUnknownKey = true;
                        fields.unknownKey = QStringLiteral("tiers[].") + t.key();
                    }
                }
                fields.tiers.append(tier);
            }
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// One conversion from values to a request, shared by both paths.

// Decimal amounts: a string, or a whole JSON number >= 0 read as its decimal digits.
template<typename Parse>
auto decimal(const Value &v, const char *name, Parse &&parse) -> decltype(parse(QStringView()))
{
    if (v.type == Value::String)
        return parse(v.text);
    if (v.type == Value::Integer && v.integer >= 0) {
        char digits[24] = {};
        const auto r = std::to_chars(digits, digits + sizeof digits, v.integer);
        char16_t text[24] = {};
        const qsizetype n = r.ptr - digits;
        for (qsizetype i = 0; i < n; ++i)
            text[i] = char16_t(digits[i]);
        return parse(QStringView(text, n));
    }
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("%1 must be a decimal string such as \"3.00\"").arg(QLatin1StringView(name)));
}

Result<qint64> whole(const Value &v, const char *name)
{
    if (v.type == Value::Integer && v.integer >= 0)
        return v.integer;
    if (v.type == Value::String) {
        bool ok = false;
        const qint64 n = v.text.trimmed().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 must be a whole number >= 0").arg(QLatin1StringView(name)));
}

std::optional<Currency> lookUpCurrency(QStringView code)
{
    // Currency::fromCode allocates (upper-casing); the usual three upper-case letters are found here without.
    struct Entry {
        char16_t code[3];
        Currency currency;
    };
    static const QVarLengthArray<Entry, 32> table = [] {
        QVarLengthArray<Entry, 32> t;
        for (const QString &c : Currency::knownCodes())
            t.append(Entry { { c[0].unicode(), c[1].unicode(), c[2].unicode() }, *Currency::fromCode(c) });
        return t;
    }();
    if (code.size() == 3) {
        for (const Entry &e : table) {
            if (e.code[0] == code[0] && e.code[1] == code[1] && e.code[2] == code[2])
                return e.currency;
        }
    }
    return Currency::fromCode(code);
}

Status toRequest(const Fields &f, QuoteRequest &out)
{
    if (f.hasUnknownKey)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown key \"%1\"").arg(f.unknownKey));

    BillingPolicy &p = out.policy;
    p.tiers.clear(); // keeps the capacity for the next line
    p.freeMinutes = 0;
    p.increment = Increment();
    p.minimumMinor = 0;
    p.vatBasisPoints = 0;
    p.pricesIncludeVat = false;
    out.capMinor.reset();

    const Value &currency = f.values[CurrencyKey];
    std::optional<Currency> c;
    if (currency.type == Value::String)
        c = lookUpCurrency(currency.text);
    if (currency.type == Value::Missing)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("currency is missing"));
    if (!c)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("unknown currency (ISO 4217 code expected): %1").arg(currency.type == Value::String ? currency.text : QStringView()));
    p.currency = *c;

    if (f.values[Rate].type == Value::Missing)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("rate is missing"));
    auto rate = decimal(f.values[Rate], "rate", [](QStringView t) { return BillingPolicy::parseRate(t); });
    if (!rate)
        return rate.error();
    p.rateE4 = *rate;

    if (f.values[DurationMs].type == Value::Missing)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("duration_ms is missing"));
    auto duration = whole(f.values[DurationMs], "duration_ms");
    if (!duration)
        return duration.error();
    out.durationMs = *duration;

    if (f.values[FreeMinutes].type != Value::Missing) {
        auto free = whole(f.values[FreeMinutes], "free_minutes");
        if (!free)
            return free.error();
        p.freeMinutes = *free;
    }
    if (const Value &v = f.values[IncrementKey]; v.type != Value::Missing) {
        if (v.type != Value::String)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("increment must be a string such as \"60/60\""));
        auto inc = Increment::parse(v.text);
        if (!inc)
            return inc.error();
        p.increment = *inc;
    }
    if (const Value &v = f.values[Tiers]; v.type != Value::Missing) {
        if (v.type != Value::Array)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("tiers must be an array"));
        for (const TierValues &t : f.tiers) {
            if (!t.isObject)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("tiers must be objects {\"from_minute\":30,\"rate\":\"2.50\"}"));
            auto from = whole(t.fromMinute, "tiers[].from_minute");
            if (!from)
                return from.error();
            auto tierRate = decimal(t.rate, "tiers[].rate", [](QStringView text) { return BillingPolicy::parseRate(text); });
            if (!tierRate)
                return tierRate.error();
            p.tiers.append(Tier { *from, *tierRate });
        }
    }
    const Currency cur = p.currency;
    auto money = [cur](QStringView t) -> Result<qint64> {
        auto m = Money::parse(t, cur);
        if (!m)
            return m.error();
        return m->minor();
    };
    if (const Value &v = f.values[Minimum]; v.type != Value::Missing && v.type != Value::Null) {
        auto min = decimal(v, "minimum", money);
        if (!min)
            return makeError(min.error().code, QStringLiteral("minimum: %1").arg(min.error().detail));
        p.minimumMinor = *min;
    }
    if (const Value &v = f.values[Cap]; v.type != Value::Missing && v.type != Value::Null) {
        auto cap = decimal(v, "cap", money);
        if (!cap)
            return makeError(cap.error().code, QStringLiteral("cap: %1").arg(cap.error().detail));
        out.capMinor = *cap;
    }
    if (const Value &v = f.values[Vat]; v.type != Value::Missing) {
        auto vat = decimal(v, "vat", [](QStringView t) { return BillingPolicy::parseVat(t); });
        if (!vat)
            return vat.error();
        p.vatBasisPoints = *vat;
    }
    if (const Value &v = f.values[PricesIncludeVat]; v.type != Value::Missing) {
        if (v.type != Value::Bool)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("prices_include_vat must be true or false"));
        p.pricesIncludeVat = v.boolean;
    }
    return p.validate();
}

} // namespace

Status QuoteRequest::parseJsonLine(QByteArrayView line, QuoteRequest &out)
{
    Fields fields;
    QVarLengthArray<char16_t, 1024> storage(line.size() + 1);
    if (FastParser(line, storage.data()).parse(fields))
        return toRequest(fields, out);

    Fields general;
    QStringList strings;
    if (auto s = parseGeneral(line, general, strings); !s)
        return s;
    return toRequest(general, out);
}

} // namespace minutier
