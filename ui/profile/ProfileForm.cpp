#include "ProfileForm.h"

#include "common/Theme.h"
#include "domain/Identifiers.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace minutier {

namespace {
void setRole(QLabel *label, const char *role, const QString &text)
{
    label->setText(text);
    Theme::setRole(label, QString::fromLatin1(role));
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_legalName(new QLineEdit(this))
    , m_soleTrader(new QCheckBox(tr("Sole trader (adds \"EI\" after the name)"), this))
    , m_siret(new QLineEdit(this))
    , m_siretCheck(new QLabel(this))
    , m_address(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_franchise(new QRadioButton(tr("VAT exemption (franchise en base, art. 293 B du CGI)"), this))
    , m_standard(new QRadioButton(tr("Liable to VAT"), this))
    , m_vatNumber(new QLineEdit(this))
    , m_vatCheck(new QLabel(this))
    , m_iban(new QLineEdit(this))
    , m_ibanCheck(new QLabel(this))
{
    m_legalName->setObjectName(QStringLiteral("legalNameEdit"));
    m_legalName->setPlaceholderText(tr("e.g. Claire Martin Conseil"));
    m_legalName->setAccessibleName(tr("Legal name"));
    m_soleTrader->setObjectName(QStringLiteral("soleTraderCheck"));
    m_soleTrader->setChecked(true);
    m_siret->setObjectName(QStringLiteral("siretEdit"));
    m_siret->setPlaceholderText(tr("14 digits, e.g. 732 829 320 00074"));
    m_siret->setAccessibleName(tr("SIRET"));
    m_siretCheck->setObjectName(QStringLiteral("siretCheckLabel"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("Street, postcode and town"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(72);
    m_email->setObjectName(QStringLiteral("profileEmailEdit"));
    m_email->setAccessibleName(tr("E-mail"));
    m_franchise->setObjectName(QStringLiteral("franchiseRadio"));
    m_standard->setObjectName(QStringLiteral("standardRadio"));
    m_franchise->setChecked(true);
    auto *regimeGroup = new QButtonGroup(this);
    regimeGroup->addButton(m_franchise);
    regimeGroup->addButton(m_standard);
    m_vatNumber->setObjectName(QStringLiteral("vatNumberEdit"));
    m_vatNumber->setPlaceholderText(tr("FR + 2-digit key + SIREN"));
    m_vatNumber->setAccessibleName(tr("VAT number"));
    m_vatCheck->setObjectName(QStringLiteral("vatCheckLabel"));
    m_iban->setObjectName(QStringLiteral("ibanEdit"));
    m_iban->setPlaceholderText(tr("Optional: printed on invoices for bank transfers"));
    m_iban->setAccessibleName(tr("IBAN"));
    m_ibanCheck->setObjectName(QStringLiteral("ibanCheckLabel"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Legal name"), m_legalName);
    form->addRow(QString(), m_soleTrader);
    form->addRow(tr("&SIRET"), m_siret);
    form->addRow(QString(), m_siretCheck);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&E-mail"), m_email);
    auto *regime = new QVBoxLayout;
    regime->addWidget(m_franchise);
    regime->addWidget(m_standard);
    form->addRow(tr("VAT regime"), regime);
    form->addRow(tr("&VAT number"), m_vatNumber);
    form->addRow(QString(), m_vatCheck);
    form->addRow(tr("&IBAN"), m_iban);
    form->addRow(QString(), m_ibanCheck);
    setLayout(form);
    m_layout = form;

    for (auto *edit : { m_legalName, m_siret, m_email, m_vatNumber, m_iban })
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::updateChecks);
    connect(m_address, &QPlainTextEdit::textChanged, this, &ProfileForm::updateChecks);
    connect(m_franchise, &QRadioButton::toggled, this, &ProfileForm::updateChecks);
    connect(m_soleTrader, &QCheckBox::toggled, this, &ProfileForm::changed);
    updateChecks();
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_base = profile;
    m_legalName->setText(profile.legalName);
    m_soleTrader->setChecked(profile.soleTrader);
    m_siret->setText(Identifiers::formatSiret(profile.siret));
    m_address->setPlainText(profile.address);
    m_email->setText(profile.email);
    (profile.vatRegime == VatRegime::Franchise ? m_franchise : m_standard)->setChecked(true);
    m_vatNumber->setText(profile.vatNumber);
    m_iban->setText(profile.iban);
    updateChecks();
}

Profile ProfileForm::profile() const
{
    Profile p = m_base;
    p.legalName = m_legalName->text().trimmed();
    p.soleTrader = m_soleTrader->isChecked();
    p.siret = Identifiers::compact(m_siret->text());
    p.address = m_address->toPlainText().trimmed();
    p.email = m_email->text().trimmed();
    p.vatRegime = m_franchise->isChecked() ? VatRegime::Franchise : VatRegime::Standard;
    p.vatNumber = Identifiers::compact(m_vatNumber->text()).toUpper();
    p.iban = Identifiers::compact(m_iban->text()).toUpper();
    return p;
}

void ProfileForm::addRow(const QString &label, QWidget *field)
{
    m_layout->addRow(label, field);
}

QString ProfileForm::problem() const
{
    const Profile p = profile();
    if (p.legalName.isEmpty())
        return tr("Enter your legal name.");
    if (!Identifiers::isValidSiret(p.siret))
        return tr("The SIRET is not valid: 14 digits with a valid check digit are expected.");
    if (p.address.isEmpty())
        return tr("Enter your business address.");
    if (p.vatRegime == VatRegime::Standard && p.vatNumber.isEmpty())
        return tr("A VAT number is required when you are liable to VAT.");
    if (!p.vatNumber.isEmpty() && !Identifiers::isValidVatNumber(p.vatNumber))
        return tr("The VAT number is not valid.");
    if (!p.vatNumber.isEmpty() && Identifiers::isFrenchVatNumber(p.vatNumber) && p.vatNumber.mid(4) != p.siren())
        return tr("The VAT number does not match the SIREN of your SIRET.");
    if (!p.iban.isEmpty() && !Identifiers::isValidIban(p.iban))
        return tr("The IBAN is not valid (check digits do not match).");
    return {};
}

void ProfileForm::updateChecks()
{
    const Profile p = profile();
    if (p.siret.isEmpty())
        setRole(m_siretCheck, "muted", tr("Your SIRET is printed on every invoice."));
    else if (p.siret.size() != 14 || !std::all_of(p.siret.cbegin(), p.siret.cend(), [](QChar c) { return c.isDigit(); }))
        setRole(m_siretCheck, "error", tr("%n digit(s) of 14", nullptr, int(p.siret.size())));
    else if (!Identifiers::isValidSiret(p.siret))
        setRole(m_siretCheck, "error", tr("Check digit wrong: please check for a typo."));
    else
        setRole(m_siretCheck, "ok", tr("✓ Valid SIRET (SIREN %1)").arg(p.siren()));

    const bool standard = p.vatRegime == VatRegime::Standard;
    m_vatNumber->setEnabled(standard || !p.vatNumber.isEmpty());
    if (!standard && p.vatNumber.isEmpty())
        setRole(m_vatCheck, "muted", tr("Invoices will state \"TVA non applicable, art. 293 B du CGI\"."));
    else if (p.vatNumber.isEmpty())
        setRole(m_vatCheck, "error", tr("Required when liable to VAT."));
    else if (!Identifiers::isValidVatNumber(p.vatNumber))
        setRole(m_vatCheck, "error", tr("Not a valid VAT number."));
    else if (Identifiers::isFrenchVatNumber(p.vatNumber) && p.vatNumber.mid(4) != p.siren())
        setRole(m_vatCheck, "error", tr("Does not match your SIREN."));
    else
        setRole(m_vatCheck, "ok", tr("✓ Valid VAT number"));

    if (p.iban.isEmpty())
        setRole(m_ibanCheck, "muted", QString());
    else if (Identifiers::isValidIban(p.iban))
        setRole(m_ibanCheck, "ok", tr("✓ Valid IBAN"));
    else
        setRole(m_ibanCheck, "error", tr("Not a valid IBAN."));
    m_ibanCheck->setVisible(!p.iban.isEmpty());
    emit changed();
}

} // namespace minutier
