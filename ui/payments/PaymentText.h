#pragma once

#include "common/Result.h"

#include <QString>

namespace minutier::PaymentText {

// Plain words for a payment error: the decline reason for a declined card, the provider's own
// message for an API error, what to check for a network or keychain problem.
QString describe(const Error &error);

} // namespace minutier::PaymentText
