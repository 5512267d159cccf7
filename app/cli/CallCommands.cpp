// call start / call recover: the terminal meter (also used by scripts and the crash test)
#include "CliCommand.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "billing/PriceCalculator.h"
#include "metering/CallController.h"
#include "metering/RecoveryService.h"
#include "money/Decimal.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace minutier::cli {

namespace {

// Self-pipe for SIGINT/SIGTERM: the handler only write()s one byte (async-signal-safe); the event
// loop reads it through a QSocketNotifier and stops the call there.
int g_signalFds[2] = { -1, -1 };

extern "C" void onStopSignal(int sig)
{
    const char byte = char(sig);
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

class StopSignals final
{
public:
    StopSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
            return;
        struct sigaction sa = {};
        sa.sa_handler = onStopSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, &m_oldInt);
        sigaction(SIGTERM, &sa, &m_oldTerm);
        m_installed = true;
    }
    ~StopSignals()
    {
        if (!m_installed)
            return;
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
        ::close(g_signalFds[0]);
        ::close(g_signalFds[1]);
        g_signalFds[0] = g_signalFds[1] = -1;
    }
    bool isInstalled() const { return m_installed; }
    int readFd() const { return g_signalFds[1]; }

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QByteArray amountsJson(const Session &s)
{
    return JsonWriter()
        .add("id", s.id)
        .add("duration_ms", s.durationMs)
        .add("net_minor", s.net.minor())
        .add("vat_minor", s.vat.minor())
        .add("gross_minor", s.gross.minor())
        .add("currency", s.policy.currency.code())
        .finish();
}

// Says on stderr when calls interrupted by a crash wait for a decision (never silently).
void reportInterrupted(CliContext &ctx, Database &db)
{
    auto waiting = RecoveryService(db, ctx.clock()).interrupted();
    if (waiting && !waiting->isEmpty())
        ctx.err() << CliContext::tr("minutier-cli: %n interrupted call(s) found; see 'minutier-cli call recover'.",
            nullptr, int(waiting->size()))
                  << Qt::endl;
}

int callStart(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption client(QStringLiteral("client"), CliContext::tr("Client id."), QStringLiteral("ID"));
    const QCommandLineOption offer(QStringLiteral("offer"),
        CliContext::tr("Offer id (its price is frozen onto the session)."), QStringLiteral("ID"));
    const QCommandLineOption forOpt(QStringLiteral("for"),
        CliContext::tr("Stop after this many seconds (decimals allowed)."), QStringLiteral("SECONDS"));
    const QCommandLineOption hold(QStringLiteral("hold"),
        CliContext::tr("Held amount, gross (e.g. 30.00): the cost never goes above it."), QStringLiteral("AMOUNT"));
    const QCommandLineOption json(QStringLiteral("json"), CliContext::tr("One JSON object per line."));
    parser.addOptions({ client, offer, forOpt, hold, json });
    if (!ctx.parse(parser,
            CliContext::tr("Run the call meter in the terminal until Ctrl+C, SIGTERM or --for; prints a line per "
                           "second, then the saved session.")))
        return ctx.exitCode();
    if (!parser.isSet(client) || !parser.isSet(offer))
        return ctx.failUsage(CliContext::tr("--client and --offer are required"));
    std::optional<qint64> forMs;
    if (parser.isSet(forOpt)) {
        auto ms = Decimal::parseScaled(parser.value(forOpt), 3);
        if (!ms || *ms <= 0 || *ms > PriceCalculator::kMaxDurationMs)
            return ctx.failUsage(CliContext::tr("--for must be a positive number of seconds"));
        forMs = *ms;
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    reportInterrupted(ctx, *db);

    std::optional<qint64> holdMinor;
    if (parser.isSet(hold)) {
        auto o = OfferRepository(*db).find(parser.value(offer));
        if (!o)
            return ctx.fail(o.error().code == ErrorCode::NotFound ? makeError(ErrorCode::InvalidInput, o.error().detail)
                                                                  : o.error());
        auto minor = Decimal::parseScaled(parser.value(hold), o->policy.currency.exponent());
        if (!minor)
            return ctx.failUsage(CliContext::tr("--hold must be an amount such as 30.00"));
        holdMinor = *minor;
    }

    StopSignals stopSignals;
    if (!stopSignals.isInstalled())
        return ctx.fail(makeError(ErrorCode::Internal, QStringLiteral("cannot create the signal socket pair")));

    CallController call(*db, ctx.clock());
    const bool asJson = parser.isSet(json);
    qint64 lastPrintedSecond = -1;
    auto printLine = [&](qint64 elapsed) {
        auto q = call.currentQuote();
        const qint64 gross = q ? q->gross.minor() : 0;
        if (asJson) {
            JsonWriter w;
            if (lastPrintedSecond < 0)
                w.add("id", call.session()->id); // the first line names the session
            w.add("elapsed_ms", elapsed).add("gross_minor", gross).add("state", QStringLiteral("running"));
            if (call.isCapped())
                w.add("capped", true);
            ctx.printJson(w.finish());
        } else {
            ctx.out() << clockText(elapsed) << "  " << (q ? q->gross.toDecimalString() : QString()) << ' '
                      << call.session()->policy.currency.code();
            if (call.isCapped())
                ctx.out() << "  " << CliContext::tr("(hold reached: no further charge)");
            ctx.out() << Qt::endl;
        }
        lastPrintedSecond = elapsed / 1000;
    };
    QObject::connect(&call, &CallController::ticked, &call, [&](qint64 elapsed) {
        if (elapsed / 1000 > lastPrintedSecond)
            printLine(elapsed);
    });
    QString lastFailure; // twice a second: say it once, not on every beat
    QObject::connect(&call, &CallController::heartbeatFailed, &call, [&](const QString &detail) {
        if (detail == std::exchange(lastFailure, detail))
            return;
        ctx.err() << CliContext::tr("minutier-cli: heartbeat not saved: %1").arg(detail) << Qt::endl;
    });
    QObject::connect(&call, &CallController::cueReached, &call, [&](CallController::Cue cue) {
        if (asJson)
            return;
        switch (cue) {
        case CallController::Cue::FreeMinutesEnded:
            ctx.err() << CliContext::tr("The free minutes are over.") << Qt::endl;
            break;
        case CallController::Cue::HoldAt80Percent:
            ctx.err() << CliContext::tr("80 % of the hold is used.") << Qt::endl;
            break;
        case CallController::Cue::CapReached:
            ctx.err() << CliContext::tr("The hold is reached: time keeps counting, nothing more is charged.")
                      << Qt::endl;
            break;
        }
    });
    // In a terminal no one can answer whether a suspend gap counts: it does not (monotonic time).
    QObject::connect(&call, &CallController::suspendDetected, &call, [&](qint64 gapMs) {
        ctx.err() << CliContext::tr("minutier-cli: the machine seems to have slept %1 s; that time is not counted.")
                         .arg(gapMs / 1000)
                  << Qt::endl;
        call.countGap(false);
    });

    if (auto st = call.start(parser.value(client), parser.value(offer), holdMinor); !st)
        return ctx.fail(st.error()); // on success, start() already displayed 0: the first line

    QEventLoop loop;
    QSocketNotifier notifier(stopSignals.readFd(), QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(stopSignals.readFd(), &byte, 1);
        loop.quit();
    });
    QTimer limit;
    if (forMs) {
        limit.setSingleShot(true);
        limit.setTimerType(Qt::PreciseTimer);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        limit.start(std::chrono::milliseconds(*forMs));
    }
    loop.exec();

    // A busy machine may deliver the last display tick after the end: the last whole second still gets its line.
    if (call.elapsedMs() / 1000 > lastPrintedSecond)
        printLine(call.elapsedMs());
    auto saved = call.stop();
    if (!saved)
        return ctx.fail(saved.error());
    if (!asJson)
        ctx.out() << CliContext::tr("Call saved.") << Qt::endl;
    ctx.printJson(amountsJson(*saved));
    return ExitOk;
}

int callRecover(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption bill(QStringLiteral("bill"),
        CliContext::tr("Bill this interrupted session up to its last heartbeat."), QStringLiteral("ID"));
    const QCommandLineOption discard(QStringLiteral("discard"),
        CliContext::tr("Discard this interrupted session (it is kept, marked discarded)."), QStringLiteral("ID"));
    parser.addOptions({ json, bill, discard });
    if (!ctx.parse(parser, CliContext::tr("List the calls a crash interrupted, or settle one of them.")))
        return ctx.exitCode();
    if (parser.isSet(bill) && parser.isSet(discard))
        return ctx.failUsage(CliContext::tr("--bill and --discard cannot be combined"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    RecoveryService recovery(*db, ctx.clock());
    if (parser.isSet(bill)) {
        auto s = recovery.bill(parser.value(bill));
        if (!s)
            return ctx.fail(s.error());
        ctx.printJson(amountsJson(*s));
        return ExitOk;
    }
    if (parser.isSet(discard)) {
        auto s = recovery.discard(parser.value(discard));
        if (!s)
            return ctx.fail(s.error());
        ctx.printJson(JsonWriter()
                          .add("id", s->id)
                          .add("duration_ms", s->durationMs)
                          .add("state", sessionStateKey(s->state))
                          .finish());
        return ExitOk;
    }
    auto list = recovery.interrupted();
    if (!list)
        return ctx.fail(list.error());
    if (parser.isSet(json)) {
        QList<QByteArray> items;
        for (const Session &s : *list)
            items << JsonWriter()
                         .add("id", s.id)
                         .add("duration_ms", s.durationMs)
                         .add("last_heartbeat", s.lastHeartbeat.toString(Qt::ISODateWithMs))
                         .finish();
        ctx.printJson(jsonArray(items));
    } else if (list->isEmpty()) {
        ctx.out() << CliContext::tr("No interrupted call.") << Qt::endl;
    } else {
        for (const Session &s : *list)
            ctx.out() << s.id << "  " << s.startedAt.toLocalTime().toString(Qt::ISODate) << "  " << s.clientName << "  "
                      << clockText(s.durationMs) << "  "
                      << CliContext::tr("last heartbeat %1").arg(s.lastHeartbeat.toLocalTime().toString(Qt::ISODate))
                      << Qt::endl;
    }
    return ExitOk;
}

const bool registered = CommandRegistry::add({ { QStringLiteral("call"), QStringLiteral("start") },
                            QStringLiteral(QT_TRANSLATE_NOOP("cli", "Run the call meter in the terminal")), callStart })
    && CommandRegistry::add({ { QStringLiteral("call"), QStringLiteral("recover") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List, bill or discard calls interrupted by a crash")), callRecover });

} // namespace

} // namespace minutier::cli
