#include "ManualClock.h"
#include "call/CallPanel.h"
#include "clients/ClientsModel.h"
#include "clients/ClientsView.h"
#include "history/HistoryView.h"
#include "settings/SettingsView.h"
#include "common/ClientListModel.h"
#include "mainwindow/MainWindow.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

// The client picker of the call panel (and the client filter of the history) on a model fed by one
// query, and the window that builds only its first page before painting.
class tst_ClientListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void model_leadingEntryAndIds_matchTheDirectory();
    void directory_sameClientsAsList_pickerFieldsOnly();
    void picker_typingPartOfAName_completerOffersIt();
    void mainWindow_onlyTheCallPageBuiltBeforeShown();
    void mainWindow_callPanelAskedBeforeShown_pickerFilled();

private:
    QList<Client> seed(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ClientListModel::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void tst_ClientListModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<Client> tst_ClientListModel::seed(int count)
{
    const QList<ClientKind> kinds = { ClientKind::Former, ClientKind::Prospect, ClientKind::Premium };
    auto ok = m_db->inTransaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Client c;
            c.name = QStringLiteral("Client %1").arg(i, 4, 10, QLatin1Char('0'));
            c.email = QStringLiteral("c%1@example.org").arg(i);
            c.company = i % 3 == 0 ? QStringLiteral("Atelier %1").arg(i) : QString();
            c.phone = QStringLiteral("+33 1 23 45 67 %1").arg(i % 100, 2, 10, QLatin1Char('0'));
            c.kind = kinds.at(i % kinds.size());
            if (auto saved = ClientRepository(*m_db).save(c); !saved)
                return saved.error();
        }
        return {};
    });
    if (!ok)
        qFatal("seeding failed");
    auto list = ClientRepository(*m_db).directory();
    return list ? list.value() : QList<Client>();
}

void tst_ClientListModel::model_leadingEntryAndIds_matchTheDirectory()
{
    const QList<Client> clients = seed(40);
    QCOMPARE(clients.size(), 40);
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClients(clients);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.index(0).data(ClientListModel::ClientIdRole).toString(), clients.first().id);
    QCOMPARE(model.index(3).data().toString(), clients.at(3).name + QStringLiteral(" — ") + clients.at(3).company);
    QCOMPARE(model.index(4).data().toString(), clients.at(4).name);
    QCOMPARE(model.rowOf(clients.at(17).id), 17);
    QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
    QCOMPARE(model.rowOf(QString()), -1);
    QVERIFY(model.clientAt(40) == nullptr);

    model.setLeadingEntry(QStringLiteral("All clients"));
    QCOMPARE(model.rowCount(), 41);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("All clients"));
    QCOMPARE(model.index(0).data(ClientListModel::ClientIdRole).toString(), QString());
    QVERIFY(model.clientAt(0) == nullptr);
    QCOMPARE(model.clientAt(18)->id, clients.at(17).id);
    QCOMPARE(model.rowOf(clients.at(17).id), 18);
    QCOMPARE(model.rowOf(QString()), 0);

    // Replacing the list is one reset; the row lookup follows the new list.
    model.setClients(clients.mid(20));
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(model.rowOf(clients.at(17).id), -1);
    QCOMPARE(model.rowOf(clients.at(20).id), 1);

    // QComboBox gives ids through currentData() and findData(), as with addItem(name, id).
    QComboBox combo;
    combo.setModel(&model);
    combo.setCurrentIndex(model.rowOf(clients.at(25).id));
    QCOMPARE(combo.currentData().toString(), clients.at(25).id);
    QCOMPARE(combo.findData(clients.at(30).id), model.rowOf(clients.at(30).id));
}

void tst_ClientListModel::directory_sameClientsAsList_pickerFieldsOnly()
{
    seed(25);
    auto full = ClientRepository(*m_db).list();
    auto directory = ClientRepository(*m_db).directory();
    QVERIFY(full.ok() && directory.ok());
    QCOMPARE(directory->size(), full->size());
    for (int i = 0; i < full->size(); ++i) {
        const Client &a = full->at(i);
        const Client &b = directory->at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.company, a.company);
        QCOMPARE(b.email, a.email);
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.offerId, a.offerId);
        QVERIFY(!a.phone.isEmpty());
        QVERIFY(b.phone.isEmpty()); // not read: the clients view reads the full records itself
    }
}

void tst_ClientListModel::picker_typingPartOfAName_completerOffersIt()
{
    seed(300);
    test::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(*m_db, clock, settings, settingsDir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *combo = window.callPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 300);
    QVERIFY(qobject_cast<ClientListModel *>(combo->model()));
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(combo->completer()->caseSensitivity(), Qt::CaseInsensitive);

    // Keyboard: focus the picker, type part of a name, pick the single match with Enter.
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("client 0124"));
    QCOMPARE(combo->completer()->completionCount(), 1);
    QTRY_VERIFY(combo->completer()->popup()->isVisible());
    QTest::keyClick(combo->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(combo->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Client 0124"));
    auto *model = qobject_cast<ClientListModel *>(combo->model());
    QCOMPARE(model->clientAt(combo->currentIndex())->name, QStringLiteral("Client 0124"));

    // A company name matches too ("Atelier 111" belongs to Client 0111).
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("atelier 111"));
    QCOMPARE(combo->completer()->completionCount(), 1);
    QCOMPARE(combo->completer()->currentCompletion(), QStringLiteral("Client 0111 — Atelier 111"));
}

void tst_ClientListModel::mainWindow_callPanelAskedBeforeShown_pickerFilled()
{
    seed(5);
    test::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(*m_db, clock, settings, settingsDir.path());
    auto *combo = window.callPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"));
    QCOMPARE(combo->count(), 5);
}

void tst_ClientListModel::mainWindow_onlyTheCallPageBuiltBeforeShown()
{
    seed(10);
    test::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(*m_db, clock, settings, settingsDir.path());
    QVERIFY(window.isPageBuilt(MainWindow::Page::Call));
    QVERIFY(!window.isPageBuilt(MainWindow::Page::Clients));
    QVERIFY(!window.isPageBuilt(MainWindow::Page::History));
    QVERIFY(!window.isPageBuilt(MainWindow::Page::Invoices));
    QVERIFY(!window.isPageBuilt(MainWindow::Page::Settings));
    QVERIFY(!window.isPageBuilt(MainWindow::Page::Slots));
    // The client directory is not read before the first paint...
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("clientCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 0);

    // ...but right after it, with the open slots (their reminders), the tray and the sounds.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.isPageBuilt(MainWindow::Page::Slots));
    QCOMPARE(combo->count(), 10);
    QVERIFY(combo->currentIndex() >= 0);
    QVERIFY(!window.isPageBuilt(MainWindow::Page::History));

    // Showing a page builds it in place; the accessor builds it too.
    window.showPage(MainWindow::Page::History);
    QVERIFY(window.isPageBuilt(MainWindow::Page::History));
    QCOMPARE(window.currentPage(), MainWindow::Page::History);
    QVERIFY(window.historyView()->isVisible());
    QCOMPARE(window.clientsView()->model()->rowCount(), 10);
    QCOMPARE(window.currentPage(), MainWindow::Page::History);
    window.showPage(MainWindow::Page::Clients);
    QVERIFY(window.clientsView()->isVisible());
    QVERIFY(!window.historyView()->isVisible());
    window.showPage(MainWindow::Page::Invoices);
    QVERIFY(window.isPageBuilt(MainWindow::Page::Invoices));
    QCOMPARE(window.currentPage(), MainWindow::Page::Invoices);
    window.showPage(MainWindow::Page::Settings);
    QVERIFY(window.settingsView()->isVisible());
    window.showPage(MainWindow::Page::Call);
    QVERIFY(window.callPanel()->isVisible());
}

QTEST_MAIN(tst_ClientListModel)
#include "tst_clientlistmodel.moc"
