// minutier-cli invoice mark-paid: a bank transfer recorded by hand (no card provider), partly then
// in full, chained as a payment event (verify stays green), with its errors.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier::test;

class tst_MarkPaidCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void markPaid_partThenRest_paidAndChained();
    void markPaid_errors_data();
    void markPaid_errors();

private:
    QJsonObject json(const CliRun &r) const { return QJsonDocument::fromJson(r.out).object(); }
    QString issueInvoice(); // returns the number (gross 38,04 €)
    CliRun cli(const QStringList &args) const { return runCli(args, m_db); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_MarkPaidCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("m.sqlite"));
}

QString tst_MarkPaidCli::issueInvoice()
{
    const CliRun p = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"),
        QStringLiteral("Jeanne Martin"), QStringLiteral("--siret"), QStringLiteral("73282932000074"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Lilas\n75011 Paris"), QStringLiteral("--vat-regime"),
        QStringLiteral("standard"), QStringLiteral("--vat-number"), QStringLiteral("FR44732829320"),
        QStringLiteral("--iban"), QStringLiteral("FR7630006000011234567890189") });
    if (p.exitCode != 0)
        qWarning() << p.err;
    const QString client = json(
        cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Camille") }))
                               .value(QLatin1String("id"))
                               .toString();
    const QString offer = json(
        cli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Conseil"),
            QStringLiteral("--rate"), QStringLiteral("3.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
            QStringLiteral("--free-minutes"), QStringLiteral("2"), QStringLiteral("--vat"), QStringLiteral("20") }))
                              .value(QLatin1String("id"))
                              .toString();
    const QString session
        = json(cli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), client,
                   QStringLiteral("--offer"), offer, QStringLiteral("--duration-ms"), QStringLiteral("754900") }))
              .value(QLatin1String("id"))
              .toString();
    const CliRun issued
        = cli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), session });
    if (issued.exitCode != 0)
        qWarning() << issued.err;
    return json(issued).value(QLatin1String("number")).toString();
}

void tst_MarkPaidCli::markPaid_partThenRest_paidAndChained()
{
    const QString number = issueInvoice();
    QVERIFY(!number.isEmpty());
    const CliRun part = cli({ QStringLiteral("invoice"), QStringLiteral("mark-paid"), number,
        QStringLiteral("--amount"), QStringLiteral("10.00"), QStringLiteral("--date"), QStringLiteral("2026-01-02"),
        QStringLiteral("--reference"), QStringLiteral("VIR 0001") });
    QVERIFY2(part.exitCode == 0, part.err.constData());
    QVERIFY(part.out.startsWith("{\"number\":"));
    QCOMPARE(json(part).value(QLatin1String("number")).toString(), number);
    QCOMPARE(json(part).value(QLatin1String("paid_minor")).toInteger(), 1000);
    QCOMPARE(json(part).value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(json(part).value(QLatin1String("status")).toString(), QStringLiteral("issued"));

    const CliRun rest = cli({ QStringLiteral("invoice"), QStringLiteral("mark-paid"), number });
    QVERIFY2(rest.exitCode == 0, rest.err.constData());
    QCOMPARE(json(rest).value(QLatin1String("paid_minor")).toInteger(), 3804);
    QCOMPARE(json(rest).value(QLatin1String("status")).toString(), QStringLiteral("paid"));

    const CliRun verify = cli({ QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, verify.out.constData());
    QVERIFY(json(verify).value(QLatin1String("entries")).toInteger() >= 3); // the invoice + two payment events
}

void tst_MarkPaidCli::markPaid_errors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("more than due") << QStringList { QStringLiteral("--amount"), QStringLiteral("99.00") } << 2;
    QTest::addRow("not an amount") << QStringList { QStringLiteral("--amount"), QStringLiteral("abc") } << 2;
    QTest::addRow("bad date") << QStringList { QStringLiteral("--date"), QStringLiteral("02/01/2026") } << 2;
    QTest::addRow("future date") << QStringList { QStringLiteral("--date"), QStringLiteral("2999-01-01") } << 2;
    QTest::addRow("unknown invoice") << QStringList { QStringLiteral("--unknown-number") } << 2;
}

void tst_MarkPaidCli::markPaid_errors()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QString number = issueInvoice();
    QVERIFY(!number.isEmpty());
    QStringList args { QStringLiteral("invoice"), QStringLiteral("mark-paid") };
    if (extra.first() == QLatin1String("--unknown-number"))
        args << QStringLiteral("F-1999-9999");
    else
        args << number << extra;
    const CliRun r = cli(args);
    if (extra.first() == QLatin1String("--unknown-number"))
        QVERIFY2(r.exitCode != 0, r.out.constData());
    else
        QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    // Nothing was recorded: the whole amount can still be marked paid.
    const CliRun all = cli({ QStringLiteral("invoice"), QStringLiteral("mark-paid"), number });
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(json(all).value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    // Paid: nothing more can be recorded.
    const CliRun again = cli({ QStringLiteral("invoice"), QStringLiteral("mark-paid"), number });
    QCOMPARE(again.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_MarkPaidCli)
#include "tst_markpaidcli.moc"
