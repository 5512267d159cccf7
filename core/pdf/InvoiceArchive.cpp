#include "InvoiceArchive.h"

#include "invoicing/AccountingExport.h"
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/ZipWriter.h"
#include "metering/Clock.h"
#include "pdf/InvoicePdfRenderer.h"
#include "pdf/PdfFonts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

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
    , m_threads(std::clamp(QThread::idealThreadCount(), 1, 4))
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
    PdfFonts::family(); // registers the bundled fonts here, before any worker thread renders
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
    auto fail = [this](const Error &e) -> Status {
        cancel();
        return e;
    };
    // Up to one document per core, rendered at once (the renderer touches no database and no
    // shared state; Qt 6 lays text out and writes PDFs in any thread), then added in order.
    const int batch = int(std::min<qsizetype>(m_threads, m_docs.size() - m_done));
    std::vector<Status> results(batch, Status());
    std::vector<std::thread> workers;
    auto renderOne = [&](int i) {
        results[i] = InvoicePdfRenderer::render(m_docs.at(m_done + i),
            m_work.filePath(QStringLiteral("doc-%1.pdf").arg(i)), InvoicePdfRenderer::Format::FacturX, m_logo);
    };
    for (int i = 1; i < batch; ++i)
        workers.emplace_back(renderOne, i);
    renderOne(0);
    for (std::thread &t : workers)
        t.join();
    for (int i = 0; i < batch; ++i) {
        if (!results[i])
            return fail(results[i].error());
        const Invoice &inv = m_docs.at(m_done);
        const QString pdf = m_work.filePath(QStringLiteral("doc-%1.pdf").arg(i));
        QFile f(pdf);
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(pdf)));
        QString name = inv.number;
        name.replace(u'/', u'-').replace(u'\\', u'-');
        if (auto s = m_zip->add(name + QStringLiteral(".pdf"), f.readAll(), inv.issuedAt); !s)
            return fail(s.error());
        ++m_done;
    }
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
