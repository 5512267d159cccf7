#include "Session.h"

#include <array>

namespace minutier {

namespace {
constexpr std::array<std::pair<SessionState, const char *>, 6> kStates { {
    { SessionState::Running, "running" },
    { SessionState::Paused, "paused" },
    { SessionState::Ended, "ended" },
    { SessionState::Billed, "billed" },
    { SessionState::Interrupted, "interrupted" },
    { SessionState::Discarded, "discarded" },
} };
} // namespace

QString sessionStateKey(SessionState state)
{
    for (const auto &[s, key] : kStates) {
        if (s == state)
            return QLatin1String(key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SessionState> sessionStateFromKey(QStringView key)
{
    for (const auto &[s, name] : kStates) {
        if (key == QLatin1String(name))
            return s;
    }
    return std::nullopt;
}

} // namespace minutier
