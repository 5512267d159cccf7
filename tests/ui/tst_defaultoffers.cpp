#include "TestSupport.h"
#include "storage/DefaultOffers.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/SettingsRepository.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

// The default offer per relationship lives in the database (shared by a practice); the values
// older versions kept in the desktop settings are imported once.
class tst_DefaultOffers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void engines_data();
    void sharedDatabase_secondDesktopSeesTheDefault_data() { engines_data(); }
    void sharedDatabase_secondDesktopSeesTheDefault();
    void importLegacy_copiesOnceAndKeepsDatabaseValues_data() { engines_data(); }
    void importLegacy_copiesOnceAndKeepsDatabaseValues();

private:
    std::unique_ptr<Database> open(const QString &location);
    Offer offer(Database &db, const QString &name);
};

void tst_DefaultOffers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DefaultOffers::engines_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::unique_ptr<Database> tst_DefaultOffers::open(const QString &location)
{
    auto db = Database::open(location);
    if (!db)
        qWarning() << db.error().detail;
    return db ? std::move(db).value() : nullptr;
}

Offer tst_DefaultOffers::offer(Database &db, const QString &name)
{
    Offer o;
    o.name = name;
    o.policy.rateE4 = 25'000;
    o.policy.vatBasisPoints = 2000;
    auto saved = OfferRepository(db).save(o);
    return saved ? saved.value() : Offer {};
}

void tst_DefaultOffers::sharedDatabase_secondDesktopSeesTheDefault()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const QString location = test::databaseLocationFor(engine, dir.path());
    if (location.isEmpty())
        QSKIP("no PostgreSQL test server (run through scripts/test.sh)");
    auto first = open(location);
    auto second = open(location); // another expert's desktop
    QVERIFY(first && second);
    const Offer standard = offer(*first, QStringLiteral("Standard"));
    const Offer discovery = offer(*first, QStringLiteral("Découverte"));
    QVERIFY(!standard.id.isEmpty() && !discovery.id.isEmpty());

    DefaultOffers mine(*first);
    DefaultOffers theirs(*second);
    QVERIFY(mine.setForKind(ClientKind::Prospect, discovery.id).ok());
    QCOMPARE(theirs.forKind(ClientKind::Prospect), discovery.id);
    QVERIFY(mine.setForKind(ClientKind::Prospect, standard.id).ok()); // changed again: an update, not a clash
    QCOMPARE(theirs.forKind(ClientKind::Prospect), standard.id);

    Client prospect;
    prospect.kind = ClientKind::Prospect;
    Client premium;
    premium.kind = ClientKind::Premium;
    const QList<Offer> offers = { discovery, standard };
    QCOMPARE(theirs.offerFor(prospect, offers), standard.id);
    QCOMPARE(theirs.offerFor(premium, offers), discovery.id); // no default: the first offer
    premium.offerId = standard.id;
    QCOMPARE(theirs.offerFor(premium, offers), standard.id); // the client's own offer first

    QVERIFY(theirs.setForKind(ClientKind::Prospect, QString()).ok());
    QCOMPARE(mine.forKind(ClientKind::Prospect), QString());
}

void tst_DefaultOffers::importLegacy_copiesOnceAndKeepsDatabaseValues()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const QString location = test::databaseLocationFor(engine, dir.path());
    if (location.isEmpty())
        QSKIP("no PostgreSQL test server (run through scripts/test.sh)");
    auto db = open(location);
    QVERIFY(db);
    const Offer a = offer(*db, QStringLiteral("A"));
    const Offer b = offer(*db, QStringLiteral("B"));
    QSettings legacy(dir.filePath(QStringLiteral("desktop.ini")), QSettings::IniFormat);
    legacy.setValue(QStringLiteral("offers/defaultFor/prospect"), a.id);
    legacy.setValue(QStringLiteral("offers/defaultFor/premium"), a.id);
    legacy.setValue(QStringLiteral("ui/theme"), QStringLiteral("dark"));

    DefaultOffers defaults(*db);
    QVERIFY(defaults.setForKind(ClientKind::Premium, b.id).ok()); // already shared: not overwritten
    QVERIFY(defaults.importLegacy(legacy).ok());
    QCOMPARE(defaults.forKind(ClientKind::Prospect), a.id);
    QCOMPARE(defaults.forKind(ClientKind::Premium), b.id);
    QCOMPARE(SettingsRepository(*db).value(QStringLiteral("offers.default.prospect")).value(), a.id);
    QVERIFY(!legacy.contains(QStringLiteral("offers/defaultFor/prospect")));
    QVERIFY(!legacy.contains(QStringLiteral("offers/defaultFor/premium")));
    QCOMPARE(legacy.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark")); // the rest untouched

    // Once: a later change in the database is not undone by a second start.
    QVERIFY(defaults.setForKind(ClientKind::Prospect, b.id).ok());
    QVERIFY(defaults.importLegacy(legacy).ok());
    QCOMPARE(defaults.forKind(ClientKind::Prospect), b.id);
}

QTEST_MAIN(tst_DefaultOffers)
#include "tst_defaultoffers.moc"
