#include "InvoiceNumbering.h"

#include <QRegularExpression>

namespace minutier::InvoiceNumbering {

QString period(const QString &pattern, QDate date)
{
    if (pattern.contains(QLatin1String("{MM}"))
        && (pattern.contains(QLatin1String("{YYYY}")) || pattern.contains(QLatin1String("{YY}"))))
        return date.toString(QStringLiteral("yyyy-MM"));
    if (pattern.contains(QLatin1String("{YYYY}")) || pattern.contains(QLatin1String("{YY}")))
        return QString::number(date.year());
    return QString();
}

QString format(const QString &pattern, QDate date, qint64 sequence)
{
    static const QRegularExpression counter(QStringLiteral("\\{(N+)\\}"));
    QString out = pattern;
    out.replace(QLatin1String("{YYYY}"), QString::number(date.year()).rightJustified(4, u'0'));
    out.replace(QLatin1String("{YY}"), QString::number(date.year() % 100).rightJustified(2, u'0'));
    out.replace(QLatin1String("{MM}"), QString::number(date.month()).rightJustified(2, u'0'));
    const auto m = counter.match(out);
    if (m.hasMatch())
        out.replace(
            m.capturedStart(), m.capturedLength(), QString::number(sequence).rightJustified(m.capturedLength(1), u'0'));
    return out;
}

} // namespace minutier::InvoiceNumbering
