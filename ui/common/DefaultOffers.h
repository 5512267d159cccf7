#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"

#include <QHash>
#include <QList>
#include <QString>

class QSettings;

namespace minutier {

// The default offer per client relationship ("prospects get the first 5 minutes free"), kept in
// the desktop settings. The offer used for a call: the client's own offer, else the default for
// the client's kind, else the first active offer.
class DefaultOffers final
{
public:
    explicit DefaultOffers(QSettings &settings);

    QString forKind(ClientKind kind) const;
    void setForKind(ClientKind kind, const QString &offerId);
    QString offerFor(const Client &client, const QList<Offer> &offers) const;

private:
    QSettings &m_settings;
};

} // namespace minutier
