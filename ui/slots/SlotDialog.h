#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"
#include "scheduling/OpenSlot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace minutier {

class SlotStore;

// Publishes an open slot for one client: start, maximum length or open-ended with a maximum hold,
// optional payment link; saved in the SlotStore.
class SlotDialog final : public QDialog
{
    Q_OBJECT
public:
    SlotDialog(SlotStore &store, const QList<Client> &clients, const QList<Offer> &offers, const QDateTime &defaultStart,
        QWidget *parent = nullptr);

    OpenSlot slot() const { return m_slot; }
    void accept() override;

private:
    Result<OpenSlot> fromFields() const;

    SlotStore &m_store;
    OpenSlot m_slot;
    QComboBox *m_client;
    QComboBox *m_offer;
    QDateTimeEdit *m_start;
    QCheckBox *m_openEnded;
    QSpinBox *m_maxMinutes;
    QLineEdit *m_maxHold;
    QLineEdit *m_paymentUrl;
    QLineEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace minutier
