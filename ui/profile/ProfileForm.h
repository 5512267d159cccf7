#pragma once

#include "domain/Profile.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace minutier {

// The expert's business identity: legal name, SIRET (checked live), address, VAT regime, IBAN.
// Used by the first-run wizard and by the settings.
class ProfileForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    // The profile as typed, normalised (identifiers compacted); `m_base` keeps fields not shown here.
    Profile profile() const;
    // Empty when the form is valid, else a translated sentence naming the first wrong field.
    QString problem() const;
    // Appends a row under the identity fields (the settings dialog adds the logo chooser).
    void addRow(const QString &label, QWidget *field);

signals:
    void changed();

private:
    void updateChecks();

    Profile m_base;
    QFormLayout *m_layout = nullptr;
    QLineEdit *m_legalName;
    QCheckBox *m_soleTrader;
    QLineEdit *m_siret;
    QLabel *m_siretCheck;
    QPlainTextEdit *m_address;
    QLineEdit *m_email;
    QRadioButton *m_franchise;
    QRadioButton *m_standard;
    QLineEdit *m_vatNumber;
    QLabel *m_vatCheck;
    QLineEdit *m_iban;
    QLabel *m_ibanCheck;
};

} // namespace minutier
