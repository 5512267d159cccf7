// FEC and CSV exports: 18 '|'-separated fields, every entry balanced, credit notes reversed, the
// file named <SIREN>FEC<YYYYMMDD>.txt; and the ZIP writer's CRC.
#include "TestSupport.h"
#include "tst_invoicefixture.h"

#include "invoicing/AccountingExport.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

class tst_FecExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void fec_vatCases_balancedEntries_data();
    void fec_vatCases_balancedEntries();
    void fec_file_nameHeaderAndYearOnly();
    void fec_cardPaymentsAndRefunds_bankJournalBalanced();
    void csv_period_onlyDocumentsOfThePeriod();
    void fec_text_latin9Encoding();
    void zip_crc32_knownValues_data();
    void zip_crc32_knownValues();

private:
    qint64 parseAmount(const QString &fec) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    InvoiceFixture m_f;
};

void tst_FecExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f.db.reset();
    m_f.clock = ManualClock(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
}

qint64 tst_FecExport::parseAmount(const QString &fec) const
{
    const QStringList parts = fec.split(u',');
    return parts[0].toLongLong() * 100 + (parts.size() > 1 ? parts[1].toLongLong() : 0);
}

void tst_FecExport::fec_vatCases_balancedEntries_data()
{
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("clientKind");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<int>("expectedLinesPerInvoice");
    QTest::addRow("20 pct") << "standard"
                            << "private"
                            << "20" << 3;
    QTest::addRow("5.5 pct") << "standard"
                             << "fr_business"
                             << "5.5" << 3;
    QTest::addRow("franchise") << "franchise"
                               << "private"
                               << "0" << 2;
    QTest::addRow("reverse charge") << "standard"
                                    << "eu_business"
                                    << "20" << 2;
}

void tst_FecExport::fec_vatCases_balancedEntries()
{
    QFETCH(QString, regime);
    QFETCH(QString, clientKind);
    QFETCH(QString, vat);
    QFETCH(int, expectedLinesPerInvoice);
    QVERIFY(m_f.setProfile(regime));
    InvoiceService service(*m_f.db, m_f.clock);
    const QString client = m_f.addClient(clientKind);
    const QString offer = m_f.addOffer(QStringLiteral("3.00"), vat);
    auto a = service.issueForSessions({ m_f.addSession(client, offer), m_f.addSession(client, offer, 1'234'567) });
    QVERIFY(a.ok());
    auto b = service.issueForSessions({ m_f.addSession(client, offer, 299'000) });
    QVERIFY(b.ok());
    auto credit = service.credit(a->number, 777);
    QVERIFY(credit.ok());

    auto path = AccountingExport::writeFec(*m_f.db, 2026, m_dir->filePath(QStringLiteral("fec")));
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().detail));
    QFile f(*path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains("\xC3")); // ISO 8859-15, not UTF-8
    const QStringList rows = QString::fromLatin1(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 2 * expectedLinesPerInvoice + expectedLinesPerInvoice);
    QMap<QString, qint64> balance;
    QMap<QString, qint64> clientSide;
    for (const QString &row : rows.mid(1)) {
        const QStringList cells = row.split(u'|');
        QCOMPARE(cells.size(), 18);
        QCOMPARE(cells[3].size(), 8); // EcritureDate YYYYMMDD
        QVERIFY(cells[11].contains(u',') && cells[12].contains(u','));
        const qint64 debit = parseAmount(cells[11]);
        const qint64 creditAmount = parseAmount(cells[12]);
        QVERIFY(debit == 0 || creditAmount == 0);
        balance[cells[2]] += debit - creditAmount;
        if (cells[4] == QLatin1String("411000"))
            clientSide[cells[8]] = debit - creditAmount;
    }
    QCOMPARE(balance.size(), 3);
    for (auto it = balance.cbegin(); it != balance.cend(); ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));
    QCOMPARE(clientSide.value(a->number), a->gross.minor());
    QCOMPARE(clientSide.value(credit->number), -777);
}

void tst_FecExport::fec_file_nameHeaderAndYearOnly()
{
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    QVERIFY(service.issueForSessions({ m_f.addSession(client, offer) }).ok());
    m_f.clock.advance(40LL * 24 * 3600 * 1000); // into 2027
    QVERIFY(service.issueForSessions({ m_f.addSession(client, offer) }).ok());
    auto path = AccountingExport::writeFec(*m_f.db, 2026, m_dir->path());
    QVERIFY(path.ok());
    QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("732829320FEC20261231.txt"));
    QFile f(*path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral(
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|"
        "PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\r\n")));
    QVERIFY(text.contains(QStringLiteral("F-2026-0001")));
    QVERIFY(!text.contains(QStringLiteral("F-2027-0001")));
    // An empty year still gives a valid file with its header.
    auto empty = AccountingExport::writeFec(*m_f.db, 2025, m_dir->filePath(QStringLiteral("e")));
    QVERIFY(empty.ok());
    QCOMPARE(QFileInfo(*empty).fileName(), QStringLiteral("732829320FEC20251231.txt"));
}

void tst_FecExport::fec_cardPaymentsAndRefunds_bankJournalBalanced()
{
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ m_f.addSession(m_f.addClient(), m_f.addOffer()) });
    QVERIFY(inv.ok()); // 38.04
    m_f.clock.advance(24 * 3600 * 1000);
    QVERIFY(service.recordCardPayment(inv->number, 3804, QStringLiteral("pi_X")).ok());
    m_f.clock.advance(24 * 3600 * 1000);
    QVERIFY(service.recordRefund(inv->number, 1000, QStringLiteral("re_Y")).ok());
    auto path = AccountingExport::writeFec(*m_f.db, 2026, m_dir->path());
    QVERIFY(path.ok());
    QFile f(*path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromLatin1(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // VE: invoice (3 lines) + credit note (3 lines); BQ: payment (2) + refund (2).
    QCOMPARE(rows.size(), 1 + 3 + 3 + 2 + 2);
    QMap<QString, qint64> balance;
    QString previousDate;
    QStringList bank;
    for (const QString &row : rows.mid(1)) {
        const QStringList cells = row.split(u'|');
        QCOMPARE(cells.size(), 18);
        QVERIFY(cells[3] >= previousDate); // chronological
        previousDate = cells[3];
        balance[cells[2]] += parseAmount(cells[11]) - parseAmount(cells[12]);
        if (cells[0] == QLatin1String("BQ"))
            bank << cells[3] + u' ' + cells[4] + u' ' + cells[11] + u' ' + cells[12];
    }
    for (auto it = balance.cbegin(); it != balance.cend(); ++it)
        QVERIFY2(it.value() == 0, qPrintable(it.key()));
    QCOMPARE(bank,
        QStringList({ QStringLiteral("20261125 512000 38,04 0,00"), QStringLiteral("20261125 411000 0,00 38,04"),
            QStringLiteral("20261126 411000 10,00 0,00"), QStringLiteral("20261126 512000 0,00 10,00") }));
}

void tst_FecExport::csv_period_onlyDocumentsOfThePeriod()
{
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString client = m_f.addClient(QStringLiteral("fr_business"));
    const QString offer = m_f.addOffer();
    auto a = service.issueForSessions({ m_f.addSession(client, offer) });
    QVERIFY(a.ok());
    m_f.clock.advance(10LL * 24 * 3600 * 1000);
    QVERIFY(service.issueForSessions({ m_f.addSession(client, offer) }).ok());
    // A capture recorded by the payment side in the period, and one still pending (not exported).
    QSqlQuery q(m_f.db->connection());
    for (const char *state : { "succeeded", "pending" }) {
        q.prepare(QStringLiteral(
            "INSERT INTO payment_operations (id, idempotency_key, session_id, kind, method, path, request_body, "
            "amount_minor, currency, state, payment_intent_id, created_at, finished_at) VALUES (?, ?, '', 'capture', "
            "'POST', '/v1/payment_intents/pi_Z/capture', '', 3804, 'EUR', ?, 'pi_Z', "
            "'2026-11-24T15:00:00.000Z', '2026-11-24T15:00:01.000Z')"));
        q.addBindValue(QString::fromLatin1(state));
        q.addBindValue(QString(QStringLiteral("k-") + QLatin1String(state)));
        q.addBindValue(QString::fromLatin1(state));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const QString file = m_dir->filePath(QStringLiteral("x.csv"));
    QVERIFY(AccountingExport::writeCsv(*m_f.db, QDate(2026, 11, 1), QDate(2026, 11, 30), file).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[2], QStringLiteral("card_payment,,2026-11-24,,,,38.04,,,EUR,succeeded,pi_Z,"));
    QCOMPARE(rows[1],
        QStringLiteral("invoice,%1,2026-11-24,Dupont Conseil SARL,31.70,6.34,38.04,0.00,38.04,EUR,issued,,")
            .arg(a->number));
    QVERIFY(!AccountingExport::writeCsv(*m_f.db, QDate(2026, 12, 1), QDate(2026, 11, 1), file).ok());
}

void tst_FecExport::fec_text_latin9Encoding()
{
    AccountingExport::FecLine l;
    l.journalCode = QStringLiteral("VE");
    l.compteLib = QStringLiteral("TVA collectée");
    l.compAuxLib = QStringLiteral("Œuvre | Müller € 株");
    l.ecritureDate = QDate(2026, 11, 24);
    l.debitMinor = 123456;
    const QByteArray text = AccountingExport::fecText({ l });
    const QByteArray line = text.split('\n').at(1);
    QVERIFY(line.contains("TVA collect\xE9"
                          "e"));
    QVERIFY2(line.contains("\xBCuvre / M\xFCller \xA4 ?"), line.constData()); // '|' inside a field becomes '/'
    QVERIFY(line.contains("|1234,56|0,00|"));
    QCOMPARE(line.count('|'), 17);
}

void tst_FecExport::zip_crc32_knownValues_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("expected");
    QTest::addRow("empty") << QByteArray() << quint32(0);
    QTest::addRow("check value") << QByteArray("123456789") << quint32(0xCBF43926); // the CRC-32 check value
    QTest::addRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339);
}

void tst_FecExport::zip_crc32_knownValues()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, expected);
    QCOMPARE(ZipWriter::crc32(data), expected);
}

QTEST_GUILESS_MAIN(tst_FecExport)
#include "tst_fecexport.moc"
