#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace minutier {

// The time seam. Durations come only from monotonicMs() (never from wall-clock differences or
// timer ticks); nowUtc() only stamps records. Tests inject a manual clock (tests/support).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer; // monotonic on every platform Qt supports
};

} // namespace minutier
