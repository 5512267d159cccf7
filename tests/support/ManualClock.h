#pragma once

#include "metering/Clock.h"

namespace minutier::test {

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC))
        : m_start(std::move(start))
    {
    }
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_ms + m_wallOffsetMs); }
    void advance(qint64 ms) { m_ms += ms; }
    // A wall-clock jump (suspend, NTP) that the monotonic clock does not see.
    void jumpWallClock(qint64 ms) { m_wallOffsetMs += ms; }

private:
    QDateTime m_start;
    qint64 m_ms = 0;
    qint64 m_wallOffsetMs = 0;
};

} // namespace minutier::test
