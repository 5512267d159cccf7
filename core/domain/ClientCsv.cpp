#include "ClientCsv.h"

#include "domain/Identifiers.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace minutier {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("minutier::ClientCsv", text);
}

const QStringList kColumns = { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
    QStringLiteral("kind"), QStringLiteral("company"), QStringLiteral("siren"), QStringLiteral("vat_number"),
    QStringLiteral("address"), QStringLiteral("language"), QStringLiteral("notes") };

QString canonicalColumn(QString header)
{
    header = header.trimmed().toLower();
    header.replace(u' ', u'_');
    header.replace(u'-', u'_');
    static const QHash<QString, QString> aliases = {
        { QStringLiteral("nom"), QStringLiteral("name") },
        { QStringLiteral("e_mail"), QStringLiteral("email") },
        { QStringLiteral("courriel"), QStringLiteral("email") },
        { QStringLiteral("téléphone"), QStringLiteral("phone") },
        { QStringLiteral("telephone"), QStringLiteral("phone") },
        { QStringLiteral("relation"), QStringLiteral("kind") },
        { QStringLiteral("type"), QStringLiteral("kind") },
        { QStringLiteral("entreprise"), QStringLiteral("company") },
        { QStringLiteral("société"), QStringLiteral("company") },
        { QStringLiteral("vat"), QStringLiteral("vat_number") },
        { QStringLiteral("tva"), QStringLiteral("vat_number") },
        { QStringLiteral("adresse"), QStringLiteral("address") },
        { QStringLiteral("langue"), QStringLiteral("language") },
    };
    return aliases.value(header, header);
}

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}
} // namespace

QList<QStringList> ClientCsv::records(const QString &text, QChar separator, QList<int> *lines)
{
    QList<QStringList> out;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool any = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            any = true;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            any = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            if (any || !field.isEmpty()) {
                record.append(field);
                out.append(record);
                if (lines)
                    lines->append(recordLine);
            }
            record.clear();
            field.clear();
            any = false;
            ++line;
            recordLine = line;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record.append(field);
        out.append(record);
        if (lines)
            lines->append(recordLine);
    }
    return out;
}

Result<ClientCsv::Parsed> ClientCsv::parse(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = header.count(u';') > header.count(u',') ? u';' : u',';
    QList<int> lines;
    const QList<QStringList> rows = records(text, separator, &lines);
    if (rows.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("empty CSV file"));
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i)
        column.insert(canonicalColumn(rows.first().at(i)), i);
    if (!column.contains(QStringLiteral("name")))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the CSV header has no \"name\" column"));

    Parsed parsed;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const auto value = [&](const QString &name) {
            const int i = column.value(name, -1);
            return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
        };
        Client c;
        c.name = value(QStringLiteral("name"));
        c.email = value(QStringLiteral("email"));
        c.phone = value(QStringLiteral("phone"));
        c.company = value(QStringLiteral("company"));
        c.siren = value(QStringLiteral("siren"));
        c.vatNumber = value(QStringLiteral("vat_number")).toUpper();
        c.address = value(QStringLiteral("address"));
        c.notes = value(QStringLiteral("notes"));
        const QString language = value(QStringLiteral("language")).toLower();
        const QString kind = value(QStringLiteral("kind")).toLower();
        QString reason;
        if (!language.isEmpty() && language != QLatin1String("fr") && language != QLatin1String("en"))
            reason = tr("language must be fr or en");
        else
            c.language = language.isEmpty() ? QStringLiteral("fr") : language;
        if (reason.isEmpty() && !kind.isEmpty()) {
            if (auto k = clientKindFromKey(kind))
                c.kind = *k;
            else
                reason = tr("unknown relationship \"%1\" (former, prospect, network, premium or audience)").arg(kind);
        }
        if (reason.isEmpty()) {
            if (c.name.isEmpty())
                reason = tr("the name is missing");
            else if (!c.siren.isEmpty() && !Identifiers::isValidSiren(Identifiers::compact(c.siren)))
                reason = tr("the SIREN is not valid");
            else if (!c.vatNumber.isEmpty() && !Identifiers::isValidVatNumber(Identifiers::compact(c.vatNumber)))
                reason = tr("the VAT number is not valid");
            else if (auto s = ClientRepository::validate(c); !s)
                reason = tr("the e-mail address is not valid");
        }
        if (reason.isEmpty())
            parsed.clients.append(c);
        else
            parsed.errors.append({ lines.value(r), reason });
    }
    return parsed;
}

Result<ClientCsv::Parsed> ClientCsv::importInto(Database &db, const QByteArray &data, bool strict)
{
    auto parsed = parse(data);
    if (!parsed)
        return parsed.error();
    if (strict && !parsed->errors.isEmpty()) {
        const RowError &first = parsed->errors.first();
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("line %1: %2 (%3 bad row(s); nothing was imported)")
                .arg(first.line)
                .arg(first.reason)
                .arg(parsed->errors.size()));
    }
    ClientRepository repo(db);
    QList<Client> saved;
    auto stored = db.inTransaction([&]() -> Status {
        for (const Client &c : std::as_const(parsed->clients)) {
            auto s = repo.save(c);
            if (!s)
                return s.error();
            saved.append(s.value());
        }
        return {};
    });
    if (!stored)
        return stored.error();
    Parsed imported;
    imported.clients = saved;
    imported.errors = parsed->errors;
    return imported;
}

QByteArray ClientCsv::write(const QList<Client> &clients)
{
    QString out = kColumns.join(u',') + QStringLiteral("\r\n");
    for (const Client &c : clients) {
        const QStringList fields = { c.name, c.email, c.phone, clientKindKey(c.kind), c.company, c.siren, c.vatNumber,
            c.address, c.language, c.notes };
        QStringList cells;
        for (const QString &f : fields)
            cells.append(quoted(f));
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace minutier
