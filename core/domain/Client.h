#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace minutier {

// The relationship that brought the client.
enum class ClientKind { Former, Prospect, Network, Premium, Audience };

QString clientKindKey(ClientKind kind); // "former" | "prospect" | "network" | "premium" | "audience"
std::optional<ClientKind> clientKindFromKey(QStringView key);

struct Client {
    QString id;
    QString name;
    QString email;
    ClientKind kind = ClientKind::Network;
    QString phone;
    QString company;
    QString siren; // for a business client
    QString vatNumber;
    QString address;
    QString language = QStringLiteral("fr"); // invoices in the client's language
    QString notes;
    QString offerId; // the client's own offer, if any
    QDateTime createdAt;

    bool isBusiness() const { return !siren.isEmpty() || !vatNumber.isEmpty(); }
};

} // namespace minutier
