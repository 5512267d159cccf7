// minutier-cli slot add / slots list / slot remove / slot ics: the desktop's Open slots page from
// the command line, on the desktop's own slots.json (SlotStore::defaultPath()) or --slots FILE.
#include "TestSupport.h"

#include "scheduling/IcsCalendar.h"
#include "scheduling/SlotStore.h"
#include "storage/DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

class tst_SlotsCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void slotAdd_listRemove_roundTripThroughTheFile();
    void slotAdd_startWithoutOffset_takenAsLocalTime_data();
    void slotAdd_startWithoutOffset_takenAsLocalTime();
    void slotIcs_stdoutAndFile_parsedBack();
    void slotAdd_badInput_exit2AndNothingSaved_data();
    void slotAdd_badInput_exit2AndNothingSaved();
    void slotRemoveAndIcs_unknownId_exit2();
    void defaultPath_cliAndDesktopShareTheFile();
    void dataLocation_doesNotDependOnTheApplicationName();

private:
    static QJsonObject object(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }
    static QJsonArray array(const CliRun &r) { return QJsonDocument::fromJson(r.out).array(); }
    CliRun cli(QStringList args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const
    {
        return runCli(args, m_db, {}, env);
    }
    CliRun addSlot(const QStringList &extra, bool withSlotsFile = true) const;
    QStringList slotsArgs() const { return { QStringLiteral("--slots"), m_slots }; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_slots;
    QString m_client;
    QString m_offer;
};

void tst_SlotsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("s.sqlite"));
    m_slots = m_dir->filePath(QStringLiteral("slots.json"));
    const CliRun p = cli({ QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--legal-name"),
        QStringLiteral("Jeanne Martin"), QStringLiteral("--siret"), QStringLiteral("73282932000074"),
        QStringLiteral("--address"), QStringLiteral("12 rue des Lilas\n75011 Paris"), QStringLiteral("--vat-regime"),
        QStringLiteral("franchise"), QStringLiteral("--email"), QStringLiteral("jeanne@example.org") });
    QVERIFY2(p.exitCode == 0, p.err.constData());
    const CliRun c = cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Camille"), QStringLiteral("--email"), QStringLiteral("camille@example.org") });
    QVERIFY2(c.exitCode == 0, c.err.constData());
    m_client = object(c).value(QLatin1String("id")).toString();
    const CliRun o = cli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Conseil"), QStringLiteral("--rate"), QStringLiteral("3.00"), QStringLiteral("--currency"),
        QStringLiteral("EUR"), QStringLiteral("--vat"), QStringLiteral("20") });
    QVERIFY2(o.exitCode == 0, o.err.constData());
    m_offer = object(o).value(QLatin1String("id")).toString();
    QVERIFY(!m_client.isEmpty() && !m_offer.isEmpty());
}

CliRun tst_SlotsCli::addSlot(const QStringList &extra, bool withSlotsFile) const
{
    QStringList args { QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("--client"), m_client,
        QStringLiteral("--offer"), m_offer, QStringLiteral("--json") };
    if (withSlotsFile)
        args << slotsArgs();
    return cli(args << extra);
}

void tst_SlotsCli::slotAdd_listRemove_roundTripThroughTheFile()
{
    const CliRun later = addSlot({ QStringLiteral("--start"), QStringLiteral("2031-03-02T09:30:00Z"),
        QStringLiteral("--max-hold"), QStringLiteral("90.00") });
    QVERIFY2(later.exitCode == 0, later.err.constData());
    const QJsonObject open = object(later);
    QCOMPARE(open.value(QLatin1String("open_ended")).toBool(), true);
    QVERIFY(open.value(QLatin1String("max_length_ms")).isNull());
    QCOMPARE(open.value(QLatin1String("max_hold_minor")).toInteger(), 9000);
    QCOMPARE(open.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));

    const CliRun sooner = addSlot(
        { QStringLiteral("--start"), QStringLiteral("2031-03-01T14:00:00+01:00"), QStringLiteral("--max-minutes"),
            QStringLiteral("45"), QStringLiteral("--note"), QStringLiteral("  Dossier 12  ") });
    QVERIFY2(sooner.exitCode == 0, sooner.err.constData());
    const QJsonObject fixed = object(sooner);
    const QString id = fixed.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(fixed.value(QLatin1String("client_id")).toString(), m_client);
    QCOMPARE(fixed.value(QLatin1String("client_name")).toString(), QStringLiteral("Camille"));
    QCOMPARE(fixed.value(QLatin1String("offer_id")).toString(), m_offer);
    QCOMPARE(fixed.value(QLatin1String("start")).toString(), QStringLiteral("2031-03-01T13:00:00Z"));
    QCOMPARE(fixed.value(QLatin1String("end")).toString(), QStringLiteral("2031-03-01T13:45:00Z"));
    QCOMPARE(fixed.value(QLatin1String("open_ended")).toBool(), false);
    QCOMPARE(fixed.value(QLatin1String("max_length_ms")).toInteger(), 45 * 60'000);
    QVERIFY(fixed.value(QLatin1String("max_hold_minor")).isNull());
    QCOMPARE(fixed.value(QLatin1String("note")).toString(), QStringLiteral("Dossier 12"));

    // The desktop's store reads what the command line wrote.
    auto stored = SlotStore(m_slots).list();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).id, id);
    QCOMPARE(stored->at(0).maxMinutes, 45);
    QCOMPARE(stored->at(0).start, QDateTime(QDate(2031, 3, 1), QTime(13, 0), Qt::UTC));
    QCOMPARE(stored->at(1).maxHoldMinor.value_or(0), 9000);

    // Listed by start time.
    const CliRun listed
        = cli(QStringList { QStringLiteral("slots"), QStringLiteral("list"), QStringLiteral("--json") } << slotsArgs());
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(array(listed).size(), 2);
    QCOMPARE(array(listed)[0].toObject(), fixed);
    QCOMPARE(array(listed)[1].toObject(), open);
    const CliRun text = cli(QStringList { QStringLiteral("slots"), QStringLiteral("list") } << slotsArgs());
    QVERIFY(text.out.contains("Camille"));
    QVERIFY(text.out.contains(id.toUtf8()));

    const CliRun removed = cli(QStringList { QStringLiteral("slot"), QStringLiteral("remove"), id } << slotsArgs());
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(object(removed).value(QLatin1String("removed")).toBool(), true);
    stored = SlotStore(m_slots).list();
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->at(0).id, open.value(QLatin1String("id")).toString());
    const CliRun again = cli(QStringList { QStringLiteral("slot"), QStringLiteral("remove"), id } << slotsArgs());
    QCOMPARE(again.exitCode, 2);
}

void tst_SlotsCli::slotAdd_startWithoutOffset_takenAsLocalTime_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("expectedUtc");
    QTest::addRow("Paris, summer") << QStringLiteral("Europe/Paris") << QStringLiteral("2031-06-01T14:00")
                                   << QStringLiteral("2031-06-01T12:00:00Z");
    QTest::addRow("Paris, winter") << QStringLiteral("Europe/Paris") << QStringLiteral("2031-12-01T14:00")
                                   << QStringLiteral("2031-12-01T13:00:00Z");
    QTest::addRow("New York") << QStringLiteral("America/New_York") << QStringLiteral("2031-12-01T14:00")
                              << QStringLiteral("2031-12-01T19:00:00Z");
    QTest::addRow("an offset wins") << QStringLiteral("America/New_York") << QStringLiteral("2031-12-01T14:00+01:00")
                                    << QStringLiteral("2031-12-01T13:00:00Z");
}

void tst_SlotsCli::slotAdd_startWithoutOffset_takenAsLocalTime()
{
    QFETCH(QString, timeZone);
    QFETCH(QString, start);
    QFETCH(QString, expectedUtc);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), timeZone);
    const CliRun r
        = cli({ QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("--client"), m_client,
                  QStringLiteral("--offer"), m_offer, QStringLiteral("--start"), start, QStringLiteral("--max-minutes"),
                  QStringLiteral("30"), QStringLiteral("--json"), QStringLiteral("--slots"), m_slots },
            env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(object(r).value(QLatin1String("start")).toString(), expectedUtc);
}

void tst_SlotsCli::slotIcs_stdoutAndFile_parsedBack()
{
    const CliRun added
        = addSlot({ QStringLiteral("--start"), QStringLiteral("2031-03-01T13:00:00Z"), QStringLiteral("--max-minutes"),
            QStringLiteral("45"), QStringLiteral("--note"), QStringLiteral("Dossier 12; bring the lease, please") });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = object(added).value(QLatin1String("id")).toString();

    const CliRun ics = cli(QStringList { QStringLiteral("slot"), QStringLiteral("ics"), id } << slotsArgs());
    QVERIFY2(ics.exitCode == 0, ics.err.constData());
    QVERIFY(ics.out.startsWith("BEGIN:VCALENDAR\r\n"));
    auto events = IcsCalendar::parse(ics.out);
    QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().detail));
    QCOMPARE(events->size(), 1);
    const IcsEvent &e = events->constFirst();
    QCOMPARE(e.uid, id + QStringLiteral("@minutier"));
    QCOMPARE(e.start, QDateTime(QDate(2031, 3, 1), QTime(13, 0), Qt::UTC));
    QCOMPARE(e.end, QDateTime(QDate(2031, 3, 1), QTime(13, 45), Qt::UTC));
    QVERIFY(e.summary.contains(QStringLiteral("Jeanne Martin")));
    QCOMPARE(e.organizerEmail, QStringLiteral("jeanne@example.org"));
    QCOMPARE(e.attendeeName, QStringLiteral("Camille"));
    QCOMPARE(e.attendeeEmail, QStringLiteral("camille@example.org"));
    QVERIFY(e.description.contains(QStringLiteral("Dossier 12; bring the lease, please")));
    QVERIFY(e.description.contains(QStringLiteral("45")));
    QCOMPARE(e.alarmMinutesBefore, 10);

    const QString path = m_dir->filePath(QStringLiteral("invitation.ics"));
    const CliRun saved
        = cli(QStringList { QStringLiteral("slot"), QStringLiteral("ics"), id, QStringLiteral("--output"), path }
            << slotsArgs());
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    QCOMPARE(object(saved).value(QLatin1String("file")).toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto fromFile = IcsCalendar::parse(file.readAll());
    QVERIFY(fromFile.ok());
    QCOMPARE(fromFile->size(), 1);
    QCOMPARE(fromFile->constFirst().uid, e.uid);
    QCOMPARE(fromFile->constFirst().description, e.description);
    QCOMPARE(fromFile->constFirst().start, e.start);
}

void tst_SlotsCli::slotAdd_badInput_exit2AndNothingSaved_data()
{
    QTest::addColumn<QStringList>("args"); // {client} {offer}: the seeded ones
    const auto row = [](const char *name, const QString &words) { QTest::addRow("%s", name) << words.split(u' '); };
    row("unknown client", QStringLiteral("--client nosuchclient --offer {offer} --start 2031-01-01T10:00"));
    row("unknown offer", QStringLiteral("--client {client} --offer nosuchoffer --start 2031-01-01T10:00"));
    row("start in the past", QStringLiteral("--client {client} --offer {offer} --start 2020-01-01T10:00"));
    row("start not a date", QStringLiteral("--client {client} --offer {offer} --start tomorrow"));
    row("no start", QStringLiteral("--client {client} --offer {offer}"));
    row("no client", QStringLiteral("--offer {offer} --start 2031-01-01T10:00"));
    row("too short", QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-minutes 4"));
    row("too long", QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-minutes 481"));
    row("minutes not a number",
        QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-minutes half"));
    row("both a length and a hold",
        QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-minutes 30 --max-hold 90"));
    row("hold not an amount",
        QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-hold abc"));
    row("hold zero", QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-hold 0"));
    row("hold negative", QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 --max-hold -5"));
    row("payment link not https",
        QStringLiteral("--client {client} --offer {offer} --start 2031-01-01T10:00 "
                       "--payment-url http://pay.example/l/1"));
}

void tst_SlotsCli::slotAdd_badInput_exit2AndNothingSaved()
{
    QFETCH(QStringList, args);
    for (QString &a : args)
        a.replace(QLatin1String("{client}"), m_client).replace(QLatin1String("{offer}"), m_offer);
    const CliRun r = cli(QStringList { QStringLiteral("slot"), QStringLiteral("add") } << args << slotsArgs());
    QVERIFY2(r.exitCode == 2, QByteArray(r.out + r.err).constData());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_slots));
    // The same slot with valid input is accepted (the row fails for the reason it names).
    const CliRun ok = addSlot({ QStringLiteral("--start"), QStringLiteral("2031-01-01T10:00") });
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(SlotStore(m_slots).list()->size(), 1);
}

void tst_SlotsCli::slotRemoveAndIcs_unknownId_exit2()
{
    QVERIFY(addSlot({ QStringLiteral("--start"), QStringLiteral("2031-01-01T10:00") }).exitCode == 0);
    for (const QString &command : { QStringLiteral("remove"), QStringLiteral("ics") }) {
        const CliRun r
            = cli(QStringList { QStringLiteral("slot"), command, QStringLiteral("nosuchslot") } << slotsArgs());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
    QCOMPARE(SlotStore(m_slots).list()->size(), 1);
}

void tst_SlotsCli::defaultPath_cliAndDesktopShareTheFile()
{
    // Both processes look in the same XDG data folder; this test executable has its own name, the
    // CLI another: the slot file must be the desktop's all the same.
    const QString data = m_dir->filePath(QStringLiteral("xdg-data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.toLocal8Bit());
    const QString expected = data + QStringLiteral("/Minutier/minutier/slots.json");
    const QString path = SlotStore::defaultPath();
    if (previous.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previous);
    QCOMPARE(path, expected);

    const CliRun added = cli({ QStringLiteral("slot"), QStringLiteral("add"), QStringLiteral("--client"), m_client,
                                 QStringLiteral("--offer"), m_offer, QStringLiteral("--start"),
                                 QStringLiteral("2031-01-01T10:00"), QStringLiteral("--json") },
        env);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(QFile::exists(expected));
    auto stored = SlotStore(path).list();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().id, object(added).value(QLatin1String("id")).toString());
    const CliRun listed = cli({ QStringLiteral("slots"), QStringLiteral("list"), QStringLiteral("--json") }, env);
    QCOMPARE(array(listed).size(), 1);
}

void tst_SlotsCli::dataLocation_doesNotDependOnTheApplicationName()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const QString asTest = DataLocation::directory();
    QCoreApplication::setOrganizationName(QStringLiteral("Minutier"));
    QCoreApplication::setApplicationName(QStringLiteral("minutier"));
    const QString asDesktop = DataLocation::directory();
    const QString desktopAppData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(QStringLiteral("minutier-cli"));
    const QString asCli = DataLocation::directory();
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QStandardPaths::setTestModeEnabled(false);
    QCOMPARE(asDesktop, desktopAppData); // where the desktop has always kept its files
    QCOMPARE(asTest, asDesktop);
    QCOMPARE(asCli, asDesktop);
    QVERIFY(asDesktop.endsWith(QStringLiteral("/Minutier/minutier")));
}

QTEST_GUILESS_MAIN(tst_SlotsCli)
#include "tst_slotscli.moc"
