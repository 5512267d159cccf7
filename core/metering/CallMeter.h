#pragma once

#include "metering/Clock.h"

namespace minutier {

// Measures one call: ready -> running <-> paused -> ended. Elapsed time is the sum of running
// intervals read from the monotonic clock, so a slow display refresh can never drift it.
class CallMeter final
{
public:
    enum class State { Ready, Running, Paused, Ended };

    explicit CallMeter(const Clock &clock)
        : m_clock(clock)
    {
    }

    State state() const noexcept { return m_state; }
    bool isRunning() const noexcept { return m_state == State::Running; }

    // `alreadyElapsedMs` resumes a measurement (e.g. a recovered session).
    void start(qint64 alreadyElapsedMs = 0);
    void pause();
    void resume();
    void stop();
    void reset();

    qint64 elapsedMs() const;
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime endedAt() const { return m_endedAt; }

private:
    const Clock &m_clock;
    State m_state = State::Ready;
    qint64 m_accumulatedMs = 0; // closed running intervals
    qint64 m_runningSinceMs = 0; // monotonic stamp of the open interval
    QDateTime m_startedAt;
    QDateTime m_endedAt;
};

} // namespace minutier
