#include "InvoiceArchive.h"

#include "invoicing/AccountingExport.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/ZipWriter.h"
#include "metering/Clock.h"
#include "pdf/InvoicePdfRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace minutier::InvoiceArchive {

namespace {
class NoClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    QDateTime nowUtc() const override { return {}; }
};
} // namespace

Result<int> write(
    Database &db, QDate from, QDate to, const QString &zipPath, const std::function<void(int, int)> &progress)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the period must be two dates, the first not after the second"));
    NoClock clock;
    InvoiceFilter filter;
    filter.from = from;
    filter.to = to;
    filter.statuses
        = { InvoiceStatus::Issued, InvoiceStatus::Paid, InvoiceStatus::PartlyRefunded, InvoiceStatus::Refunded };
    auto docs = InvoiceService(db, clock).list(filter);
    if (!docs)
        return docs.error();
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary folder"));
    const QString csv = work.filePath(QStringLiteral("index.csv"));
    if (auto s = AccountingExport::writeCsv(db, from, to, csv); !s)
        return s.error();
    if (!QDir().mkpath(QFileInfo(zipPath).absolutePath()))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(QFileInfo(zipPath).absolutePath()));
    const QString partial = zipPath + QStringLiteral(".part");
    ZipWriter zip(partial);
    if (auto s = zip.open(); !s)
        return s.error();
    auto fail = [&](const Error &e) -> Result<int> {
        QFile::remove(partial);
        return e;
    };
    QFile index(csv);
    if (!index.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(csv)));
    if (auto s = zip.add(QStringLiteral("index.csv"), index.readAll(), QDateTime::currentDateTime()); !s)
        return fail(s.error());
    int done = 0;
    for (const Invoice &inv : *docs) {
        const QString pdf = work.filePath(QStringLiteral("doc.pdf"));
        if (auto s = InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::FacturX); !s)
            return fail(s.error());
        QFile f(pdf);
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(pdf)));
        QString name = inv.number;
        name.replace(u'/', u'-').replace(u'\\', u'-');
        if (auto s = zip.add(name + QStringLiteral(".pdf"), f.readAll(), inv.issuedAt); !s)
            return fail(s.error());
        if (progress)
            progress(++done, int(docs->size()));
    }
    if (auto s = zip.close(); !s)
        return fail(s.error());
    if (QFile::exists(zipPath) && !QFile::remove(zipPath))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot replace %1").arg(zipPath)));
    if (!QFile::rename(partial, zipPath))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot move the archive to %1").arg(zipPath)));
    return int(docs->size());
}

} // namespace minutier::InvoiceArchive
