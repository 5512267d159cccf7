// minutier-cli invoice issue / render / credit / invoices list, end to end on a temporary database,
// including several processes issuing at the same moment.
#include "TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier::test;

class tst_InvoiceCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void slice_issueRenderList_pdfHasNumberAndTotal();
    void issue_concurrentProcesses_uniqueGapFreeNumbers_data();
    void issue_concurrentProcesses_uniqueGapFreeNumbers();
    void credit_partialAmount_ownSeries();
    void errors_exitCodes_data();
    void errors_exitCodes();

private:
    QJsonObject json(const CliRun &r) const { return QJsonDocument::fromJson(r.out).object(); }
    QString setUp(bool withProfile = true); // returns a session id
    QString addSession();
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_client;
    QString m_offer;
};

void tst_InvoiceCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("m.sqlite"));
}

QString tst_InvoiceCli::setUp(bool withProfile)
{
    if (withProfile) {
        const CliRun p
            = runCli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"),
                         QStringLiteral("Jeanne Martin"), QStringLiteral("--siret"), QStringLiteral("73282932000074"),
                         QStringLiteral("--address"), QStringLiteral("12 rue des Lilas\n75011 Paris"),
                         QStringLiteral("--vat-regime"), QStringLiteral("standard"), QStringLiteral("--vat-number"),
                         QStringLiteral("FR44732829320") },
                m_db);
        if (p.exitCode != 0) {
            qWarning() << p.err;
            return {};
        }
    }
    m_client = json(runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("Camille Durand") },
                        m_db))
                   .value(QLatin1String("id"))
                   .toString();
    m_offer = json(runCli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Conseil"), QStringLiteral("--rate"), QStringLiteral("3.00"),
                              QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--free-minutes"),
                              QStringLiteral("2"), QStringLiteral("--vat"), QStringLiteral("20") },
                       m_db))
                  .value(QLatin1String("id"))
                  .toString();
    return addSession();
}

QString tst_InvoiceCli::addSession()
{
    const CliRun s
        = runCli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), m_client,
                     QStringLiteral("--offer"), m_offer, QStringLiteral("--duration-ms"), QStringLiteral("754900") },
            m_db);
    return json(s).value(QLatin1String("id")).toString();
}

void tst_InvoiceCli::slice_issueRenderList_pdfHasNumberAndTotal()
{
    const QString session = setUp();
    QVERIFY(!session.isEmpty());
    const CliRun issued
        = runCli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), session }, m_db);
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    const QJsonObject inv = json(issued);
    const QString number = inv.value(QLatin1String("number")).toString();
    QCOMPARE(number, QStringLiteral("F-%1-0001").arg(QDate::currentDate().year()));
    QCOMPARE(inv.value(QLatin1String("gross_minor")).toInteger(), 3804);
    QCOMPARE(inv.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(issued.out.startsWith("{\"number\":"));

    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("facturx") }) {
        const QString pdf = m_dir->filePath(format + QStringLiteral(".pdf"));
        const CliRun rendered = runCli({ QStringLiteral("invoice"), QStringLiteral("render"), number,
                                           QStringLiteral("--out"), pdf, QStringLiteral("--format"), format },
            m_db);
        QVERIFY2(rendered.exitCode == 0, rendered.err.constData());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("38,04 €")), qPrintable(text));
    }

    const CliRun list = runCli({ QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--json") }, m_db);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].toObject().value(QLatin1String("number")).toString(), number);
    QCOMPARE(all[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(all[0].toObject().value(QLatin1String("lines")).toArray().size(), 1);

    const CliRun sessions
        = runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, m_db);
    const QJsonObject s = QJsonDocument::fromJson(sessions.out).array().at(0).toObject();
    QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("billed"));
    QCOMPARE(s.value(QLatin1String("invoice_number")).toString(), number);
}

void tst_InvoiceCli::issue_concurrentProcesses_uniqueGapFreeNumbers_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

void tst_InvoiceCli::issue_concurrentProcesses_uniqueGapFreeNumbers()
{
    QFETCH(QString, engine);
    m_db = databaseLocationFor(engine, m_dir->path());
    if (m_db.isEmpty())
        QSKIP("PostgreSQL not configured: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");
    QVERIFY(!setUp().isEmpty());
    constexpr int kProcesses = 8;
    for (int i = 1; i < kProcesses; ++i)
        QVERIFY(!addSession().isEmpty());
    QStringList sessions;
    for (const QJsonValue &v : QJsonDocument::fromJson(
             runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, m_db).out)
                                   .array())
        sessions << v.toObject().value(QLatin1String("id")).toString();
    QCOMPARE(sessions.size(), kProcesses);

    // All processes start before any finishes: they race for the counter.
    std::vector<std::unique_ptr<QProcess>> procs;
    for (const QString &session : sessions) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(MINUTIER_CLI_PATH),
            { QStringLiteral("--database"), m_db, QStringLiteral("invoice"), QStringLiteral("issue"),
                QStringLiteral("--session"), session });
        procs.push_back(std::move(p));
    }
    QSet<QString> numbers;
    for (auto &p : procs) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        numbers.insert(
            QJsonDocument::fromJson(p->readAllStandardOutput()).object().value(QLatin1String("number")).toString());
    }
    QSet<QString> expected;
    for (int i = 1; i <= kProcesses; ++i)
        expected.insert(QStringLiteral("F-%1-%2").arg(QDate::currentDate().year()).arg(i, 4, 10, QLatin1Char('0')));
    QCOMPARE(numbers, expected);
}

void tst_InvoiceCli::credit_partialAmount_ownSeries()
{
    const QString session = setUp();
    const QString number = json(
        runCli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), session }, m_db))
                               .value(QLatin1String("number"))
                               .toString();
    QVERIFY(!number.isEmpty());
    const CliRun credit = runCli({ QStringLiteral("invoice"), QStringLiteral("credit"), number,
                                     QStringLiteral("--amount"), QStringLiteral("10.00") },
        m_db);
    QVERIFY2(credit.exitCode == 0, credit.err.constData());
    QCOMPARE(json(credit).value(QLatin1String("number")).toString(),
        QStringLiteral("A-%1-0001").arg(QDate::currentDate().year()));
    QCOMPARE(json(credit).value(QLatin1String("gross_minor")).toInteger(), 1000);
    const CliRun tooMuch = runCli({ QStringLiteral("invoice"), QStringLiteral("credit"), number,
                                      QStringLiteral("--amount"), QStringLiteral("30.00") },
        m_db);
    QCOMPARE(tooMuch.exitCode, 2);
    const CliRun list = runCli({ QStringLiteral("invoices"), QStringLiteral("list"), QStringLiteral("--json") }, m_db);
    const QJsonArray all = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(all.size(), 2);
    bool sawCredit = false;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("credit_note")) {
            sawCredit = true;
            QCOMPARE(v.toObject().value(QLatin1String("credited_invoice_number")).toString(), number);
        }
    }
    QVERIFY(sawCredit);
}

void tst_InvoiceCli::errors_exitCodes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("expectedExit");
    QTest::addRow("no profile") << QStringLiteral("no profile") << 2;
    QTest::addRow("unknown session") << QStringLiteral("unknown session") << 2;
    QTest::addRow("no --session") << QStringLiteral("no session option") << 2;
    QTest::addRow("render unknown number") << QStringLiteral("render unknown") << 2;
    QTest::addRow("render bad format") << QStringLiteral("bad format") << 2;
    QTest::addRow("render without --out") << QStringLiteral("no out") << 2;
}

void tst_InvoiceCli::errors_exitCodes()
{
    QFETCH(QString, scenario);
    QFETCH(int, expectedExit);
    const QString session = setUp(scenario != QLatin1String("no profile"));
    QVERIFY(!session.isEmpty());
    QStringList args;
    if (scenario == QLatin1String("no profile"))
        args = { QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), session };
    else if (scenario == QLatin1String("unknown session"))
        args = { QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"),
            QStringLiteral("nope") };
    else if (scenario == QLatin1String("no session option"))
        args = { QStringLiteral("invoice"), QStringLiteral("issue") };
    else if (scenario == QLatin1String("render unknown"))
        args = { QStringLiteral("invoice"), QStringLiteral("render"), QStringLiteral("F-1999-0001"),
            QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.pdf")) };
    else if (scenario == QLatin1String("bad format"))
        args = { QStringLiteral("invoice"), QStringLiteral("render"), QStringLiteral("F-1999-0001"),
            QStringLiteral("--out"), m_dir->filePath(QStringLiteral("x.pdf")), QStringLiteral("--format"),
            QStringLiteral("docx") };
    else
        args = { QStringLiteral("invoice"), QStringLiteral("render"), QStringLiteral("F-1999-0001") };
    const CliRun r = runCli(args, m_db);
    QCOMPARE(r.exitCode, expectedExit);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(tst_InvoiceCli)
#include "tst_invoicecli.moc"
