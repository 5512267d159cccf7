#include "Identifiers.h"

namespace minutier::Identifiers {

namespace {
bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}
} // namespace

QString compact(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == u'.' || c == u'-' || c == QChar(0x00A0) || c == QChar(0x202F))
            continue;
        out += c.toUpper();
    }
    return out;
}

bool luhnValid(QStringView digits)
{
    if (!allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].unicode() - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool isValidSiren(QStringView text)
{
    const QString s = compact(text);
    return s.size() == 9 && luhnValid(s);
}

bool isValidSiret(QStringView text)
{
    const QString s = compact(text);
    if (s.size() != 14 || !allDigits(s))
        return false;
    if (s.startsWith(QLatin1String("356000000"))) {
        int sum = 0;
        for (QChar c : s)
            sum += c.unicode() - '0';
        return sum % 5 == 0;
    }
    return luhnValid(s);
}

bool isFrenchVatNumber(QStringView text)
{
    return compact(text).startsWith(QLatin1String("FR"));
}

bool isValidVatNumber(QStringView text)
{
    const QString s = compact(text);
    if (s.size() < 4 || !s[0].isLetter() || !s[1].isLetter())
        return false;
    if (s.startsWith(QLatin1String("FR"))) {
        if (s.size() != 13)
            return false;
        const QString siren = s.mid(4);
        if (!isValidSiren(siren))
            return false;
        const QString key = s.mid(2, 2);
        if (!allDigits(key))
            return true; // the (rare) alphanumeric keys of newer numbers: format only
        const qint64 expected = (12 + 3 * (siren.toLongLong() % 97)) % 97;
        return key.toInt() == expected;
    }
    if (s.size() > 15)
        return false;
    for (qsizetype i = 2; i < s.size(); ++i) {
        if (!s[i].isLetterOrNumber() || s[i].unicode() > 127)
            return false;
    }
    return true;
}

bool isValidIban(QStringView text)
{
    const QString s = compact(text);
    if (s.size() < 15 || s.size() > 34 || !s[0].isLetter() || !s[1].isLetter() || !s[2].isDigit() || !s[3].isDigit())
        return false;
    const QString rearranged = s.mid(4) + s.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - '0';
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - 'A' + 10;
        else
            return false;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

QString formatSiret(QStringView siret)
{
    const QString s = compact(siret);
    if (s.size() != 14)
        return s;
    return s.left(3) + u' ' + s.mid(3, 3) + u' ' + s.mid(6, 3) + u' ' + s.mid(9);
}

} // namespace minutier::Identifiers
