#pragma once

#include "common/Result.h"
#include "domain/Client.h"
#include "domain/Offer.h"

#include <QList>
#include <QString>

class QSettings;

namespace minutier {

class Database;

// The default offer per client relationship ("prospects get the first 5 minutes free"), kept in
// the database's settings table ("offers.default.<kind>") so that every expert of a practice
// sharing a PostgreSQL database sees the same. The offer used for a call: the client's own offer,
// else the default for the client's kind, else the first active offer.
class DefaultOffers final
{
public:
    explicit DefaultOffers(Database &db);

    // Versions before 0.2 kept these in the desktop settings ("offers/defaultFor/<kind>"): copies
    // each one the database does not have yet, then removes it from `legacy` (so, once).
    Status importLegacy(QSettings &legacy);

    QString forKind(ClientKind kind) const;
    Status setForKind(ClientKind kind, const QString &offerId);
    QString offerFor(const Client &client, const QList<Offer> &offers) const;

    static QString settingKey(ClientKind kind);

private:
    Database &m_db;
};

} // namespace minutier
