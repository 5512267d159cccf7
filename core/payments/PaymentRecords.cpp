#include "PaymentRecords.h"

#include <array>

namespace minutier {

namespace {
template <typename E, size_t N> std::optional<E> fromKey(const std::array<const char *, N> &keys, QStringView key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return E(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 5> kKinds { "checkout", "hold", "capture", "release", "refund" };
constexpr std::array<const char *, 4> kStates { "pending", "sent", "succeeded", "failed" };
constexpr std::array<const char *, 8> kHoldStatuses { "pending", "link_open", "authorized", "requires_action", "failed",
    "captured", "released", "expired" };
constexpr std::array<const char *, 4> kSettlements { "captured", "not_charged", "partly_refunded", "refunded" };
} // namespace

QString operationKindKey(OperationKind kind) { return QLatin1String(kKinds[size_t(kind)]); }
std::optional<OperationKind> operationKindFromKey(QStringView key) { return fromKey<OperationKind>(kKinds, key); }
QString operationStateKey(OperationState state) { return QLatin1String(kStates[size_t(state)]); }
std::optional<OperationState> operationStateFromKey(QStringView key) { return fromKey<OperationState>(kStates, key); }
QString holdStatusKey(HoldStatus status) { return QLatin1String(kHoldStatuses[size_t(status)]); }
std::optional<HoldStatus> holdStatusFromKey(QStringView key) { return fromKey<HoldStatus>(kHoldStatuses, key); }
QString settlementStatusKey(SettlementStatus status) { return QLatin1String(kSettlements[size_t(status)]); }
std::optional<SettlementStatus> settlementStatusFromKey(QStringView key)
{
    return fromKey<SettlementStatus>(kSettlements, key);
}

} // namespace minutier
