#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace minutier {

// Where secrets live (the Stripe key). Asynchronous: a platform keychain may ask the user or talk
// over D-Bus. Callbacks run on the thread of `context` and are dropped if `context` is destroyed
// first. Names are short identifiers such as "stripe/api-key"; implementations namespace them.
class SecretStore
{
public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using WriteCallback = std::function<void(Status)>;

    virtual ~SecretStore() = default;

    // NotFound when nothing is stored under `name`; Keychain when the store is unavailable.
    virtual void readSecret(const QString &name, QObject *context, ReadCallback done) = 0;
    virtual void writeSecret(const QString &name, const QString &value, QObject *context, WriteCallback done) = 0;
    virtual void deleteSecret(const QString &name, QObject *context, WriteCallback done) = 0;
};

namespace SecretNames {
// The expert's Stripe key (a restricted rk_ key is recommended; sk_ works too).
inline QString stripeKey() { return QStringLiteral("stripe/api-key"); }
} // namespace SecretNames

} // namespace minutier
