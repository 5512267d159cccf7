#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace minutier::SqlUtil {

// Timestamps are stored as ISO 8601 UTC text with milliseconds: portable and sortable.
inline QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeFromDb(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get '' instead.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace minutier::SqlUtil
