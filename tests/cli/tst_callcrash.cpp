// The crash test of the call meter: `minutier-cli call start` is killed with SIGKILL at random
// moments (no chance to save anything), and `call recover` must find every session with the
// duration it really ran, to within one second.
//
// What "really ran" means here: the meter starts counting right after the 'running' row is
// written, and only then prints its first line. The test starts its own QElapsedTimer when it has
// read that line (so process start-up, database opening and migrations are excluded) and stops it
// right after kill(). The test's figure therefore slightly underestimates the true running time
// (by the pipe latency); the recorded duration is the last heartbeat (every 500 ms), so it may lag.
#include "tst_callfixture.h"

#include <QRandomGenerator>

#include <csignal>
#include <limits>

using namespace minutier::test;

class tst_CallCrash : public QObject
{
    Q_OBJECT
private slots:
    void sigkill_atRandomMoments_recoverFindsEachWithinOneSecond();
};

void tst_CallCrash::sigkill_atRandomMoments_recoverFindsEachWithinOneSecond()
{
    constexpr int kRuns = 20;
    CallFixture f;
    QVERIFY(f.setUp());
    const quint32 seed = qEnvironmentVariableIsSet("MINUTIER_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("MINUTIER_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u (set MINUTIER_CRASH_SEED to replay)", seed);
    QRandomGenerator rng(seed);

    QHash<QString, qint64> ranMs; // session id -> measured running time (from the first line to the kill)
    QHash<QString, qint64> livedMs; // session id -> from launching the process to the kill
    for (int run = 0; run < kRuns; ++run) {
        QProcess p;
        QElapsedTimer sinceLaunch; // an upper bound of the counting time: the process's whole life
        sinceLaunch.start();
        p.start(QStringLiteral(MINUTIER_CLI_PATH), f.startArgs({ QStringLiteral("--json") }));
        QVERIFY(p.waitForStarted());
        LineReader lines(p);
        const QByteArray first = lines.next();
        QElapsedTimer sinceFirstLine;
        sinceFirstLine.start();
        const QJsonObject firstLine = jsonObject(first);
        const QString id = firstLine.value(QLatin1String("id")).toString();
        QVERIFY2(!id.isEmpty(), first.constData());
        QCOMPARE(firstLine.value(QLatin1String("elapsed_ms")).toInteger(), qint64(0));
        // A random moment: sometimes at once, sometimes between two heartbeats, up to 3.5 s.
        const int waitMs = run % 5 == 0 ? int(rng.bounded(0, 50)) : int(rng.bounded(0, 3500));
        while (sinceFirstLine.elapsed() < waitMs)
            p.waitForReadyRead(int(waitMs - sinceFirstLine.elapsed()) + 1); // drains stdout meanwhile
        ::kill(pid_t(p.processId()), SIGKILL);
        const qint64 ran = sinceFirstLine.elapsed();
        const qint64 lived = sinceLaunch.elapsed();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        ranMs.insert(id, ran);
        livedMs.insert(id, lived);
    }

    // Orphaned rows are taken once their heartbeat is 2 s old (a live meter elsewhere never is).
    QJsonArray found;
    QElapsedTimer waiting;
    waiting.start();
    while (waiting.elapsed() < 20000) {
        found = f.recoverList();
        if (found.size() >= kRuns)
            break;
        QTest::qWait(250);
    }
    QCOMPARE(found.size(), kRuns);

    qint64 minLag = std::numeric_limits<qint64>::max();
    qint64 maxLag = std::numeric_limits<qint64>::min();
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        QVERIFY2(ranMs.contains(id), qPrintable(id));
        const qint64 recorded = o.value(QLatin1String("duration_ms")).toInteger();
        const qint64 ran = ranMs.value(id);
        QVERIFY(o.contains(QLatin1String("last_heartbeat")));
        QVERIFY2(qAbs(recorded - ran) < 1000,
            qPrintable(QStringLiteral("session %1 ran %2 ms, recovered %3 ms").arg(id).arg(ran).arg(recorded)));
        // The meter never records more than the process lived.
        QVERIFY2(recorded <= livedMs.value(id),
            qPrintable(QStringLiteral("lived %1 ms, recovered %2 ms").arg(livedMs.value(id)).arg(recorded)));
        minLag = std::min(minLag, ran - recorded);
        maxLag = std::max(maxLag, ran - recorded);
    }
    // Positive: the recovered duration is shorter than the measured running time.
    qInfo("%d SIGKILLs: measured running time minus recovered duration between %lld and %lld ms", kRuns,
        static_cast<long long>(minLag), static_cast<long long>(maxLag));
}

QTEST_GUILESS_MAIN(tst_CallCrash)
#include "tst_callcrash.moc"
