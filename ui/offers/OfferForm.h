#pragma once

#include "common/Result.h"
#include "domain/Offer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace minutier {

// Name and billing policy of an offer, with a live example computed by PriceCalculator.
class OfferForm final : public QWidget
{
    Q_OBJECT
public:
    // The duration of the live example: 12 min 34 s.
    static constexpr qint64 kExampleMs = 754'000;

    explicit OfferForm(QWidget *parent = nullptr);

    void setOffer(const Offer &offer);
    // The offer as typed, or a translated sentence naming the first wrong field.
    Result<Offer> offer() const;
    QString problem() const;
    // The VAT rate typed in percent ("20", "0"): the wizard follows the VAT regime chosen before.
    void setVatText(const QString &percent);

signals:
    void changed();

private:
    void updateExample();

    Offer m_base;
    QLineEdit *m_name;
    QLineEdit *m_rate;
    QComboBox *m_currency;
    QSpinBox *m_freeMinutes;
    QComboBox *m_increment;
    QComboBox *m_vat;
    QCheckBox *m_includesVat;
    QLineEdit *m_minimum;
    QLabel *m_summary;
    QLabel *m_example;
};

} // namespace minutier
