#include "CallController.h"

#include "common/Int128.h"
#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "storage/Database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCall, "minutier.metering.call")

namespace minutier {

namespace {
SessionState sessionStateOf(CallController::State state)
{
    return state == CallController::State::Paused ? SessionState::Paused : SessionState::Running;
}
} // namespace

CallController::CallController(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_service(std::make_unique<SessionService>(db, clock))
    , m_meter(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDisplayRefreshMs);
    m_timer->setTimerType(Qt::CoarseTimer); // display only: a late wake-up never changes a count
    connect(m_timer, &QTimer::timeout, this, &CallController::poll);
}

CallController::~CallController()
{
    // Destroyed during a call (window closed, application quitting): the measured time is written
    // and the session is left 'interrupted', to be billed or discarded at the next start.
    if (m_session && isActive())
        (void)m_service->heartbeat(*m_session, elapsedMs(), SessionState::Interrupted);
}

Status CallController::start(
    const QString &clientId, const QString &offerId, std::optional<qint64> holdMinor, const QString &sessionId)
{
    if (isActive() || (m_state == State::Ended && !m_saved))
        return makeError(ErrorCode::Conflict, QStringLiteral("a call is already in progress"));
    if (holdMinor && *holdMinor < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the hold cannot be negative"));
    auto session = m_service->start(clientId, offerId, holdMinor, sessionId);
    if (!session)
        return session.error();
    m_session = std::move(session).value();
    m_saved = false;
    m_pendingGapMs = m_countedGapMs = 0;
    m_freeEndedCued = m_hold80Cued = m_capReached = false;
    m_meter.reset();
    m_meter.start();
    m_lastHeartbeatMono = m_lastPollMono = m_clock.monotonicMs();
    m_lastPollWall = m_clock.nowUtc();
    m_timer->start();
    qCInfo(lcCall) << "call started" << m_session->id;
    setState(State::Running);
    emit ticked(0);
    return {};
}

Status CallController::extendHold(qint64 totalMinor)
{
    if (!m_session || !isActive())
        return makeError(ErrorCode::Conflict, QStringLiteral("no call in progress"));
    if (m_session->capMinor && totalMinor <= *m_session->capMinor)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the new hold must be larger than the current one"));
    if (auto s = m_service->raiseCap(*m_session, totalMinor); !s)
        return s;
    m_session->capMinor = totalMinor;
    m_hold80Cued = false;
    qCInfo(lcCall) << "hold raised to" << totalMinor << m_session->id;
    if (m_capReached) {
        auto q = PriceCalculator::quote(m_session->policy, elapsedMs(), m_session->capMinor);
        if (q && q->gross.minor() < totalMinor) {
            m_capReached = false;
            emit cappedChanged(false);
        }
    }
    checkCues();
    emit ticked(elapsedMs());
    return {};
}

void CallController::pause()
{
    if (m_state != State::Running)
        return;
    checkWallClock();
    m_meter.pause();
    setState(State::Paused);
    writeHeartbeat(); // the state change is on disk at once
}

void CallController::resume()
{
    if (m_state != State::Paused)
        return;
    m_meter.resume();
    m_lastPollMono = m_clock.monotonicMs();
    m_lastPollWall = m_clock.nowUtc();
    setState(State::Running);
    writeHeartbeat();
}

Result<Session> CallController::stop()
{
    if (!m_session || m_state == State::Ready)
        return makeError(ErrorCode::Conflict, QStringLiteral("no call to stop"));
    if (m_state == State::Ended && m_saved)
        return *m_session;
    if (isActive()) {
        if (m_state == State::Running)
            checkWallClock();
        m_meter.stop();
        m_timer->stop();
        checkCues();
        setState(State::Ended);
    }
    auto saved = m_service->finish(*m_session, elapsedMs());
    if (!saved) {
        qCWarning(lcCall) << "could not save the call" << m_session->id << saved.error().detail;
        return saved.error();
    }
    m_session = saved.value();
    m_saved = true;
    qCInfo(lcCall) << "call saved" << m_session->id << m_session->durationMs << "ms";
    emit sessionSaved(*m_session);
    return *m_session;
}

void CallController::reset()
{
    if (isActive() || (m_state == State::Ended && !m_saved))
        return;
    m_session.reset();
    m_meter.reset();
    m_pendingGapMs = m_countedGapMs = 0;
    m_freeEndedCued = m_hold80Cued = m_capReached = false;
    setState(State::Ready);
}

qint64 CallController::elapsedMs() const { return m_meter.elapsedMs() + m_countedGapMs; }

Result<Quote> CallController::currentQuote() const
{
    if (!m_session)
        return makeError(ErrorCode::Conflict, QStringLiteral("no call"));
    return PriceCalculator::quote(m_session->policy, elapsedMs(), m_session->capMinor);
}

qint64 CallController::freeMsLeft() const
{
    if (!m_session)
        return 0;
    const qint64 freeMs = m_session->policy.freeMinutes * 60'000;
    return std::max<qint64>(0, freeMs - elapsedMs());
}

std::optional<qint64> CallController::holdMinor() const { return m_session ? m_session->capMinor : std::nullopt; }

int CallController::holdUsedPermille() const
{
    if (!m_session || !m_session->capMinor)
        return -1;
    const qint64 hold = *m_session->capMinor;
    auto q = currentQuote();
    if (!q)
        return -1;
    const qint64 gross = q->gross.minor();
    if (hold == 0)
        return 1000;
    const Int128 permille = Int128(gross) * 1000 / Int128(hold);
    return int(std::min<Int128>(permille, 1000));
}

void CallController::countGap(bool counts)
{
    if (m_pendingGapMs == 0)
        return;
    if (counts)
        m_countedGapMs += m_pendingGapMs;
    m_pendingGapMs = 0;
    if (counts && isActive()) {
        checkCues();
        emit ticked(elapsedMs());
        writeHeartbeat();
    }
}

void CallController::poll()
{
    if (!isActive())
        return;
    if (m_state == State::Running) {
        checkWallClock();
        checkCues();
        emit ticked(elapsedMs());
    }
    if (m_clock.monotonicMs() - m_lastHeartbeatMono >= kHeartbeatMs)
        writeHeartbeat();
}

void CallController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CallController::writeHeartbeat()
{
    if (!m_session)
        return;
    m_lastHeartbeatMono = m_clock.monotonicMs();
    if (auto st = m_service->heartbeat(*m_session, elapsedMs(), sessionStateOf(m_state)); !st) {
        qCWarning(lcCall) << "heartbeat failed" << m_session->id << st.error().detail;
        emit heartbeatFailed(st.error().detail);
    }
}

void CallController::checkCues()
{
    if (!m_session)
        return;
    const qint64 elapsed = elapsedMs();
    if (!m_freeEndedCued && m_session->policy.freeMinutes > 0 && elapsed >= m_session->policy.freeMinutes * 60'000) {
        m_freeEndedCued = true;
        emit cueReached(Cue::FreeMinutesEnded);
    }
    if (!m_session->capMinor || (m_hold80Cued && m_capReached))
        return;
    auto q = PriceCalculator::quote(m_session->policy, elapsed, m_session->capMinor);
    if (!q)
        return;
    const qint64 hold = *m_session->capMinor;
    const qint64 gross = q->gross.minor();
    // 80 %: gross * 10 >= hold * 8, exactly (no rounding of the threshold).
    if (!m_hold80Cued && Int128(gross) * 10 >= Int128(hold) * 8 && hold > 0) {
        m_hold80Cued = true;
        emit cueReached(Cue::HoldAt80Percent);
    }
    if (!m_capReached && gross >= hold && (hold > 0 || q->capped)) {
        m_capReached = true;
        emit cueReached(Cue::CapReached);
        emit cappedChanged(true);
    }
}

void CallController::checkWallClock()
{
    const qint64 mono = m_clock.monotonicMs();
    const QDateTime wall = m_clock.nowUtc();
    const qint64 gap = m_lastPollWall.msecsTo(wall) - (mono - m_lastPollMono);
    m_lastPollMono = mono;
    m_lastPollWall = wall;
    if (gap > kSuspendThresholdMs) {
        m_pendingGapMs += gap;
        qCInfo(lcCall) << "wall clock ran" << gap << "ms ahead of the monotonic clock";
        emit suspendDetected(gap);
    }
}

} // namespace minutier
