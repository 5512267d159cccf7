#pragma once

#include "common/Result.h"
#include "domain/Profile.h"

#include <optional>

namespace minutier {

class Database;

class ProfileRepository final
{
public:
    explicit ProfileRepository(Database &db)
        : m_db(db)
    {
    }
    // Empty optional when the expert has not entered their identity yet.
    Result<std::optional<Profile>> load() const;
    // Validates, normalises and stores (the caller's copy is updated with the normalised values).
    Status save(Profile &profile);

private:
    Database &m_db;
};

} // namespace minutier
