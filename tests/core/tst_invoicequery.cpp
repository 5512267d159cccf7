// InvoiceQuery (the invoices view's list) and InvoiceLogo on both engines: filters, derived
// statuses, totals with credit notes deducted, paging; the logo bytes round-trip.
#include "TestSupport.h"
#include "tst_invoicefixture.h"

#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceQuery.h"
#include "invoicing/InvoiceService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

class tst_InvoiceQuery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void filters_statusesTextPeriod_andTotals_data() { engines(); }
    void filters_statusesTextPeriod_andTotals();
    void page_offsets_coverEveryRowOnce_data() { engines(); }
    void page_offsets_coverEveryRowOnce();
    void logo_savedLoadedCleared_data() { engines(); }
    void logo_savedLoadedCleared();

private:
    void engines();
    bool openEngine();
    std::unique_ptr<QTemporaryDir> m_dir;
    InvoiceFixture m_f;
};

void tst_InvoiceQuery::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

void tst_InvoiceQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f = InvoiceFixture(); // a fresh database and clock for each engine
}

bool tst_InvoiceQuery::openEngine()
{
    QFETCH(QString, engine);
    const QString where = databaseLocationFor(engine, m_dir->path());
    if (where.isEmpty())
        return false;
    return m_f.open(where) && m_f.setProfile();
}

#define OPEN_OR_SKIP()                                                                                                 \
    do {                                                                                                               \
        QFETCH(QString, engine);                                                                                       \
        if (databaseLocationFor(engine, m_dir->path()).isEmpty())                                                      \
            QSKIP("PostgreSQL not available: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");                        \
        QVERIFY(openEngine());                                                                                         \
    } while (false)

void tst_InvoiceQuery::filters_statusesTextPeriod_andTotals()
{
    OPEN_OR_SKIP();
    const QString privateClient = m_f.addClient();
    const QString business = m_f.addClient(QStringLiteral("fr_business"));
    const QString offer = m_f.addOffer();
    InvoiceService service(*m_f.db, m_f.clock);
    auto a = service.issueForSessions({ m_f.addSession(privateClient, offer) });
    m_f.clock.advance(86'400'000); // a day later
    auto b = service.issueForSessions({ m_f.addSession(business, offer) });
    auto c = service.issueForSessions({ m_f.addSession(business, offer) });
    QVERIFY(a.ok() && b.ok() && c.ok());
    auto note = service.credit(b->number, 500);
    QVERIFY(note.ok());
    auto draft = service.createDraft({ m_f.addSession(privateClient, offer) });
    QVERIFY(draft.ok());

    InvoiceQuery query(*m_f.db);
    const auto rows = [&](const InvoiceQueryFilter &f) {
        QStringList out;
        const auto page = query.page(f, 0, 100);
        for (const InvoiceRow &r : page.value())
            out << (r.number.isEmpty() ? QStringLiteral("draft") : r.number) + u':' + invoiceListStatusKey(r.listStatus);
        return out;
    };
    // Drafts first, then newest first.
    QCOMPARE(rows({}),
        QStringList({ QStringLiteral("draft:draft"), note->number + QStringLiteral(":issued"),
            c->number + QStringLiteral(":issued"), b->number + QStringLiteral(":credited"),
            a->number + QStringLiteral(":issued") }));
    QCOMPARE(*query.count({}), qint64(5));

    InvoiceQueryFilter f;
    f.statuses = { InvoiceListStatus::Credited, InvoiceListStatus::Draft };
    QCOMPARE(rows(f), QStringList({ QStringLiteral("draft:draft"), b->number + QStringLiteral(":credited") }));
    f = {};
    f.text = QStringLiteral("DUPONT conseil"); // the business client's company, any case
    QCOMPARE(*query.count(f), qint64(3));
    f.text = c->number;
    QCOMPARE(rows(f), QStringList({ c->number + QStringLiteral(":issued") }));
    f = {};
    f.from = QDate(2026, 11, 25);
    f.to = QDate(2026, 11, 25);
    QCOMPARE(rows(f),
        QStringList({ QStringLiteral("draft:draft"), note->number + QStringLiteral(":issued"),
            c->number + QStringLiteral(":issued"), b->number + QStringLiteral(":credited") }));
    QCOMPARE(*query.count(f), qint64(4)); // b, c, the credit note and the draft
    f.to = QDate(2026, 11, 24);
    f.from = QDate(2026, 11, 24);
    QCOMPARE(rows(f), QStringList({ a->number + QStringLiteral(":issued") }));

    auto totals = query.totals({});
    QVERIFY(totals.ok());
    QCOMPARE(totals->size(), 1);
    const InvoiceTotals t = totals->constFirst();
    QCOMPARE(t.currency.code(), QStringLiteral("EUR"));
    QCOMPARE(t.documents, qint64(4));
    QCOMPARE(t.drafts, qint64(1));
    QCOMPARE(t.gross.minor(), a->gross.minor() + b->gross.minor() + c->gross.minor() - 500);
    QCOMPARE(t.net.minor(), a->net.minor() + b->net.minor() + c->net.minor() - note->net.minor());
    QCOMPARE(t.vat.minor(), a->vat.minor() + b->vat.minor() + c->vat.minor() - note->vat.minor());
    const InvoiceRow credited = query.page({}, 3, 1)->constFirst();
    QCOMPARE(credited.credited.minor(), qint64(500));
    QCOMPARE(query.page({}, 1, 1)->constFirst().creditedInvoiceNumber, b->number);
}

void tst_InvoiceQuery::page_offsets_coverEveryRowOnce()
{
    OPEN_OR_SKIP();
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    InvoiceService service(*m_f.db, m_f.clock);
    QStringList numbers;
    for (int i = 0; i < 23; ++i) {
        auto inv = service.issueForSessions({ m_f.addSession(client, offer) });
        QVERIFY(inv.ok());
        numbers << inv->number;
    }
    InvoiceQuery query(*m_f.db);
    QStringList seen;
    for (int offset = 0; offset < 30; offset += 7) {
        const auto page = query.page({}, offset, 7);
        QVERIFY(page.ok());
        for (const InvoiceRow &r : page.value())
            seen << r.number;
    }
    QCOMPARE(seen.size(), 23);
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, numbers);
}

void tst_InvoiceQuery::logo_savedLoadedCleared()
{
    OPEN_OR_SKIP();
    QCOMPARE(*InvoiceLogo::load(*m_f.db), QByteArray());
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(5000, '\0') + QByteArray("\xff\x01\x7f", 3);
    QVERIFY(InvoiceLogo::save(*m_f.db, png).ok());
    QCOMPARE(*InvoiceLogo::load(*m_f.db), png);
    QVERIFY(InvoiceLogo::save(*m_f.db, QByteArray("second")).ok()); // replaces
    QCOMPARE(*InvoiceLogo::load(*m_f.db), QByteArray("second"));
    QCOMPARE(InvoiceLogo::save(*m_f.db, QByteArray(5 * 1024 * 1024, 'x')).error().code, ErrorCode::InvalidInput);
    QVERIFY(InvoiceLogo::clear(*m_f.db).ok());
    QCOMPARE(*InvoiceLogo::load(*m_f.db), QByteArray());
}

QTEST_GUILESS_MAIN(tst_InvoiceQuery)
#include "tst_invoicequery.moc"
