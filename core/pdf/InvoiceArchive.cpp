#include "InvoiceArchive.h"

#include "invoicing/AccountingExport.h"
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/ZipWriter.h"
#include "metering/Clock.h"
#include "pdf/InvoicePdfRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace minutier {

namespace {
class NoClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return 0; }
    QDateTime nowUtc() const override { return {}; }
};
} // namespace

InvoiceArchiveWriter::InvoiceArchiveWriter(Database &db, QDate from, QDate to, QString zipPath)
    : m_db(db)
    , m_from(from)
    , m_to(to)
    , m_zipPath(std::move(zipPath))
    , m_partial(m_zipPath + QStringLiteral(".part"))
{
}

InvoiceArchiveWriter::~InvoiceArchiveWriter()
{
    if (!m_finished)
        cancel();
}

void InvoiceArchiveWriter::cancel()
{
    m_zip.reset(); // closes the file
    if (!m_finished)
        QFile::remove(m_partial);
}

Status InvoiceArchiveWriter::start()
{
    if (!m_from.isValid() || !m_to.isValid() || m_to < m_from)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("the period must be two dates, the first not after the second"));
    if (!m_work.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary folder"));
    NoClock clock;
    InvoiceFilter filter;
    filter.from = m_from;
    filter.to = m_to;
    filter.statuses
        = { InvoiceStatus::Issued, InvoiceStatus::Paid, InvoiceStatus::PartlyRefunded, InvoiceStatus::Refunded };
    auto docs = InvoiceService(m_db, clock).list(filter);
    if (!docs)
        return docs.error();
    m_docs = *docs;
    auto logo = InvoiceLogo::load(m_db);
    if (!logo)
        return logo.error();
    m_logo = *logo;
    const QString csv = m_work.filePath(QStringLiteral("index.csv"));
    if (auto s = AccountingExport::writeCsv(m_db, m_from, m_to, csv); !s)
        return s.error();
    if (!QDir().mkpath(QFileInfo(m_zipPath).absolutePath()))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(QFileInfo(m_zipPath).absolutePath()));
    m_zip = std::make_unique<ZipWriter>(m_partial);
    if (auto s = m_zip->open(); !s) {
        cancel();
        return s;
    }
    QFile index(csv);
    if (!index.open(QIODevice::ReadOnly)) {
        cancel();
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(csv));
    }
    if (auto s = m_zip->add(QStringLiteral("index.csv"), index.readAll(), QDateTime::currentDateTime()); !s) {
        cancel();
        return s;
    }
    return {};
}

Status InvoiceArchiveWriter::step()
{
    if (!m_zip || atEnd())
        return makeError(ErrorCode::Internal, QStringLiteral("no document left to add to the archive"));
    const Invoice &inv = m_docs.at(m_done);
    const QString pdf = m_work.filePath(QStringLiteral("doc.pdf"));
    auto fail = [this](const Error &e) -> Status {
        cancel();
        return e;
    };
    if (auto s = InvoicePdfRenderer::render(inv, pdf, InvoicePdfRenderer::Format::FacturX, m_logo); !s)
        return fail(s.error());
    QFile f(pdf);
    if (!f.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(pdf)));
    QString name = inv.number;
    name.replace(u'/', u'-').replace(u'\\', u'-');
    if (auto s = m_zip->add(name + QStringLiteral(".pdf"), f.readAll(), inv.issuedAt); !s)
        return fail(s.error());
    ++m_done;
    return {};
}

Status InvoiceArchiveWriter::finish()
{
    if (!m_zip || !atEnd())
        return makeError(ErrorCode::Internal, QStringLiteral("the archive is not complete"));
    auto fail = [this](const Error &e) -> Status {
        cancel();
        return e;
    };
    if (auto s = m_zip->close(); !s)
        return fail(s.error());
    m_zip.reset();
    if (QFile::exists(m_zipPath) && !QFile::remove(m_zipPath))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot replace %1").arg(m_zipPath)));
    if (!QFile::rename(m_partial, m_zipPath))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot move the archive to %1").arg(m_zipPath)));
    m_finished = true;
    return {};
}

namespace InvoiceArchive {

Result<int> write(
    Database &db, QDate from, QDate to, const QString &zipPath, const std::function<void(int, int)> &progress)
{
    InvoiceArchiveWriter writer(db, from, to, zipPath);
    if (auto s = writer.start(); !s)
        return s.error();
    while (!writer.atEnd()) {
        if (auto s = writer.step(); !s)
            return s.error();
        if (progress)
            progress(writer.done(), writer.total());
    }
    if (auto s = writer.finish(); !s)
        return s.error();
    return writer.total();
}

} // namespace InvoiceArchive

} // namespace minutier
