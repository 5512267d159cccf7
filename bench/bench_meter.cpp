// Prints the call meter's figures (figures, never a pass/fail):
//   1. error of CallController against the monotonic clock over a long simulated call (default 8 h)
//      driven with realistic display-timer jitter (late wake-ups, stalls of seconds, pauses):
//      the meter reads the clock, so the error must be 0 ms; a naive "add 200 ms per tick"
//      counter is run next to it to show what counting ticks would have cost;
//   2. CPU used by a real running CallController (SystemClock, heartbeats to an SQLite file with
//      synchronous=FULL) plus a QLabel ticker redrawn on every tick, over 60 s of wall time
//      (getrusage user+sys / wall time; target <= 1 % of one core);
//   2b. the same for the real desktop window (MainWindow: call panel with its ticker, card-hold
//      box and audio strip, tray, sounds) running a call started from the call panel;
//   3. the cost of one heartbeat (one UPDATE, SQLite WAL, synchronous=FULL: durable at once).
// Usage: bench_meter [simulated hours, default 8] [cpu seconds, default 60]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. Build in Release for meaningful figures.
#include "call/CallPanel.h"
#include "common/MoneyFormat.h"
#include "mainwindow/MainWindow.h"
#include "metering/CallController.h"
#include "storage/ProfileRepository.h"
#include "domain/Client.h"
#include "metering/CallController.h"
#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/SessionRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace minutier;

namespace {

class SimulatedClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addMSecs(m_ms); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 0;
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString client;
    QString offer;

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().detail));
            return false;
        }
        db = std::move(opened).value();
        Client c;
        c.name = QStringLiteral("Bench client");
        c.kind = ClientKind::Prospect;
        client = ClientRepository(*db).save(c)->id;
        Offer o;
        o.name = QStringLiteral("Bench offer");
        o.policy.rateE4 = 30000; // 3.00 per minute
        o.policy.freeMinutes = 2;
        o.policy.vatBasisPoints = 2000;
        offer = OfferRepository(*db).save(o)->id;
        return true;
    }
};

qint64 cpuMicros()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1'000'000 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

int simulatedCall(int hours)
{
    Fixture f;
    if (!f.open())
        return 1;
    // Eight hours of heartbeats are ~57,600 writes: this part measures the meter, not the disk.
    QSqlQuery(f.db->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    SimulatedClock clock;
    CallController call(*f.db, clock);
    if (!call.start(f.client, f.offer)) {
        std::fprintf(stderr, "cannot start the call\n");
        return 1;
    }
    QRandomGenerator rng(20261124);
    const qint64 totalMs = qint64(hours) * 3'600'000;
    qint64 reference = 0; // the true running time: sum of the simulated running intervals
    qint64 naive = 0; // a tick counter: +200 ms per timer event while running
    qint64 maxError = 0;
    qint64 ticks = 0;
    qint64 pauses = 0;
    qint64 stalls = 0;
    qint64 wall = 0;
    QElapsedTimer took;
    took.start();
    while (wall < totalMs) {
        // A 200 ms display timer wakes late by 0-60 ms; now and then the event loop stalls for
        // 1-5 s (a modal dialog, a busy machine), and the expert sometimes pauses.
        qint64 step = CallController::kDisplayRefreshMs + rng.bounded(0, 61);
        if (rng.bounded(1000) == 0) {
            step = rng.bounded(1000, 5001);
            ++stalls;
        }
        clock.advance(step);
        wall += step;
        if (call.state() == CallController::State::Running) {
            reference += step;
            naive += CallController::kDisplayRefreshMs;
        }
        call.poll();
        ++ticks;
        maxError = std::max(maxError, qAbs(call.elapsedMs() - reference));
        // About one pause every 20 minutes, lasting about a minute.
        if (call.state() == CallController::State::Running && rng.bounded(5'000) == 0) {
            call.pause();
            ++pauses;
        } else if (call.state() == CallController::State::Paused && rng.bounded(250) == 0) {
            call.resume();
        }
    }
    auto saved = call.stop();
    if (!saved) {
        std::fprintf(stderr, "cannot save the call: %s\n", qPrintable(saved.error().detail));
        return 1;
    }
    const qint64 storedMs = SessionRepository(*f.db).find(saved->id)->durationMs;
    std::printf("1. simulated call of %d h: %lld display ticks (200 ms + 0-60 ms jitter, %lld stalls of 1-5 s), "
                "%lld pauses, computed in %lld ms\n",
        hours, static_cast<long long>(ticks), static_cast<long long>(stalls), static_cast<long long>(pauses),
        static_cast<long long>(took.elapsed()));
    std::printf(
        "   running time %lld ms; meter %lld ms; saved %lld ms; max error at any tick %lld ms; final error %lld ms\n",
        static_cast<long long>(reference), static_cast<long long>(call.elapsedMs()), static_cast<long long>(storedMs),
        static_cast<long long>(maxError), static_cast<long long>(saved->durationMs - reference));
    std::printf("   (a tick counter would say %lld ms: %lld ms wrong, i.e. %s)\n", static_cast<long long>(naive),
        static_cast<long long>(naive - reference),
        qPrintable(MoneyFormat::format(Money::fromMinor(PriceCalculator::quote(saved->policy, reference)->gross.minor()
                - PriceCalculator::quote(saved->policy, naive)->gross.minor(),
            saved->policy.currency))));
    return maxError == 0 && saved->durationMs == reference && storedMs == reference ? 0 : 1;
}

int cpuOfRunningCall(int seconds)
{
    Fixture f;
    if (!f.open())
        return 1;
    SystemClock clock;
    CallController call(*f.db, clock);
    QLabel ticker;
    ticker.resize(320, 60);
    ticker.show();
    qint64 repaints = 0;
    QObject::connect(&call, &CallController::ticked, &ticker, [&](qint64 elapsed) {
        const qint64 s = elapsed / 1000;
        QString cost;
        if (auto q = call.currentQuote())
            cost = MoneyFormat::format(q->gross);
        ticker.setText(QStringLiteral("%1:%2:%3  %4")
                           .arg(s / 3600, 2, 10, QLatin1Char('0'))
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                           .arg(cost));
        ++repaints;
    });
    qint64 heartbeatFailures = 0;
    QObject::connect(&call, &CallController::heartbeatFailed, &call, [&] { ++heartbeatFailures; });
    QApplication::processEvents();
    if (!call.start(f.client, f.offer)) {
        std::fprintf(stderr, "cannot start the call\n");
        return 1;
    }
    const qint64 cpuBefore = cpuMicros();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, qApp, [] { QCoreApplication::exit(0); }); // exit: quit() would close the windows
    QApplication::exec();
    const qint64 wallUs = wall.nsecsElapsed() / 1000;
    const qint64 cpuUs = cpuMicros() - cpuBefore;
    auto saved = call.stop();
    std::printf("2. running call + QLabel ticker for %.1f s (platform %s): CPU %.3f s = %.3f %% of one core "
                "(target <= 1 %%); %lld ticker updates, %lld heartbeat failures; saved duration %lld ms\n",
        double(wallUs) / 1e6, qPrintable(QGuiApplication::platformName()), double(cpuUs) / 1e6,
        100.0 * double(cpuUs) / double(wallUs), static_cast<long long>(repaints),
        static_cast<long long>(heartbeatFailures), saved ? static_cast<long long>(saved->durationMs) : -1LL);
    return 0;
}

int cpuOfDesktopWindow(int seconds)
{
    Fixture f;
    if (!f.open())
        return 1;
    Profile p;
    p.legalName = QStringLiteral("Bench Conseil");
    p.siret = QStringLiteral("73282932000074");
    p.address = QStringLiteral("1 rue du Banc\n75001 Paris");
    p.vatRegime = VatRegime::Standard;
    p.vatNumber = QStringLiteral("FR44732829320");
    if (!ProfileRepository(*f.db).save(p)) {
        std::fprintf(stderr, "cannot save the profile\n");
        return 1;
    }
    SystemClock clock;
    QSettings settings(f.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(*f.db, clock, settings, f.dir.path());
    window.show();
    // Let the deferred start-up work (client list, tray, sounds) finish before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    window.callPanel()->selectClient(f.client);
    window.callPanel()->start();
    if (!window.callController()->isActive()) {
        std::fprintf(stderr, "the call did not start from the call panel\n");
        return 1;
    }
    const qint64 cpuBefore = cpuMicros();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, qApp, [] { QCoreApplication::exit(0); }); // exit: quit() would close the windows
    QApplication::exec();
    const qint64 wallUs = wall.nsecsElapsed() / 1000;
    const qint64 cpuUs = cpuMicros() - cpuBefore;
    const qint64 elapsed = window.callController()->elapsedMs();
    const bool saved = window.callController()->stop().ok();
    std::printf("2b. desktop window (call panel + hold box + audio strip + tray + sounds) running a call for %.1f s "
                "(platform %s): CPU %.3f s = %.3f %% of one core (target <= 1 %%); meter at %lld ms, %s\n",
        double(wallUs) / 1e6, qPrintable(QGuiApplication::platformName()), double(cpuUs) / 1e6,
        100.0 * double(cpuUs) / double(wallUs), static_cast<long long>(elapsed), saved ? "saved" : "NOT SAVED");
    return 0;
}

int heartbeatCost()
{
    Fixture f;
    if (!f.open())
        return 1;
    SystemClock clock;
    SessionService service(*f.db, clock);
    auto session = service.start(f.client, f.offer);
    if (!session)
        return 1;
    constexpr int kBeats = 500;
    QList<qint64> us;
    us.reserve(kBeats);
    for (int i = 0; i < kBeats; ++i) {
        QElapsedTimer t;
        t.start();
        if (!service.heartbeat(*session, i * 500, SessionState::Running))
            return 1;
        us << t.nsecsElapsed() / 1000;
    }
    std::sort(us.begin(), us.end());
    std::printf("3. heartbeat (one UPDATE, SQLite WAL, synchronous=FULL), %d writes: median %.3f ms, p99 %.3f ms, "
                "max %.3f ms\n",
        kBeats, double(us[kBeats / 2]) / 1000.0, double(us[kBeats * 99 / 100]) / 1000.0, double(us.last()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "minutier.*.debug=false;minutier.*.info=false");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const int hours = argc > 1 ? std::max(1, atoi(argv[1])) : 8;
    const int seconds = argc > 2 ? std::max(1, atoi(argv[2])) : 60;
    const int simulated = simulatedCall(hours);
    std::fflush(stdout);
    const int cpu = cpuOfRunningCall(seconds);
    std::fflush(stdout);
    const int window = cpuOfDesktopWindow(seconds);
    std::fflush(stdout);
    const int beats = heartbeatCost();
    return simulated | cpu | window | beats;
}
