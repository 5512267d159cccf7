#include "SlotsView.h"

#include "SlotDialog.h"
#include "SlotsModel.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "metering/Clock.h"
#include "billing/PriceCalculator.h"
#include "payments/PaymentLinkDialog.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "scheduling/SlotInvitation.h"
#include "storage/SqlUtil.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace minutier {

SlotsView::SlotsView(const Clock &clock, const QString &storePath, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_store(storePath)
    , m_model(new SlotsModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_new(new QPushButton(Icons::icon(QStringLiteral("add"), Qt::white), tr("&New slot…"), this))
    , m_invite(new QPushButton(Icons::icon(QStringLiteral("export")), tr("Save &invitation (.ics)…"), this))
    , m_prepare(new QPushButton(Icons::icon(QStringLiteral("call")), tr("&Prepare the call"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("slotsView"));
    auto *title = new QLabel(tr("Open slots"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto *intro = new QLabel(tr("Publish a time when a client can call you, for a maximum length or open-ended. "
                                "Send the invitation; Minutier reminds you when the slot starts and prepares the call."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("muted"));
    m_table->setObjectName(QStringLiteral("slotsTable"));
    m_table->setAccessibleName(tr("Open slots"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(SlotsModel::Payment, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(SlotsModel::Client, 240);
    m_table->horizontalHeader()->resizeSection(SlotsModel::Start, 160);
    m_table->horizontalHeader()->resizeSection(SlotsModel::Length, 200);
    m_new->setObjectName(QStringLiteral("newSlotButton"));
    m_new->setProperty("accent", true);
    m_invite->setObjectName(QStringLiteral("saveInvitationButton"));
    m_prepare->setObjectName(QStringLiteral("prepareCallButton"));
    m_delete->setObjectName(QStringLiteral("deleteSlotButton"));
    m_empty->setObjectName(QStringLiteral("slotsStatus"));
    m_empty->setProperty("role", QStringLiteral("muted"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_empty);
    actions->addStretch();
    actions->addWidget(m_delete);
    actions->addWidget(m_prepare);
    actions->addWidget(m_invite);
    actions->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    m_link = new QPushButton(tr("Payment &link…"), this);
    m_link->setObjectName(QStringLiteral("slotPaymentLinkButton"));
    m_link->setAccessibleName(tr("Create the payment link of the selected slot"));
    m_link->hide();
    actions->insertWidget(actions->indexOf(m_invite), m_link);
    connect(m_link, &QPushButton::clicked, this, &SlotsView::paymentLink);
    connect(m_new, &QPushButton::clicked, this, &SlotsView::newSlot);
    connect(m_invite, &QPushButton::clicked, this, [this] {
        const OpenSlot *slot = selected();
        if (!slot)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save invitation"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/invitation.ics"),
            tr("Calendar invitations (*.ics)"));
        if (path.isEmpty())
            return;
        if (auto s = exportInvitation(slot->id, path); !s)
            MessageBox::critical(this, tr("Save invitation"), ErrorText::describe(s.error()));
    });
    connect(m_prepare, &QPushButton::clicked, this, [this] {
        if (const OpenSlot *slot = selected())
            emit slotStarting(*slot);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const OpenSlot *slot = selected();
        if (!slot)
            return;
        if (MessageBox::question(this, tr("Delete slot"), tr("Delete this open slot? The client keeps the invitation "
                                                             "already sent; tell them it is cancelled."))
            != QMessageBox::Yes)
            return;
        if (auto s = m_store.remove(slot->id); !s)
            MessageBox::critical(this, tr("Delete slot"), ErrorText::describe(s.error()));
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SlotsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SlotsView::updateButtons);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SlotsView::checkReminders);
    m_timer->start();
    updateButtons();
}

void SlotsView::setCatalogue(const std::optional<Profile> &profile, const QList<Client> &clients, const QList<Offer> &offers)
{
    m_profile = profile;
    m_clients = clients;
    m_offers = offers;
    reload();
}

void SlotsView::reload()
{
    auto entries = m_store.list();
    if (!entries) {
        m_empty->setText(ErrorText::describe(entries.error()));
        m_model->setSlots({}, m_clients);
        return;
    }
    m_model->setSlots(entries.value(), m_clients);
    m_empty->setText(entries->isEmpty() ? tr("No open slot yet.") : tr("%n slot(s)", nullptr, int(entries->size())));
}

const OpenSlot *SlotsView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->slotAt(rows.first().row());
}

void SlotsView::updateButtons()
{
    const bool any = selected() != nullptr;
    m_invite->setEnabled(any);
    m_prepare->setEnabled(any);
    m_delete->setEnabled(any);
    m_new->setEnabled(!m_clients.isEmpty());
    if (m_link) {
        m_link->setVisible(m_payments != nullptr);
        m_link->setEnabled(any && m_payments && m_payments->isReady());
    }
}

void SlotsView::setPayments(PaymentSetup *payments)
{
    if (m_payments)
        disconnect(m_payments, nullptr, this, nullptr);
    m_payments = payments;
    if (payments)
        connect(payments, &PaymentSetup::stateChanged, this, &SlotsView::updateButtons);
    updateButtons();
}

PaymentLinkDialog *SlotsView::linkDialog() const
{
    return m_linkDialog.data();
}

void SlotsView::paymentLink()
{
    const OpenSlot *selectedSlot = selected();
    if (!selectedSlot || !m_payments || !m_payments->isReady())
        return;
    OpenSlot slot = *selectedSlot;
    const Offer *offer = nullptr;
    for (const Offer &o : m_offers)
        if (o.id == slot.offerId)
            offer = &o;
    if (!offer) {
        MessageBox::critical(this, tr("Payment link"), tr("The offer of this slot no longer exists."));
        return;
    }
    std::optional<Money> amount;
    if (slot.isOpenEnded()) {
        if (slot.maxHoldMinor)
            amount = Money::fromMinor(*slot.maxHoldMinor, offer->policy.currency);
    } else if (auto quote = PriceCalculator::quote(offer->policy, slot.maxMinutes * 60'000)) {
        amount = quote->gross;
    }
    if (!amount || amount->minor() <= 0) {
        MessageBox::critical(this, tr("Payment link"),
            tr("This slot has no amount to hold: give it a maximum length or a maximum hold."));
        return;
    }
    if (slot.plannedSessionId.isEmpty()) {
        slot.plannedSessionId = SqlUtil::newId();
        auto saved = m_store.save(slot);
        if (!saved) {
            MessageBox::critical(this, tr("Payment link"), ErrorText::describe(saved.error()));
            return;
        }
        slot = saved.value();
    }
    // A link already made for this slot is shown again (and polled) rather than created twice.
    std::optional<PaymentHold> open;
    if (auto holds = m_payments->service().outbox().holds(slot.plannedSessionId)) {
        for (const PaymentHold &h : *holds)
            if (!h.checkoutUrl.isEmpty()
                && (h.status == HoldStatus::LinkOpen || h.status == HoldStatus::Authorized
                    || h.status == HoldStatus::Pending))
                open = h;
    }
    PaymentLinkRequest request;
    request.sessionId = slot.plannedSessionId;
    request.amount = *amount;
    request.description = tr("Call — %1").arg(offer->name);
    auto *dialog = new PaymentLinkDialog(m_payments->service(), request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_linkDialog = dialog;
    const QString slotId = slot.id;
    connect(dialog, &PaymentLinkDialog::linkCreated, this, [this, slotId](const PaymentHold &hold) {
        auto stored = m_store.list();
        if (!stored)
            return;
        for (OpenSlot s : *stored) {
            if (s.id != slotId)
                continue;
            s.paymentUrl = hold.checkoutUrl;
            if (auto saved = m_store.save(s); !saved)
                MessageBox::critical(this, tr("Payment link"), ErrorText::describe(saved.error()));
            reload();
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (const OpenSlot *shown = m_model->slotAt(row); shown && shown->id == slotId)
                    m_table->selectRow(row);
        }
    });
    dialog->open();
    if (open)
        dialog->resume(*open);
    else
        dialog->start();
}

void SlotsView::newSlot()
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime nextHour = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600);
    auto *dialog = new SlotDialog(m_store, m_clients, m_offers, nextHour, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SlotsView::reload);
    dialog->open();
}

IcsEvent SlotsView::invitationFor(const OpenSlot &slot) const
{
    return SlotInvitation::event(slot, m_profile, m_clients, m_offers, m_clock.nowUtc());
}

Status SlotsView::exportInvitation(const QString &slotId, const QString &path) const
{
    auto entries = m_store.list();
    if (!entries)
        return entries.error();
    for (const OpenSlot &slot : entries.value()) {
        if (slot.id == slotId)
            return SlotInvitation::save(invitationFor(slot), path);
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no slot %1").arg(slotId));
}

void SlotsView::checkReminders()
{
    auto entries = m_store.list();
    if (!entries)
        return;
    const QDateTime now = m_clock.nowUtc();
    const QDateTime soon = now.addSecs(kRemindAheadSecs);
    bool changed = false;
    for (OpenSlot slot : entries.value()) {
        if (slot.reminded || slot.start > soon || slot.plannedEnd() < now) // not yet, or long over
            continue;
        slot.reminded = true;
        if (!m_store.save(slot))
            continue;
        changed = true;
        emit slotStarting(slot);
    }
    if (changed)
        reload();
}

} // namespace minutier
