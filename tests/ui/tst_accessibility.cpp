#include "ManualClock.h"
#include "UiTestData.h"
#include "clients/ClientsView.h"
#include "mainwindow/MainWindow.h"
#include "onboarding/OnboardingWizard.h"
#include "settings/SettingsView.h"
#include "slots/SlotsView.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QWizard>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

// Every interactive control of every view has a name a screen reader can say: its own accessible
// name, its text (buttons) or the label it is the buddy of.
namespace {
// The interactive controls of the window `root` that a screen reader cannot name.
QStringList unnamedControls(QWidget *root, int *checked)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractSlider *>(w)
            || qobject_cast<QAbstractItemView *>(w)
            || (qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w->parentWidget())
                && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()));
        if (!interactive || w->focusPolicy() == Qt::NoFocus || w->window() != root)
            continue;
        // Parts of composite widgets (scroll bars, the combo's popup list, header views) are named
        // by their owner.
        if (w->inherits("QScrollBar") || w->inherits("QHeaderView") || w->inherits("QComboBoxListView")
            || w->inherits("QTableCornerButton") || w->inherits("QLineEditIconButton"))
            continue;
        ++*checked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(root->metaObject()->className()),
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}
} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private slots:
    void check_controlWithoutName_isReported();
    void mainWindowAndDialogs_everyControlHasAnAccessibleName();
};

void tst_Accessibility::check_controlWithoutName_isReported()
{
    QWidget window;
    auto *edit = new QLineEdit(&window);
    edit->setObjectName(QStringLiteral("bare"));
    auto *button = new QPushButton(QStringLiteral("&Save"), &window);
    Q_UNUSED(button);
    int checked = 0;
    QCOMPARE(unnamedControls(&window, &checked), QStringList { QStringLiteral("QWidget QLineEdit \"bare\"") });
    QCOMPARE(checked, 2);
    auto *label = new QLabel(QStringLiteral("&Name"), &window);
    label->setBuddy(edit); // a buddy label names it
    checked = 0;
    QVERIFY(unnamedControls(&window, &checked).isEmpty());
}

void tst_Accessibility::mainWindowAndDialogs_everyControlHasAnAccessibleName()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    test::ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
    test::seedDemo(*db.value(), clock, 12);
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindow window(*db.value(), clock, settings, dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (auto page : { MainWindow::Page::Clients, MainWindow::Page::History, MainWindow::Page::Invoices, MainWindow::Page::Slots,
             MainWindow::Page::Settings, MainWindow::Page::Call })
        window.showPage(page);
    QCoreApplication::processEvents();

    int checked = 0;
    QStringList unnamed = unnamedControls(&window, &checked);
    QVERIFY(checked > 30);

    // The dialogs the views open, and the first-run wizard.
    window.clientsView()->newClient();
    window.settingsView()->newOffer();
    window.slotsView()->newSlot();
    auto *wizard = new OnboardingWizard(*db.value(), &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    QCoreApplication::processEvents();
    int dialogs = 0;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == &window || !qobject_cast<QDialog *>(top) || !top->isVisible())
            continue;
        ++dialogs;
        int inDialog = 0;
        unnamed << unnamedControls(top, &inDialog);
        QVERIFY2(inDialog > 0, top->metaObject()->className());
        if (auto *wiz = qobject_cast<QWizard *>(top)) { // every page of the wizard
            while (wiz->currentId() != -1 && wiz->nextId() != -1 && wiz->button(QWizard::NextButton)->isEnabled()) {
                wiz->next();
                unnamed << unnamedControls(top, &inDialog);
            }
        }
        top->close();
    }
    QCOMPARE(dialogs, 4);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n  ")
                                    + unnamed.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
