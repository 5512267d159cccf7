#pragma once
// Shared by the invoicing tests: a database with a seller profile, clients of every VAT case, an
// offer and ended sessions, all through the real repositories and services.

#include "ManualClock.h"

#include "billing/BillingPolicy.h"
#include "metering/SessionService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QTest>

namespace minutier::test {

struct InvoiceFixture
{
    std::unique_ptr<Database> db;
    ManualClock clock { QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC) };

    bool open(const QString &location)
    {
        auto opened = Database::open(location);
        if (!opened) {
            qWarning() << opened.error().detail;
            return false;
        }
        db = std::move(opened).value();
        return true;
    }

    // vatRegime: "franchise" | "standard"
    bool setProfile(const QString &vatRegime = QStringLiteral("standard"),
        const QString &iban = QStringLiteral("FR7630006000011234567890189"))
    {
        Profile p;
        p.legalName = QStringLiteral("Jeanne Martin");
        p.siret = QStringLiteral("73282932000074");
        p.address = QStringLiteral("12 rue des Lilas\n75011 Paris");
        p.vatRegime = vatRegimeFromKey(vatRegime).value_or(VatRegime::Standard);
        if (p.vatRegime == VatRegime::Standard)
            p.vatNumber = QStringLiteral("FR44732829320");
        p.iban = iban;
        p.email = QStringLiteral("jeanne@example.fr");
        auto s = ProfileRepository(*db).save(p);
        if (!s)
            qWarning() << s.error().detail;
        return s.ok();
    }

    // kind: "private" | "fr_business" | "eu_business"; language "fr" | "en"
    QString addClient(const QString &kind = QStringLiteral("private"), const QString &language = QStringLiteral("fr"))
    {
        Client c;
        c.name = QStringLiteral("Camille Durand");
        c.email = QStringLiteral("camille@example.org");
        c.address = QStringLiteral("3 avenue Foch\n69006 Lyon");
        c.language = language;
        if (kind == QLatin1String("fr_business")) {
            c.name = QStringLiteral("Dupont Conseil SARL");
            c.company = QStringLiteral("Dupont Conseil SARL");
            c.siren = QStringLiteral("732829320");
            c.vatNumber = QStringLiteral("FR44732829320");
        } else if (kind == QLatin1String("eu_business")) {
            c.name = QStringLiteral("Müller GmbH");
            c.company = QStringLiteral("Müller GmbH");
            c.vatNumber = QStringLiteral("DE123456789");
            c.address = QStringLiteral("Hauptstraße 5\n10115 Berlin\nGermany");
        }
        auto saved = ClientRepository(*db).save(c);
        if (!saved) {
            qWarning() << saved.error().detail;
            return {};
        }
        return saved->id;
    }

    QString addOffer(
        const QString &rate = QStringLiteral("3.00"), const QString &vat = QStringLiteral("20"), qint64 freeMinutes = 2)
    {
        Offer o;
        o.name = QStringLiteral("Conseil");
        o.policy.currency = Currency::eur();
        o.policy.rateE4 = *BillingPolicy::parseRate(rate);
        o.policy.vatBasisPoints = *BillingPolicy::parseVat(vat);
        o.policy.freeMinutes = freeMinutes;
        auto saved = OfferRepository(*db).save(o);
        if (!saved) {
            qWarning() << saved.error().detail;
            return {};
        }
        return saved->id;
    }

    QString addSession(const QString &clientId, const QString &offerId, qint64 durationMs = 754'900)
    {
        auto s
            = SessionService(*db, clock).recordCompleted(clientId, offerId, durationMs, clock.nowUtc().addSecs(-3600));
        if (!s) {
            qWarning() << s.error().detail;
            return {};
        }
        return s->id;
    }
};

} // namespace minutier::test
