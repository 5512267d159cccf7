// The foundation slice, driven through the widgets offscreen with a manual clock: first-run
// wizard (identity + first offer), a client, a call with a live ticker, the session in the
// history, an invoice issued and its PDF opened, and the same data after a restart.
#include "ManualClock.h"
#include "call/CallPanel.h"
#include "tray/TrayTicker.h"
#include "metering/CallController.h"
#include "clients/ClientDialog.h"
#include "clients/ClientsView.h"
#include "common/MessageBox.h"
#include "common/MoneyFormat.h"
#include "history/HistoryView.h"
#include "history/SessionsModel.h"
#include "mainwindow/MainWindow.h"
#include "onboarding/OnboardingWizard.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SessionRepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_MainWindowSlice : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void slice_firstRunCallAndInvoice_invoiceNumberInHistoryAndPdfOpened();
    void wizard_invalidSiret_blocksNextAndExplains();
    void closeDuringCall_answerYes_savesTheSession();
    void stopAfterFewSeconds_confirmationRefused_callGoesOn();
    void suspendDuringCall_gapRefused_notCounted();
    void interruptedCall_nextStart_billedOrDiscardedAsAnswered();
    void trayStop_callSavedAndPanelReady();

private:
    void completeWizard(MainWindow &window);
    QString addClient(MainWindow &window, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::ManualClock> m_clock;
};

void tst_MainWindowSlice::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_db = std::move(db).value();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_clock = std::make_unique<test::ManualClock>();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_MainWindowSlice::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_MainWindowSlice::completeWizard(MainWindow &window)
{
    OnboardingWizard *wizard = window.showFirstRunIfNeeded();
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(QStringLiteral("legalNameEdit"))->setText(QStringLiteral("Claire Martin Conseil"));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("siretEdit")), QStringLiteral("732 829 320 00074"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("siretCheckLabel"))->text().contains(QStringLiteral("732829320")));
    wizard->findChild<QPlainTextEdit *>(QStringLiteral("addressEdit"))->setPlainText(QStringLiteral("1 rue de la Paix\n75002 Paris"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("offerPage"));
    auto *rate = wizard->findChild<QLineEdit *>(QStringLiteral("rateEdit"));
    rate->clear();
    QTest::keyClicks(rate, QStringLiteral("3.00"));
    wizard->findChild<QComboBox *>(QStringLiteral("vatCombo"))->setCurrentText(QStringLiteral("20"));
    // 12 min 34 s at 3.00/min = 37.70 net + 7.54 VAT = 45.24.
    const QString example = wizard->findChild<QLabel *>(QStringLiteral("offerExampleLabel"))->text();
    QVERIFY2(example.contains(MoneyFormat::format(Money::fromMinor(4524, Currency::eur()))), qPrintable(example));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.findChild<OnboardingWizard *>());
}

QString tst_MainWindowSlice::addClient(MainWindow &window, const QString &name)
{
    window.clientsView()->newClient();
    auto *dialog = window.findChild<ClientDialog *>();
    if (!dialog)
        return {};
    dialog->findChild<QLineEdit *>(QStringLiteral("clientNameEdit"))->setText(name);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientEmailEdit"))->setText(QStringLiteral("client@example.org"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveClientButton"))->click();
    auto clients = ClientRepository(*m_db).list();
    if (!clients)
        return {};
    for (const Client &c : clients.value())
        if (c.name == name)
            return c.id;
    return {};
}

void tst_MainWindowSlice::slice_firstRunCallAndInvoice_invoiceNumberInHistoryAndPdfOpened()
{
    const QString dataDir = m_dir->path();
    QString clientId;
    QString invoiceNumber;
    {
        MainWindow window(*m_db, *m_clock, *m_settings, dataDir);
        window.show();
        completeWizard(window);
        if (QTest::currentTestFailed())
            return;
        auto profile = ProfileRepository(*m_db).load();
        QVERIFY(profile.ok() && profile->has_value());
        QCOMPARE(profile.value()->siret, QStringLiteral("73282932000074"));
        auto offers = OfferRepository(*m_db).list();
        QVERIFY(offers.ok());
        QCOMPARE(offers->size(), 1);
        QCOMPARE(offers->first().policy.rateE4, 30'000);

        clientId = addClient(window, QStringLiteral("Jeanne Dupont"));
        QVERIFY(!clientId.isEmpty());

        // The call panel picks the new client and its offer.
        window.showPage(MainWindow::Page::Call);
        CallPanel *panel = window.callPanel();
        auto *clientCombo = panel->findChild<QComboBox *>(QStringLiteral("clientCombo"));
        QCOMPARE(clientCombo->currentData().toString(), clientId);
        auto *start = panel->findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(panel->isCallActive());

        auto *elapsed = panel->findChild<QLabel *>(QStringLiteral("tickerElapsed"));
        auto *cost = panel->findChild<QLabel *>(QStringLiteral("tickerCost"));
        m_clock->advance(754'000);
        QTRY_COMPARE(elapsed->text(), QStringLiteral("00:12:34"));
        QCOMPARE(cost->text(), MoneyFormat::format(Money::fromMinor(4524, Currency::eur())));

        // The heartbeat has reached the database while the call runs.
        auto running = SessionRepository(*m_db).list();
        QVERIFY(running.ok());
        QCOMPARE(running->size(), 1);
        QCOMPARE(running->first().state, SessionState::Running);
        QCOMPARE(running->first().durationMs, 754'000);

        // Paused time is not billed.
        panel->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
        m_clock->advance(60'000);
        panel->refresh();
        QCOMPARE(elapsed->text(), QStringLiteral("00:12:34"));
        panel->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
        panel->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
        QVERIFY(!panel->isCallActive());
        const QString today = panel->findChild<QLabel *>(QStringLiteral("todaySummary"))->text();
        QVERIFY2(today.contains(MoneyFormat::format(Money::fromMinor(4524, Currency::eur()))), qPrintable(today));

        auto ended = SessionRepository(*m_db).list();
        QVERIFY(ended.ok());
        QCOMPARE(ended->first().state, SessionState::Ended);
        QCOMPARE(ended->first().durationMs, 754'000);
        QCOMPARE(ended->first().gross.minor(), 4524);

        // History: the session is there and selected; issue the invoice after confirming.
        window.showPage(MainWindow::Page::History);
        HistoryView *history = window.historyView();
        SessionsModel *model = history->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, SessionsModel::Amount).data().toString(), MoneyFormat::format(Money::fromMinor(4524, Currency::eur())));
        auto *issue = history->findChild<QPushButton *>(QStringLiteral("issueInvoiceButton"));
        QVERIFY(issue->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        issue->click();
        QVERIFY(model->index(0, SessionsModel::Invoice).data().toString().isEmpty());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("cannot be modified")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        issue->click();
        invoiceNumber = model->index(0, SessionsModel::Invoice).data().toString();
        QCOMPARE(invoiceNumber, QStringLiteral("F-2026-0001"));
        QCOMPARE(model->index(0, SessionsModel::State).data(SessionsModel::StateRole).toString(), QStringLiteral("billed"));
        QVERIFY(!issue->isEnabled());

        // Open PDF renders the invoice into the invoices folder and hands the file to the desktop.
        QUrl opened;
        history->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        auto *open = history->findChild<QPushButton *>(QStringLiteral("openPdfButton"));
        QVERIFY(open->isEnabled());
        open->click();
        const QString pdf = history->pdfPathFor(invoiceNumber);
        QCOMPARE(opened, QUrl::fromLocalFile(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        window.close();
    }

    // Restart: same data, no first-run wizard.
    MainWindow again(*m_db, *m_clock, *m_settings, dataDir);
    again.show();
    QVERIFY(!again.showFirstRunIfNeeded());
    again.showPage(MainWindow::Page::History);
    QCOMPARE(again.historyView()->model()->rowCount(), 1);
    QCOMPARE(again.historyView()->model()->index(0, SessionsModel::Invoice).data().toString(), invoiceNumber);
    QCOMPARE(again.callPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"))->currentData().toString(), clientId);
}

void tst_MainWindowSlice::wizard_invalidSiret_blocksNextAndExplains()
{
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.show();
    OnboardingWizard *wizard = window.showFirstRunIfNeeded();
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(QStringLiteral("legalNameEdit"))->setText(QStringLiteral("Claire Martin"));
    wizard->findChild<QPlainTextEdit *>(QStringLiteral("addressEdit"))->setPlainText(QStringLiteral("Paris"));
    auto *siret = wizard->findChild<QLineEdit *>(QStringLiteral("siretEdit"));
    auto *check = wizard->findChild<QLabel *>(QStringLiteral("siretCheckLabel"));
    siret->setText(QStringLiteral("7328293200007"));
    QVERIFY(check->text().contains(QStringLiteral("13")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    siret->setText(QStringLiteral("73282932000075")); // one digit off: Luhn fails
    QCOMPARE(check->property("role").toString(), QStringLiteral("error"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    siret->setText(QStringLiteral("73282932000074"));
    QCOMPARE(check->property("role").toString(), QStringLiteral("ok"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->reject();
    auto profile = ProfileRepository(*m_db).load();
    QVERIFY(profile.ok() && !profile->has_value());
}

void tst_MainWindowSlice::closeDuringCall_answerYes_savesTheSession()
{
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.show();
    completeWizard(window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!addClient(window, QStringLiteral("Paul")).isEmpty());
    window.callPanel()->start();
    m_clock->advance(90'500);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.close());
    auto sessions = SessionRepository(*m_db).list();
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().state, SessionState::Ended);
    QCOMPARE(sessions->first().durationMs, 90'500);
    QVERIFY(!m_settings->value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

void tst_MainWindowSlice::stopAfterFewSeconds_confirmationRefused_callGoesOn()
{
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.show();
    completeWizard(window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!addClient(window, QStringLiteral("Paul")).isEmpty());
    CallPanel *panel = window.callPanel();
    panel->start();
    m_clock->advance(4'000);
    MessageBox::setNextAnswer(QMessageBox::No);
    panel->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("0 min 04 s")));
    QVERIFY(panel->isCallActive());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    panel->findChild<QPushButton *>(QStringLiteral("stopButton"))->click();
    QVERIFY(!panel->isCallActive());
    auto sessions = SessionRepository(*m_db).list();
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().durationMs, 4'000);
}

void tst_MainWindowSlice::suspendDuringCall_gapRefused_notCounted()
{
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.show();
    completeWizard(window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!addClient(window, QStringLiteral("Paul")).isEmpty());
    CallPanel *panel = window.callPanel();
    panel->start();
    m_clock->advance(20'000);
    window.callController()->poll();
    m_clock->jumpWallClock(15 * 60'000); // the lid was closed for a quarter of an hour
    MessageBox::setNextAnswer(QMessageBox::No);
    window.callController()->poll();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("asleep")));
    auto *elapsed = panel->findChild<QLabel *>(QStringLiteral("tickerElapsed"));
    QCOMPARE(elapsed->text(), QStringLiteral("00:00:20"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    panel->stop();
    auto sessions = SessionRepository(*m_db).list();
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->first().durationMs, 20'000);
}

void tst_MainWindowSlice::interruptedCall_nextStart_billedOrDiscardedAsAnswered()
{
    QString clientId;
    {
        MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
        window.show();
        completeWizard(window);
        if (QTest::currentTestFailed())
            return;
        clientId = addClient(window, QStringLiteral("Paul"));
        QVERIFY(!clientId.isEmpty());
        // Two calls that "crash": the window goes away in the middle of each.
        for (int i = 0; i < 2; ++i) {
            auto *controller = new CallController(*m_db, *m_clock);
            const QString offerId = OfferRepository(*m_db).list()->first().id;
            QVERIFY(controller->start(clientId, offerId).ok());
            m_clock->advance(61'000);
            controller->poll(); // heartbeat at 61 s
            delete controller; // the process ends: the row stays interrupted or running
        }
    }
    m_clock->advance(10'000);
    MainWindow again(*m_db, *m_clock, *m_settings, m_dir->path());
    again.show();
    MessageBox::setNextAnswer(QMessageBox::Cancel); // both: later
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QCOMPARE(again.recoverInterruptedCalls(), 0);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Paul")));
    MessageBox::setNextAnswer(QMessageBox::Save);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QCOMPARE(again.recoverInterruptedCalls(), 2);
    auto sessions = SessionRepository(*m_db).list();
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 2);
    QList<SessionState> states;
    for (const Session &s : sessions.value()) {
        states.append(s.state);
        QCOMPARE(s.durationMs, 61'000); // up to the last heartbeat
    }
    std::sort(states.begin(), states.end());
    QCOMPARE(states, (QList<SessionState> { SessionState::Ended, SessionState::Discarded }));
    QCOMPARE(again.recoverInterruptedCalls(), 0); // nothing left to ask
}

void tst_MainWindowSlice::trayStop_callSavedAndPanelReady()
{
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.show();
    completeWizard(window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!addClient(window, QStringLiteral("Paul")).isEmpty());
    QSignalSpy saved(window.callPanel(), &CallPanel::sessionSaved);
    window.tray()->startAction()->trigger();
    QVERIFY(window.callPanel()->isCallActive());
    m_clock->advance(125'000);
    window.tray()->stopAction()->trigger();
    QCOMPARE(saved.count(), 1);
    QVERIFY(!window.callPanel()->isCallActive());
    QTRY_COMPARE(window.callController()->state(), CallController::State::Ready);
    auto *start = window.callPanel()->findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(start->isEnabled());
    auto sessions = SessionRepository(*m_db).list();
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().durationMs, 125'000);
    // A second call can start right away.
    start->click();
    QVERIFY(window.callPanel()->isCallActive());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.callPanel()->stop();
}

QTEST_MAIN(tst_MainWindowSlice)
#include "tst_mainwindow_slice.moc"
