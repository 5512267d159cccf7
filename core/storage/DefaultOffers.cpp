#include "DefaultOffers.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QSettings>

#include <algorithm>

namespace minutier {

namespace {
QString legacyKey(ClientKind kind)
{
    return QStringLiteral("offers/defaultFor/") + clientKindKey(kind);
}
bool contains(const QList<Offer> &offers, const QString &id)
{
    return !id.isEmpty() && std::any_of(offers.cbegin(), offers.cend(), [&](const Offer &o) { return o.id == id; });
}
const ClientKind kAllKinds[] = { ClientKind::Former, ClientKind::Prospect, ClientKind::Network, ClientKind::Premium,
    ClientKind::Audience };
} // namespace

DefaultOffers::DefaultOffers(Database &db)
    : m_db(db)
{
}

QString DefaultOffers::settingKey(ClientKind kind)
{
    return QStringLiteral("offers.default.") + clientKindKey(kind);
}

Status DefaultOffers::importLegacy(QSettings &legacy)
{
    SettingsRepository settings(m_db);
    for (ClientKind kind : kAllKinds) {
        const QString old = legacy.value(legacyKey(kind)).toString();
        if (old.isEmpty())
            continue;
        // A value already in the database (another expert's, or set since) wins.
        if (!settings.contains(settingKey(kind)))
            if (auto s = settings.setValue(settingKey(kind), old); !s)
                return s; // the desktop setting is kept for the next attempt
        legacy.remove(legacyKey(kind));
    }
    return {};
}

QString DefaultOffers::forKind(ClientKind kind) const
{
    auto value = SettingsRepository(m_db).value(settingKey(kind));
    return value ? value.value() : QString();
}

Status DefaultOffers::setForKind(ClientKind kind, const QString &offerId)
{
    SettingsRepository settings(m_db);
    return offerId.isEmpty() ? settings.remove(settingKey(kind)) : settings.setValue(settingKey(kind), offerId);
}

QString DefaultOffers::offerFor(const Client &client, const QList<Offer> &offers) const
{
    if (contains(offers, client.offerId))
        return client.offerId;
    const QString byKind = forKind(client.kind);
    if (contains(offers, byKind))
        return byKind;
    return offers.isEmpty() ? QString() : offers.first().id;
}

} // namespace minutier
