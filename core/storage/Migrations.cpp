#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace minutier::Migrations {

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inDollar = false;
    bool inBlock = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("--")) && current.trimmed().isEmpty())
            continue;
        current += raw + u'\n';
        const int dollars = line.count(QLatin1String("$$"));
        if (dollars % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        const QString upper = line.toUpper();
        if (!inBlock && (upper.endsWith(QLatin1String(" BEGIN")) || upper == QLatin1String("BEGIN")))
            inBlock = true;
        if (inBlock) {
            if (upper == QLatin1String("END;")) {
                inBlock = false;
                statements << current.trimmed();
                current.clear();
            }
            continue;
        }
        if (line.endsWith(u';')) {
            QString s = current.trimmed();
            s.chop(1);
            statements << s;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QList<Migration> all(bool postgres)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+?)(\\.sqlite|\\.postgresql)?\\.sql$"));
    QMap<int, Migration> byVersion;
    QMap<int, bool> specific;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        const QString variant = m.captured(3);
        if (!variant.isEmpty() && (variant == QLatin1String(".postgresql")) != postgres)
            continue;
        const int version = m.captured(1).toInt();
        if (specific.value(version) && variant.isEmpty())
            continue; // an engine-specific variant wins over the shared file
        QFile f(QStringLiteral(":/migrations/") + file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = version;
        migration.name = m.captured(2);
        migration.statements = splitStatements(QString::fromUtf8(f.readAll()));
        byVersion.insert(version, migration);
        specific.insert(version, !variant.isEmpty());
    }
    return byVersion.values();
}

QList<int> versions()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+?(\\.sqlite|\\.postgresql)?\\.sql$"));
    QList<int> found;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        const int version = m.captured(1).toInt();
        if (found.isEmpty() || found.last() != version)
            found.append(version);
    }
    return found;
}

int latestVersion()
{
    const QList<int> shipped = versions();
    return shipped.isEmpty() ? 0 : shipped.last();
}

} // namespace minutier::Migrations
