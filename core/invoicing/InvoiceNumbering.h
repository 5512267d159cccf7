#pragma once

#include <QDate>
#include <QString>

namespace minutier::InvoiceNumbering {

// Pure functions of the numbering pattern. Tokens: {YYYY} (year), {YY}, {MM} and {NNNN} (the
// sequence, zero-padded to the number of N's; never truncated).
// The counter period: "2026" when the pattern holds a year (yearly reset), "" otherwise (one
// continuous sequence).
QString period(const QString &pattern, QDate date);
QString format(const QString &pattern, QDate date, qint64 sequence);

} // namespace minutier::InvoiceNumbering
