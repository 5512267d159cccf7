#include "OfferForm.h"

#include "billing/PriceCalculator.h"
#include "billing/PriceExplanation.h"
#include "common/ErrorText.h"
#include "common/MoneyFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace minutier {

OfferForm::OfferForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_rate(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_freeMinutes(new QSpinBox(this))
    , m_increment(new QComboBox(this))
    , m_vat(new QComboBox(this))
    , m_includesVat(new QCheckBox(tr("Prices include VAT"), this))
    , m_minimum(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_example(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("offerNameEdit"));
    m_name->setAccessibleName(tr("Offer name"));
    m_name->setPlaceholderText(tr("e.g. Short consultation"));
    m_rate->setObjectName(QStringLiteral("rateEdit"));
    m_rate->setAccessibleName(tr("Rate per minute"));
    m_rate->setPlaceholderText(tr("e.g. 3.00"));
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    for (const QString &code : Currency::knownCodes())
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(m_currency->findData(QStringLiteral("EUR")));
    m_freeMinutes->setObjectName(QStringLiteral("freeMinutesSpin"));
    m_freeMinutes->setAccessibleName(tr("Free minutes"));
    m_freeMinutes->setRange(0, 600);
    m_freeMinutes->setSuffix(tr(" min"));
    m_increment->setObjectName(QStringLiteral("incrementCombo"));
    m_increment->setAccessibleName(tr("Billing increment"));
    m_increment->addItem(tr("Per second (no rounding)"), QStringLiteral("1/1"));
    m_increment->addItem(tr("Per started minute"), QStringLiteral("60/60"));
    m_increment->addItem(tr("First minute, then per 30 s"), QStringLiteral("60/30"));
    m_increment->addItem(tr("Per started 15 s"), QStringLiteral("15/15"));
    m_increment->addItem(tr("First minute, then per second"), QStringLiteral("60/1"));
    m_vat->setObjectName(QStringLiteral("vatCombo"));
    m_vat->setAccessibleName(tr("VAT rate"));
    m_vat->setEditable(true);
    for (const char *rate : { "20", "10", "5.5", "2.1", "0" })
        m_vat->addItem(QString::fromLatin1(rate));
    m_includesVat->setObjectName(QStringLiteral("includesVatCheck"));
    m_minimum->setObjectName(QStringLiteral("minimumEdit"));
    m_minimum->setAccessibleName(tr("Minimum charge"));
    m_minimum->setPlaceholderText(tr("Optional, e.g. 5.00"));
    m_summary->setObjectName(QStringLiteral("offerSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("role", QStringLiteral("muted"));
    m_example->setObjectName(QStringLiteral("offerExampleLabel"));
    m_example->setWordWrap(true);
    m_example->setProperty("role", QStringLiteral("subtitle"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Rate per minute"), m_rate);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("&Free minutes"), m_freeMinutes);
    form->addRow(tr("&Billing"), m_increment);
    form->addRow(tr("&VAT rate (%)"), m_vat);
    form->addRow(QString(), m_includesVat);
    form->addRow(tr("&Minimum charge"), m_minimum);

    auto *exampleCard = new QFrame(this);
    exampleCard->setProperty("card", true);
    auto *exampleLayout = new QVBoxLayout(exampleCard);
    exampleLayout->addWidget(m_example);
    exampleLayout->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(exampleCard);

    connect(m_name, &QLineEdit::textChanged, this, &OfferForm::updateExample);
    connect(m_rate, &QLineEdit::textChanged, this, &OfferForm::updateExample);
    connect(m_minimum, &QLineEdit::textChanged, this, &OfferForm::updateExample);
    connect(m_vat, &QComboBox::currentTextChanged, this, &OfferForm::updateExample);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &OfferForm::updateExample);
    connect(m_increment, &QComboBox::currentIndexChanged, this, &OfferForm::updateExample);
    connect(m_freeMinutes, &QSpinBox::valueChanged, this, &OfferForm::updateExample);
    connect(m_includesVat, &QCheckBox::toggled, this, &OfferForm::updateExample);
    updateExample();
}

void OfferForm::setOffer(const Offer &offer)
{
    m_base = offer;
    const BillingPolicy &p = offer.policy;
    m_name->setText(offer.name);
    m_rate->setText(p.rateE4 > 0 ? p.rateText() : QString());
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(p.currency.code())));
    m_freeMinutes->setValue(int(p.freeMinutes));
    const QString increment = p.increment.toString();
    int index = m_increment->findData(increment);
    if (index < 0) {
        m_increment->addItem(increment, increment);
        index = m_increment->count() - 1;
    }
    m_increment->setCurrentIndex(index);
    m_vat->setCurrentText(p.vatText());
    m_includesVat->setChecked(p.pricesIncludeVat);
    m_minimum->setText(p.minimumMinor > 0 ? Money::fromMinor(p.minimumMinor, p.currency).toDecimalString() : QString());
    updateExample();
}

Result<Offer> OfferForm::offer() const
{
    const auto fail = [](const QString &text) { return makeError(ErrorCode::InvalidInput, text); };
    Offer o = m_base;
    o.name = m_name->text().trimmed();
    if (o.name.isEmpty())
        return fail(tr("Give the offer a name."));
    const auto currency = Currency::fromCode(m_currency->currentData().toString());
    if (!currency)
        return fail(tr("Choose a currency."));
    BillingPolicy p = o.policy;
    p.currency = *currency;
    auto rate = BillingPolicy::parseRate(m_rate->text().trimmed());
    if (!rate || rate.value() <= 0)
        return fail(tr("Enter the rate per minute as a number, e.g. 3.00 (up to 4 decimals)."));
    p.rateE4 = rate.value();
    p.freeMinutes = m_freeMinutes->value();
    auto increment = Increment::parse(m_increment->currentData().toString());
    if (!increment)
        return fail(tr("The billing increment is not valid."));
    p.increment = increment.value();
    auto vat = BillingPolicy::parseVat(m_vat->currentText().trimmed());
    if (!vat)
        return fail(tr("Enter the VAT rate as a percentage, e.g. 20 or 5.5."));
    p.vatBasisPoints = vat.value();
    p.pricesIncludeVat = m_includesVat->isChecked();
    p.minimumMinor = 0;
    if (!m_minimum->text().trimmed().isEmpty()) {
        auto minimum = Money::parse(m_minimum->text().trimmed(), *currency);
        if (!minimum)
            return fail(tr("Enter the minimum charge as an amount, e.g. 5.00."));
        p.minimumMinor = minimum->minor();
    }
    if (auto s = p.validate(); !s)
        return fail(ErrorText::describe(s.error()));
    o.policy = p;
    return o;
}

QString OfferForm::problem() const
{
    auto o = offer();
    return o ? QString() : o.error().detail;
}

void OfferForm::setVatText(const QString &percent)
{
    m_vat->setCurrentText(percent);
}

void OfferForm::updateExample()
{
    auto o = offer();
    if (!o) {
        m_example->setText(m_rate->text().trimmed().isEmpty() && m_name->text().trimmed().isEmpty()
                ? tr("Enter a rate to see what a call costs.")
                : o.error().detail);
        m_summary->clear();
        emit changed();
        return;
    }
    const BillingPolicy &p = o->policy;
    auto quote = PriceCalculator::quote(p, kExampleMs);
    if (!quote) {
        m_example->setText(ErrorText::describe(quote.error()));
        m_summary->clear();
    } else {
        const QString duration = MoneyFormat::formatDuration(kExampleMs);
        if (p.vatBasisPoints > 0)
            m_example->setText(tr("A %1 call costs %2 (%3 excl. VAT + %4 VAT).")
                                   .arg(duration, MoneyFormat::format(quote->gross), MoneyFormat::format(quote->net),
                                       MoneyFormat::format(quote->vat)));
        else
            m_example->setText(tr("A %1 call costs %2.").arg(duration, MoneyFormat::format(quote->gross)));
        m_summary->setText(PriceExplanation::describeOffer(p, QLocale()));
    }
    emit changed();
}

} // namespace minutier
