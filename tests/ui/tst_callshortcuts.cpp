#include "ManualClock.h"
#include "UiTestData.h"

#include "call/CallPanel.h"
#include "common/MessageBox.h"
#include "mainwindow/MainWindow.h"
#include "metering/CallController.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

// Start, pause, resume and stop with the keyboard from anywhere in the window (issue 5).
class tst_CallShortcuts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyboard_drivesTheCallFromAnyPage();
    void stop_shortCall_asksFirst();
};

void tst_CallShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    test::ManualClock clock;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
    test::DemoData demo;

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("minutier.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened).value();
        demo = test::seedDemo(*db, clock, 0);
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        window = std::make_unique<MainWindow>(*db, clock, *settings, dir.path());
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    void press(QKeyCombination keys) { QTest::keySequence(window.get(), QKeySequence(keys)); }
};

} // namespace

void tst_CallShortcuts::keyboard_drivesTheCallFromAnyPage()
{
    Fixture f;
    QVERIFY(f.open());
    CallController &call = *f.window->callController();
    f.window->callPanel()->selectClient(f.demo.clients.first().id);
    f.window->showPage(MainWindow::Page::History); // the shortcuts work from another page too

    f.press(Qt::CTRL | Qt::Key_Return);
    QCOMPARE(call.state(), CallController::State::Running);
    QCOMPARE(f.window->currentPage(), MainWindow::Page::Call);
    f.clock.advance(65'000);
    f.press(Qt::CTRL | Qt::Key_P);
    QCOMPARE(call.state(), CallController::State::Paused);
    f.clock.advance(30'000); // paused: not counted
    f.press(Qt::CTRL | Qt::Key_P);
    QCOMPARE(call.state(), CallController::State::Running);
    f.clock.advance(5'000);
    f.window->showPage(MainWindow::Page::Invoices);
    QSignalSpy saved(&call, &CallController::sessionSaved);
    f.press(Qt::CTRL | Qt::Key_E);
    QCOMPARE(call.state(), CallController::State::Ended);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().value<Session>().durationMs, 70'000);
    // The buttons' tooltips name the shortcuts.
    const auto buttons = f.window->callPanel()->findChildren<QPushButton *>();
    QStringList tips;
    for (auto *b : buttons)
        tips << b->toolTip();
    const QString joined = tips.join(u'|');
    QVERIFY2(joined.contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)), qPrintable(joined));
    QVERIFY2(joined.contains(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)), qPrintable(joined));
}

void tst_CallShortcuts::stop_shortCall_asksFirst()
{
    Fixture f;
    QVERIFY(f.open());
    CallController &call = *f.window->callController();
    f.window->callPanel()->selectClient(f.demo.clients.first().id);
    f.press(Qt::CTRL | Qt::Key_Return);
    QCOMPARE(call.state(), CallController::State::Running);
    f.clock.advance(3'000);
    MessageBox::setNextAnswer(QMessageBox::No); // a mis-click: keep counting
    f.press(Qt::CTRL | Qt::Key_E);
    QCOMPARE(call.state(), CallController::State::Running);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Stop and save it?")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    f.press(Qt::CTRL | Qt::Key_E);
    QCOMPARE(call.state(), CallController::State::Ended);
}

QTEST_MAIN(tst_CallShortcuts)
#include "tst_callshortcuts.moc"
