#include "IcsCalendar.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace minutier {

namespace {

// Folds a content line at 75 octets without splitting a UTF-8 sequence (RFC 5545 §3.1).
QByteArray fold(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype len = 1;
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        if (width + len > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += utf8.mid(i, len);
        width += int(len);
        i += len;
    }
    return out + "\r\n";
}

QString paramQuote(const QString &value)
{
    QString v = value;
    v.remove(u'"');
    return v.contains(u',') || v.contains(u';') || v.contains(u':') ? u'"' + v + u'"' : v;
}

struct ContentLine {
    QString name;
    QHash<QString, QString> params;
    QString value;
};

ContentLine splitLine(const QString &line)
{
    ContentLine out;
    // name *(";" param) ":" value, where quoted parameter values may contain ':' and ';'.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return out;
    out.value = line.mid(colon + 1);
    const QString head = line.left(colon);
    QStringList parts;
    QString current;
    quoted = false;
    for (const QChar ch : head) {
        if (ch == u'"')
            quoted = !quoted;
        if (ch == u';' && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    parts << current;
    out.name = parts.takeFirst().toUpper();
    for (const QString &p : std::as_const(parts)) {
        const qsizetype eq = p.indexOf(u'=');
        if (eq > 0) {
            QString v = p.mid(eq + 1);
            if (v.startsWith(u'"') && v.endsWith(u'"') && v.size() >= 2)
                v = v.mid(1, v.size() - 2);
            out.params.insert(p.left(eq).toUpper(), v);
        }
    }
    return out;
}

QString mailto(const QString &value)
{
    return value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? value.mid(7) : value;
}

} // namespace

QString IcsCalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c != u'\r')
            out += c;
    }
    return out;
}

QString IcsCalendar::unescapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += c;
        }
    }
    return out;
}

QString IcsCalendar::formatUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QDateTime IcsCalendar::parseTime(const QString &value)
{
    QString v = value.trimmed();
    if (v.size() == 8) {
        const QDate d = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? d.startOfDay(Qt::UTC) : QDateTime();
    }
    if (v.endsWith(u'Z'))
        v.chop(1);
    const QDateTime local = QDateTime::fromString(v, QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QByteArray IcsCalendar::write(const QList<IcsEvent> &events, const QString &productId)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += fold(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:") + productId);
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:REQUEST"));
    for (const IcsEvent &e : events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + e.uid);
        line(QStringLiteral("DTSTAMP:") + formatUtc(e.stamp));
        line(QStringLiteral("DTSTART:") + formatUtc(e.start));
        line(QStringLiteral("DTEND:") + formatUtc(e.end));
        line(QStringLiteral("SUMMARY:") + escapeText(e.summary));
        if (!e.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(e.description));
        if (!e.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(e.location));
        if (!e.url.isEmpty())
            line(QStringLiteral("URL:") + e.url);
        if (!e.organizerEmail.isEmpty())
            line(QStringLiteral("ORGANIZER;CN=") + paramQuote(e.organizerName) + QStringLiteral(":mailto:") + e.organizerEmail);
        if (!e.attendeeEmail.isEmpty())
            line(QStringLiteral("ATTENDEE;CN=") + paramQuote(e.attendeeName)
                + QStringLiteral(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:") + e.attendeeEmail);
        line(QStringLiteral("SEQUENCE:0"));
        line(QStringLiteral("STATUS:CONFIRMED"));
        if (e.alarmMinutesBefore > 0) {
            line(QStringLiteral("BEGIN:VALARM"));
            line(QStringLiteral("ACTION:DISPLAY"));
            line(QStringLiteral("DESCRIPTION:") + escapeText(e.summary));
            line(QStringLiteral("TRIGGER:-PT%1M").arg(e.alarmMinutesBefore));
            line(QStringLiteral("END:VALARM"));
        }
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<QList<IcsEvent>> IcsCalendar::parse(const QByteArray &data)
{
    // Unfold: a line break followed by a space or a tab continues the previous line.
    QString text = QString::fromUtf8(data);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QStringLiteral("\n "), QString());
    text.replace(QStringLiteral("\n\t"), QString());
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first().trimmed().compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not an iCalendar file (no BEGIN:VCALENDAR)"));

    QList<IcsEvent> events;
    IcsEvent current;
    bool inEvent = false;
    bool inAlarm = false;
    bool closed = false;
    for (const QString &raw : lines) {
        const ContentLine l = splitLine(raw);
        if (l.name == QLatin1String("BEGIN") && l.value.compare(QLatin1String("VEVENT"), Qt::CaseInsensitive) == 0) {
            current = IcsEvent();
            inEvent = true;
        } else if (l.name == QLatin1String("END") && l.value.compare(QLatin1String("VEVENT"), Qt::CaseInsensitive) == 0) {
            if (!inEvent)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("END:VEVENT without BEGIN"));
            if (current.uid.isEmpty() || !current.start.isValid())
                return makeError(ErrorCode::InvalidInput, QStringLiteral("an event lacks UID or DTSTART"));
            events.append(current);
            inEvent = false;
        } else if (l.name == QLatin1String("BEGIN") && l.value.compare(QLatin1String("VALARM"), Qt::CaseInsensitive) == 0) {
            inAlarm = true;
        } else if (l.name == QLatin1String("END") && l.value.compare(QLatin1String("VALARM"), Qt::CaseInsensitive) == 0) {
            inAlarm = false;
        } else if (l.name == QLatin1String("END") && l.value.compare(QLatin1String("VCALENDAR"), Qt::CaseInsensitive) == 0) {
            closed = true;
        } else if (inEvent && inAlarm) {
            if (l.name == QLatin1String("TRIGGER")) {
                static const QRegularExpression minutes(QStringLiteral("^-PT(\\d+)M$"));
                const auto m = minutes.match(l.value.trimmed());
                if (m.hasMatch())
                    current.alarmMinutesBefore = m.captured(1).toInt();
            }
        } else if (inEvent) {
            if (l.name == QLatin1String("UID"))
                current.uid = l.value;
            else if (l.name == QLatin1String("DTSTART"))
                current.start = parseTime(l.value);
            else if (l.name == QLatin1String("DTEND"))
                current.end = parseTime(l.value);
            else if (l.name == QLatin1String("DTSTAMP"))
                current.stamp = parseTime(l.value);
            else if (l.name == QLatin1String("SUMMARY"))
                current.summary = unescapeText(l.value);
            else if (l.name == QLatin1String("DESCRIPTION"))
                current.description = unescapeText(l.value);
            else if (l.name == QLatin1String("LOCATION"))
                current.location = unescapeText(l.value);
            else if (l.name == QLatin1String("URL"))
                current.url = l.value;
            else if (l.name == QLatin1String("ORGANIZER")) {
                current.organizerEmail = mailto(l.value);
                current.organizerName = l.params.value(QStringLiteral("CN"));
            } else if (l.name == QLatin1String("ATTENDEE")) {
                current.attendeeEmail = mailto(l.value);
                current.attendeeName = l.params.value(QStringLiteral("CN"));
            }
        }
    }
    if (inEvent || !closed)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("truncated iCalendar file"));
    return events;
}

} // namespace minutier
