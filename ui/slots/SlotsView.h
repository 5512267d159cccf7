#pragma once

#include "common/Result.h"
#include "domain/Client.h"
#include "domain/Offer.h"
#include "domain/Profile.h"
#include "scheduling/IcsCalendar.h"
#include "scheduling/OpenSlot.h"
#include "scheduling/SlotStore.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace minutier {

class Clock;
class PaymentLinkDialog;
class PaymentSetup;
class SlotsModel;

// Open slots: publish a slot for a client, save its .ics invitation to send, get reminded when it
// starts (the call panel is then pre-filled with the client and the offer).
class SlotsView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 15'000;
    static constexpr qint64 kRemindAheadSecs = 60;

    SlotsView(const Clock &clock, const QString &storePath, QWidget *parent = nullptr);

    void setCatalogue(const std::optional<Profile> &profile, const QList<Client> &clients, const QList<Offer> &offers);
    SlotsModel *model() const { return m_model; }
    SlotStore &store() { return m_store; }

    // The invitation of one slot, and writing it to `path`.
    IcsEvent invitationFor(const OpenSlot &slot) const;
    Status exportInvitation(const QString &slotId, const QString &path) const;
    // "Payment link…" for the selected slot (null: no card payments).
    void setPayments(PaymentSetup *payments);
    PaymentLinkDialog *linkDialog() const;

public slots:
    void newSlot();
    void reload();
    // Marks the slots starting within a minute as reminded and emits slotStarting for each.
    void checkReminders();
    // The payment link of the selected slot: the hold for its maximum length (or its maximum hold
    // when open-ended), under a planned session id kept with the slot; the link goes into the .ics.
    void paymentLink();

signals:
    void slotStarting(const minutier::OpenSlot &slot);

private:
    const OpenSlot *selected() const;
    void updateButtons();

    const Clock &m_clock;
    SlotStore m_store;
    std::optional<Profile> m_profile;
    QList<Client> m_clients;
    QList<Offer> m_offers;
    SlotsModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_invite;
    QPushButton *m_prepare;
    QPushButton *m_delete;
    QTimer *m_timer;
    QPushButton *m_link = nullptr;
    QPointer<PaymentSetup> m_payments;
    QPointer<PaymentLinkDialog> m_linkDialog;
};

} // namespace minutier
