#include "OnboardingWizard.h"

#include "common/ErrorText.h"
#include "common/MessageBox.h"
#include "offers/OfferForm.h"
#include "profile/ProfileForm.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizardPage>

namespace minutier {

namespace {
class FormPage final : public QWizardPage
{
public:
    FormPage(QWidget *form, std::function<QString()> problem, QLabel *problemLabel)
        : m_problem(std::move(problem))
    {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
        layout->addWidget(problemLabel);
        layout->addStretch();
        problemLabel->setProperty("role", QStringLiteral("error"));
        problemLabel->setWordWrap(true);
    }
    bool isComplete() const override { return m_problem().isEmpty(); }
    void notify() { emit completeChanged(); }

private:
    std::function<QString()> m_problem;
};
} // namespace

OnboardingWizard::OnboardingWizard(Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_profileForm(new ProfileForm)
    , m_offerForm(new OfferForm)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Welcome to Minutier"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *profileProblem = new QLabel;
    profileProblem->setObjectName(QStringLiteral("wizardProfileProblem"));
    auto *identity = new FormPage(m_profileForm, [this] { return m_profileForm->problem(); }, profileProblem);
    identity->setObjectName(QStringLiteral("identityPage"));
    identity->setTitle(tr("Your business identity"));
    identity->setSubTitle(tr("It is printed on every invoice. Your SIRET is checked as you type."));
    connect(m_profileForm, &ProfileForm::changed, identity, [this, identity, profileProblem] {
        const bool started = !m_profileForm->profile().legalName.isEmpty() || !m_profileForm->profile().siret.isEmpty();
        profileProblem->setText(started ? m_profileForm->problem() : QString());
        identity->notify();
    });
    addPage(identity);

    Offer first;
    first.name = tr("Consultation");
    first.policy.rateE4 = 30'000; // 3.00 per minute, a starting point the user edits
    m_offerForm->setOffer(first);
    auto *offerProblem = new QLabel;
    auto *offerPage = new FormPage(m_offerForm, [this] { return m_offerForm->problem(); }, offerProblem);
    offerPage->setObjectName(QStringLiteral("offerPage"));
    offerPage->setTitle(tr("Your first offer"));
    offerPage->setSubTitle(tr("Set your per-minute rate. The example below shows what a call costs."));
    connect(m_offerForm, &OfferForm::changed, offerPage, [offerPage] { offerPage->notify(); });
    addPage(offerPage);
    connect(this, &QWizard::currentIdChanged, this, [this, offerPage](int) {
        if (currentPage() == offerPage)
            m_offerForm->setVatText(m_profileForm->profile().vatRegime == VatRegime::Standard ? QStringLiteral("20")
                                                                                               : QStringLiteral("0"));
    });
    setMinimumSize(640, 620);
}

void OnboardingWizard::accept()
{
    Profile profile = m_profileForm->profile();
    auto offer = m_offerForm->offer();
    if (!offer)
        return;
    // The profile first (its own transaction): if the offer then fails, the wizard stays open and
    // saving again simply updates the profile.
    if (auto s = ProfileRepository(m_db).save(profile); !s) {
        MessageBox::critical(this, tr("Minutier"), ErrorText::describe(s.error()));
        return;
    }
    auto saved = OfferRepository(m_db).save(offer.value());
    if (!saved) {
        MessageBox::critical(this, tr("Minutier"), ErrorText::describe(saved.error()));
        return;
    }
    QWizard::accept();
}

} // namespace minutier
