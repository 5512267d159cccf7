#include "tst_callfixture.h"

#include <csignal>

using namespace minutier::test;

class tst_CallCli : public QObject
{
    Q_OBJECT
private slots:
    void start_for_printsOneLinePerSecondThenSavedSession();
    void start_signal_endsCleanly_data();
    void start_signal_endsCleanly();
    void start_hold_capsGrossAndSaysSo();
    void start_badArguments_exitTwo_data();
    void start_badArguments_exitTwo();
    void recover_billAndDiscard();
    void recover_nothingInterrupted_isEmptyList();
    void anyCommand_afterCrash_marksInterruptedAndCallStartSaysSo();
};

void tst_CallCli::start_for_printsOneLinePerSecondThenSavedSession()
{
    CallFixture f;
    QVERIFY(f.setUp(QStringLiteral("60.00"), 0, QStringLiteral("20"))); // 1.00 net per second
    QProcess p;
    p.start(QStringLiteral(MINUTIER_CLI_PATH),
        f.startArgs({ QStringLiteral("--for"), QStringLiteral("2.2"), QStringLiteral("--json") }));
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QVERIFY(lines.size() >= 4); // 0 s, 1 s, 2 s (3 s on a very late stop), then the saved session
    for (int i = 0; i < lines.size() - 1; ++i) {
        const QJsonObject o = jsonObject(lines[i]);
        const qint64 elapsed = o.value(QLatin1String("elapsed_ms")).toInteger();
        QVERIFY2(elapsed / 1000 == i, lines[i].constData());
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("running"));
        QCOMPARE(o.value(QLatin1String("gross_minor")).toInteger(), (elapsed / 1000) * 120);
    }
    const QJsonObject saved = jsonObject(lines.last());
    QCOMPARE(saved.value(QLatin1String("id")).toString(), jsonObject(lines[0]).value(QLatin1String("id")).toString());
    const qint64 duration = saved.value(QLatin1String("duration_ms")).toInteger();
    QVERIFY2(duration >= 2200 && duration < 3200, qPrintable(QString::number(duration)));
    QCOMPARE(saved.value(QLatin1String("net_minor")).toInteger(), (duration / 1000) * 100);
    QCOMPARE(saved.value(QLatin1String("vat_minor")).toInteger(), (duration / 1000) * 20);
    QCOMPARE(saved.value(QLatin1String("gross_minor")).toInteger(), (duration / 1000) * 120);
    QCOMPARE(saved.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    const QJsonArray sessions = QJsonDocument::fromJson(
        runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, f.db).out)
                                    .array();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions[0].toObject().value(QLatin1String("state")).toString(), QStringLiteral("ended"));
    QCOMPARE(sessions[0].toObject().value(QLatin1String("duration_ms")).toInteger(), duration);
}

void tst_CallCli::start_signal_endsCleanly_data()
{
    QTest::addColumn<int>("sig");
    QTest::addRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::addRow("SIGTERM") << int(SIGTERM);
}

void tst_CallCli::start_signal_endsCleanly()
{
    QFETCH(int, sig);
    CallFixture f;
    QVERIFY(f.setUp());
    QProcess p;
    p.start(QStringLiteral(MINUTIER_CLI_PATH), f.startArgs({ QStringLiteral("--json") }));
    LineReader lines(p);
    const QByteArray first = lines.next();
    QElapsedTimer ran;
    ran.start();
    QVERIFY(!first.isEmpty());
    const QByteArray second = lines.next(); // the 1 s line
    QCOMPARE(jsonObject(second).value(QLatin1String("elapsed_ms")).toInteger() / 1000, qint64(1));
    ::kill(pid_t(p.processId()), sig);
    const qint64 ranMs = ran.elapsed();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> rest = lines.rest().trimmed().split('\n');
    const QJsonObject saved = jsonObject(rest.last());
    QCOMPARE(saved.value(QLatin1String("id")).toString(), jsonObject(first).value(QLatin1String("id")).toString());
    const qint64 duration = saved.value(QLatin1String("duration_ms")).toInteger();
    QVERIFY2(duration >= ranMs - 50 && duration < ranMs + 1000,
        qPrintable(QStringLiteral("ran %1 ms, saved %2 ms").arg(ranMs).arg(duration)));
    QVERIFY(f.recoverList().isEmpty());
}

void tst_CallCli::start_hold_capsGrossAndSaysSo()
{
    CallFixture f;
    QVERIFY(f.setUp(QStringLiteral("60.00"), 0, QStringLiteral("0"))); // 1.00 per second
    const CliRun r = runCli({ QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--client"), f.client,
                                QStringLiteral("--offer"), f.offer, QStringLiteral("--hold"), QStringLiteral("1.50"),
                                QStringLiteral("--for"), QStringLiteral("3.1"), QStringLiteral("--json") },
        f.db);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 5); // 0, 1, 2, 3 s, then the saved session
    QCOMPARE(jsonObject(lines[1]).value(QLatin1String("gross_minor")).toInteger(), qint64(100));
    QVERIFY(!jsonObject(lines[1]).contains(QLatin1String("capped")));
    QCOMPARE(jsonObject(lines[2]).value(QLatin1String("gross_minor")).toInteger(), qint64(150));
    QCOMPARE(jsonObject(lines[2]).value(QLatin1String("capped")).toBool(), true);
    QCOMPARE(jsonObject(lines[3]).value(QLatin1String("gross_minor")).toInteger(), qint64(150));
    const QJsonObject saved = jsonObject(lines.last());
    QVERIFY(saved.value(QLatin1String("duration_ms")).toInteger() >= 3100); // time kept counting
    QCOMPARE(saved.value(QLatin1String("gross_minor")).toInteger(), qint64(150));
}

void tst_CallCli::start_badArguments_exitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withClient");
    QTest::addRow("no client") << QStringList {} << false;
    QTest::addRow("--for not a number") << QStringList { QStringLiteral("--for"), QStringLiteral("soon") } << true;
    QTest::addRow("--for zero") << QStringList { QStringLiteral("--for"), QStringLiteral("0") } << true;
    QTest::addRow("--hold not an amount") << QStringList { QStringLiteral("--hold"), QStringLiteral("lots") } << true;
    QTest::addRow("--hold too precise") << QStringList { QStringLiteral("--hold"), QStringLiteral("1.001") } << true;
}

void tst_CallCli::start_badArguments_exitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withClient);
    CallFixture f;
    QVERIFY(f.setUp());
    QStringList all { QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--offer"), f.offer };
    if (withClient)
        all << QStringLiteral("--client") << f.client;
    const CliRun r = runCli(all + args, f.db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    const CliRun unknown = runCli(
        { QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--client"), QStringLiteral("nobody"),
            QStringLiteral("--offer"), f.offer, QStringLiteral("--for"), QStringLiteral("1") },
        f.db);
    QCOMPARE(unknown.exitCode, 2);
}

void tst_CallCli::recover_billAndDiscard()
{
    CallFixture f;
    QVERIFY(f.setUp(QStringLiteral("60.00"), 0, QStringLiteral("20")));
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        QProcess p;
        p.start(QStringLiteral(MINUTIER_CLI_PATH), f.startArgs({ QStringLiteral("--json") }));
        LineReader lines(p);
        ids << jsonObject(lines.next()).value(QLatin1String("id")).toString();
        QVERIFY(!lines.next().isEmpty()); // ran a second
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());
    }
    QJsonArray found;
    QElapsedTimer waiting;
    waiting.start();
    while (found.size() < 2 && waiting.elapsed() < 15000) {
        QTest::qWait(250);
        found = f.recoverList();
    }
    QCOMPARE(found.size(), 2);
    const qint64 duration0 = found[0].toObject().value(QLatin1String("duration_ms")).toInteger();
    QVERIFY(duration0 >= 500);

    const CliRun billed
        = runCli({ QStringLiteral("call"), QStringLiteral("recover"), QStringLiteral("--bill"), ids[0] }, f.db);
    QCOMPARE(billed.exitCode, 0);
    const QJsonObject b = jsonObject(billed.out);
    QCOMPARE(b.value(QLatin1String("duration_ms")).toInteger(), duration0);
    QCOMPARE(b.value(QLatin1String("net_minor")).toInteger(), (duration0 / 1000) * 100);
    QCOMPARE(b.value(QLatin1String("gross_minor")).toInteger(), (duration0 / 1000) * 120);

    const CliRun discarded
        = runCli({ QStringLiteral("call"), QStringLiteral("recover"), QStringLiteral("--discard"), ids[1] }, f.db);
    QCOMPARE(discarded.exitCode, 0);
    QCOMPARE(jsonObject(discarded.out).value(QLatin1String("state")).toString(), QStringLiteral("discarded"));
    QVERIFY(f.recoverList().isEmpty());

    // Settled once only; unknown ids are bad input.
    QCOMPARE(
        runCli({ QStringLiteral("call"), QStringLiteral("recover"), QStringLiteral("--bill"), ids[1] }, f.db).exitCode,
        1);
    QCOMPARE(
        runCli({ QStringLiteral("call"), QStringLiteral("recover"), QStringLiteral("--discard"), QStringLiteral("x") },
            f.db)
            .exitCode,
        2);
    // Discarded is kept, never deleted.
    const QJsonArray sessions = QJsonDocument::fromJson(
        runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, f.db).out)
                                    .array();
    QCOMPARE(sessions.size(), 2);
    QStringList states;
    for (const QJsonValue &v : sessions)
        states << v.toObject().value(QLatin1String("state")).toString();
    states.sort();
    QCOMPARE(states, (QStringList { QStringLiteral("discarded"), QStringLiteral("ended") }));
}

void tst_CallCli::recover_nothingInterrupted_isEmptyList()
{
    CallFixture f;
    QVERIFY(f.setUp());
    const CliRun r = runCli({ QStringLiteral("call"), QStringLiteral("recover"), QStringLiteral("--json") }, f.db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("[]"));
}

void tst_CallCli::anyCommand_afterCrash_marksInterruptedAndCallStartSaysSo()
{
    CallFixture f;
    QVERIFY(f.setUp());
    QProcess p;
    p.start(QStringLiteral(MINUTIER_CLI_PATH), f.startArgs({ QStringLiteral("--json") }));
    LineReader lines(p);
    const QString id = jsonObject(lines.next()).value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());
    // Any command opening the database (here 'sessions list') takes the orphan once its heartbeat is stale.
    QString state;
    QElapsedTimer waiting;
    waiting.start();
    while (state != QLatin1String("interrupted") && waiting.elapsed() < 15000) {
        QTest::qWait(250);
        const QJsonArray sessions = QJsonDocument::fromJson(
            runCli({ QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json") }, f.db).out)
                                        .array();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions[0].toObject().value(QLatin1String("id")).toString(), id);
        state = sessions[0].toObject().value(QLatin1String("state")).toString();
    }
    QCOMPARE(state, QStringLiteral("interrupted"));
    const CliRun next = runCli(f.startArgs({ QStringLiteral("--for"), QStringLiteral("0.3") }).mid(2), f.db);
    QCOMPARE(next.exitCode, 0);
    QVERIFY2(next.err.contains("1 interrupted call"), next.err.constData());
}

QTEST_GUILESS_MAIN(tst_CallCli)
#include "tst_callcli.moc"
