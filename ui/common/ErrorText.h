#pragma once

#include "common/Result.h"

#include <QString>

namespace minutier::ErrorText {

// The one place where error codes become translated sentences for the user. The untranslated
// `detail` is kept for logs only.
QString describe(const Error &error);
QString describe(ErrorCode code);

} // namespace minutier::ErrorText
