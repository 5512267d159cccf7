#include "Client.h"

#include <array>

namespace minutier {

namespace {
constexpr std::array<std::pair<ClientKind, const char *>, 5> kKinds { {
    { ClientKind::Former, "former" },
    { ClientKind::Prospect, "prospect" },
    { ClientKind::Network, "network" },
    { ClientKind::Premium, "premium" },
    { ClientKind::Audience, "audience" },
} };
} // namespace

QString clientKindKey(ClientKind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QLatin1String(key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ClientKind> clientKindFromKey(QStringView key)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

} // namespace minutier
