#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace minutier {

class Database;

// The expert's optional logo, printed top left of every invoice rendered from now on. The image
// bytes themselves are kept in the database (settings key "invoice_logo", base64), so a shared
// PostgreSQL database gives every workstation the same logo. An empty value means no logo.
namespace InvoiceLogo {
Result<QByteArray> load(Database &db);
Status save(Database &db, const QByteArray &image);
Status clear(Database &db);
} // namespace InvoiceLogo

} // namespace minutier
