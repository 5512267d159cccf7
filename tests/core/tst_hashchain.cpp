// The hash chain of issued documents: intact after normal use, and any alteration made with raw
// SQL (after dropping the immutability triggers) is found and named.
#include "TestSupport.h"
#include "tst_invoicefixture.h"

#include "invoicing/HashChain.h"
#include "invoicing/InvoiceService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

class tst_HashChain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void computeHash_knownVector();
    void verify_untouched_ok_data() { engines(); }
    void verify_untouched_ok();
    void verify_tampered_namesFirstBrokenRecord_data();
    void verify_tampered_namesFirstBrokenRecord();
    void verify_cli_exitCodes();

private:
    void engines();
    bool issueThree(const QString &location);
    bool exec(const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    InvoiceFixture m_f;
    QList<Invoice> m_docs;
};

void tst_HashChain::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

void tst_HashChain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f.db.reset();
    m_docs.clear();
}

bool tst_HashChain::exec(const QString &sql)
{
    QSqlQuery q(m_f.db->connection());
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

// F-0001, F-0002 and a credit note A-0001 on F-0001.
bool tst_HashChain::issueThree(const QString &location)
{
    if (!m_f.open(location) || !m_f.setProfile())
        return false;
    InvoiceService service(*m_f.db, m_f.clock);
    const QString client = m_f.addClient(QStringLiteral("fr_business"));
    const QString offer = m_f.addOffer();
    auto a = service.issueForSessions({ m_f.addSession(client, offer) });
    m_f.clock.advance(1000);
    auto b = service.issueForSessions({ m_f.addSession(client, offer), m_f.addSession(client, offer) });
    m_f.clock.advance(1000);
    if (!a || !b)
        return false;
    auto c = service.credit(a->number, 500);
    if (!c)
        return false;
    m_docs = { *a, *b, *c };
    return true;
}

void tst_HashChain::computeHash_knownVector()
{
    // python3 -c "import hashlib; print(hashlib.sha256(b'0'*64 + b'\\ninvoice\\nid-1\\n{}').hexdigest())"
    QCOMPARE(HashChain::computeHash(QByteArray(64, '0'), QStringLiteral("invoice"), QStringLiteral("id-1"), "{}"),
        QByteArray("812bea020f7027521cecc006ff2c235a9b7ad2e671486846f11d3c06a2a4b0a7"));
}

void tst_HashChain::verify_untouched_ok()
{
    QFETCH(QString, engine);
    const QString location = databaseLocationFor(engine, m_dir->path());
    if (location.isEmpty())
        QSKIP("PostgreSQL not configured: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");
    QVERIFY(issueThree(location));
    // A payment-status move is not an alteration.
    QVERIFY(exec(QStringLiteral(
        "UPDATE invoices SET status = 'paid', paid_minor = gross_minor, payment_reference = 'pi_1' WHERE id = '%1'")
                     .arg(m_docs[1].id)));
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QCOMPARE(report->entries, qint64(3));
    QVERIFY2(!report->firstBroken,
        report->firstBroken ? qPrintable(report->firstBroken->label + u' ' + report->firstBroken->reason) : "");
}

void tst_HashChain::verify_tampered_namesFirstBrokenRecord_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("tamper"); // %1 F-0001 id, %2 F-0002 id, %3 A-0001 id
    QTest::addColumn<QString>("expectedLabel");
    QTest::addColumn<QString>("expectedReason");
    const QList<std::tuple<const char *, const char *, const char *, const char *>> rows {
        { "total of the second invoice", "UPDATE invoices SET gross_minor = 1 WHERE id = '%2'", "invoice F-2026-0002",
            "altered" },
        { "line of the first invoice", "UPDATE invoice_lines SET description = 'x' WHERE invoice_id = '%1'",
            "invoice F-2026-0001", "altered" },
        { "buyer of the credit note", "UPDATE invoices SET buyer = '{}' WHERE id = '%3'", "credit note A-2026-0001",
            "altered" },
        { "second invoice deleted",
            "DELETE FROM invoice_lines WHERE invoice_id = '%2'; DELETE FROM invoices WHERE id = '%2'",
            "invoice F-2026-0002", "deleted" },
        { "chain content rewritten", "UPDATE audit_chain SET content = '{}' WHERE seq = 2", "invoice F-2026-0002",
            "hash" },
        { "chain entry removed", "DELETE FROM audit_chain WHERE seq = 1", "invoice F-2026-0002", "missing" },
        { "invoice added outside the app",
            "INSERT INTO invoices (id, kind, status, number, client_id, currency, created_at) "
            "SELECT 'forged', 'invoice', 'issued', 'F-2026-0099', client_id, 'EUR', created_at FROM invoices WHERE id "
            "= '%1'",
            "invoice F-2026-0099", "not in the chain" },
    };
    for (const char *engine : { "sqlite", "postgresql" }) {
        for (const auto &[name, sql, label, reason] : rows)
            QTest::addRow("%s: %s", engine, name) << QString::fromLatin1(engine) << QString::fromLatin1(sql)
                                                  << QString::fromUtf8(label) << QString::fromLatin1(reason);
    }
}

void tst_HashChain::verify_tampered_namesFirstBrokenRecord()
{
    QFETCH(QString, engine);
    QFETCH(QString, tamper);
    QFETCH(QString, expectedLabel);
    QFETCH(QString, expectedReason);
    const QString location = databaseLocationFor(engine, m_dir->path());
    if (location.isEmpty())
        QSKIP("PostgreSQL not configured: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");
    QVERIFY(issueThree(location));
    const QString year = QString::number(m_f.clock.nowUtc().date().year());
    QCOMPARE(m_docs[0].number, QStringLiteral("F-%1-0001").arg(year));
    // Someone with direct access to the file removes the protection first.
    if (engine == QLatin1String("sqlite")) {
        for (const char *t :
            { "invoices_immutable_update", "invoices_immutable_delete", "invoice_lines_immutable_update",
                "invoice_lines_immutable_delete", "audit_chain_no_update", "audit_chain_no_delete" })
            QVERIFY(exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(t))));
    } else {
        QVERIFY(exec(QStringLiteral("DROP TRIGGER invoices_immutable ON invoices")));
        QVERIFY(exec(QStringLiteral("DROP TRIGGER invoice_lines_immutable ON invoice_lines")));
        QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_chain_append_only ON audit_chain")));
    }
    QString sql = tamper;
    sql.replace(QLatin1String("%1"), m_docs[0].id)
        .replace(QLatin1String("%2"), m_docs[1].id)
        .replace(QLatin1String("%3"), m_docs[2].id);
    for (const QString &statement : sql.split(QStringLiteral("; ")))
        QVERIFY(exec(statement));
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QVERIFY(report->firstBroken.has_value());
    QCOMPARE(report->firstBroken->label, expectedLabel);
    QVERIFY2(report->firstBroken->reason.contains(expectedReason), qPrintable(report->firstBroken->reason));
}

void tst_HashChain::verify_cli_exitCodes()
{
    const QString location = m_dir->filePath(QStringLiteral("m.sqlite"));
    QVERIFY(issueThree(location));
    const CliRun ok = runCli({ QStringLiteral("verify") }, location);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(ok.out.contains("\"ok\":true"));
    QVERIFY(exec(QStringLiteral("DROP TRIGGER invoices_immutable_update")));
    QVERIFY(exec(QStringLiteral("UPDATE invoices SET net_minor = net_minor - 1 WHERE id = '%1'").arg(m_docs[1].id)));
    m_f.db.reset(); // release the file for the CLI process
    const CliRun broken = runCli({ QStringLiteral("verify") }, location);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains("F-2026-0002"), broken.err.constData());
    QVERIFY(broken.out.contains("\"ok\":false"));
}

QTEST_GUILESS_MAIN(tst_HashChain)
#include "tst_hashchain.moc"
