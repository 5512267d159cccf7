#pragma once

#include "money/Money.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace minutier {

// Asks how much of an invoice a credit note cancels: all that is left, or a part of it (gross,
// typed in the interface's language: "12,50").
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT
public:
    // `remaining`: the gross not yet credited.
    CreditNoteDialog(const QString &number, Money remaining, QWidget *parent = nullptr);

    // Empty for the whole remaining amount; otherwise the part, in minor units.
    std::optional<qint64> amountMinor() const;
    // Empty when what is typed can be accepted, else a translated sentence.
    QString problem() const;

private:
    void update();

    Money m_remaining;
    QRadioButton *m_full;
    QRadioButton *m_part;
    QLineEdit *m_amount;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace minutier
