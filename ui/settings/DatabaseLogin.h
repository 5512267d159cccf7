#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace minutier {

class Database;
class SecretStore;

// Opens the desktop's database. For a postgresql:// location without a password in the URL, the
// password is read from the keychain entry Database::passwordSecretName(location) first (a short
// wait at start-up); when the server refuses it (or none is stored and it wants one), `prompt`
// asks the user, up to three times, and the password it accepts is stored in the keychain.
// The password is never written to the settings, the database or a message.
namespace DatabaseLogin {

// Returns the password typed by the user, or nothing if they give up. `reason` says why it is asked.
using Prompt = std::function<std::optional<QString>(const QString &redactedLocation, const QString &reason)>;

Result<std::unique_ptr<Database>> open(const QString &location, SecretStore *secrets, const Prompt &prompt);

// The stored password of `location` (empty when none, or when the keychain does not answer within
// `timeoutMs`).
QString storedPassword(SecretStore &secrets, const QString &location, int timeoutMs = 5000);

// Stores `password` for `location`, waiting for the keychain (at most `timeoutMs`).
Status storePassword(SecretStore &secrets, const QString &location, const QString &password, int timeoutMs = 5000);

// The dialog used by the desktop (a password field).
Prompt dialogPrompt();

} // namespace DatabaseLogin

} // namespace minutier
