#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace minutier {

class Database;

// Exports for the accountant and the tax administration.
namespace AccountingExport {

// One line of the Fichier des Écritures Comptables (art. A47 A-1 du LPF), 18 fields.
struct FecLine
{
    QString journalCode, journalLib, ecritureNum;
    QDate ecritureDate;
    QString compteNum, compteLib, compAuxNum, compAuxLib, pieceRef;
    QDate pieceDate;
    QString ecritureLib;
    qint64 debitMinor = 0;
    qint64 creditMinor = 0;
    QDate validDate;
    int exponent = 2;
};

// The sales-journal entries of issued documents, in issue order: an invoice debits the client
// (411) with the gross and credits sales (706) with the net and output VAT (44571) per rate; a
// credit note does the opposite. Every entry balances.
QList<FecLine> fecLines(const QList<Invoice> &documents);
// A card payment received (or refunded) for an invoice, for the bank journal.
struct CardMovement
{
    QString invoiceNumber;
    QString clientId;
    QString clientName;
    QDate date;
    qint64 amountMinor = 0;
    bool refund = false;
    QString reference;
    int exponent = 2;
};
// The bank-journal entries ("BQ", account 512000 against the client's 411000) of card movements.
QList<FecLine> fecBankLines(const QList<CardMovement> &movements);

// The file text: header + lines, '|'-separated, CR LF, ISO 8859-15, dates YYYYMMDD, amounts with a
// decimal comma.
QByteArray fecText(const QList<FecLine> &lines);
// "<SIREN>FEC<YYYYMMDD>.txt" for a fiscal year closing on `closing`.
QString fecFileName(const QString &siren, QDate closing);

// Writes the FEC of calendar year `year` into `dir`; returns the file path. The SIREN is the
// seller's on the documents (else the profile's).
Result<QString> writeFec(Database &db, int year, const QString &dir);

// CSV (RFC 4180, UTF-8, '.' decimals) of the documents issued and the card payments and refunds
// recorded between `from` and `to` inclusive (local dates).
Status writeCsv(Database &db, QDate from, QDate to, const QString &file);
QByteArray csvText(const QList<Invoice> &documents);

} // namespace AccountingExport

} // namespace minutier
