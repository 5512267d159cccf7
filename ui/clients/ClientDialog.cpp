#include "ClientDialog.h"

#include "common/ErrorText.h"
#include "common/Labels.h"
#include "domain/Identifiers.h"
#include "storage/ClientRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace minutier {

ClientDialog::ClientDialog(Database &db, const Client &client, const QList<Offer> &offers, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_client(client)
    , m_name(new QLineEdit(client.name, this))
    , m_email(new QLineEdit(client.email, this))
    , m_phone(new QLineEdit(client.phone, this))
    , m_kind(new QComboBox(this))
    , m_company(new QLineEdit(client.company, this))
    , m_siren(new QLineEdit(client.siren, this))
    , m_vatNumber(new QLineEdit(client.vatNumber, this))
    , m_address(new QPlainTextEdit(client.address, this))
    , m_language(new QComboBox(this))
    , m_offer(new QComboBox(this))
    , m_notes(new QPlainTextEdit(client.notes, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("clientDialog"));
    setWindowTitle(client.id.isEmpty() ? tr("New client") : tr("Edit client"));
    m_name->setObjectName(QStringLiteral("clientNameEdit"));
    m_name->setAccessibleName(tr("Client name"));
    m_email->setObjectName(QStringLiteral("clientEmailEdit"));
    m_email->setAccessibleName(tr("E-mail"));
    m_phone->setObjectName(QStringLiteral("clientPhoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_kind->setObjectName(QStringLiteral("clientKindCombo"));
    m_kind->setAccessibleName(tr("Relationship"));
    for (ClientKind kind : Labels::allClientKinds())
        m_kind->addItem(Labels::clientKind(kind), clientKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(clientKindKey(client.kind)));
    m_company->setObjectName(QStringLiteral("clientCompanyEdit"));
    m_company->setAccessibleName(tr("Company"));
    m_siren->setObjectName(QStringLiteral("clientSirenEdit"));
    m_siren->setAccessibleName(tr("SIREN"));
    m_siren->setPlaceholderText(tr("9 digits, for a business"));
    m_vatNumber->setObjectName(QStringLiteral("clientVatEdit"));
    m_vatNumber->setAccessibleName(tr("VAT number"));
    m_address->setObjectName(QStringLiteral("clientAddressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(60);
    m_language->setObjectName(QStringLiteral("clientLanguageCombo"));
    m_language->setAccessibleName(tr("Invoice language"));
    m_language->addItem(Labels::language(QStringLiteral("fr")), QStringLiteral("fr"));
    m_language->addItem(Labels::language(QStringLiteral("en")), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(client.language)));
    m_offer->setObjectName(QStringLiteral("clientOfferCombo"));
    m_offer->setAccessibleName(tr("Client's own offer"));
    m_offer->addItem(tr("Default offer for the relationship"), QString());
    for (const Offer &offer : offers)
        m_offer->addItem(offer.name, offer.id);
    m_offer->setCurrentIndex(std::max(0, m_offer->findData(client.offerId)));
    m_notes->setObjectName(QStringLiteral("clientNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    m_problem->setObjectName(QStringLiteral("clientProblemLabel"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveClientButton"));
    m_buttons->button(QDialogButtonBox::Save)->setProperty("accent", true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Relationship"), m_kind);
    form->addRow(tr("&Offer"), m_offer);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("&SIREN"), m_siren);
    form->addRow(tr("&VAT number"), m_vatNumber);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("N&otes"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
    for (auto *edit : { m_name, m_email, m_siren, m_vatNumber })
        connect(edit, &QLineEdit::textChanged, this, &ClientDialog::updateState);
    updateState();
}

Client ClientDialog::fromFields() const
{
    Client c = m_client;
    c.name = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.kind = clientKindFromKey(m_kind->currentData().toString()).value_or(ClientKind::Network);
    c.company = m_company->text().trimmed();
    c.siren = Identifiers::compact(m_siren->text());
    c.vatNumber = Identifiers::compact(m_vatNumber->text()).toUpper();
    c.address = m_address->toPlainText().trimmed();
    c.language = m_language->currentData().toString();
    c.offerId = m_offer->currentData().toString();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void ClientDialog::updateState()
{
    const Client c = fromFields();
    QString problem;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (c.name.isEmpty())
        problem = tr("Enter the client's name.");
    else if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        problem = tr("The e-mail address is not valid.");
    else if (!c.siren.isEmpty() && !Identifiers::isValidSiren(c.siren))
        problem = tr("The SIREN is not valid: 9 digits with a valid check digit are expected.");
    else if (!c.vatNumber.isEmpty() && !Identifiers::isValidVatNumber(c.vatNumber))
        problem = tr("The VAT number is not valid.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !(c.name.isEmpty() && m_client.id.isEmpty()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void ClientDialog::accept()
{
    ClientRepository repo(m_db);
    auto saved = repo.save(fromFields());
    if (!saved) {
        m_problem->setText(ErrorText::describe(saved.error()));
        m_problem->setVisible(true);
        return;
    }
    m_client = saved.value();
    QDialog::accept();
}

} // namespace minutier
