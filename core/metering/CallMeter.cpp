#include "CallMeter.h"

namespace minutier {

void CallMeter::start(qint64 alreadyElapsedMs)
{
    Q_ASSERT(m_state == State::Ready);
    m_accumulatedMs = alreadyElapsedMs;
    m_runningSinceMs = m_clock.monotonicMs();
    m_startedAt = m_clock.nowUtc();
    m_endedAt = {};
    m_state = State::Running;
}

void CallMeter::pause()
{
    if (m_state != State::Running)
        return;
    m_accumulatedMs += m_clock.monotonicMs() - m_runningSinceMs;
    m_state = State::Paused;
}

void CallMeter::resume()
{
    if (m_state != State::Paused)
        return;
    m_runningSinceMs = m_clock.monotonicMs();
    m_state = State::Running;
}

void CallMeter::stop()
{
    if (m_state == State::Running)
        m_accumulatedMs += m_clock.monotonicMs() - m_runningSinceMs;
    if (m_state == State::Running || m_state == State::Paused) {
        m_endedAt = m_clock.nowUtc();
        m_state = State::Ended;
    }
}

void CallMeter::reset()
{
    m_state = State::Ready;
    m_accumulatedMs = 0;
    m_runningSinceMs = 0;
    m_startedAt = {};
    m_endedAt = {};
}

qint64 CallMeter::elapsedMs() const
{
    if (m_state == State::Running)
        return m_accumulatedMs + (m_clock.monotonicMs() - m_runningSinceMs);
    return m_accumulatedMs;
}

} // namespace minutier
