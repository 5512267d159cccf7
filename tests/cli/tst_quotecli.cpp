#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier::test;

namespace {
QStringList args(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

class tst_QuoteCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void quote_options_printsOneExactLine_data();
    void quote_options_printsOneExactLine();
    void quote_badArguments_exitsWith2_data();
    void quote_badArguments_exitsWith2();
    void batch_badLine_givesErrorAndGoesOn();
    void batch_lastLineWithoutNewline_isPriced();
    void batch_largeInput_matchesSingleQuotes();
    void batch_emptyInput_printsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString database() const { return m_dir->filePath(QStringLiteral("unused.sqlite")); }
};

void tst_QuoteCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_QuoteCli::quote_options_printsOneExactLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("issue example")
        << args({ "quote", "--rate", "3.00", "--currency", "EUR", "--duration-ms", "754567", "--free-minutes", "2", "--vat", "20" })
        << QByteArray(R"({"currency":"EUR","duration_ms":754567,"billable_seconds":634,"net_minor":3170,"vat_minor":634,"gross_minor":3804,"capped":false})"
                      "\n");
    QTest::addRow("every option, capped")
        << args({ "quote", "--rate", "3.00", "--currency", "EUR", "--duration-ms", "3000000", "--free-minutes", "2",
               "--increment", "60/60", "--tier", "30:2.50", "--tier", "40:2", "--minimum", "1.00", "--cap", "50.00", "--vat", "20" })
        << QByteArray(R"({"currency":"EUR","duration_ms":3000000,"billable_seconds":2880,"net_minor":4167,"vat_minor":833,"gross_minor":5000,"capped":true})"
                      "\n");
    QTest::addRow("prices include VAT, JPY")
        << args({ "quote", "--rate", "100", "--currency", "JPY", "--duration-ms", "754000", "--vat", "10", "--prices-include-vat" })
        << QByteArray(R"({"currency":"JPY","duration_ms":754000,"billable_seconds":754,"net_minor":1143,"vat_minor":114,"gross_minor":1257,"capped":false})"
                      "\n");
    QTest::addRow("minimum applies")
        << args({ "quote", "--rate", "3", "--currency", "eur", "--duration-ms", "10999", "--minimum", "1" })
        << QByteArray(R"({"currency":"EUR","duration_ms":10999,"billable_seconds":10,"net_minor":100,"vat_minor":0,"gross_minor":100,"capped":false})"
                      "\n");
}

void tst_QuoteCli::quote_options_printsOneExactLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const CliRun r = runCli(args, database());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    QVERIFY(r.err.isEmpty());
}

void tst_QuoteCli::quote_badArguments_exitsWith2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    const QStringList base = args({ "quote", "--rate", "3.00", "--currency", "EUR", "--duration-ms", "1000" });
    QTest::addRow("no arguments") << args({ "quote" }) << QByteArray("required");
    QTest::addRow("missing duration") << args({ "quote", "--rate", "3", "--currency", "EUR" }) << QByteArray("--duration-ms");
    QTest::addRow("missing currency") << args({ "quote", "--rate", "3", "--duration-ms", "1" }) << QByteArray("--currency");
    QTest::addRow("unknown option") << (base + args({ "--colour" })) << QByteArray("colour");
    QTest::addRow("negative rate") << args({ "quote", "--rate", "-3", "--currency", "EUR", "--duration-ms", "1" }) << QByteArray("negative");
    QTest::addRow("rate with 5 decimals") << args({ "quote", "--rate", "3.00001", "--currency", "EUR", "--duration-ms", "1" }) << QByteArray("decimal places");
    QTest::addRow("unknown currency") << args({ "quote", "--rate", "3", "--currency", "XYZ", "--duration-ms", "1" }) << QByteArray("XYZ");
    QTest::addRow("negative duration") << args({ "quote", "--rate", "3", "--currency", "EUR", "--duration-ms", "-1" }) << QByteArray("duration_ms");
    QTest::addRow("absurd duration") << args({ "quote", "--rate", "3", "--currency", "EUR", "--duration-ms", "1000000000001" }) << QByteArray("absurd");
    QTest::addRow("bad tier") << (base + args({ "--tier", "30" })) << QByteArray("MINUTE:RATE");
    QTest::addRow("tier at minute 0") << (base + args({ "--tier", "0:1" })) << QByteArray("tiers");
    QTest::addRow("bad increment") << (base + args({ "--increment", "60" })) << QByteArray("I/N");
    QTest::addRow("VAT above 100") << (base + args({ "--vat", "120" })) << QByteArray("VAT");
    QTest::addRow("cap with 3 decimals") << (base + args({ "--cap", "1.001" })) << QByteArray("cap");
    QTest::addRow("rate given twice") << (base + args({ "--rate", "4" })) << QByteArray("more than once");
    QTest::addRow("batch with options") << (base + args({ "--batch" })) << QByteArray("--batch");
    QTest::addRow("stray argument") << (base + args({ "extra" })) << QByteArray("extra");
}

void tst_QuoteCli::quote_badArguments_exitsWith2()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliRun r = runCli(args, database());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void tst_QuoteCli::batch_badLine_givesErrorAndGoesOn()
{
    const QByteArray input = R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"increment":"60/60","tiers":[{"from_minute":30,"rate":"2.50"}],"minimum":"1.00","cap":"50.00","vat":"20","prices_include_vat":false})"
                             "\n"
                             "this is not JSON\n"
                             R"({"rate":"3.00001","currency":"EUR","duration_ms":1})"
                             "\n"
                             "\n"
                             R"({"rate":"3.00","currency":"EUR","duration_ms":754567,"free_minutes":2,"vat":"20"})"
                             "\r\n";
    const CliRun r = runCli({ QStringLiteral("quote"), QStringLiteral("--batch") }, database(), input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 6); // five lines and the final newline
    QCOMPARE(lines[0], QByteArray(R"({"currency":"EUR","duration_ms":754567,"billable_seconds":660,"net_minor":3300,"vat_minor":660,"gross_minor":3960,"capped":false})"));
    for (int i : { 1, 2, 3 }) {
        const QJsonObject error = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(error.keys(), QStringList { QStringLiteral("error") });
        QVERIFY(!error.value(QLatin1String("error")).toString().isEmpty());
    }
    QVERIFY(lines[2].contains("decimal places"));
    QCOMPARE(lines[4], QByteArray(R"({"currency":"EUR","duration_ms":754567,"billable_seconds":634,"net_minor":3170,"vat_minor":634,"gross_minor":3804,"capped":false})"));
    QVERIFY(lines[5].isEmpty());
    QVERIFY2(r.err.contains("3 of 5"), r.err.constData());
}

void tst_QuoteCli::batch_lastLineWithoutNewline_isPriced()
{
    const CliRun r = runCli({ QStringLiteral("quote"), QStringLiteral("--batch") }, database(),
        QByteArray(R"({"rate":"3","currency":"EUR","duration_ms":1000})"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray(R"({"currency":"EUR","duration_ms":1000,"billable_seconds":1,"net_minor":5,"vat_minor":0,"gross_minor":5,"capped":false})"
                               "\n"));
}

void tst_QuoteCli::batch_largeInput_matchesSingleQuotes()
{
    // Long enough to cross the 1 MiB read buffer.
    QByteArray input;
    QList<qint64> durations;
    for (int i = 0; i < 20'000; ++i) {
        const qint64 ms = qint64(i) * 9973;
        durations << ms;
        input += R"({"rate":"1.2345","currency":"EUR","duration_ms":)" + QByteArray::number(ms)
            + R"(,"free_minutes":1,"increment":"30/6","vat":"5.5","tiers":[{"from_minute":20,"rate":"0.9"}]})" "\n";
    }
    const CliRun r = runCli({ QStringLiteral("quote"), QStringLiteral("--batch") }, database(), input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), durations.size() + 1);
    for (int i : { 0, 1, 7, 123, 9999, 19'999 }) {
        const CliRun single = runCli({ QStringLiteral("quote"), QStringLiteral("--rate"), QStringLiteral("1.2345"), QStringLiteral("--currency"),
                                         QStringLiteral("EUR"), QStringLiteral("--duration-ms"), QString::number(durations[i]),
                                         QStringLiteral("--free-minutes"), QStringLiteral("1"), QStringLiteral("--increment"),
                                         QStringLiteral("30/6"), QStringLiteral("--vat"), QStringLiteral("5.5"), QStringLiteral("--tier"),
                                         QStringLiteral("20:0.9") },
            database());
        QCOMPARE(single.exitCode, 0);
        QCOMPARE(lines[i] + '\n', single.out);
    }
}

void tst_QuoteCli::batch_emptyInput_printsNothing()
{
    const CliRun r = runCli({ QStringLiteral("quote"), QStringLiteral("--batch") }, database(), QByteArray());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_QuoteCli)
#include "tst_quotecli.moc"
