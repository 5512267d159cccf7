#pragma once

#include <QWizard>

namespace minutier {

class Database;
class OfferForm;
class ProfileForm;

// First run: identity (SIRET checked live, VAT regime), then a first offer with a live price
// example. Both are saved when the wizard finishes; a working setup in under two minutes.
class OnboardingWizard final : public QWizard
{
    Q_OBJECT
public:
    explicit OnboardingWizard(Database &db, QWidget *parent = nullptr);

    ProfileForm *profileForm() const { return m_profileForm; }
    OfferForm *offerForm() const { return m_offerForm; }
    void accept() override;

private:
    Database &m_db;
    ProfileForm *m_profileForm;
    OfferForm *m_offerForm;
};

} // namespace minutier
