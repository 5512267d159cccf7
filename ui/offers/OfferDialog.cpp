#include "OfferDialog.h"

#include "OfferForm.h"
#include "common/ErrorText.h"
#include "storage/OfferRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace minutier {

OfferDialog::OfferDialog(Database &db, const Offer &offer, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_offer(offer)
    , m_form(new OfferForm(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("offerDialog"));
    setWindowTitle(offer.id.isEmpty() ? tr("New offer") : tr("Edit offer"));
    m_form->setOffer(offer);
    m_problem->setObjectName(QStringLiteral("offerProblemLabel"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveOfferButton"));
    m_buttons->button(QDialogButtonBox::Save)->setProperty("accent", true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfferDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OfferDialog::reject);
    const auto update = [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_form->problem().isEmpty()); };
    connect(m_form, &OfferForm::changed, this, update);
    update();
}

void OfferDialog::accept()
{
    auto offer = m_form->offer();
    if (!offer) {
        m_problem->setText(offer.error().detail);
        return;
    }
    OfferRepository repo(m_db);
    auto saved = repo.save(offer.value());
    if (!saved) {
        m_problem->setText(ErrorText::describe(saved.error()));
        return;
    }
    m_offer = saved.value();
    QDialog::accept();
}

} // namespace minutier
