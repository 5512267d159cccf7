#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace minutier {

// One VEVENT of an iCalendar (RFC 5545) invitation.
struct IcsEvent {
    QString uid;
    QDateTime start; // UTC
    QDateTime end; // UTC
    QDateTime stamp; // UTC (DTSTAMP)
    QString summary;
    QString description;
    QString location;
    QString url;
    QString organizerName;
    QString organizerEmail;
    QString attendeeName;
    QString attendeeEmail;
    int alarmMinutesBefore = 0; // 0: no reminder
};

// Writes and reads the .ics invitation of an open slot: METHOD:REQUEST, times in UTC, text escaped
// and lines folded at 75 octets (UTF-8 safe), CRLF line ends.
class IcsCalendar final
{
public:
    static QByteArray write(const QList<IcsEvent> &events, const QString &productId = QStringLiteral("-//Minutier//Minutier//EN"));
    static Result<QList<IcsEvent>> parse(const QByteArray &data);

    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &text);
    static QString formatUtc(const QDateTime &time); // 20261124T140000Z
    static QDateTime parseTime(const QString &value); // UTC "Z" or floating (taken as UTC) or DATE
};

} // namespace minutier
