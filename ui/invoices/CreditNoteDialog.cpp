#include "CreditNoteDialog.h"

#include "common/MoneyFormat.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace minutier {

CreditNoteDialog::CreditNoteDialog(const QString &number, Money remaining, QWidget *parent)
    : QDialog(parent)
    , m_remaining(remaining)
    , m_full(new QRadioButton(tr("The whole amount left: %1").arg(MoneyFormat::format(remaining)), this))
    , m_part(new QRadioButton(tr("Part of it (total incl. VAT):"), this))
    , m_amount(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit note for %1").arg(number));
    auto *intro = new QLabel(tr("A credit note cancels all or part of invoice %1. It gets its own number and "
                                "is kept for good, like an invoice.")
                                 .arg(number),
        this);
    intro->setWordWrap(true);
    m_full->setObjectName(QStringLiteral("creditFullRadio"));
    m_part->setObjectName(QStringLiteral("creditPartRadio"));
    m_full->setChecked(true);
    m_amount->setObjectName(QStringLiteral("creditAmountEdit"));
    m_amount->setAccessibleName(tr("Amount to credit"));
    m_amount->setPlaceholderText(MoneyFormat::format(remaining));
    m_amount->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("creditProblemLabel"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Continue…"));
    m_ok->setObjectName(QStringLiteral("creditContinueButton"));

    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_part);
    partRow->addWidget(m_amount, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_full);
    layout->addLayout(partRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_part, &QRadioButton::toggled, this, [this](bool on) {
        m_amount->setEnabled(on);
        if (on)
            m_amount->setFocus();
        update();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &CreditNoteDialog::update);
    update();
}

std::optional<qint64> CreditNoteDialog::amountMinor() const
{
    if (!m_part->isChecked())
        return std::nullopt;
    QString text = m_amount->text();
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}€$£]")));
    text.replace(u',', u'.');
    auto money = Money::parse(text, m_remaining.currency());
    if (!money)
        return std::nullopt;
    return money->minor();
}

QString CreditNoteDialog::problem() const
{
    if (!m_part->isChecked())
        return m_remaining.minor() > 0 ? QString() : tr("Nothing is left to credit on this invoice.");
    const auto minor = amountMinor();
    if (!minor)
        return m_amount->text().trimmed().isEmpty() ? tr("Enter the amount to credit.")
                                                    : tr("Not an amount: type it as 12,50 for example.");
    if (*minor <= 0)
        return tr("The amount must be more than zero.");
    if (*minor > m_remaining.minor())
        return tr("At most %1 is left to credit.").arg(MoneyFormat::format(m_remaining));
    return {};
}

void CreditNoteDialog::update()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

} // namespace minutier
