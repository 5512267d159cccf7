// Prints the time to issue and render invoices: one Factur-X invoice (median of 30 renders after a
// warm-up), and a batch of 1,000 issued invoices rendered as Factur-X, sequentially and on all
// cores. Targets (issue 7): <= 40 ms for one invoice, <= 15 s for the batch on 2 cores.
// Run: cmake --build <dir> --target bench_invoice_render && <dir>/bench/bench_invoice_render [count]
#include "billing/BillingPolicy.h"
#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "pdf/InvoicePdfRenderer.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace minutier;

namespace {
int fail(const QString &what)
{
    std::fprintf(stderr, "bench_invoice_render: %s\n", qPrintable(what));
    return 1;
}

// Renders `invoices` into `dir` with `threads` workers; returns elapsed ms, or -1 on a failure.
qint64 renderAll(const QList<Invoice> &invoices, const QString &dir, int threads)
{
    std::atomic<qsizetype> next { 0 };
    std::atomic<bool> failed { false };
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu0 = std::clock();
    auto work = [&] {
        for (qsizetype i = next++; i < invoices.size(); i = next++) {
            const QString path = QDir(dir).filePath(invoices[i].number + QStringLiteral(".pdf"));
            if (!InvoicePdfRenderer::render(invoices[i], path, InvoicePdfRenderer::Format::FacturX))
                failed = true;
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (auto &th : pool)
        th.join();
    std::printf("  (%d thread(s): %.2f s wall, %.2f s CPU)\n", threads, t.elapsed() / 1000.0,
        double(std::clock() - cpu0) / CLOCKS_PER_SEC);
    return failed ? -1 : t.elapsed();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("minutier.*.info=false"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return fail(opened.error().detail);
    Database &db = **opened;
    SystemClock clock;

    Profile p;
    p.legalName = QStringLiteral("Jeanne Martin");
    p.siret = QStringLiteral("73282932000074");
    p.address = QStringLiteral("12 rue des Lilas\n75011 Paris");
    p.vatRegime = VatRegime::Standard;
    p.vatNumber = QStringLiteral("FR44732829320");
    p.iban = QStringLiteral("FR7630006000011234567890189");
    if (auto s = ProfileRepository(db).save(p); !s)
        return fail(s.error().detail);
    Client c;
    c.name = QStringLiteral("Dupont Conseil SARL");
    c.company = c.name;
    c.siren = QStringLiteral("732829320");
    c.vatNumber = QStringLiteral("FR44732829320");
    c.address = QStringLiteral("5 place Bellecour\n69002 Lyon");
    auto client = ClientRepository(db).save(c);
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = 30000;
    o.policy.freeMinutes = 2;
    o.policy.vatBasisPoints = 2000;
    auto offer = OfferRepository(db).save(o);
    if (!client || !offer)
        return fail(QStringLiteral("cannot create the client or the offer"));

    SessionService sessions(db, clock);
    InvoiceService invoices(db, clock);
    QElapsedTimer issueTimer;
    qint64 issueNs = 0;
    QList<Invoice> issued;
    for (int i = 0; i < count; ++i) {
        auto s = sessions.recordCompleted(client->id, offer->id, 60'000 + i * 1'357);
        if (!s)
            return fail(s.error().detail);
        issueTimer.start();
        auto inv = invoices.issueForSessions({ s->id });
        issueNs += issueTimer.nsecsElapsed();
        if (!inv)
            return fail(inv.error().detail);
        issued << *inv;
    }

    // One invoice: warm-up (fonts, first PDF), then the median of 30.
    const QString one = dir.filePath(QStringLiteral("one.pdf"));
    if (!InvoicePdfRenderer::render(issued.constFirst(), one, InvoicePdfRenderer::Format::FacturX))
        return fail(QStringLiteral("render failed"));
    std::vector<double> times;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        if (!InvoicePdfRenderer::render(issued.constFirst(), one, InvoicePdfRenderer::Format::FacturX))
            return fail(QStringLiteral("render failed"));
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::vector<double> pdfTimes;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        if (!InvoicePdfRenderer::render(issued.constFirst(), one, InvoicePdfRenderer::Format::Pdf))
            return fail(QStringLiteral("render failed"));
        pdfTimes.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(pdfTimes.begin(), pdfTimes.end());

    QElapsedTimer loadTimer;
    loadTimer.start();
    auto all = invoices.list();
    const qint64 loadMs = loadTimer.elapsed();
    if (!all)
        return fail(all.error().detail);

    const int cores = std::max(1u, std::thread::hardware_concurrency());
    const QString seqDir = dir.filePath(QStringLiteral("seq"));
    const QString parDir = dir.filePath(QStringLiteral("par"));
    QDir().mkpath(seqDir);
    QDir().mkpath(parDir);
    const qint64 seqMs = renderAll(*all, seqDir, 1);
    const qint64 parMs = renderAll(*all, parDir, cores); // Qt 6 renders text in any thread

    std::printf("issue one invoice (SQLite, WAL, synchronous=FULL): %.2f ms on average over %d\n",
        issueNs / 1e6 / count, count);
    std::printf(
        "render one Factur-X invoice (PDF/A-3b + CII XML): median %.1f ms, min %.1f ms, max %.1f ms (30 runs)\n",
        times[times.size() / 2], times.front(), times.back());
    std::printf("render one PDF/A-1b invoice (no Factur-X): median %.1f ms\n", pdfTimes[pdfTimes.size() / 2]);
    std::printf("load %lld invoices with their lines: %lld ms\n", qlonglong(all->size()), qlonglong(loadMs));
    std::printf("batch of %lld Factur-X invoices, 1 thread: %.2f s (%.1f ms each)\n", qlonglong(all->size()),
        seqMs / 1000.0, double(seqMs) / all->size());
    std::printf("batch of %lld Factur-X invoices, %d threads: %.2f s\n", qlonglong(all->size()), cores, parMs / 1000.0);
    return seqMs < 0 || parMs < 0 ? 1 : 0;
}
