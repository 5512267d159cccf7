#include "ProfileDialog.h"

#include "LogoChooser.h"
#include "ProfileForm.h"
#include "common/ErrorText.h"
#include "invoicing/InvoiceLogo.h"
#include "storage/ProfileRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutier {

ProfileDialog::ProfileDialog(Database &db, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new ProfileForm(this))
    , m_logo(new LogoChooser(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Business identity"));
    m_form->setProfile(profile);
    m_form->addRow(tr("&Logo"), m_logo);
    if (auto logo = InvoiceLogo::load(m_db))
        m_logo->setLogo(*logo);
    m_problem->setObjectName(QStringLiteral("profileProblemLabel"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProfileButton"));
    m_buttons->button(QDialogButtonBox::Save)->setProperty("accent", true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    const auto update = [this] {
        QString problem = m_form->problem();
        if (problem.isEmpty())
            problem = m_logo->problem();
        m_problem->setText(problem);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    };
    connect(m_form, &ProfileForm::changed, this, update);
    connect(m_logo, &LogoChooser::changed, this, update);
    update();
}

void ProfileDialog::accept()
{
    Profile profile = m_form->profile();
    ProfileRepository repo(m_db);
    if (auto s = repo.save(profile); !s) {
        m_problem->setText(ErrorText::describe(s.error()));
        return;
    }
    if (m_logo->isModified()) {
        if (auto s = InvoiceLogo::save(m_db, m_logo->logo()); !s) {
            m_problem->setText(ErrorText::describe(s.error()));
            return;
        }
    }
    QDialog::accept();
}

} // namespace minutier
