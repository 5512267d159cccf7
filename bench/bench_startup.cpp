// Prints start-up and history figures of the desktop app (figures, never a pass/fail):
//   1. start-up to the first painted window, Minutier (its own start, Desktop::run(), on a database
//      of 100,000 sessions and 5,000 clients) vs an empty QWidget window started the same way (a
//      child process each, the same binary, median of N runs; target <= 1.5x): to the first frame
//      shown (the window and all its widgets painted) and to the window's first paint event; and
//      the same empty window in a minimal binary that links Qt Widgets alone (bench_empty_window);
//   2. filtering the history of that database (period, client, relationship; target <= 50 ms);
//   3. resident memory of Minutier after the first paint and after the filters (target <= 90 MB).
// Usage: bench_startup [runs, default 5] [database path, default: a cached one in the temp folder]
// The start-up is measured on the display the desktop would use (X11 or Wayland: a user's session,
// or Xvfb), then on Qt's offscreen test platform; QT_QPA_PLATFORM, when set, is the only one
// measured. The history and memory figures come from the first. Build in Release.
#include "Desktop.h"
#include "call/CallPanel.h"
#include "history/HistoryView.h"
#include "history/SessionsModel.h"
#include "mainwindow/MainWindow.h"
#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlUtil.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace minutier;

namespace {

constexpr int kClients = 5'000;
constexpr int kSessions = 100'000;

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Reports the first painted frame of `target` on stdout, then runs `after` and quits.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *target, std::function<void()> after)
        : m_after(std::move(after))
    {
        target->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("paint_started\n");
            std::fflush(stdout);
            // The window's paint event opens the frame; its children are painted next and the frame
            // is shown: the window counts as painted once that is done (the next turn of the loop).
            QTimer::singleShot(0, qApp, [this] {
                std::printf("painted\n");
                std::fflush(stdout);
                // For profiling what comes before the first paint alone: leave at once.
                if (qgetenv("MINUTIER_BENCH_PAINT_ONLY") == "exit")
                    std::_Exit(0);
                m_after();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_after;
    bool m_done = false;
};

int seed(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    Database &db = *opened.value();
    Profile p;
    p.legalName = QStringLiteral("Bench Conseil");
    p.siret = QStringLiteral("73282932000074");
    p.address = QStringLiteral("1 rue du Banc, 75001 Paris");
    if (!ProfileRepository(db).save(p))
        return 1;
    QList<Offer> offers;
    for (int i = 0; i < 3; ++i) {
        Offer o;
        o.name = QStringLiteral("Offer %1").arg(i + 1);
        o.policy.rateE4 = 20'000 + i * 10'000;
        o.policy.freeMinutes = i;
        o.policy.vatBasisPoints = 2000;
        auto saved = OfferRepository(db).save(o);
        if (!saved)
            return 1;
        offers.append(saved.value());
    }
    const QList<ClientKind> kinds
        = { ClientKind::Former, ClientKind::Prospect, ClientKind::Network, ClientKind::Premium, ClientKind::Audience };
    QList<Client> clients;
    auto ok = db.inTransaction([&]() -> Status {
        for (int i = 0; i < kClients; ++i) {
            Client c;
            c.name = QStringLiteral("Client %1").arg(i, 5, 10, QLatin1Char('0'));
            c.email = QStringLiteral("client%1@example.org").arg(i);
            c.kind = kinds.at(i % kinds.size());
            auto saved = ClientRepository(db).save(c);
            if (!saved)
                return saved.error();
            clients.append(saved.value());
        }
        SessionRepository sessions(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < kSessions; ++i) {
            const Client &c = clients.at((i * 7) % clients.size());
            const Offer &o = offers.at(i % offers.size());
            Session s;
            s.id = SqlUtil::newId();
            s.clientId = c.id;
            s.clientName = c.name;
            s.offerId = o.id;
            s.offerName = o.name;
            s.policy = o.policy;
            s.state = SessionState::Ended;
            s.durationMs = 30'000 + (i * 7'919) % 1'800'000;
            s.startedAt = now.addSecs(-qint64(i) * 900);
            s.endedAt = s.startedAt.addMSecs(s.durationMs);
            s.lastHeartbeat = s.endedAt;
            if (auto priced = SessionService::price(s); !priced)
                return priced.error();
            if (auto inserted = sessions.insert(s); !inserted)
                return inserted.error();
        }
        return {};
    });
    if (!ok) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(ok.error().detail));
        return 1;
    }
    return 0;
}

// Milliseconds since the parent started this process (steady_clock is CLOCK_MONOTONIC on Linux,
// shared by all processes; -1 where the parent did not say).
qint64 sinceSpawnMs()
{
    bool ok = false;
    const qint64 spawnNs = qEnvironmentVariable("MINUTIER_BENCH_SPAWN_NS").toLongLong(&ok);
    if (!ok)
        return -1;
    const qint64 nowNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    return (nowNs - spawnNs) / 1'000'000;
}

int childEmpty(int argc, char **argv)
{
    const qint64 beforeMainMs = sinceSpawnMs();
    QElapsedTimer phase;
    phase.start();
    QApplication app(argc, argv);
    const qint64 appMs = phase.restart();
    QWidget window;
    window.resize(1180, 760);
    FirstPaint probe(&window, [&] {
        std::printf("phase spawn_to_main %lld ms, qapplication %lld ms, show_to_paint %lld ms\n", beforeMainMs, appMs,
            phase.elapsed());
    });
    window.show();
    return app.exec();
}

int childMinutier(char *program, const QString &path)
{
    const qint64 beforeMainMs = sinceSpawnMs(); // exec, the dynamic loader, static initialisers
    QElapsedTimer phase;
    phase.start();
    // The application's own start, as `minutier --database PATH` (settings and data folders are the
    // bench's temporary ones, see main()).
    QByteArray database = path.toLocal8Bit();
    char databaseOption[] = "--database";
    char *appArgv[] = { program, databaseOption, database.data(), nullptr };
    int appArgc = 3;
    QApplication app(appArgc, appArgv);
    const qint64 appMs = phase.restart();
    qint64 windowMs = -1;
    std::unique_ptr<FirstPaint> probe;
    Desktop::Hooks hooks;
    hooks.beforeShow = [&](MainWindow &window, Database &db) {
    windowMs = phase.restart();
    probe = std::make_unique<FirstPaint>(&window, [&] {
        // For profiling the start-up alone: quit at the first paint (=1) or once ready (=ready).
        if (const QByteArray only = qgetenv("MINUTIER_BENCH_PAINT_ONLY"); !only.isEmpty()) {
            if (only == "ready")
                QCoreApplication::processEvents();
            return;
        }
        std::printf("phase spawn_to_main %lld ms, qapplication %lld ms, settings_database_window %lld ms, "
                    "show_to_paint %lld ms\n",
            beforeMainMs, appMs, windowMs, phase.elapsed());
        {
            // The window builds the tray, the sounds and the open slots right after its first paint.
            QElapsedTimer t;
            t.start();
            QCoreApplication::processEvents();
            std::printf("ready\n"); // the client picker is filled, the tray and the reminders run
            std::fflush(stdout);
            std::printf("phase after_first_paint (client directory, tray, sounds, slots) %lld ms\n", t.elapsed());
        }
        std::printf("rss_after_paint_kb %lld\n", residentKb());
        {
            // What the window reads at start, timed apart (after the paint: outside the figure above).
            QElapsedTimer t;
            t.start();
            auto clients = ClientRepository(db).list();
            std::printf("query clients_list %lld ms (%lld clients)\n", t.elapsed(), qint64(clients ? clients->size() : -1));
            t.restart();
            auto directory = ClientRepository(db).directory();
            std::printf("query clients_directory %lld ms\n", t.elapsed());
            t.restart();
            SessionFilter page;
            page.limit = SessionsModel::kBatch;
            auto rows = SessionRepository(db).list(page);
            std::printf("query history_first_page %lld ms\n", t.elapsed());
            t.restart();
            auto count = SessionRepository(db).count();
            std::printf("query history_count %lld ms\n", t.elapsed());
        }
        QElapsedTimer views;
        views.start();
        window.showPage(MainWindow::Page::History);
        std::printf("history view built and shown %lld ms\n", views.restart());
        HistoryView *history = window.historyView();
        const auto time = [&](const char *name, const std::function<void()> &change) {
            QElapsedTimer t;
            t.start();
            change(); // the table is filled synchronously
            const qint64 tableMs = t.restart();
            QCoreApplication::processEvents(); // the monthly totals follow
            std::printf("filter %s: table %lld ms, then totals %lld ms (%lld rows)\n", name, tableMs, t.elapsed(),
                history->model()->totalCount());
        };
        auto *period = history->findChild<QComboBox *>(QStringLiteral("periodFilter"));
        auto *client = history->findChild<QComboBox *>(QStringLiteral("clientFilter"));
        auto *kind = history->findChild<QComboBox *>(QStringLiteral("kindFilter"));
        time("all", [&] { history->reload(); });
        time("this_month", [&] { period->setCurrentIndex(period->findData(int(HistoryView::Period::ThisMonth))); });
        time("this_year", [&] { period->setCurrentIndex(period->findData(int(HistoryView::Period::ThisYear))); });
        time("one_client", [&] { client->setCurrentIndex(42); });
        time("client_cleared", [&] { client->setCurrentIndex(0); });
        time("kind_premium", [&] { kind->setCurrentIndex(kind->findData(QStringLiteral("premium"))); });
        {
            // The monthly totals of the whole history (drawn right after the table).
            kind->setCurrentIndex(0);
            period->setCurrentIndex(period->findData(int(HistoryView::Period::All)));
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            auto totals = SessionRepository(db).monthlyTotals();
            std::printf("monthly totals of all sessions %lld ms (%lld months)\n", t.elapsed(),
                qint64(totals ? totals->size() : -1));
        }
        std::printf("rss_after_filters_kb %lld\n", residentKb());
    });
    };
    return Desktop::run(app, hooks);
}

struct Run {
    qint64 paintStartedMs = -1; // the window's first paint event
    qint64 paintedMs = -1; // its first frame painted, widgets included
    qint64 readyMs = -1;
    QStringList lines;
};

Run runChild(const QStringList &args, const QString &program = QString(), const QByteArray &paintOnly = QByteArray())
{
    Run run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MINUTIER_BENCH_SPAWN_NS"),
        QString::number(
            std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
                .count()));
    if (!paintOnly.isEmpty())
        environment.insert(QStringLiteral("MINUTIER_BENCH_PAINT_ONLY"), QString::fromLatin1(paintOnly));
    child.setProcessEnvironment(environment);
    timer.start();
    child.start(program.isEmpty() ? QCoreApplication::applicationFilePath() : program, args);
    QByteArray out;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        child.waitForReadyRead(50);
        out += child.readAllStandardOutput();
        if (run.paintStartedMs < 0 && out.contains("paint_started\n"))
            run.paintStartedMs = timer.elapsed();
        if (run.paintedMs < 0 && out.contains("painted\n"))
            run.paintedMs = timer.elapsed();
        if (run.readyMs < 0 && out.contains("ready\n"))
            run.readyMs = timer.elapsed();
        if (child.state() == QProcess::NotRunning && child.bytesAvailable() == 0)
            break;
    }
    child.waitForFinished(60'000);
    out += child.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n'))
        if (!line.isEmpty() && line != "painted" && line != "paint_started" && line != "ready")
            run.lines.append(QString::fromUtf8(line));
    return run;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// Times `runs` starts of each child on `platform` and prints the start-up figures; returns the
// Minutier child's own report (phases, then the history and memory figures) of its last run.
QStringList measureStartup(const QString &platform, int runs, const QString &database, const QString &freshDatabase,
    QStringList *emptyLines)
{
    qputenv("QT_QPA_PLATFORM", platform.toLocal8Bit()); // the children's platform
    QList<qint64> empty;
    QList<qint64> emptyStarted;
    QList<qint64> minimal;
    QList<qint64> minutier;
    QList<qint64> minutierStarted;
    QList<qint64> ready;
    QList<qint64> fresh; // Minutier on a new, empty database
    QStringList lastLines;
    for (int i = 0; i < runs; ++i) {
        const Run emptyRun = runChild({ QStringLiteral("--child"), QStringLiteral("empty") });
        empty.append(emptyRun.paintedMs);
        emptyStarted.append(emptyRun.paintStartedMs);
        *emptyLines = emptyRun.lines;
        minimal.append(runChild({}, QStringLiteral(MINUTIER_EMPTY_WINDOW_PATH)).paintedMs);
        const Run run = runChild({ QStringLiteral("--child"), QStringLiteral("minutier"), database });
        minutier.append(run.paintedMs);
        minutierStarted.append(run.paintStartedMs);
        ready.append(run.readyMs);
        lastLines = run.lines;
        fresh.append(runChild({ QStringLiteral("--child"), QStringLiteral("minutier"), freshDatabase }, QString(), "1")
                         .paintedMs);
    }
    if (platform == QLatin1String("offscreen"))
        std::printf("== on Qt's offscreen test platform (no display server: its empty window does none of a real "
                    "window's work, the least favourable comparison)\n");
    else
        std::printf("== on the %s platform (a real display, as users start the desktop)\n", qPrintable(platform));
    const qint64 e = median(empty);
    const qint64 m = median(minutier);
    std::printf("start-up to the first frame shown (the window and its widgets painted), median of %d: empty QWidget "
                "%lld ms, Minutier %lld ms, ratio %.2f (target <= 1.5)\n",
        runs, e, m, e > 0 ? double(m) / double(e) : 0.0);
    // Each Minutier run against the empty window started just before it: the machine's drift
    // (caches, the other core's load) cancels out of each pair.
    QList<double> pairRatios;
    for (int i = 0; i < runs; ++i)
        if (empty.at(i) > 0 && minutier.at(i) > 0)
            pairRatios.append(double(minutier.at(i)) / double(empty.at(i)));
    std::sort(pairRatios.begin(), pairRatios.end());
    if (!pairRatios.isEmpty())
        std::printf("  run by run (each Minutier start against the empty window started just before it): median "
                    "ratio %.2f, quartiles %.2f-%.2f\n",
            pairRatios.at(pairRatios.size() / 2), pairRatios.at(pairRatios.size() / 4),
            pairRatios.at(3 * pairRatios.size() / 4));
    std::printf("  the same on a new, empty database: Minutier %lld ms (the 100,000 sessions cost the start %lld ms)\n",
        median(fresh), m - median(fresh));
    const qint64 es = median(emptyStarted);
    const qint64 ms = median(minutierStarted);
    std::printf("start-up to the window's first paint event (its painting begins), median: empty QWidget %lld ms, "
                "Minutier %lld ms, ratio %.2f\n",
        es, ms, es > 0 ? double(ms) / double(es) : 0.0);
    // The same empty window in a binary that loads Qt Widgets alone: what the libraries Minutier
    // links (Qt Multimedia, Network, PDF, qpdf, the keychain...) cost before main() even starts.
    const qint64 n = median(minimal);
    std::printf("for comparison, the empty window in a binary linking Qt Widgets only: %lld ms (Minutier %.2fx that)\n", n,
        n > 0 ? double(m) / double(n) : 0.0);
    const qint64 r = median(ready);
    std::printf("start-up to ready (client picker filled, right after the first paint), median: Minutier %lld ms, "
                "ratio %.2f\n",
        r, e > 0 ? double(r) / double(e) : 0.0);
    return lastLines;
}

} // namespace

int main(int argc, char **argv)
{
    // QT_QPA_PLATFORM, when set, is the one platform measured (see measureStartup()).
    const QString forcedPlatform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (forcedPlatform.isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the seeding child
    // Quiet children (they have no keychain and no Stripe key, which their log would say).
    qputenv("QT_LOGGING_RULES", "minutier.*.debug=false;minutier.*.info=false");
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0) {
        if (qstrcmp(argv[2], "empty") == 0)
            return childEmpty(argc, argv);
        if (qstrcmp(argv[2], "seed") == 0 && argc >= 4)
            return seed(QString::fromLocal8Bit(argv[3]));
        if (qstrcmp(argv[2], "minutier") == 0 && argc >= 4)
            return childMinutier(argv[0], QString::fromLocal8Bit(argv[3]));
        return 2;
    }
    QCoreApplication app(argc, argv);
    // The children start as a new user would: settings, data folder and keychain entry of their own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("MINUTIER_KEYCHAIN_ACCOUNT", "bench-startup");
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const QString database = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                      : QDir::temp().filePath(QStringLiteral("minutier-bench-startup-v1.db"));
    if (!QFileInfo::exists(database)) {
        std::printf("seeding %s with %d clients and %d sessions...\n", qPrintable(database), kClients, kSessions);
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        QProcess seeder;
        seeder.setProcessChannelMode(QProcess::ForwardedChannels);
        seeder.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), QStringLiteral("seed"), database });
        if (!seeder.waitForFinished(-1) || seeder.exitCode() != 0) {
            QFile::remove(database);
            std::fprintf(stderr, "seeding failed\n");
            return 1;
        }
        std::printf("seeded in %lld ms\n", t.elapsed());
    }

    const QString freshDatabase = home.filePath(QStringLiteral("fresh.sqlite"));
    if (!Database::open(freshDatabase)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(freshDatabase));
        return 1;
    }
    // On the display the desktop would use (a user's X11 or Wayland session, or Xvfb), then on
    // Qt's offscreen test platform, which talks to no display server at all: its empty window
    // is cheaper than any real one, so the ratio there is the least favourable to Minutier.
    QStringList platforms;
    if (!forcedPlatform.isEmpty())
        platforms << forcedPlatform;
    else if (!qEnvironmentVariableIsEmpty("DISPLAY")) // X11, XWayland or Xvfb
        platforms << QStringLiteral("xcb") << QStringLiteral("offscreen");
    else if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        platforms << QStringLiteral("wayland") << QStringLiteral("offscreen");
    else {
        platforms << QStringLiteral("offscreen");
        std::printf("no display: run under one (a desktop session, or `xvfb-run -a`) for the figure users see\n");
    }
    QStringList emptyLines; // the phases of both children on the first platform
    QStringList lastLines;
    for (const QString &platform : platforms) {
        QStringList emptyPhases;
        const QStringList lines = measureStartup(platform, runs, database, freshDatabase, &emptyPhases);
        if (lastLines.isEmpty()) {
            lastLines = lines;
            emptyLines = emptyPhases;
        }
    }
    for (const QString &line : emptyLines)
        std::printf("empty window: %s\n", qPrintable(line));
    for (const QString &line : lastLines)
        std::printf("%s\n", qPrintable(line));
    return 0;
}
