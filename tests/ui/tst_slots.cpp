#include "ManualClock.h"
#include "UiTestData.h"
#include "call/CallPanel.h"
#include "common/ClientListModel.h"
#include "mainwindow/MainWindow.h"
#include "scheduling/IcsCalendar.h"
#include "scheduling/SlotStore.h"
#include "slots/SlotDialog.h"
#include "slots/SlotsModel.h"
#include "slots/SlotsView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_Slots : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ics_escapeAndFold_parsedBackIdentical();
    void ics_malformed_refused_data();
    void ics_malformed_refused();
    void slotDialog_openEndedWithHold_savedAndInvitationParsedBack();
    void reminder_slotStarts_callPanelPrefilledOnce();
    void slotDialog_fiveThousandClients_modelBackedAndUnmatchedTextRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
};

void tst_Slots::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
}

void tst_Slots::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Slots::ics_escapeAndFold_parsedBackIdentical()
{
    IcsEvent e;
    e.uid = QStringLiteral("abc@minutier");
    e.start = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    e.end = e.start.addSecs(1800);
    e.stamp = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC);
    e.summary = QStringLiteral("Appel avec Claire; conseil, «express»");
    e.description = QStringLiteral("Ligne 1\nLigne 2 avec une virgule, un point-virgule; et un \\ antislash. ")
        + QString(40, QChar(0x00E9)); // long, with two-byte characters to fold
    e.url = QStringLiteral("https://pay.example/l/abc?x=1;y=2");
    e.organizerName = QStringLiteral("Claire Martin, Conseil");
    e.organizerEmail = QStringLiteral("claire@example.fr");
    e.attendeeName = QStringLiteral("Jeanne Dupont");
    e.attendeeEmail = QStringLiteral("jeanne@example.fr");
    e.alarmMinutesBefore = 10;
    const QByteArray ics = IcsCalendar::write({ e });
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + '\r'
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // never a split UTF-8 sequence
    }
    QVERIFY(ics.contains("DTSTART:20261201T093000Z\r\n"));
    QVERIFY(ics.contains("METHOD:REQUEST\r\n"));
    auto parsed = IcsCalendar::parse(ics);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().detail));
    QCOMPARE(parsed->size(), 1);
    const IcsEvent &p = parsed->first();
    QCOMPARE(p.uid, e.uid);
    QCOMPARE(p.start, e.start);
    QCOMPARE(p.end, e.end);
    QCOMPARE(p.stamp, e.stamp);
    QCOMPARE(p.summary, e.summary);
    QCOMPARE(p.description, e.description);
    QCOMPARE(p.url, e.url);
    QCOMPARE(p.organizerName, e.organizerName);
    QCOMPARE(p.organizerEmail, e.organizerEmail);
    QCOMPARE(p.attendeeName, e.attendeeName);
    QCOMPARE(p.attendeeEmail, e.attendeeEmail);
    QCOMPARE(p.alarmMinutesBefore, 10);
}

void tst_Slots::ics_malformed_refused_data()
{
    QTest::addColumn<QByteArray>("ics");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("not a calendar") << QByteArray("hello\r\n");
    QTest::addRow("truncated") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261201T093000Z\r\n");
    QTest::addRow("event without start") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
}

void tst_Slots::ics_malformed_refused()
{
    QFETCH(QByteArray, ics);
    QVERIFY(!IcsCalendar::parse(ics).ok());
}

void tst_Slots::slotDialog_openEndedWithHold_savedAndInvitationParsedBack()
{
    const auto demo = test::seedDemo(*m_db, *m_clock, 0);
    SlotsView view(*m_clock, m_dir->filePath(QStringLiteral("slots.json")));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setCatalogue(Profile { QStringLiteral("Claire Martin Conseil"), QStringLiteral("73282932000074"),
                          QStringLiteral("Lyon"), VatRegime::Franchise, {}, {}, QStringLiteral("claire@example.fr") },
        demo.clients, demo.offers);
    view.newSlot();
    auto *dialog = view.findChild<SlotDialog *>();
    QVERIFY(dialog);
    auto *client = dialog->findChild<QComboBox *>(QStringLiteral("slotClientCombo"));
    client->setCurrentIndex(client->findData(demo.clients.at(2).id));
    auto *offer = dialog->findChild<QComboBox *>(QStringLiteral("slotOfferCombo"));
    offer->setCurrentIndex(offer->findData(demo.offers.at(1).id));
    const QDateTime start(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("slotStartEdit"))->setDateTime(start.toLocalTime());
    dialog->findChild<QCheckBox *>(QStringLiteral("slotOpenEndedCheck"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("slotMaxHoldEdit"))->setText(QStringLiteral("90.00"));
    dialog->findChild<QLineEdit *>(QStringLiteral("slotPaymentUrlEdit"))->setText(QStringLiteral("http://insecure.example"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveSlotButton"))->click();
    QVERIFY(dialog->isVisible()); // refused: not https
    dialog->findChild<QLineEdit *>(QStringLiteral("slotPaymentUrlEdit"))->setText(QStringLiteral("https://pay.example/l/42"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveSlotButton"))->click();
    QTRY_COMPARE(view.model()->rowCount(), 1);

    const OpenSlot *slot = view.model()->slotAt(0);
    QVERIFY(slot);
    QVERIFY(slot->isOpenEnded());
    QCOMPARE(slot->maxHoldMinor.value_or(0), 9000);
    QCOMPARE(slot->start, start);

    // Persisted: a second store reads the same slot.
    auto again = SlotStore(m_dir->filePath(QStringLiteral("slots.json"))).list();
    QVERIFY(again.ok());
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->first().paymentUrl, QStringLiteral("https://pay.example/l/42"));

    const QString path = m_dir->filePath(QStringLiteral("invitation.ics"));
    QVERIFY(view.exportInvitation(slot->id, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto events = IcsCalendar::parse(file.readAll());
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    const IcsEvent &e = events->first();
    QCOMPARE(e.uid, slot->id + QStringLiteral("@minutier"));
    QCOMPARE(e.start, start);
    QCOMPARE(e.end, start.addSecs(3600));
    QCOMPARE(e.attendeeName, demo.clients.at(2).name);
    QCOMPARE(e.attendeeEmail, demo.clients.at(2).email);
    QCOMPARE(e.organizerEmail, QStringLiteral("claire@example.fr"));
    QCOMPARE(e.url, QStringLiteral("https://pay.example/l/42"));
    QVERIFY(e.description.contains(QStringLiteral("https://pay.example/l/42")));
    QVERIFY(e.summary.contains(QStringLiteral("Claire Martin Conseil")));
    QCOMPARE(e.alarmMinutesBefore, 10);
    QVERIFY(!view.exportInvitation(QStringLiteral("nope"), path).ok());
}

void tst_Slots::reminder_slotStarts_callPanelPrefilledOnce()
{
    const auto demo = test::seedDemo(*m_db, *m_clock, 0);
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(*m_db, *m_clock, settings, m_dir->path());
    window.show();
    OpenSlot slot;
    slot.clientId = demo.clients.at(5).id;
    slot.offerId = demo.offers.at(1).id;
    slot.start = m_clock->nowUtc().addSecs(10 * 60);
    slot.maxMinutes = 20;
    QVERIFY(window.slotsView()->store().save(slot).ok());
    OpenSlot past = slot;
    past.start = m_clock->nowUtc().addDays(-2);
    QVERIFY(window.slotsView()->store().save(past).ok());
    window.slotsView()->reload();
    window.showPage(MainWindow::Page::Slots);
    QSignalSpy starting(window.slotsView(), &SlotsView::slotStarting);

    window.slotsView()->checkReminders();
    QCOMPARE(starting.count(), 0); // ten minutes ahead; the old slot is over
    m_clock->advance(9 * 60 * 1000 + 30 * 1000);
    window.slotsView()->checkReminders();
    QCOMPARE(starting.count(), 1);
    QCOMPARE(window.currentPage(), MainWindow::Page::Call);
    auto *panel = window.callPanel();
    QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("clientCombo"))->currentData().toString(), slot.clientId);
    QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("offerCombo"))->currentData().toString(), slot.offerId);
    window.slotsView()->checkReminders();
    QCOMPARE(starting.count(), 1); // once
}

void tst_Slots::slotDialog_fiveThousandClients_modelBackedAndUnmatchedTextRefused()
{
    const auto demo = test::seedDemo(*m_db, *m_clock, 0);
    QList<Client> clients;
    for (int i = 0; i < 5'000; ++i) {
        Client c;
        c.id = QStringLiteral("client-%1").arg(i);
        c.name = QStringLiteral("Client %1").arg(i, 5, 10, QLatin1Char('0'));
        clients.append(c);
    }
    SlotsView view(*m_clock, m_dir->filePath(QStringLiteral("slots.json")));
    view.setCatalogue(Profile { QStringLiteral("Claire Martin Conseil"), QStringLiteral("73282932000074"),
                          QStringLiteral("Lyon"), VatRegime::Franchise, {}, {}, QStringLiteral("claire@example.fr") },
        clients, demo.offers);
    view.newSlot();
    auto *dialog = view.findChild<SlotDialog *>();
    QVERIFY(dialog);
    auto *client = dialog->findChild<QComboBox *>(QStringLiteral("slotClientCombo"));
    QVERIFY(client);
    // The directory is one model (no 5,000 addItem calls), the ids under the user role as before.
    QVERIFY(qobject_cast<ClientListModel *>(client->model()));
    QCOMPARE(client->count(), 5'000);
    QCOMPARE(client->findData(QStringLiteral("client-4321")), 4'321);

    // Text that matches no client is refused, whatever was chosen before.
    client->setCurrentIndex(4'321);
    client->lineEdit()->setText(QStringLiteral("Nobody by that name"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveSlotButton"))->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(view.model()->rowCount(), 0);
    bool explained = false;
    for (auto *label : dialog->findChildren<QLabel *>())
        explained = explained || label->text().contains(QStringLiteral("from the list"));
    QVERIFY(explained);

    // Picked from the list: saved for that client.
    client->setCurrentIndex(4'321);
    QCOMPARE(client->currentText(), client->itemText(4'321));
    dialog->findChild<QPushButton *>(QStringLiteral("saveSlotButton"))->click();
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->slotAt(0)->clientId, QStringLiteral("client-4321"));
}

QTEST_MAIN(tst_Slots)
#include "tst_slots.moc"
