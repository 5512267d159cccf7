#include "ManualClock.h"
#include "UiTestData.h"
#include "call/CallPanel.h"
#include "common/MoneyFormat.h"
#include "mainwindow/MainWindow.h"
#include "offers/OfferDialog.h"
#include "offers/OfferForm.h"
#include "profile/ProfileDialog.h"
#include "settings/SettingsView.h"
#include "sound/SoundCues.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSlider>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_SettingsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offerForm_input_exampleOrProblem_data();
    void offerForm_input_exampleOrProblem();
    void offerDialog_save_offerStoredAndListed();
    void defaultOfferForKind_newProspect_callPanelUsesIt();
    void numberingPattern_withoutSequence_refused();
    void profileDialog_badIban_saveDisabledWithMessage();
    void sounds_muteAndVolume_savedInSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    test::ManualClock m_clock;
};

void tst_SettingsView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void tst_SettingsView::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_SettingsView::offerForm_input_exampleOrProblem_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("freeMinutes");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<qint64>("expectedGrossMinor"); // -1: refused
    // 12 min 34 s = 754 s.
    QTest::addRow("3.00, no VAT") << QStringLiteral("3.00") << 0 << QStringLiteral("0") << QString() << qint64(3770);
    QTest::addRow("decimal comma") << QStringLiteral("3,00") << 0 << QStringLiteral("0") << QString() << qint64(3770);
    QTest::addRow("20 %% VAT") << QStringLiteral("3") << 0 << QStringLiteral("20") << QString() << qint64(4524);
    QTest::addRow("2 free minutes") << QStringLiteral("3.00") << 2 << QStringLiteral("0") << QString() << qint64(3170);
    QTest::addRow("minimum applies") << QStringLiteral("0.10") << 0 << QStringLiteral("0") << QStringLiteral("5.00")
                                     << qint64(500);
    QTest::addRow("four decimals") << QStringLiteral("0.0125") << 0 << QStringLiteral("0") << QString() << qint64(16);
    QTest::addRow("letters") << QStringLiteral("abc") << 0 << QStringLiteral("0") << QString() << qint64(-1);
    QTest::addRow("five decimals") << QStringLiteral("0.00001") << 0 << QStringLiteral("0") << QString() << qint64(-1);
    QTest::addRow("negative") << QStringLiteral("-3") << 0 << QStringLiteral("0") << QString() << qint64(-1);
    QTest::addRow("bad VAT") << QStringLiteral("3") << 0 << QStringLiteral("twenty") << QString() << qint64(-1);
    QTest::addRow("bad minimum") << QStringLiteral("3") << 0 << QStringLiteral("0") << QStringLiteral("5.001") << qint64(-1);
}

void tst_SettingsView::offerForm_input_exampleOrProblem()
{
    QFETCH(QString, rate);
    QFETCH(int, freeMinutes);
    QFETCH(QString, vat);
    QFETCH(QString, minimum);
    QFETCH(qint64, expectedGrossMinor);
    OfferForm form;
    form.findChild<QLineEdit *>(QStringLiteral("offerNameEdit"))->setText(QStringLiteral("Test"));
    form.findChild<QLineEdit *>(QStringLiteral("rateEdit"))->setText(rate);
    form.findChild<QSpinBox *>(QStringLiteral("freeMinutesSpin"))->setValue(freeMinutes);
    form.findChild<QComboBox *>(QStringLiteral("vatCombo"))->setCurrentText(vat);
    form.findChild<QLineEdit *>(QStringLiteral("minimumEdit"))->setText(minimum);
    const QString example = form.findChild<QLabel *>(QStringLiteral("offerExampleLabel"))->text();
    if (expectedGrossMinor < 0) {
        QVERIFY(!form.offer().ok());
        QVERIFY(!form.problem().isEmpty());
        QCOMPARE(example, form.problem());
        return;
    }
    QVERIFY2(form.offer().ok(), qPrintable(form.problem()));
    QVERIFY2(example.contains(MoneyFormat::format(Money::fromMinor(expectedGrossMinor, Currency::eur()))), qPrintable(example));
    QVERIFY(example.contains(MoneyFormat::formatDuration(OfferForm::kExampleMs)));
}

void tst_SettingsView::offerDialog_save_offerStoredAndListed()
{
    const auto demo = test::seedDemo(*m_db, m_clock, 0);
    MainWindow window(*m_db, m_clock, *m_settings, m_dir->path());
    window.show();
    window.showPage(MainWindow::Page::Settings);
    window.settingsView()->findChild<QPushButton *>(QStringLiteral("newOfferButton"))->click();
    auto *dialog = window.findChild<OfferDialog *>();
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveOfferButton"));
    QVERIFY(!save->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("offerNameEdit"))->setText(QStringLiteral("Express"));
    dialog->findChild<QLineEdit *>(QStringLiteral("rateEdit"))->setText(QStringLiteral("4.20"));
    QVERIFY(save->isEnabled());
    save->click();
    auto offers = OfferRepository(*m_db).list();
    QVERIFY(offers.ok());
    QCOMPARE(offers->size(), demo.offers.size() + 1);
    auto *offerCombo = window.callPanel()->findChild<QComboBox *>(QStringLiteral("offerCombo"));
    QTRY_VERIFY(offerCombo->findText(QStringLiteral("Express")) >= 0);
}

void tst_SettingsView::defaultOfferForKind_newProspect_callPanelUsesIt()
{
    const auto demo = test::seedDemo(*m_db, m_clock, 0);
    MainWindow window(*m_db, m_clock, *m_settings, m_dir->path());
    window.show();
    auto *prospectDefault = window.settingsView()->findChild<QComboBox *>(QStringLiteral("defaultOffer_prospect"));
    QVERIFY(prospectDefault);
    const Offer &premium = demo.offers.at(2);
    prospectDefault->setCurrentIndex(prospectDefault->findData(premium.id));
    emit prospectDefault->activated(prospectDefault->currentIndex());

    Client prospect;
    prospect.name = QStringLiteral("Zoé Nouvelle");
    prospect.kind = ClientKind::Prospect; // no offer of her own
    auto saved = ClientRepository(*m_db).save(prospect);
    QVERIFY(saved.ok());
    window.reloadCatalogue();
    window.callPanel()->selectClient(saved->id);
    QCOMPARE(window.callPanel()->findChild<QComboBox *>(QStringLiteral("offerCombo"))->currentData().toString(), premium.id);

    // A client with an offer of her own keeps it; a network contact falls back to the first offer.
    window.callPanel()->selectClient(demo.clients.at(2).id); // Sofia, prospect with the prospect offer
    QCOMPARE(window.callPanel()->findChild<QComboBox *>(QStringLiteral("offerCombo"))->currentData().toString(),
        demo.offers.at(1).id);
    window.callPanel()->selectClient(demo.clients.at(3).id); // Thomas, network contact
    QCOMPARE(window.callPanel()->findChild<QComboBox *>(QStringLiteral("offerCombo"))->currentData().toString(),
        demo.offers.at(0).id);
}

void tst_SettingsView::numberingPattern_withoutSequence_refused()
{
    test::seedDemo(*m_db, m_clock, 0);
    MainWindow window(*m_db, m_clock, *m_settings, m_dir->path());
    auto *pattern = window.settingsView()->findChild<QLineEdit *>(QStringLiteral("numberingPatternEdit"));
    auto *save = window.settingsView()->findChild<QPushButton *>(QStringLiteral("savePatternButton"));
    pattern->setText(QStringLiteral("F-{YYYY}"));
    save->click();
    QCOMPARE(ProfileRepository(*m_db).load().value()->invoicePattern, QStringLiteral("F-{YYYY}-{NNNN}"));
    pattern->setText(QStringLiteral("MC{YYYY}{MM}-{NNNN}"));
    save->click();
    QCOMPARE(ProfileRepository(*m_db).load().value()->invoicePattern, QStringLiteral("MC{YYYY}{MM}-{NNNN}"));
}

void tst_SettingsView::profileDialog_badIban_saveDisabledWithMessage()
{
    test::seedDemo(*m_db, m_clock, 0);
    const Profile stored = ProfileRepository(*m_db).load().value().value();
    ProfileDialog dialog(*m_db, stored);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
    QVERIFY(save->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("ibanEdit"))->setText(QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
    QVERIFY(!save->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("profileProblemLabel"))->text().contains(QStringLiteral("IBAN")));
    dialog.findChild<QLineEdit *>(QStringLiteral("ibanEdit"))->setText(QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    QVERIFY(save->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("legalNameEdit"))->setText(QStringLiteral("Claire Martin EI"));
    save->click();
    QCOMPARE(ProfileRepository(*m_db).load().value()->legalName, QStringLiteral("Claire Martin EI"));
}

void tst_SettingsView::sounds_muteAndVolume_savedInSettings()
{
    {
        MainWindow window(*m_db, m_clock, *m_settings, m_dir->path());
        auto *mute = window.settingsView()->findChild<QCheckBox *>(QStringLiteral("muteCheck"));
        auto *volume = window.settingsView()->findChild<QSlider *>(QStringLiteral("volumeSlider"));
        QCOMPARE(volume->value(), window.sounds()->volume());
        volume->setValue(35);
        QCOMPARE(window.sounds()->volume(), 35);
        mute->setChecked(true);
        QVERIFY(window.sounds()->isMuted());
        QVERIFY(!volume->isEnabled());
    }
    MainWindow again(*m_db, m_clock, *m_settings, m_dir->path());
    QVERIFY(again.sounds()->isMuted());
    QCOMPARE(again.sounds()->volume(), 35);
    QVERIFY(again.settingsView()->findChild<QCheckBox *>(QStringLiteral("muteCheck"))->isChecked());
    QCOMPARE(again.settingsView()->findChild<QSlider *>(QStringLiteral("volumeSlider"))->value(), 35);
}

QTEST_MAIN(tst_SettingsView)
#include "tst_settingsview.moc"
