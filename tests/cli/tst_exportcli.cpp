// minutier-cli export csv / fec / archive on a temporary database.
#include "TestSupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier::test;

class tst_ExportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fec_writesNamedBalancedFile();
    void csv_listsTheDocuments();
    void archive_zipHasPdfsAndIndex();
    void badArguments_exit2_data();
    void badArguments_exit2();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_number;
    QString m_credit;
    int m_year = 0;
};

void tst_ExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("m.sqlite"));
    m_year = QDate::currentDate().year();
    auto id
        = [](const CliRun &r) { return QJsonDocument::fromJson(r.out).object().value(QLatin1String("id")).toString(); };
    QCOMPARE(runCli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"),
                        QStringLiteral("Jeanne Martin"), QStringLiteral("--siret"), QStringLiteral("73282932000074"),
                        QStringLiteral("--address"), QStringLiteral("12 rue des Lilas\n75011 Paris"),
                        QStringLiteral("--vat-regime"), QStringLiteral("franchise") },
                 m_db)
                 .exitCode,
        0);
    const QString client = id(runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                         QStringLiteral("Camille, \"Cam\" Durand") },
        m_db));
    const QString offer = id(runCli(
        { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Conseil"),
            QStringLiteral("--rate"), QStringLiteral("3.00"), QStringLiteral("--currency"), QStringLiteral("EUR") },
        m_db));
    const QString session
        = id(runCli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), client,
                        QStringLiteral("--offer"), offer, QStringLiteral("--duration-ms"), QStringLiteral("600000") },
            m_db));
    m_number = QJsonDocument::fromJson(
        runCli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), session }, m_db).out)
                   .object()
                   .value(QLatin1String("number"))
                   .toString();
    QVERIFY(!m_number.isEmpty());
    m_credit = QJsonDocument::fromJson(runCli({ QStringLiteral("invoice"), QStringLiteral("credit"), m_number,
                                                  QStringLiteral("--amount"), QStringLiteral("5") },
                                           m_db)
                                           .out)
                   .object()
                   .value(QLatin1String("number"))
                   .toString();
    QVERIFY(!m_credit.isEmpty());
}

void tst_ExportCli::fec_writesNamedBalancedFile()
{
    const QString dir = m_dir.filePath(QStringLiteral("fec"));
    const CliRun r = runCli({ QStringLiteral("export"), QStringLiteral("fec"), QStringLiteral("--year"),
                                QString::number(m_year), QStringLiteral("--out"), dir },
        m_db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString expected
        = QDir(dir).filePath(QStringLiteral("732829320FEC%1").arg(m_year) + QStringLiteral("1231.txt"));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("file")).toString(), expected);
    QFile f(expected);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromLatin1(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 5); // header + 2 lines per document (franchise: no VAT line)
    QVERIFY(rows[1].contains(QStringLiteral("|30,00|0,00|")));
    QVERIFY(rows[3].contains(m_credit));
    QVERIFY(rows[3].contains(QStringLiteral("|0,00|5,00|")));
}

void tst_ExportCli::csv_listsTheDocuments()
{
    const QString file = m_dir.filePath(QStringLiteral("out.csv"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun r = runCli({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--from"), today,
                                QStringLiteral("--to"), today, QStringLiteral("--out"), file },
        m_db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(
        QStringLiteral("invoice,%1,%2,\"Camille, \"\"Cam\"\" Durand\",30.00,0.00,30.00,0.00,30.00,EUR,issued,,")
            .arg(m_number, today)));
    QVERIFY(text.contains(QStringLiteral("credit_note,%1,").arg(m_credit)));
    QVERIFY(text.contains(QStringLiteral(",5.00,")));
}

void tst_ExportCli::archive_zipHasPdfsAndIndex()
{
    const QString zip = m_dir.filePath(QStringLiteral("archive.zip"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun r = runCli({ QStringLiteral("export"), QStringLiteral("archive"), QStringLiteral("--from"), today,
                                QStringLiteral("--to"), today, QStringLiteral("--out"), zip },
        m_db);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("documents")).toInt(), 2);
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-t"), zip });
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAll();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(out.contains("index.csv"));
    QVERIFY(out.contains(QByteArray(m_number.toUtf8() + ".pdf")));
    QVERIFY(out.contains(QByteArray(m_credit.toUtf8() + ".pdf")));
    QVERIFY(out.contains("No errors detected"));
}

void tst_ExportCli::badArguments_exit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("fec without year") << QStringList { QStringLiteral("export"), QStringLiteral("fec"),
        QStringLiteral("--out"), QStringLiteral("x") };
    QTest::addRow("fec bad year") << QStringList { QStringLiteral("export"), QStringLiteral("fec"),
        QStringLiteral("--year"), QStringLiteral("20x6"), QStringLiteral("--out"), QStringLiteral("x") };
    QTest::addRow("csv reversed period") << QStringList { QStringLiteral("export"), QStringLiteral("csv"),
        QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01"),
        QStringLiteral("--out"), QStringLiteral("x.csv") };
    QTest::addRow("csv bad date") << QStringList { QStringLiteral("export"), QStringLiteral("csv"),
        QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"), QStringLiteral("2026-01-01"),
        QStringLiteral("--out"), QStringLiteral("x.csv") };
    QTest::addRow("archive without out") << QStringList { QStringLiteral("export"), QStringLiteral("archive"),
        QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31") };
}

void tst_ExportCli::badArguments_exit2()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(args, m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
