// The same storage behaviour on both engines: SQLite (always) and PostgreSQL (when
// $MINUTIER_TEST_POSTGRES points at a server, as scripts/test.sh arranges).
#include "ManualClock.h"
#include "TestSupport.h"

#include "metering/SessionService.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_StorageEngines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void migrations_applyOnEveryEngine_data() { engines(); }
    void migrations_applyOnEveryEngine();
    void migrations_missingEarlierVersion_appliedOnReopen_data() { engines(); }
    void migrations_missingEarlierVersion_appliedOnReopen();
    void profile_roundTrip_data() { engines(); }
    void profile_roundTrip();
    void session_offerEditedLater_sessionKeepsFrozenPrice_data() { engines(); }
    void session_offerEditedLater_sessionKeepsFrozenPrice();
    void session_unknownClient_isInvalidInput_data() { engines(); }
    void session_unknownClient_isInvalidInput();
    void twoConnections_seeEachOthersWrites_data() { engines(); }
    void twoConnections_seeEachOthersWrites();
    void sessions_filterByClientAndPeriod_data() { engines(); }
    void sessions_filterByClientAndPeriod();
    void monthlyTotals_wholeHistory_followsInsertsAndUpdates_data() { engines(); }
    void monthlyTotals_wholeHistory_followsInsertsAndUpdates();

private:
    void engines();
    QString location();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_StorageEngines::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

void tst_StorageEngines::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_StorageEngines::location()
{
    QFETCH(QString, engine);
    return test::databaseLocationFor(engine, m_dir->path());
}

#define OPEN_OR_SKIP(var)                                                                                               \
    const QString where = location();                                                                                  \
    if (where.isEmpty())                                                                                               \
        QSKIP("PostgreSQL not available: set MINUTIER_TEST_POSTGRES=postgresql://user@127.0.0.1:PORT/db (scripts/test.sh does)"); \
    auto var##Result = Database::open(where);                                                                          \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.ok() ? QString() : var##Result.error().detail));                \
    Database &var = **var##Result;

static Offer makeOffer(Database &db, const char *rate, int freeMinutes = 0)
{
    Offer o;
    o.name = QStringLiteral("Standard");
    o.policy.rateE4 = *BillingPolicy::parseRate(QString::fromLatin1(rate));
    o.policy.freeMinutes = freeMinutes;
    o.policy.vatBasisPoints = 2000;
    auto saved = OfferRepository(db).save(o);
    Q_ASSERT(saved.ok());
    return *saved;
}

static Client makeClient(Database &db, const char *name)
{
    Client c;
    c.name = QString::fromUtf8(name);
    c.kind = ClientKind::Prospect;
    auto saved = ClientRepository(db).save(c);
    Q_ASSERT(saved.ok());
    return *saved;
}

void tst_StorageEngines::migrations_applyOnEveryEngine()
{
    OPEN_OR_SKIP(db);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    // Reopening does not re-apply anything.
    auto again = Database::open(where);
    QVERIFY(again.ok());
    QCOMPARE((*again)->schemaVersion(), Database::latestSchemaVersion());
}

void tst_StorageEngines::migrations_missingEarlierVersion_appliedOnReopen()
{
    OPEN_OR_SKIP(db);
    // A database that ran 0008 before 0007 existed: versions 1, 2, 3, 5, 8 (and any later) applied, 7 not.
    const auto versions = [](Database &on) {
        QStringList list;
        QSqlQuery q(on.connection());
        if (q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")))
            while (q.next())
                list << q.value(0).toString();
        return list;
    };
    const QStringList complete = versions(db);
    QVERIFY(complete.contains(QStringLiteral("7")));
    QVERIFY(complete.contains(QStringLiteral("8")));
    {
        QSqlQuery q(db.connection());
        for (const char *sql : { "DROP INDEX sessions_state_started", "DROP INDEX sessions_started_client",
                 "DROP INDEX clients_id_kind", "CREATE INDEX sessions_state ON sessions (state)",
                 "CREATE INDEX sessions_started ON sessions (started_at)",
                 "DELETE FROM schema_migrations WHERE version = 7" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
    }
    QVERIFY(!versions(db).contains(QStringLiteral("7")));

    auto reopened = Database::open(where);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().detail));
    Database &again = **reopened;
    QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(versions(again), complete);
    // 0007 really ran: its indexes exist again and the ones it drops are gone.
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(QStringLiteral("DROP INDEX sessions_state_started")));
    QVERIFY(q.exec(QStringLiteral("DROP INDEX clients_id_kind")));
    QVERIFY(q.exec(QStringLiteral("CREATE INDEX sessions_state ON sessions (state)")));

    // A newer schema than the program is still refused, even with gaps below it.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 7")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', '2030-01-01T00:00:00Z')")));
    auto newer = Database::open(where);
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().code, ErrorCode::DatabaseTooNew);
    QVERIFY(!versions(again).contains(QStringLiteral("7")));
}

void tst_StorageEngines::profile_roundTrip()
{
    OPEN_OR_SKIP(db);
    ProfileRepository repo(db);
    auto empty = repo.load();
    QVERIFY(empty.ok());
    QVERIFY(!empty->has_value());
    Profile p;
    p.legalName = QStringLiteral("Claire Martin");
    p.siret = QStringLiteral("732 829 320 00074");
    p.address = QStringLiteral("1 rue de la Paix\n75002 Paris");
    p.vatRegime = VatRegime::Standard;
    p.vatNumber = QStringLiteral("FR 44 732829320");
    QVERIFY(repo.save(p).ok());
    auto loaded = repo.load();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE(loaded->value().siret, QStringLiteral("73282932000074"));
    QCOMPARE(loaded->value().vatNumber, QStringLiteral("FR44732829320"));
    QCOMPARE(loaded->value().address, p.address);
    QCOMPARE(loaded->value().vatRegime, VatRegime::Standard);

    Profile bad = p;
    bad.siret = QStringLiteral("73282932000075");
    const Status s = repo.save(bad);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    QCOMPARE(repo.load()->value().siret, QStringLiteral("73282932000074")); // nothing lost
}

void tst_StorageEngines::session_offerEditedLater_sessionKeepsFrozenPrice()
{
    OPEN_OR_SKIP(db);
    test::ManualClock clock;
    Offer offer = makeOffer(db, "3.00", 2);
    const Client client = makeClient(db, "Ada Lovelace");
    auto session = SessionService(db, clock).recordCompleted(client.id, offer.id, 754'567);
    QVERIFY(session.ok());
    QCOMPARE(session->billableSeconds, qint64(634));
    QCOMPARE(session->net.minor(), qint64(3170));
    QCOMPARE(session->vat.minor(), qint64(634));
    QCOMPARE(session->gross.minor(), qint64(3804));

    offer.policy.rateE4 = *BillingPolicy::parseRate(u"9.00");
    offer.policy.freeMinutes = 0;
    QVERIFY(OfferRepository(db).save(offer).ok());

    auto reloaded = SessionRepository(db).find(session->id);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->policy.rateE4, qint64(30000));
    QCOMPARE(reloaded->policy.freeMinutes, qint64(2));
    QCOMPARE(reloaded->gross.minor(), qint64(3804));
    QCOMPARE(reloaded->clientName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(reloaded->state, SessionState::Ended);
}

void tst_StorageEngines::session_unknownClient_isInvalidInput()
{
    OPEN_OR_SKIP(db);
    test::ManualClock clock;
    const Offer offer = makeOffer(db, "3.00");
    auto s = SessionService(db, clock).recordCompleted(QStringLiteral("nope"), offer.id, 1000);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    auto negative = SessionService(db, clock).recordCompleted(QStringLiteral("nope"), offer.id, -1);
    QVERIFY(!negative.ok());
}

void tst_StorageEngines::twoConnections_seeEachOthersWrites()
{
    OPEN_OR_SKIP(first);
    auto secondResult = Database::open(where);
    QVERIFY(secondResult.ok());
    Database &second = **secondResult;
    const Client c = makeClient(first, "Grace Hopper");
    auto seen = ClientRepository(second).find(c.id);
    QVERIFY(seen.ok());
    QCOMPARE(seen->name, QStringLiteral("Grace Hopper"));
    // A write transaction in one connection does not corrupt the other's view.
    QVERIFY(first.begin().ok());
    Client renamed = c;
    renamed.name = QStringLiteral("Rear Admiral Hopper");
    QVERIFY(ClientRepository(first).save(renamed).ok());
    first.rollback();
    QCOMPARE(ClientRepository(second).find(c.id)->name, QStringLiteral("Grace Hopper"));
}

void tst_StorageEngines::sessions_filterByClientAndPeriod()
{
    OPEN_OR_SKIP(db);
    test::ManualClock clock;
    const Offer offer = makeOffer(db, "2.50");
    const Client a = makeClient(db, "A");
    const Client b = makeClient(db, "B");
    SessionService service(db, clock);
    const QDateTime nov = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    const QDateTime dec = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QVERIFY(service.recordCompleted(a.id, offer.id, 60'000, nov).ok());
    QVERIFY(service.recordCompleted(a.id, offer.id, 120'000, dec).ok());
    QVERIFY(service.recordCompleted(b.id, offer.id, 180'000, dec).ok());

    SessionFilter byClient;
    byClient.clientId = a.id;
    QCOMPARE(SessionRepository(db).list(byClient)->size(), 2);

    SessionFilter december;
    december.from = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    december.to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    auto list = SessionRepository(db).list(december);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    for (const Session &s : *list)
        QVERIFY(s.startedAt >= december.from);

    SessionFilter limited;
    limited.limit = 1;
    QCOMPARE(SessionRepository(db).list(limited)->size(), 1);
}

void tst_StorageEngines::monthlyTotals_wholeHistory_followsInsertsAndUpdates()
{
    OPEN_OR_SKIP(db);
    test::ManualClock clock;
    const Offer offer = makeOffer(db, "2.50");
    const Client a = makeClient(db, "A");
    const Client b = makeClient(db, "B");
    SessionService service(db, clock);
    const QDateTime oct = QDateTime(QDate(2026, 10, 31), QTime(23, 30), Qt::UTC);
    const QDateTime nov = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    const QDateTime dec = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    QVERIFY(service.recordCompleted(a.id, offer.id, 60'000, nov).ok());
    auto moved = service.recordCompleted(a.id, offer.id, 120'000, dec);
    QVERIFY(moved.ok());
    auto discarded = service.recordCompleted(b.id, offer.id, 180'000, dec);
    QVERIFY(discarded.ok());
    QVERIFY(service.recordCompleted(b.id, offer.id, 240'000, dec).ok());

    // Updates keep the stored month: one session leaves the totals, another changes month.
    Session gone = *discarded;
    gone.state = SessionState::Discarded;
    QVERIFY(SessionRepository(db).update(gone).ok());
    {
        // The repository never moves a session in time; a correction by hand must still count.
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE sessions SET started_at = ? WHERE id = ?"));
        q.addBindValue(SqlUtil::toDb(oct));
        q.addBindValue(moved->id);
        QVERIFY(q.exec());
    }

    auto all = SessionRepository(db).monthlyTotals();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).month, QStringLiteral("2026-12"));
    QCOMPARE(all->at(0).calls, 1);
    QCOMPARE(all->at(0).billableSeconds, 240);
    QCOMPARE(all->at(1).month, QStringLiteral("2026-11"));
    QCOMPARE(all->at(1).calls, 1);
    QCOMPARE(all->at(2).month, QStringLiteral("2026-10"));
    QCOMPARE(all->at(2).calls, 1);
    QCOMPARE(all->at(2).billableSeconds, 120);

    // The same numbers as the filtered query, which computes the month from started_at.
    SessionFilter wide;
    wide.from = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    auto filtered = SessionRepository(db).monthlyTotals(wide);
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->size(), all->size());
    for (int i = 0; i < all->size(); ++i) {
        QCOMPARE(filtered->at(i).month, all->at(i).month);
        QCOMPARE(filtered->at(i).currency, all->at(i).currency);
        QCOMPARE(filtered->at(i).calls, all->at(i).calls);
        QCOMPARE(filtered->at(i).freeCalls, all->at(i).freeCalls);
        QCOMPARE(filtered->at(i).billableSeconds, all->at(i).billableSeconds);
        QCOMPARE(filtered->at(i).grossMinor, all->at(i).grossMinor);
    }
}

QTEST_GUILESS_MAIN(tst_StorageEngines)
#include "tst_storageengines.moc"
