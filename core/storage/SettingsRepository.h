#pragma once

#include "common/Result.h"

#include <QString>

namespace minutier {

class Database;

// The `settings` key/value table: what the experts sharing one database share (the default offer
// per relationship, the Stripe API base of tests...). Keys are dotted ("offers.default.prospect").
// Secrets never go here (they live in the keychain).
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }
    // An empty string when the key is not set.
    Result<QString> value(const QString &key) const;
    bool contains(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Database &m_db;
};

} // namespace minutier
