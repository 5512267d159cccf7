#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace minutier {

class Database;

// The archive of a period: a ZIP holding each issued document as a Factur-X PDF named after its
// number, and index.csv (the AccountingExport CSV of the period). Returns the number of documents.
namespace InvoiceArchive {
// `progress(done, total)` is called after each document (for a progress dialog).
Result<int> write(Database &db, QDate from, QDate to, const QString &zipPath,
    const std::function<void(int done, int total)> &progress = {});
}

} // namespace minutier
