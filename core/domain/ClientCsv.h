#pragma once

#include "common/Result.h"
#include "domain/Client.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace minutier {

class Database;

// CSV import and export of clients (RFC 4180: comma or semicolon separated, quoted fields, UTF-8).
// The header names the columns: name,email,phone,kind,company,siren,vat_number,address,language,notes
// (only "name" is required; French headers "nom", "téléphone", "entreprise", "langue" are accepted).
class ClientCsv final
{
public:
    struct RowError {
        int line = 0; // 1-based line of the file
        QString reason; // translated
    };
    struct Parsed {
        QList<Client> clients; // valid rows, normalised
        QList<RowError> errors; // bad rows, skipped
    };

    static Result<Parsed> parse(const QByteArray &data);
    // Parses `data` and saves its valid rows in one transaction (all of them or, on a storage
    // error, none); the bad rows are reported in `errors`, never saved. The returned clients carry
    // their new ids. With `strict`, one bad row refuses the whole file (InvalidInput, nothing saved).
    static Result<Parsed> importInto(Database &db, const QByteArray &data, bool strict = false);
    static QByteArray write(const QList<Client> &clients);

    // One CSV record split into fields (exposed for tests).
    static QList<QStringList> records(const QString &text, QChar separator, QList<int> *lines = nullptr);
};

} // namespace minutier
