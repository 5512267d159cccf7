#pragma once

#include "common/Result.h"
#include "domain/Offer.h"

#include <QList>

namespace minutier {

class Database;

class OfferRepository final
{
public:
    explicit OfferRepository(Database &db)
        : m_db(db)
    {
    }
    Result<Offer> save(Offer offer);
    Result<Offer> find(const QString &id) const;
    Result<QList<Offer>> list(bool includeArchived = false) const;

private:
    Database &m_db;
};

} // namespace minutier
