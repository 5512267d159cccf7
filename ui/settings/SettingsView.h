#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"
#include "domain/Profile.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QSlider;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace minutier {

class Database;
class DatabaseSettings;
class DefaultOffers;
class SecretStore;
class PaymentSetup;
class SoundCues;

// Settings: business identity, invoice numbering, offers and the default offer per relationship,
// appearance, language and database location.
class SettingsView final : public QWidget
{
    Q_OBJECT
public:
    SettingsView(Database &db, QSettings &settings, DefaultOffers &defaults, QWidget *parent = nullptr);

    void setCatalogue(const std::optional<Profile> &profile, const QList<Offer> &offers);
    // The sound cues of the call (volume, mute, a test chime).
    void setSoundCues(SoundCues *sounds);
    // The keychain for the PostgreSQL password of the database section.
    void setSecretStore(SecretStore *secrets);
    // Adds the "Payment provider" section (none / Stripe, key in the keychain, test connection).
    void setPayments(PaymentSetup *payments);

public slots:
    void editIdentity();
    void newOffer();
    void editOffer();

signals:
    void profileChanged();
    void offersChanged();

private:
    void saveNumbering();

    Database &m_db;
    QSettings &m_settings;
    DefaultOffers &m_defaults;
    std::optional<Profile> m_profile;
    QList<Offer> m_offers;
    QLabel *m_identity;
    QLineEdit *m_pattern;
    QLabel *m_patternStatus;
    QListWidget *m_offerList;
    QHash<ClientKind, QComboBox *> m_kindOffers;
    QComboBox *m_theme;
    QComboBox *m_language;
    DatabaseSettings *m_databaseSettings = nullptr;
    SoundCues *m_sounds = nullptr;
    QCheckBox *m_mute;
    QSlider *m_volume;
};

} // namespace minutier
