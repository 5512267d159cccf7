// The database itself refuses to alter issued invoices, their lines and the number counters
// (migration 0002), on both engines; only forward payment-status moves are allowed.
#include "TestSupport.h"
#include "tst_invoicefixture.h"

#include "invoicing/InvoiceService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

class tst_InvoiceImmutability : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void rawSql_onIssuedInvoice_data();
    void rawSql_onIssuedInvoice();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    InvoiceFixture m_f;
};

void tst_InvoiceImmutability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f.db.reset();
}

void tst_InvoiceImmutability::rawSql_onIssuedInvoice_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("sql"); // %1 = the invoice id
    QTest::addColumn<bool>("allowed");
    const QList<std::tuple<const char *, const char *, bool>> rows {
        { "change the total", "UPDATE invoices SET gross_minor = gross_minor + 1 WHERE id = '%1'", false },
        { "change the number", "UPDATE invoices SET number = 'F-2026-9999' WHERE id = '%1'", false },
        { "change the buyer", "UPDATE invoices SET buyer = '{}' WHERE id = '%1'", false },
        { "change the issue date", "UPDATE invoices SET issued_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'",
            false },
        { "back to draft", "UPDATE invoices SET status = 'draft' WHERE id = '%1'", false },
        { "delete the invoice", "DELETE FROM invoices WHERE id = '%1'", false },
        { "change a line amount", "UPDATE invoice_lines SET net_minor = 1 WHERE invoice_id = '%1'", false },
        { "change a line text", "UPDATE invoice_lines SET description = 'x' WHERE invoice_id = '%1'", false },
        { "delete a line", "DELETE FROM invoice_lines WHERE invoice_id = '%1'", false },
        { "rewind the counter", "UPDATE invoice_counters SET last_value = 0", false },
        { "skip numbers", "UPDATE invoice_counters SET last_value = last_value + 5", false },
        { "delete the counter", "DELETE FROM invoice_counters", false },
        { "paid with reference",
            "UPDATE invoices SET status = 'paid', paid_minor = gross_minor, payment_reference = 'pi_123' WHERE id = "
            "'%1'",
            true },
        { "refunded", "UPDATE invoices SET status = 'refunded' WHERE id = '%1'", true },
        { "partly refunded", "UPDATE invoices SET status = 'partly_refunded' WHERE id = '%1'", true },
        { "change the buyer's reference", "UPDATE invoices SET buyer_reference = 'X-1' WHERE id = '%1'", false },
        { "add a purchase order", "UPDATE invoices SET order_reference = 'PO-9' WHERE id = '%1'", false },
        { "set a payment term", "UPDATE invoices SET payment_days = 45 WHERE id = '%1'", false },
    };
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const auto &[name, sql, allowed] : rows)
            QTest::addRow("%s: %s", engine, name) << QString::fromLatin1(engine) << QString::fromLatin1(sql) << allowed;
    }
}

void tst_InvoiceImmutability::rawSql_onIssuedInvoice()
{
    QFETCH(QString, engine);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    const QString location = databaseLocationFor(engine, m_dir->path());
    if (location.isEmpty())
        QSKIP("PostgreSQL not configured: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");
    QVERIFY(m_f.open(location));
    QVERIFY(m_f.setProfile());
    auto inv = InvoiceService(*m_f.db, m_f.clock).issueForSessions({ m_f.addSession(m_f.addClient(), m_f.addOffer()) });
    QVERIFY(inv.ok());
    QSqlQuery q(m_f.db->connection());
    const bool ok = q.exec(sql.contains(QLatin1String("%1")) ? sql.arg(inv->id) : sql);
    QVERIFY2(ok == allowed, qPrintable(q.lastError().text()));
    if (!allowed)
        QVERIFY(q.lastError().text().contains(QStringLiteral("immutable"))
            || q.lastError().text().contains(QStringLiteral("cannot be deleted"))
            || q.lastError().text().contains(QStringLiteral("forward")));
    // Whatever happened, the document is still there, unchanged.
    auto after = InvoiceService(*m_f.db, m_f.clock).findByNumber(inv->number);
    QVERIFY(after.ok());
    QCOMPARE(after->gross, inv->gross);
    QCOMPARE(after->lines.size(), inv->lines.size());
    QCOMPARE(after->lines[0].net, inv->lines[0].net);
    QCOMPARE(after->issuedAt, inv->issuedAt);
    // A later update may not move the status backwards.
    if (allowed) {
        QSqlQuery back(m_f.db->connection());
        QVERIFY(!back.exec(QStringLiteral("UPDATE invoices SET status = 'issued' WHERE id = '%1'").arg(inv->id)));
    }
}

QTEST_GUILESS_MAIN(tst_InvoiceImmutability)
#include "tst_invoiceimmutability.moc"
