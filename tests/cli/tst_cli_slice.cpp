// The Foundation slice through minutier-cli, as a script or an accountant would run it, on a
// temporary database: identity, client, offer, a call entered afterwards, the session list, an
// invoice and its PDF.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using test::runCli;

class tst_CliSlice : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void version_printsProgramAndVersion();
    void slice_profileClientOfferSessionInvoicePdf();
    void profile_badSiret_exitsTwoAndKeepsPrevious();
    void offerAdd_tiersAndDefaults_listedAsGiven();
    void badInput_exitCodes_data();
    void badInput_exitCodes();
    void corruptDatabase_clearErrorExitOneAndUntouched();
    void environmentVariable_selectsDatabase();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("m.sqlite")); }
    QJsonObject json(const test::CliRun &run)
    {
        const auto doc = QJsonDocument::fromJson(run.out);
        return doc.object();
    }
    QString setUpCatalogue(QString *offerId);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CliSlice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_CliSlice::version_printsProgramAndVersion()
{
    const auto r = runCli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^minutier \\d+\\.\\d+\\.\\d+\\n$")).match(QString::fromUtf8(r.out)).hasMatch(), r.out);
}

QString tst_CliSlice::setUpCatalogue(QString *offerId)
{
    auto r = runCli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"), QStringLiteral("Claire Martin"),
                        QStringLiteral("--siret"), QStringLiteral("73282932000074"), QStringLiteral("--address"),
                        QStringLiteral("1 rue de la Paix\\n75002 Paris"), QStringLiteral("--vat-regime"), QStringLiteral("standard"),
                        QStringLiteral("--vat-number"), QStringLiteral("FR44732829320"), QStringLiteral("--iban"),
                        QStringLiteral("FR7630006000011234567890189") },
        db());
    if (r.exitCode != 0)
        qWarning() << r.err;
    r = runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada Lovelace"),
                   QStringLiteral("--email"), QStringLiteral("ada@example.org"), QStringLiteral("--kind"), QStringLiteral("prospect") },
        db());
    const QString clientId = json(r).value(QLatin1String("id")).toString();
    r = runCli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Standard"), QStringLiteral("--rate"),
                   QStringLiteral("3.00"), QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--free-minutes"),
                   QStringLiteral("2"), QStringLiteral("--vat"), QStringLiteral("20") },
        db());
    *offerId = json(r).value(QLatin1String("id")).toString();
    return clientId;
}

void tst_CliSlice::slice_profileClientOfferSessionInvoicePdf()
{
    QString offerId;
    const QString clientId = setUpCatalogue(&offerId);
    QVERIFY(!clientId.isEmpty());
    QVERIFY(!offerId.isEmpty());

    auto r = runCli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), clientId, QStringLiteral("--offer"),
                        offerId, QStringLiteral("--duration-ms"), QStringLiteral("754567"), QStringLiteral("--started-at"),
                        QStringLiteral("2026-11-24T14:30:00+01:00") },
        db());
    QVERIFY2(r.exitCode == 0, r.err);
    const QJsonObject session = json(r);
    const QString sessionId = session.value(QLatin1String("id")).toString();
    QVERIFY(!sessionId.isEmpty());
    QCOMPARE(session.value(QLatin1String("duration_ms")).toInteger(), 754567);
    QCOMPARE(session.value(QLatin1String("net_minor")).toInteger(), 3170);
    QCOMPARE(session.value(QLatin1String("vat_minor")).toInteger(), 634);
    QCOMPARE(session.value(QLatin1String("gross_minor")).toInteger(), 3804);
    QCOMPARE(session.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));

    r = runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, db());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray sessions = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions[0].toObject().value(QLatin1String("id")).toString(), sessionId);
    QCOMPARE(sessions[0].toObject().value(QLatin1String("started_at")).toString(), QStringLiteral("2026-11-24T13:30:00.000Z"));
    QCOMPARE(sessions[0].toObject().value(QLatin1String("gross_minor")).toInteger(), 3804);

    r = runCli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), sessionId }, db());
    QVERIFY2(r.exitCode == 0, r.err);
    const QString number = json(r).value(QLatin1String("number")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^F-\\d{4}-0001$")).match(number).hasMatch(), qPrintable(number));

    // The session is now billed and cannot be invoiced twice.
    r = runCli({ QStringLiteral("invoice"), QStringLiteral("issue"), QStringLiteral("--session"), sessionId }, db());
    QCOMPARE(r.exitCode, 2);
    r = runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, db());
    QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject().value(QLatin1String("invoice_number")).toString(), number);

    const QString pdf = m_dir->filePath(QStringLiteral("invoice.pdf"));
    r = runCli({ QStringLiteral("invoice"), QStringLiteral("render"), number, QStringLiteral("--out"), pdf, QStringLiteral("--format"),
                   QStringLiteral("pdf") },
        db());
    QVERIFY2(r.exitCode == 0, r.err);
    QVERIFY(QFile::exists(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF text cannot be checked");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(number), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("38,04")), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("Claire Martin")), qPrintable(content));
}

void tst_CliSlice::profile_badSiret_exitsTwoAndKeepsPrevious()
{
    QString offerId;
    setUpCatalogue(&offerId);
    const auto r = runCli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"), QStringLiteral("X"),
                              QStringLiteral("--siret"), QStringLiteral("73282932000075"), QStringLiteral("--address"), QStringLiteral("a"),
                              QStringLiteral("--vat-regime"), QStringLiteral("franchise") },
        db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("SIRET"), r.err);
    const auto shown = runCli({ QStringLiteral("profile"), QStringLiteral("show") }, db());
    QCOMPARE(json(shown).value(QLatin1String("legal_name")).toString(), QStringLiteral("Claire Martin"));
}

void tst_CliSlice::offerAdd_tiersAndDefaults_listedAsGiven()
{
    auto r = runCli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Long calls"),
                        QStringLiteral("--rate"), QStringLiteral("3.00"), QStringLiteral("--tier"), QStringLiteral("30:2.50"),
                        QStringLiteral("--tier"), QStringLiteral("60:2"), QStringLiteral("--increment"), QStringLiteral("60/60"),
                        QStringLiteral("--minimum"), QStringLiteral("5.00"), QStringLiteral("--vat"), QStringLiteral("20") },
        db());
    QVERIFY2(r.exitCode == 0, r.err);
    const QString id = json(r).value(QLatin1String("id")).toString();
    r = runCli({ QStringLiteral("offers"), QStringLiteral("list"), QStringLiteral("--json") }, db());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray offers = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(offers.size(), 1);
    const QJsonObject offer = offers[0].toObject();
    QCOMPARE(offer.value(QLatin1String("id")).toString(), id);
    QCOMPARE(offer.value(QLatin1String("currency")).toString(), QStringLiteral("EUR")); // the default
    QCOMPARE(offer.value(QLatin1String("rate")).toString(), QStringLiteral("3.00"));
    QCOMPARE(offer.value(QLatin1String("increment")).toString(), QStringLiteral("60/60"));
    QCOMPARE(offer.value(QLatin1String("minimum_minor")).toInteger(), 500);
    const QJsonArray tiers = offer.value(QLatin1String("tiers")).toArray();
    QCOMPARE(tiers.size(), 2);
    QCOMPARE(tiers[0].toObject().value(QLatin1String("from_minute")).toInteger(), 30);
    QCOMPARE(tiers[0].toObject().value(QLatin1String("rate")).toString(), QStringLiteral("2.50"));
    QCOMPARE(tiers[1].toObject().value(QLatin1String("from_minute")).toInteger(), 60);
    QCOMPARE(tiers[1].toObject().value(QLatin1String("rate")).toString(), QStringLiteral("2.00"));
}

void tst_CliSlice::badInput_exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2;
    QTest::addRow("unknown option") << QStringList { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--nme"), QStringLiteral("x") } << 2;
    QTest::addRow("missing name") << QStringList { QStringLiteral("client"), QStringLiteral("add") } << 2;
    QTest::addRow("bad kind") << QStringList { QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("friend") } << 2;
    QTest::addRow("negative rate") << QStringList { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--rate"), QStringLiteral("-3") } << 2;
    QTest::addRow("rate with 5 decimals") << QStringList { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--rate"), QStringLiteral("3.00001") } << 2;
    QTest::addRow("unknown currency") << QStringList { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--rate"), QStringLiteral("3"), QStringLiteral("--currency"), QStringLiteral("XXX") } << 2;
    QTest::addRow("tier without a rate") << QStringList { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--rate"), QStringLiteral("3"), QStringLiteral("--tier"), QStringLiteral("30:") } << 2;
    QTest::addRow("tier at minute 0") << QStringList { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--rate"), QStringLiteral("3"), QStringLiteral("--tier"), QStringLiteral("0:2") } << 2;
    QTest::addRow("unknown client") << QStringList { QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("nope"), QStringLiteral("--offer"), QStringLiteral("nope"), QStringLiteral("--duration-ms"), QStringLiteral("1") } << 2;
    QTest::addRow("negative duration") << QStringList { QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("a"), QStringLiteral("--offer"), QStringLiteral("b"), QStringLiteral("--duration-ms"), QStringLiteral("-5") } << 2;
}

void tst_CliSlice::badInput_exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const auto r = runCli(args, db());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void tst_CliSlice::corruptDatabase_clearErrorExitOneAndUntouched()
{
    const QString file = m_dir->filePath(QStringLiteral("corrupt.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite");
    }
    const auto r = runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, file);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file.toUtf8()), r.err);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("definitely not sqlite"));
}

void tst_CliSlice::environmentVariable_selectsDatabase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString file = m_dir->filePath(QStringLiteral("env.sqlite"));
    env.insert(QStringLiteral("MINUTIER_DATABASE"), file);
    const auto r = runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Env") }, QString(), {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(file));
    const auto listed = runCli({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") }, file);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
}

QTEST_GUILESS_MAIN(tst_CliSlice)
#include "tst_cli_slice.moc"
