#pragma once

// The practice the payment UI tests run against: a VAT-registered expert with an IBAN, one prospect
// client and a 1,00 € (HT) per-minute offer, with Stripe pointed at a loopback FakeStripeServer.
#include "FakeStripeServer.h"

#include "domain/Client.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QTest>

namespace minutier::test {

struct PaymentPractice {
    QString clientId;
    QString offerId;
};

// The key and the API base of `server` for PaymentSetup, as a headless user would set them.
inline void pointStripeAt(const FakeStripeServer &server)
{
    qputenv("MINUTIER_STRIPE_KEY", server.apiKey().toUtf8());
    qputenv("MINUTIER_STRIPE_API_BASE", server.baseUrl().toString().toUtf8());
}

inline PaymentPractice seedPaymentPractice(Database &db)
{
    Profile p;
    p.legalName = QStringLiteral("Claire Martin Conseil");
    p.siret = QStringLiteral("73282932000074");
    p.address = QStringLiteral("12 rue des Lilas\n69003 Lyon");
    p.email = QStringLiteral("claire@example.fr");
    p.vatRegime = VatRegime::Standard;
    p.vatNumber = QStringLiteral("FR44732829320");
    p.iban = QStringLiteral("FR7630006000011234567890189");
    if (!ProfileRepository(db).save(p))
        qFatal("profile not saved");
    Client c;
    c.name = QStringLiteral("Ada Lovelace");
    c.kind = ClientKind::Prospect;
    c.address = QStringLiteral("1 rue de la Paix\n75002 Paris");
    auto client = ClientRepository(db).save(c);
    Offer o;
    o.name = QStringLiteral("Conseil");
    o.policy.rateE4 = *BillingPolicy::parseRate(u"1.00"); // 1,20 € a minute with VAT
    o.policy.vatBasisPoints = 2000;
    auto offer = OfferRepository(db).save(o);
    if (!client || !offer)
        qFatal("client or offer not saved");
    return { client->id, offer->id };
}

} // namespace minutier::test
