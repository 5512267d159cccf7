// A screenshot of each main view, in French, saved under <build>/screenshots/ for anyone to look
// at. French comes from :/i18n/minutier_fr.qm; while the catalogue is still untranslated the
// screenshots simply show English, and the test does not fail for that.
#include "ManualClock.h"
#include "UiTestData.h"
#include "call/CallPanel.h"
#include "clients/ClientDialog.h"
#include "clients/ClientsView.h"
#include "common/Theme.h"
#include "history/HistoryView.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoicesView.h"
#include "mainwindow/MainWindow.h"
#include "offers/OfferDialog.h"
#include "profile/LogoChooser.h"
#include "profile/ProfileDialog.h"
#include "onboarding/OnboardingWizard.h"
#include "settings/SettingsView.h"
#include "slots/SlotsView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLibraryInfo>
#include <QPdfDocument>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace minutier;

class tst_Screenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachView_grabbed_savedAsPng_data();
    void eachView_grabbed_savedAsPng();
    void dialogs_grabbed_savedAsPng();
    void darkPalette_callAndHistory_savedAsPng();

private:
    QString save(QWidget *widget, const QString &name);

    QString m_outDir;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::ManualClock> m_clock;
};

void tst_Screenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    if (m_translator.load(QStringLiteral(":/i18n/minutier_fr.qm")))
        QCoreApplication::installTranslator(&m_translator);
    // Qt's own buttons (Next, Cancel, Save) as the app loads them (package qt6-translations-l10n).
    if (m_qtTranslator.load(QLocale(QLocale::French, QLocale::France), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    Theme::apply(*qApp, Theme::Mode::Light);
    m_outDir = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../screenshots"));
    QVERIFY(QDir().mkpath(m_outDir));
}

void tst_Screenshots::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_clock = std::make_unique<test::ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
}

void tst_Screenshots::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString tst_Screenshots::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
    // What the window builds right after its first paint (the call's audio strip, the hold box) is
    // in the picture: the view as the user sees it a moment after it appears.
    (void)widget->grab();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QPixmap shot = widget->grab();
    if (shot.isNull() || !shot.save(path))
        return {};
    return path;
}

void tst_Screenshots::eachView_grabbed_savedAsPng_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");
    QTest::addRow("call") << int(MainWindow::Page::Call) << QStringLiteral("fr_call");
    QTest::addRow("clients") << int(MainWindow::Page::Clients) << QStringLiteral("fr_clients");
    QTest::addRow("history") << int(MainWindow::Page::History) << QStringLiteral("fr_history");
    QTest::addRow("invoices") << int(MainWindow::Page::Invoices) << QStringLiteral("fr_invoices");
    QTest::addRow("slots") << int(MainWindow::Page::Slots) << QStringLiteral("fr_slots");
    QTest::addRow("settings") << int(MainWindow::Page::Settings) << QStringLiteral("fr_settings");
}

void tst_Screenshots::eachView_grabbed_savedAsPng()
{
    QFETCH(int, page);
    QFETCH(QString, name);
    const auto demo = test::seedDemo(*m_db, *m_clock);
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::Page(page));
    if (MainWindow::Page(page) == MainWindow::Page::Slots) {
        for (int i = 0; i < 3; ++i) {
            OpenSlot slot;
            slot.clientId = demo.clients.at(i * 2 + 1).id;
            slot.offerId = demo.offers.at(i).id;
            slot.start = m_clock->nowUtc().addDays(i + 1).addSecs(3600 * (i - 4));
            slot.maxMinutes = i == 1 ? 0 : 30 + 15 * i;
            if (i == 1) {
                slot.maxHoldMinor = 9000;
                slot.paymentUrl = QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_a1b2c3");
            }
            QVERIFY(window.slotsView()->store().save(slot).ok());
        }
        window.slotsView()->reload();
    }
    if (MainWindow::Page(page) == MainWindow::Page::Invoices) {
        // A credit note and a draft among the issued invoices; the newest invoice in the preview.
        InvoiceService invoices(*m_db, *m_clock);
        auto issued = invoices.list();
        QVERIFY(issued.ok() && !issued->isEmpty());
        QVERIFY(invoices.credit(issued->constLast().number, 250).ok());
        QVERIFY(invoices.createDraft({ demo.sessions.at(0).id }).ok());
        window.invoicesView()->reload();
        window.invoicesView()->table()->selectRow(2);
        QTRY_COMPARE(window.invoicesView()->previewDocument()->status(), QPdfDocument::Status::Ready);
        QTest::qWait(600); // the preview renders its pages in the background
    }
    if (MainWindow::Page(page) == MainWindow::Page::Call) {
        // A call in progress: 7 min 42 s with Marc Lefèvre on the Premium offer.
        auto *combo = window.callPanel()->findChild<QComboBox *>(QStringLiteral("clientCombo"));
        combo->setCurrentIndex(1);
        window.callPanel()->start();
        m_clock->advance(462'000);
        window.callPanel()->refresh();
    }
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = save(&window, name);
    QVERIFY2(!path.isEmpty(), qPrintable(name));
    QVERIFY(QImage(path).width() >= 1280);
    if (MainWindow::Page(page) == MainWindow::Page::Call)
        window.callPanel()->stop();
}

void tst_Screenshots::dialogs_grabbed_savedAsPng()
{
    MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
    window.show();
    OnboardingWizard *wizard = window.showFirstRunIfNeeded();
    QVERIFY(wizard);
    QVERIFY(!save(wizard, QStringLiteral("fr_wizard_identity")).isEmpty());
    wizard->reject();

    test::seedDemo(*m_db, *m_clock, 4);
    window.reloadCatalogue();
    OfferDialog offer(*m_db, Offer(), &window);
    offer.findChild<QLineEdit *>(QStringLiteral("offerNameEdit"))->setText(QStringLiteral("Consultation express"));
    offer.findChild<QLineEdit *>(QStringLiteral("rateEdit"))->setText(QStringLiteral("2.50"));
    offer.show();
    QVERIFY(!save(&offer, QStringLiteral("fr_offer_editor")).isEmpty());
    {
        // The business identity with a logo chosen (a PNG with transparency, shown on white).
        QImage logo(480, 160, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter p(&logo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x1F, 0x3A, 0x5F));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(10, 10, 140, 140));
        p.setPen(QColor(0x1F, 0x3A, 0x5F));
        QFont f = p.font();
        f.setPixelSize(64);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(170, 0, 310, 160), Qt::AlignVCenter, QStringLiteral("CMC"));
        p.end();
        const QString file = m_dir->filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(file));
        auto profile = ProfileRepository(*m_db).load();
        QVERIFY(profile.ok() && profile->has_value());
        ProfileDialog identity(*m_db, **profile, &window);
        QVERIFY(identity.logoChooser()->loadFile(file));
        identity.show();
        QVERIFY(!save(&identity, QStringLiteral("fr_profile_logo")).isEmpty());
    }
    CreditNoteDialog credit(QStringLiteral("F-2026-0007"), Money::fromMinor(3804, Currency::eur()), &window);
    credit.findChild<QRadioButton *>(QStringLiteral("creditPartRadio"))->setChecked(true);
    credit.findChild<QLineEdit *>(QStringLiteral("creditAmountEdit"))->setText(QStringLiteral("12,50"));
    credit.show();
    QVERIFY(!save(&credit, QStringLiteral("fr_credit_note")).isEmpty());
    ClientDialog client(*m_db, Client(), {}, &window);
    client.show();
    QVERIFY(!save(&client, QStringLiteral("fr_client_editor")).isEmpty());
}

void tst_Screenshots::darkPalette_callAndHistory_savedAsPng()
{
    Theme::apply(*qApp, Theme::Mode::Dark);
    QVERIFY(Theme::isDark());
    test::seedDemo(*m_db, *m_clock);
    {
        MainWindow window(*m_db, *m_clock, *m_settings, m_dir->path());
        window.resize(1280, 800);
        window.show();
        window.callPanel()->start();
        m_clock->advance(185'000);
        window.callPanel()->refresh();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!save(&window, QStringLiteral("fr_dark_call")).isEmpty());
        window.callPanel()->stop();
        window.showPage(MainWindow::Page::History);
        QVERIFY(!save(&window, QStringLiteral("fr_dark_history")).isEmpty());
        window.showPage(MainWindow::Page::Invoices);
        window.invoicesView()->table()->selectRow(0);
        QTRY_COMPARE(window.invoicesView()->previewDocument()->status(), QPdfDocument::Status::Ready);
        QTest::qWait(600); // the preview renders its pages in the background
        QVERIFY(!save(&window, QStringLiteral("fr_dark_invoices")).isEmpty());
    }
    Theme::apply(*qApp, Theme::Mode::Light);
    QVERIFY(!Theme::isDark());
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
