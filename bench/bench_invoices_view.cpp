// Prints what the invoices view costs: filtering 10,000 invoices (first page, count and totals in
// SQL), the render of one invoice with and without a logo, and the ZIP archive of 1,000 invoices
// written a few documents per event-loop turn (one per core, in parallel): the total, and the
// longest turn, which is how long the window can be unresponsive under the progress dialog.
// Run: cmake --build <dir> --target bench_invoices_view && <dir>/bench/bench_invoices_view [count]
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceQuery.h"
#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "pdf/InvoiceArchive.h"
#include "pdf/InvoicePdfRenderer.h"
#include "pdf/LogoImage.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SqlUtil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace minutier;

namespace {
int fail(const QString &what)
{
    std::fprintf(stderr, "bench_invoices_view: %s\n", qPrintable(what));
    return 1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
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
    o.policy.vatBasisPoints = 2000;
    auto offer = OfferRepository(db).save(o);
    if (!client || !offer)
        return fail(QStringLiteral("cannot create the client or the offer"));

    SessionService sessions(db, clock);
    InvoiceService invoices(db, clock);
    QList<Invoice> issued;
    for (int i = 0; i < count; ++i) {
        auto s = sessions.recordCompleted(client->id, offer->id, 60'000 + i * 1'357);
        if (!s)
            return fail(s.error().detail);
        auto inv = invoices.issueForSessions({ s->id });
        if (!inv)
            return fail(inv.error().detail);
        issued << *inv;
    }

    // A 1200 x 400 logo with transparency, as the expert would choose it.
    QImage image(1200, 400, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1F, 0x3A, 0x5F, 180));
    painter.drawEllipse(QRect(20, 20, 360, 360));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    QElapsedTimer prepareTimer;
    prepareTimer.start();
    auto logo = LogoImage::prepare(png);
    const qint64 prepareMs = prepareTimer.elapsed();
    if (!logo)
        return fail(logo.error().detail);

    const QString one = dir.filePath(QStringLiteral("one.pdf"));
    std::vector<double> plain, withLogo;
    if (!InvoicePdfRenderer::render(issued.constFirst(), one, InvoicePdfRenderer::Format::FacturX)) // warm-up
        return fail(QStringLiteral("render failed"));
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        if (!InvoicePdfRenderer::render(issued.constFirst(), one, InvoicePdfRenderer::Format::FacturX))
            return fail(QStringLiteral("render failed"));
        plain.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        if (!InvoicePdfRenderer::render(issued.constFirst(), one, InvoicePdfRenderer::Format::FacturX, *logo))
            return fail(QStringLiteral("render failed"));
        withLogo.push_back(t.nsecsElapsed() / 1e6);
    }
    const qint64 logoFileSize = QFileInfo(one).size();

    // The archive of everything, one step per document as the view runs it, with the logo.
    if (auto s = InvoiceLogo::save(db, *logo); !s)
        return fail(s.error().detail);
    const QDate today = QDate::currentDate();
    InvoiceArchiveWriter archive(db, today.addDays(-1), today, dir.filePath(QStringLiteral("archive.zip")));
    QElapsedTimer total;
    total.start();
    if (auto s = archive.start(); !s)
        return fail(s.error().detail);
    const qint64 startMs = total.elapsed();
    double longest = 0;
    while (!archive.atEnd()) {
        QElapsedTimer step;
        step.start();
        if (auto s = archive.step(); !s)
            return fail(s.error().detail);
        longest = std::max(longest, step.nsecsElapsed() / 1e6);
    }
    if (auto s = archive.finish(); !s)
        return fail(s.error().detail);
    const qint64 archiveMs = total.elapsed();

    // 10,000 invoices in the list (the rest written straight into the table).
    if (!db.begin())
        return fail(QStringLiteral("begin"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO invoices (id, kind, status, series, number, sequence, client_id, issued_at, "
                             "currency, net_minor, vat_minor, gross_minor, created_at) VALUES (?, 'invoice', 'issued', "
                             "'X', ?, ?, ?, ?, 'EUR', 1000, 200, 1200, ?)"));
    for (int i = count; i < 10'000; ++i) {
        const QDateTime when = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 3000);
        q.addBindValue(SqlUtil::newId());
        q.addBindValue(QStringLiteral("X-%1").arg(i, 5, 10, QLatin1Char('0')));
        q.addBindValue(i);
        q.addBindValue(client->id);
        q.addBindValue(SqlUtil::toDb(when));
        q.addBindValue(SqlUtil::toDb(when));
        if (!q.exec())
            return fail(QStringLiteral("insert"));
    }
    if (!db.commit())
        return fail(QStringLiteral("commit"));
    InvoiceQuery query(db);
    std::vector<double> listAll, listFiltered;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        if (!query.count({}) || !query.totals({}) || !query.page({}, 0, 200))
            return fail(QStringLiteral("list failed"));
        listAll.push_back(t.nsecsElapsed() / 1e6);
        InvoiceQueryFilter f;
        f.text = QStringLiteral("x-07");
        f.statuses = { InvoiceListStatus::Issued, InvoiceListStatus::Credited };
        t.restart();
        if (!query.count(f) || !query.totals(f) || !query.page(f, 0, 200))
            return fail(QStringLiteral("filter failed"));
        listFiltered.push_back(t.nsecsElapsed() / 1e6);
    }

    std::printf("invoices list, 10,000 invoices (SQLite): count + totals + first page of 200: median %.1f ms; "
                "text + status filter: median %.1f ms\n",
        median(listAll), median(listFiltered));
    std::printf("logo 1200x400 PNG with transparency prepared (fitted at 300 dpi, flattened) in %lld ms, %lld bytes\n",
        qlonglong(prepareMs), qlonglong(logo->size()));
    std::printf("render one Factur-X invoice: median %.1f ms without logo, %.1f ms with logo (%lld bytes)\n",
        median(plain), median(withLogo), qlonglong(logoFileSize));
    std::printf("archive of %d Factur-X invoices with logo, one document per core per event-loop turn: %.2f s (start %lld ms, "
                "longest turn %.1f ms)\n",
        count, archiveMs / 1000.0, qlonglong(startMs), longest);
    return 0;
}
