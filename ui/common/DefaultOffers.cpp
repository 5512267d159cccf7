#include "DefaultOffers.h"

#include <QSettings>

namespace minutier {

namespace {
QString key(ClientKind kind)
{
    return QStringLiteral("offers/defaultFor/") + clientKindKey(kind);
}
bool contains(const QList<Offer> &offers, const QString &id)
{
    return !id.isEmpty() && std::any_of(offers.cbegin(), offers.cend(), [&](const Offer &o) { return o.id == id; });
}
} // namespace

DefaultOffers::DefaultOffers(QSettings &settings)
    : m_settings(settings)
{
}

QString DefaultOffers::forKind(ClientKind kind) const
{
    return m_settings.value(key(kind)).toString();
}

void DefaultOffers::setForKind(ClientKind kind, const QString &offerId)
{
    if (offerId.isEmpty())
        m_settings.remove(key(kind));
    else
        m_settings.setValue(key(kind), offerId);
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
