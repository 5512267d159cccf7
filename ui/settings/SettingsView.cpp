#include "SettingsView.h"

#include "DatabaseSettings.h"
#include "billing/PriceExplanation.h"
#include "storage/DefaultOffers.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "domain/Identifiers.h"
#include "offers/OfferDialog.h"
#include "payments/PaymentSettings.h"
#include "profile/ProfileDialog.h"
#include "storage/Database.h"
#include "sound/SoundCues.h"
#include "storage/ProfileRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>

namespace minutier {

namespace {
QFrame *section(QWidget *parent, const QString &title, const QString &icon, QLayout *content)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *head = new QHBoxLayout;
    auto *iconLabel = new QLabel(frame);
    iconLabel->setPixmap(Icons::icon(icon).pixmap(20, 20));
    auto *titleLabel = new QLabel(title, frame);
    titleLabel->setProperty("role", QStringLiteral("subtitle"));
    head->addWidget(iconLabel);
    head->addWidget(titleLabel, 1);
    layout->addLayout(head);
    layout->addLayout(content);
    layout->addStretch();
    return frame;
}
} // namespace

SettingsView::SettingsView(Database &db, QSettings &settings, DefaultOffers &defaults, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
    , m_defaults(defaults)
    , m_identity(new QLabel(this))
    , m_pattern(new QLineEdit(this))
    , m_patternStatus(new QLabel(this))
    , m_offerList(new QListWidget(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_mute(new QCheckBox(tr("&Mute the chimes"), this))
    , m_volume(new QSlider(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("settingsView"));
    auto *title = new QLabel(tr("Settings"), this);
    title->setProperty("role", QStringLiteral("title"));

    // Identity
    m_identity->setObjectName(QStringLiteral("identitySummary"));
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *editIdentity = new QPushButton(Icons::icon(QStringLiteral("edit")), tr("Edit &identity…"), this);
    editIdentity->setObjectName(QStringLiteral("editIdentityButton"));
    auto *identityLayout = new QVBoxLayout;
    identityLayout->addWidget(m_identity);
    identityLayout->addWidget(editIdentity, 0, Qt::AlignLeft);

    // Numbering
    m_pattern->setObjectName(QStringLiteral("numberingPatternEdit"));
    m_pattern->setAccessibleName(tr("Invoice numbering pattern"));
    m_patternStatus->setProperty("role", QStringLiteral("muted"));
    m_patternStatus->setText(tr("{YYYY} year, {MM} month, {NNNN} sequence (never reused, no gaps)."));
    m_patternStatus->setWordWrap(true);
    auto *savePattern = new QPushButton(tr("Save &pattern"), this);
    savePattern->setObjectName(QStringLiteral("savePatternButton"));
    auto *numbering = new QGridLayout;
    numbering->addWidget(m_pattern, 0, 0);
    numbering->addWidget(savePattern, 0, 1);
    numbering->addWidget(m_patternStatus, 1, 0, 1, 2);

    // Offers
    m_offerList->setObjectName(QStringLiteral("offerList"));
    m_offerList->setAccessibleName(tr("Offers"));
    m_offerList->setMinimumHeight(120);
    m_offerList->setSpacing(3); // each offer apart from the next
    m_offerList->setWordWrap(true);
    m_offerList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_offerList->setIconSize(QSize(20, 20));
    auto *addOffer = new QPushButton(Icons::icon(QStringLiteral("add")), tr("&New offer…"), this);
    addOffer->setObjectName(QStringLiteral("newOfferButton"));
    auto *changeOffer = new QPushButton(Icons::icon(QStringLiteral("edit")), tr("Edit o&ffer…"), this);
    changeOffer->setObjectName(QStringLiteral("editOfferButton"));
    auto *offerButtons = new QHBoxLayout;
    offerButtons->addWidget(addOffer);
    offerButtons->addWidget(changeOffer);
    offerButtons->addStretch();
    auto *defaultsForm = new QFormLayout;
    for (ClientKind kind : Labels::allClientKinds()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("defaultOffer_") + clientKindKey(kind));
        combo->setAccessibleName(tr("Default offer for %1").arg(Labels::clientKind(kind)));
        m_kindOffers.insert(kind, combo);
        defaultsForm->addRow(Labels::clientKind(kind), combo);
        connect(combo, &QComboBox::activated, this,
            [this, kind, combo] {
                if (auto s = m_defaults.setForKind(kind, combo->currentData().toString()); !s)
                    MessageBox::critical(this, tr("Default offer"), ErrorText::describe(s.error()));
            });
    }
    auto *offersLayout = new QVBoxLayout;
    offersLayout->addWidget(m_offerList);
    offersLayout->addLayout(offerButtons);
    auto *defaultsTitle = new QLabel(tr("Default offer per relationship"), this);
    defaultsTitle->setProperty("role", QStringLiteral("muted"));
    offersLayout->addWidget(defaultsTitle);
    offersLayout->addLayout(defaultsForm);

    // Appearance and language (applied at the next start)
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings.value(QStringLiteral("ui/theme")).toString())));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.value(QStringLiteral("ui/language")).toString())));
    m_mute->setObjectName(QStringLiteral("muteCheck"));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Chime volume"));
    m_volume->setRange(0, 100);
    auto *testSound = new QPushButton(tr("&Test"), this);
    testSound->setObjectName(QStringLiteral("testSoundButton"));
    auto *soundRow = new QHBoxLayout;
    soundRow->addWidget(m_volume, 1);
    soundRow->addWidget(testSound);
    connect(m_mute, &QCheckBox::toggled, this, [this](bool muted) {
        if (m_sounds)
            m_sounds->setMuted(muted);
        m_volume->setEnabled(!muted);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        if (m_sounds)
            m_sounds->setVolume(value);
    });
    connect(testSound, &QPushButton::clicked, this, [this] {
        if (m_sounds)
            m_sounds->play(CallController::Cue::FreeMinutesEnded);
    });
    auto *appearance = new QFormLayout;
    appearance->addRow(tr("&Appearance"), m_theme);
    appearance->addRow(tr("&Language"), m_language);
    auto *restartNote = new QLabel(tr("Appearance and language apply at the next start."), this);
    restartNote->setProperty("role", QStringLiteral("muted"));
    appearance->addRow(QString(), restartNote);
    appearance->addRow(tr("Sounds"), m_mute);
    appearance->addRow(tr("Volume"), soundRow);
    connect(m_theme, &QComboBox::activated, this,
        [this] { m_settings.setValue(QStringLiteral("ui/theme"), m_theme->currentData()); });
    connect(m_language, &QComboBox::activated, this,
        [this] { m_settings.setValue(QStringLiteral("ui/language"), m_language->currentData()); });

    // Database
    m_databaseSettings = new DatabaseSettings(m_db, m_settings, this);
    auto *databaseLayout = new QVBoxLayout;
    databaseLayout->addWidget(m_databaseSettings);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(16);
    grid->addWidget(section(content, tr("Business identity"), QStringLiteral("identity"), identityLayout), 0, 0);
    grid->addWidget(section(content, tr("Invoice numbering"), QStringLiteral("invoice"), numbering), 1, 0);
    grid->addWidget(section(content, tr("Appearance, language and sounds"), QStringLiteral("settings"), appearance), 2, 0);
    grid->addWidget(section(content, tr("Offers"), QStringLiteral("offer"), offersLayout), 0, 1, 2, 1);
    grid->addWidget(section(content, tr("Database"), QStringLiteral("database"), databaseLayout), 2, 1);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);

    connect(editIdentity, &QPushButton::clicked, this, &SettingsView::editIdentity);
    connect(savePattern, &QPushButton::clicked, this, &SettingsView::saveNumbering);
    connect(addOffer, &QPushButton::clicked, this, &SettingsView::newOffer);
    connect(changeOffer, &QPushButton::clicked, this, &SettingsView::editOffer);
    connect(m_offerList, &QListWidget::itemDoubleClicked, this, &SettingsView::editOffer);
}

void SettingsView::setSecretStore(SecretStore *secrets)
{
    m_databaseSettings->setSecretStore(secrets);
}

void SettingsView::setCatalogue(const std::optional<Profile> &profile, const QList<Offer> &offers)
{
    m_profile = profile;
    m_offers = offers;
    if (profile) {
        QString text = QStringLiteral("<b>%1</b><br>").arg(profile->legalName.toHtmlEscaped());
        text += tr("SIRET %1").arg(Identifiers::formatSiret(profile->siret)) + QStringLiteral("<br>");
        text += profile->address.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("<br>");
        text += profile->vatRegime == VatRegime::Franchise ? tr("VAT: franchise en base (art. 293 B du CGI)")
                                                           : tr("VAT number %1").arg(profile->vatNumber);
        m_identity->setText(text);
        m_pattern->setText(profile->invoicePattern);
    } else {
        m_identity->setText(tr("Not set yet: invoices need your legal name, SIRET and address."));
    }
    m_offerList->clear();
    for (const Offer &o : offers) {
        auto *item = new QListWidgetItem(Icons::icon(QStringLiteral("offer")),
            o.name + QStringLiteral("\n") + PriceExplanation::describeOffer(o.policy, QLocale()), m_offerList);
        item->setData(Qt::UserRole, o.id);
    }
    for (auto it = m_kindOffers.cbegin(); it != m_kindOffers.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("First offer"), QString());
        for (const Offer &o : offers)
            combo->addItem(o.name, o.id);
        combo->setCurrentIndex(std::max(0, combo->findData(m_defaults.forKind(it.key()))));
    }
}

void SettingsView::setSoundCues(SoundCues *sounds)
{
    m_sounds = sounds;
    const QSignalBlocker blockMute(m_mute);
    const QSignalBlocker blockVolume(m_volume);
    m_mute->setChecked(sounds && sounds->isMuted());
    m_volume->setValue(sounds ? sounds->volume() : 0);
    m_volume->setEnabled(sounds && !sounds->isMuted());
}

void SettingsView::setPayments(PaymentSetup *payments)
{
    auto *scroll = findChild<QScrollArea *>();
    auto *grid = scroll ? qobject_cast<QGridLayout *>(scroll->widget()->layout()) : nullptr;
    if (!payments || !grid || findChild<PaymentSettings *>())
        return;
    auto *content = new QVBoxLayout;
    content->addWidget(new PaymentSettings(*payments, scroll->widget()));
    grid->addWidget(section(scroll->widget(), tr("Payment provider"), QStringLiteral("invoice"), content), 3, 0, 1, 2);
    grid->setRowStretch(3, 0);
    grid->setRowStretch(4, 1);
}

void SettingsView::editIdentity()
{
    auto *dialog = new ProfileDialog(m_db, m_profile.value_or(Profile()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SettingsView::profileChanged);
    dialog->open();
}

void SettingsView::saveNumbering()
{
    if (!m_profile) {
        m_patternStatus->setText(tr("Enter your business identity first."));
        return;
    }
    Profile p = *m_profile;
    p.invoicePattern = m_pattern->text().trimmed();
    if (auto s = ProfileRepository(m_db).save(p); !s) {
        m_patternStatus->setText(tr("The pattern must contain {NNNN} (the sequence number)."));
        return;
    }
    m_patternStatus->setText(tr("Saved. The next invoice uses %1.").arg(p.invoicePattern));
    emit profileChanged();
}

void SettingsView::newOffer()
{
    auto *dialog = new OfferDialog(m_db, Offer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SettingsView::offersChanged);
    dialog->open();
}

void SettingsView::editOffer()
{
    const QListWidgetItem *item = m_offerList->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    for (const Offer &o : std::as_const(m_offers)) {
        if (o.id != id)
            continue;
        auto *dialog = new OfferDialog(m_db, o, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &SettingsView::offersChanged);
        dialog->open();
        return;
    }
}

} // namespace minutier
