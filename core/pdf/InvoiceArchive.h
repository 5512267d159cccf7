#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <memory>

namespace minutier {

class Database;
class ZipWriter;

// The archive of a period: a ZIP holding each issued document as a Factur-X PDF named after its
// number, and index.csv (the AccountingExport CSV of the period). Returns the number of documents.
namespace InvoiceArchive {
// `progress(done, total)` is called after each document (for a progress dialog).
Result<int> write(Database &db, QDate from, QDate to, const QString &zipPath,
    const std::function<void(int done, int total)> &progress = {});
}

// The same archive written one document at a time, so a GUI can render from its event loop (one
// step per turn, a progress dialog that stays responsive) and cancel between two documents. The ZIP
// is written to "<zipPath>.part" and renamed onto zipPath only by finish(): a cancelled or failed
// archive leaves no file behind (the destructor removes the partial file unless finished).
class InvoiceArchiveWriter final
{
public:
    InvoiceArchiveWriter(Database &db, QDate from, QDate to, QString zipPath);
    ~InvoiceArchiveWriter();
    InvoiceArchiveWriter(const InvoiceArchiveWriter &) = delete;
    InvoiceArchiveWriter &operator=(const InvoiceArchiveWriter &) = delete;

    // Lists the documents, writes the CSV index and opens the partial ZIP.
    Status start();
    int total() const { return int(m_docs.size()); }
    int done() const { return m_done; }
    bool atEnd() const { return m_done >= m_docs.size(); }
    // Renders the next documents (one per core, at most 4, in parallel) and adds them in order.
    Status step();
    // How many documents one step renders (default: the cores, at most 4; tests may set 1).
    void setThreads(int threads) { m_threads = std::max(1, threads); }
    // Closes the ZIP and moves it into place.
    Status finish();
    // Removes the partial file (also done by the destructor when not finished).
    void cancel();

private:
    Database &m_db;
    QDate m_from;
    QDate m_to;
    QString m_zipPath;
    QString m_partial;
    QList<Invoice> m_docs;
    QByteArray m_logo;
    QTemporaryDir m_work;
    std::unique_ptr<ZipWriter> m_zip;
    int m_done = 0;
    int m_threads = 1;
    bool m_finished = false;
};

} // namespace minutier
