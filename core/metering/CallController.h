#pragma once

#include "billing/PriceCalculator.h"
#include "common/Result.h"
#include "domain/Session.h"
#include "metering/CallMeter.h"

#include <QObject>

#include <optional>

class QTimer;

namespace minutier {

class Clock;
class Database;
class SessionService;

// Runs one live call for the window, the tray and the terminal (QtCore only).
//
// Counting: the elapsed time is the CallMeter's, i.e. the sum of running intervals read from the
// injected monotonic clock. The internal QTimer (kDisplayRefreshMs) only wakes the controller to
// emit ticked(), check the cue points and write the heartbeat; it never counts anything. The cost
// is always PriceCalculator::quote() on the measured duration with the price frozen on the session.
//
// Crash safety: start() writes a 'running' row at once; while running or paused a heartbeat
// (duration_ms, state, last_heartbeat: one small UPDATE) is written whenever kHeartbeatMs have
// passed, so a crash loses less than a second (kHeartbeatMs + one refresh at worst).
//
// Suspend: on Linux QElapsedTimer reads CLOCK_MONOTONIC, which does NOT advance while the machine is
// suspended, whereas the wall clock does. When the wall clock has moved more than
// kSuspendThresholdMs further than the monotonic clock between two polls while running, the
// controller emits suspendDetected(gapMs) and the gap is not counted unless countGap(true) is
// called. (A wall-clock jump by NTP or by hand looks the same; the expert decides.)
class CallController final : public QObject
{
    Q_OBJECT
public:
    enum class State { Ready, Running, Paused, Ended };
    Q_ENUM(State)
    enum class Cue { FreeMinutesEnded, HoldAt80Percent, CapReached };
    Q_ENUM(Cue)

    static constexpr int kDisplayRefreshMs = 200;
    static constexpr qint64 kHeartbeatMs = 500;
    static constexpr qint64 kSuspendThresholdMs = 30'000;
    static constexpr qint64 kMisclickMs = 10'000; // stopping earlier asks for confirmation (UI)

    CallController(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~CallController() override;

    // Ready (or Ended and saved) -> Running. Writes the 'running' session row before counting.
    // `holdMinor`: the pre-authorised gross amount; the cost never goes above it.
    // `sessionId`: the planned session's id (its payment link or hold was made before the call).
    Status start(const QString &clientId, const QString &offerId, std::optional<qint64> holdMinor = {},
        const QString &sessionId = {});
    // Rolling holds: a further hold was authorised; the hold becomes `totalMinor` (all authorised
    // holds), the cap is lifted if the cost is now below it, and the 80 % cue can sound again.
    Status extendHold(qint64 totalMinor);
    void pause();
    void resume();
    // Running/Paused -> Ended: prices the measured duration with the frozen policy and saves it.
    // If saving fails the call stays Ended but unsaved, and stop() may be called again.
    Result<Session> stop();
    // Ended -> Ready (forget the finished call).
    void reset();

    State state() const noexcept { return m_state; }
    bool isActive() const noexcept { return m_state == State::Running || m_state == State::Paused; }
    qint64 elapsedMs() const;
    Result<Quote> currentQuote() const;
    // Free minutes left (ms), 0 once used up or without free minutes.
    qint64 freeMsLeft() const;
    // Share of the hold reached by the gross, 0..1000; -1 without a hold.
    int holdUsedPermille() const;
    std::optional<qint64> holdMinor() const;
    // The cost reached the hold: time keeps counting, nothing more is charged.
    bool isCapped() const noexcept { return m_capReached; }
    // The call is short enough that stopping it is probably a mis-click.
    bool stopNeedsConfirmation() const { return elapsedMs() < kMisclickMs; }
    const std::optional<Session> &session() const noexcept { return m_session; }
    // A detected wall-clock gap awaiting countGap(), 0 if none.
    qint64 pendingGapMs() const noexcept { return m_pendingGapMs; }
    qint64 countedGapMs() const noexcept { return m_countedGapMs; }

public slots:
    // The expert's answer to suspendDetected(): whether the gap is part of the call.
    void countGap(bool counts);
    // One display refresh: suspend check, cue points, ticked(), heartbeat when due. Called by the
    // internal timer; tests call it after moving a manual clock.
    void poll();

signals:
    void stateChanged(minutier::CallController::State state);
    void ticked(qint64 elapsedMs);
    void cueReached(minutier::CallController::Cue cue);
    void cappedChanged(bool capped);
    void heartbeatFailed(const QString &detail);
    void sessionSaved(const minutier::Session &session);
    void suspendDetected(qint64 gapMs);

private:
    void setState(State state);
    void writeHeartbeat();
    void checkCues();
    void checkWallClock();

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<SessionService> m_service;
    CallMeter m_meter;
    QTimer *m_timer;
    State m_state = State::Ready;
    std::optional<Session> m_session;
    bool m_saved = false;
    qint64 m_lastHeartbeatMono = 0;
    // Suspend detection: the previous poll's readings of both clocks.
    qint64 m_lastPollMono = 0;
    QDateTime m_lastPollWall;
    qint64 m_pendingGapMs = 0;
    qint64 m_countedGapMs = 0;
    // Cue points, each at most once per call.
    bool m_freeEndedCued = false;
    bool m_hold80Cued = false;
    bool m_capReached = false;
};

} // namespace minutier
