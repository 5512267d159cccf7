// minutier-cli clients import / clients export / offers defaults / offer default / sessions totals:
// the desktop's CSV import (bad rows reported, good rows kept), export read back, default offers
// per relationship and the history's monthly totals, for scripts.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier::test;

class tst_DirectoryCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void import_badRowsReported_goodRowsKept();
    void import_strict_refusesTheWholeFile();
    void import_fromStdin_andNotCsv();
    void export_readBackByImport();
    void clientUpdate_changesOnlyWhatIsGiven();
    void offerDefault_setShowClear();
    void offerDefault_errors_data();
    void offerDefault_errors();
    void sessionsTotals_perMonth();

private:
    CliRun cli(const QStringList &args, const QByteArray &in = {}) const { return runCli(args, m_db, in); }
    static QJsonDocument json(const CliRun &r) { return QJsonDocument::fromJson(r.out); }
    QString write(const QString &name, const QByteArray &data) const;
    QString addOffer(const QString &name, const QString &rate, const QString &free = QStringLiteral("0"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

namespace {
const QByteArray kCsv = "nom;email;kind;t\xc3\xa9l\xc3\xa9phone\n"
                        "Ada Lovelace;ada@example.org;prospect;01 02 03 04 05\n"
                        ";nobody@example.org;former;\n"
                        "Bob;bob@example.org;weird;\n"
                        "Cl\xc3\xa9o;cleo@example.org;premium;\n";
}

void tst_DirectoryCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("m.sqlite"));
}

QString tst_DirectoryCli::write(const QString &name, const QByteArray &data) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

QString tst_DirectoryCli::addOffer(const QString &name, const QString &rate, const QString &free)
{
    const CliRun r = cli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), name,
        QStringLiteral("--rate"), rate, QStringLiteral("--free-minutes"), free, QStringLiteral("--vat"), QStringLiteral("20") });
    return json(r).object().value(QLatin1String("id")).toString();
}

void tst_DirectoryCli::import_badRowsReported_goodRowsKept()
{
    const QString file = write(QStringLiteral("clients.csv"), kCsv);
    const CliRun r = cli({ QStringLiteral("clients"), QStringLiteral("import"), file, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(o.value(QLatin1String("skipped")).toInt(), 2);
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(QLatin1String("line")).toInt(), 3);
    QCOMPARE(errors.at(1).toObject().value(QLatin1String("line")).toInt(), 4);
    QVERIFY(errors.at(1).toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("weird")));
    QCOMPARE(o.value(QLatin1String("clients")).toArray().at(1).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Cléo"));

    const CliRun list = cli({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonArray clients = json(list).array();
    QCOMPARE(clients.size(), 2);
    QStringList kinds;
    for (const auto &c : clients)
        kinds << c.toObject().value(QLatin1String("kind")).toString();
    kinds.sort();
    QCOMPARE(kinds, (QStringList { QStringLiteral("premium"), QStringLiteral("prospect") }));

    // Text mode: the count on stdout, each skipped line on stderr.
    const CliRun text = cli({ QStringLiteral("clients"), QStringLiteral("import"), file });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("2 client(s) imported."));
    QVERIFY(text.err.contains("line 3"));
    QVERIFY(text.err.contains("line 4"));
}

void tst_DirectoryCli::import_strict_refusesTheWholeFile()
{
    const QString file = write(QStringLiteral("clients.csv"), kCsv);
    const CliRun r = cli({ QStringLiteral("clients"), QStringLiteral("import"), file, QStringLiteral("--strict") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("line 3"));
    QVERIFY(r.err.contains("nothing was imported"));
    QCOMPARE(json(cli({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") })).array().size(), 0);
}

void tst_DirectoryCli::import_fromStdin_andNotCsv()
{
    const CliRun r = cli({ QStringLiteral("clients"), QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--json") },
        "name,email\nDora,dora@example.org\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).object().value(QLatin1String("imported")).toInt(), 1);

    const QString notCsv = write(QStringLiteral("notes.txt"), "just some words\nno header here\n");
    const CliRun bad = cli({ QStringLiteral("clients"), QStringLiteral("import"), notCsv });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!bad.err.isEmpty());
    const CliRun missing = cli({ QStringLiteral("clients"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("none.csv")) });
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("none.csv"));
    QCOMPARE(json(cli({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") })).array().size(), 1);
}

void tst_DirectoryCli::export_readBackByImport()
{
    QCOMPARE(cli({ QStringLiteral("clients"), QStringLiteral("import"), write(QStringLiteral("c.csv"), kCsv) }).exitCode, 0);
    const QString out = m_dir->filePath(QStringLiteral("out.csv"));
    const CliRun r = cli({ QStringLiteral("clients"), QStringLiteral("export"), QStringLiteral("--output"), out });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith("name,email,phone,kind"));
    QVERIFY(csv.contains("Ada Lovelace,ada@example.org,01 02 03 04 05,prospect"));

    // --kind and standard output.
    const CliRun premium = cli({ QStringLiteral("clients"), QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("premium") });
    QCOMPARE(premium.exitCode, 0);
    QVERIFY(premium.out.contains("cleo@example.org"));
    QVERIFY(!premium.out.contains("ada@example.org"));

    // Read back into another database: the same clients.
    QTemporaryDir other;
    const CliRun back = runCli({ QStringLiteral("clients"), QStringLiteral("import"), out, QStringLiteral("--json") },
        other.filePath(QStringLiteral("o.sqlite")));
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(json(back).object().value(QLatin1String("imported")).toInt(), 2);
    QCOMPARE(json(back).object().value(QLatin1String("skipped")).toInt(), 0);
}

void tst_DirectoryCli::clientUpdate_changesOnlyWhatIsGiven()
{
    const CliRun added = cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Camille"),
        QStringLiteral("--email"), QStringLiteral("camille@example.org"), QStringLiteral("--phone"), QStringLiteral("06 00 00 00 01"),
        QStringLiteral("--kind"), QStringLiteral("prospect") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = json(added).object().value(QLatin1String("id")).toString();
    const CliRun updated = cli({ QStringLiteral("client"), QStringLiteral("update"), id, QStringLiteral("--kind"),
        QStringLiteral("premium"), QStringLiteral("--notes"), QStringLiteral("Prefers mornings\\nCalls from Lyon") });
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    QCOMPARE(json(updated).object().value(QLatin1String("id")).toString(), id);
    const QJsonObject c = json(cli({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") })).array().at(0).toObject();
    QCOMPARE(c.value(QLatin1String("kind")).toString(), QStringLiteral("premium"));
    QCOMPARE(c.value(QLatin1String("notes")).toString(), QStringLiteral("Prefers mornings\nCalls from Lyon"));
    QCOMPARE(c.value(QLatin1String("email")).toString(), QStringLiteral("camille@example.org")); // unchanged
    QCOMPARE(c.value(QLatin1String("phone")).toString(), QStringLiteral("06 00 00 00 01"));

    // Bad input changes nothing.
    QCOMPARE(cli({ QStringLiteral("client"), QStringLiteral("update"), id, QStringLiteral("--kind"), QStringLiteral("vip") }).exitCode, 2);
    QVERIFY(cli({ QStringLiteral("client"), QStringLiteral("update"), QStringLiteral("no-such-client"), QStringLiteral("--name"),
                    QStringLiteral("X") })
                .exitCode
        != 0);
    QCOMPARE(cli({ QStringLiteral("client"), QStringLiteral("update"), id, QStringLiteral("--offer"), QStringLiteral("no-such-offer") }).exitCode, 2);
    const QJsonObject after = json(cli({ QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json") })).array().at(0).toObject();
    QCOMPARE(after.value(QLatin1String("kind")).toString(), QStringLiteral("premium"));
    QCOMPARE(after.value(QLatin1String("offer_id")).toString(), QString());
}

void tst_DirectoryCli::offerDefault_setShowClear()
{
    const QString trial = addOffer(QStringLiteral("Découverte"), QStringLiteral("2.50"), QStringLiteral("5"));
    QVERIFY(!trial.isEmpty());
    const CliRun set = cli({ QStringLiteral("offer"), QStringLiteral("default"), QStringLiteral("--kind"),
        QStringLiteral("prospect"), trial });
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(json(set).object().value(QLatin1String("offer_id")).toString(), trial);

    const QJsonArray defaults = json(cli({ QStringLiteral("offers"), QStringLiteral("defaults"), QStringLiteral("--json") })).array();
    QCOMPARE(defaults.size(), 5);
    for (const auto &d : defaults) {
        const QJsonObject o = d.toObject();
        if (o.value(QLatin1String("kind")).toString() == QLatin1String("prospect")) {
            QCOMPARE(o.value(QLatin1String("offer_id")).toString(), trial);
            QCOMPARE(o.value(QLatin1String("offer_name")).toString(), QStringLiteral("Découverte"));
        } else {
            QVERIFY(o.value(QLatin1String("offer_id")).isNull());
        }
    }

    const CliRun clear = cli({ QStringLiteral("offer"), QStringLiteral("default"), QStringLiteral("--kind"),
        QStringLiteral("prospect"), QStringLiteral("--clear") });
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(json(clear).object().value(QLatin1String("offer_id")).isNull());
    const QJsonArray after = json(cli({ QStringLiteral("offers"), QStringLiteral("defaults"), QStringLiteral("--json") })).array();
    for (const auto &d : after)
        QVERIFY(d.toObject().value(QLatin1String("offer_id")).isNull());
}

void tst_DirectoryCli::offerDefault_errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no kind") << QStringList { QStringLiteral("x") } << QByteArray("--kind");
    QTest::addRow("unknown kind") << QStringList { QStringLiteral("--kind"), QStringLiteral("vip"), QStringLiteral("x") }
                                  << QByteArray("--kind must be");
    QTest::addRow("neither offer nor clear") << QStringList { QStringLiteral("--kind"), QStringLiteral("premium") }
                                             << QByteArray("--clear");
    QTest::addRow("both offer and clear")
        << QStringList { QStringLiteral("--kind"), QStringLiteral("premium"), QStringLiteral("x"), QStringLiteral("--clear") }
        << QByteArray("--clear");
    QTest::addRow("unknown offer") << QStringList { QStringLiteral("--kind"), QStringLiteral("premium"), QStringLiteral("no-such-offer") }
                                   << QByteArray("no-such-offer");
}

void tst_DirectoryCli::offerDefault_errors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QVERIFY(!addOffer(QStringLiteral("Conseil"), QStringLiteral("3.00")).isEmpty());
    const CliRun r = cli(QStringList { QStringLiteral("offer"), QStringLiteral("default") } + args);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void tst_DirectoryCli::sessionsTotals_perMonth()
{
    const QString offer = addOffer(QStringLiteral("Conseil"), QStringLiteral("3.00"), QStringLiteral("1"));
    const QString client = json(cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                    QStringLiteral("Camille"), QStringLiteral("--kind"), QStringLiteral("premium") }))
                               .object()
                               .value(QLatin1String("id"))
                               .toString();
    const auto add = [&](const char *startedAt, const char *ms) {
        const CliRun r = cli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), client,
            QStringLiteral("--offer"), offer, QStringLiteral("--duration-ms"), QString::fromLatin1(ms),
            QStringLiteral("--started-at"), QString::fromLatin1(startedAt) });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    };
    add("2026-10-05T10:00:00Z", "754000"); // 12 min 34 s, 1 free: 11 min 34 s x 3,00 € = 34,70 € HT, 41,64 € TTC
    add("2026-10-20T10:00:00Z", "45000"); // inside the free minute: 0 €
    add("2026-11-02T09:00:00Z", "120000"); // 2 min, 1 free: 3,00 € HT, 3,60 € TTC

    const CliRun r = cli({ QStringLiteral("sessions"), QStringLiteral("totals"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray months = json(r).array();
    QCOMPARE(months.size(), 2);
    const QJsonObject nov = months.at(0).toObject();
    const QJsonObject oct = months.at(1).toObject();
    QCOMPARE(nov.value(QLatin1String("month")).toString(), QStringLiteral("2026-11"));
    QCOMPARE(oct.value(QLatin1String("month")).toString(), QStringLiteral("2026-10"));
    QCOMPARE(oct.value(QLatin1String("calls")).toInt(), 2);
    QCOMPARE(oct.value(QLatin1String("free_calls")).toInt(), 1);
    QCOMPARE(oct.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(oct.value(QLatin1String("gross_minor")).toInteger(), 4164);
    QCOMPARE(nov.value(QLatin1String("gross_minor")).toInteger(), 360);
    QCOMPARE(nov.value(QLatin1String("calls")).toInt(), 1);
    QVERIFY(oct.value(QLatin1String("billable_ms")).toInteger() % 1000 == 0);

    // Filters: a period, a relationship nobody has.
    const CliRun october = cli({ QStringLiteral("sessions"), QStringLiteral("totals"), QStringLiteral("--json"),
        QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31") });
    QCOMPARE(json(october).array().size(), 1);
    const CliRun prospects = cli({ QStringLiteral("sessions"), QStringLiteral("totals"), QStringLiteral("--json"),
        QStringLiteral("--kind"), QStringLiteral("prospect") });
    QCOMPARE(json(prospects).array().size(), 0);
    QCOMPARE(cli({ QStringLiteral("sessions"), QStringLiteral("totals"), QStringLiteral("--from"), QStringLiteral("October") }).exitCode, 2);

    // Text: one line a month with the share of free calls.
    const CliRun text = cli({ QStringLiteral("sessions"), QStringLiteral("totals") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("2026-10") && text.out.contains("50 %"), text.out.constData());
}

QTEST_GUILESS_MAIN(tst_DirectoryCli)
#include "tst_directorycli.moc"
