#pragma once

// A realistic practice for the view tests and the screenshots: a profile, three offers, clients of
// every relationship and a few months of calls, some of them invoiced.
#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "metering/SessionService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QTest>

namespace minutier::test {

struct DemoData {
    QList<Offer> offers;
    QList<Client> clients;
    QList<Session> sessions;
};

inline DemoData seedDemo(Database &db, const Clock &clock, int sessionCount = 36)
{
    DemoData out;
    Profile p;
    p.legalName = QStringLiteral("Claire Martin Conseil");
    p.siret = QStringLiteral("73282932000074");
    p.address = QStringLiteral("12 rue des Lilas\n69003 Lyon");
    p.email = QStringLiteral("claire@martin-conseil.fr");
    p.vatRegime = VatRegime::Standard;
    p.vatNumber = QStringLiteral("FR44732829320");
    p.iban = QStringLiteral("FR7630006000011234567890189");
    if (!ProfileRepository(db).save(p))
        qFatal("profile not saved");

    const auto offer = [&](const char *name, qint64 rateE4, qint64 freeMinutes, const char *increment) {
        Offer o;
        o.name = QString::fromUtf8(name);
        o.policy.rateE4 = rateE4;
        o.policy.freeMinutes = freeMinutes;
        o.policy.increment = Increment::parse(QString::fromLatin1(increment)).value();
        o.policy.vatBasisPoints = 2000;
        auto saved = OfferRepository(db).save(o);
        if (!saved)
            qFatal("offer not saved: %s", qPrintable(saved.error().detail));
        out.offers.append(saved.value());
    };
    offer("Consultation", 30'000, 0, "1/1");
    offer("Découverte prospect", 25'000, 5, "60/60");
    offer("Premium", 45'000, 0, "1/1");

    struct C {
        const char *name;
        const char *company;
        ClientKind kind;
        const char *email;
    };
    const QList<C> clients = {
        { "Jeanne Dupont", "", ClientKind::Former, "jeanne.dupont@example.fr" },
        { "Marc Lefèvre", "Atelier Lefèvre SARL", ClientKind::Premium, "marc@atelier-lefevre.fr" },
        { "Sofia Benali", "", ClientKind::Prospect, "sofia.benali@example.org" },
        { "Thomas Girard", "Girard & Fils", ClientKind::Network, "t.girard@example.com" },
        { "Emma Rousseau", "", ClientKind::Audience, "emma.r@example.net" },
        { "Lucas Moreau", "Moreau Immobilier", ClientKind::Premium, "lucas@moreau-immo.fr" },
        { "Chloé Fontaine", "", ClientKind::Prospect, "chloe.fontaine@example.fr" },
        { "Hugo Lambert", "", ClientKind::Former, "hugo.lambert@example.com" },
    };
    for (const C &c : clients) {
        Client client;
        client.name = QString::fromUtf8(c.name);
        client.company = QString::fromUtf8(c.company);
        client.kind = c.kind;
        client.email = QString::fromLatin1(c.email);
        client.phone = QStringLiteral("06 12 34 56 78");
        if (c.kind == ClientKind::Premium)
            client.offerId = out.offers.at(2).id;
        else if (c.kind == ClientKind::Prospect)
            client.offerId = out.offers.at(1).id;
        auto saved = ClientRepository(db).save(client);
        if (!saved)
            qFatal("client not saved: %s", qPrintable(saved.error().detail));
        out.clients.append(saved.value());
    }

    SessionService service(db, clock);
    const QDateTime now = clock.nowUtc();
    for (int i = 0; i < sessionCount; ++i) {
        const Client &client = out.clients.at((i * 5) % out.clients.size());
        const QString offerId = client.offerId.isEmpty() ? out.offers.first().id : client.offerId;
        const qint64 duration = 95'000 + qint64((i * 7919) % 1'700) * 1000;
        const QDateTime started = now.addSecs(-qint64(i) * 2 * 86'400 - 3600 * (i % 5));
        auto s = service.recordCompleted(client.id, offerId, duration, started);
        if (!s)
            qFatal("session not saved: %s", qPrintable(s.error().detail));
        out.sessions.append(s.value());
    }
    // The older half is invoiced, one invoice per session.
    InvoiceService invoices(db, clock);
    for (int i = sessionCount - 1; i >= sessionCount / 2; --i)
        if (!invoices.issueForSessions({ out.sessions.at(i).id }))
            qFatal("invoice not issued");
    return out;
}

} // namespace minutier::test
