#include "SlotDialog.h"

#include "common/ClientListModel.h"
#include "common/ErrorText.h"
#include "money/Money.h"
#include "scheduling/SlotStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace minutier {

SlotDialog::SlotDialog(SlotStore &store, const QList<Client> &clients, const QList<Offer> &offers,
    const QDateTime &defaultStart, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_client(new QComboBox(this))
    , m_offer(new QComboBox(this))
    , m_start(new QDateTimeEdit(defaultStart.toLocalTime(), this))
    , m_openEnded(new QCheckBox(tr("Open-ended (no maximum length)"), this))
    , m_maxMinutes(new QSpinBox(this))
    , m_maxHold(new QLineEdit(this))
    , m_paymentUrl(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("slotDialog"));
    setWindowTitle(tr("New open slot"));
    m_client->setObjectName(QStringLiteral("slotClientCombo"));
    m_client->setAccessibleName(tr("Client"));
    // One model reset for the whole directory (5,000 clients: no item-by-item insertion), searchable
    // by any part of the name or company as on the call panel.
    auto *clientModel = new ClientListModel(this);
    clientModel->setClients(clients);
    m_client->setModel(clientModel);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(28);
    m_client->setMaxVisibleItems(15);
    m_client->setEditable(true);
    m_client->setInsertPolicy(QComboBox::NoInsert);
    m_client->lineEdit()->setPlaceholderText(tr("Search a client…"));
    m_client->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_client->completer()->setFilterMode(Qt::MatchContains);
    m_client->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_client->completer()->setMaxVisibleItems(12);
    if (auto *matches = qobject_cast<QListView *>(m_client->completer()->popup())) {
        matches->setUniformItemSizes(true);
        matches->setAccessibleName(tr("Matching clients"));
    }
    if (auto *list = qobject_cast<QListView *>(m_client->view()))
        list->setUniformItemSizes(true);
    m_offer->setObjectName(QStringLiteral("slotOfferCombo"));
    m_offer->setAccessibleName(tr("Offer"));
    for (const Offer &o : offers)
        m_offer->addItem(o.name, o.id);
    m_start->setObjectName(QStringLiteral("slotStartEdit"));
    m_start->setAccessibleName(tr("Start"));
    m_start->setCalendarPopup(true);
    m_openEnded->setObjectName(QStringLiteral("slotOpenEndedCheck"));
    m_maxMinutes->setObjectName(QStringLiteral("slotMaxMinutesSpin"));
    m_maxMinutes->setAccessibleName(tr("Maximum length"));
    m_maxMinutes->setRange(5, 480);
    m_maxMinutes->setValue(30);
    m_maxMinutes->setSuffix(tr(" min"));
    m_maxHold->setObjectName(QStringLiteral("slotMaxHoldEdit"));
    m_maxHold->setAccessibleName(tr("Maximum hold"));
    m_maxHold->setPlaceholderText(tr("e.g. 90.00"));
    m_maxHold->setEnabled(false);
    m_paymentUrl->setObjectName(QStringLiteral("slotPaymentUrlEdit"));
    m_paymentUrl->setAccessibleName(tr("Payment link"));
    m_paymentUrl->setPlaceholderText(tr("Optional: https://… (else paid by invoice)"));
    m_note->setObjectName(QStringLiteral("slotNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSlotButton"));
    m_buttons->button(QDialogButtonBox::Save)->setProperty("accent", true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Client"), m_client);
    form->addRow(tr("&Offer"), m_offer);
    form->addRow(tr("&Starts"), m_start);
    form->addRow(QString(), m_openEnded);
    form->addRow(tr("&Maximum length"), m_maxMinutes);
    form->addRow(tr("Maximum &hold"), m_maxHold);
    form->addRow(tr("&Payment link"), m_paymentUrl);
    form->addRow(tr("&Note"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    connect(m_openEnded, &QCheckBox::toggled, this, [this](bool open) {
        m_maxMinutes->setEnabled(!open);
        m_maxHold->setEnabled(open);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlotDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SlotDialog::reject);
}

Result<OpenSlot> SlotDialog::fromFields() const
{
    const auto fail = [](const QString &text) { return makeError(ErrorCode::InvalidInput, text); };
    OpenSlot s;
    s.clientId = m_client->currentData().toString();
    s.offerId = m_offer->currentData().toString();
    if (s.clientId.isEmpty())
        return fail(tr("Choose a client."));
    // Typed text that matches no client leaves the previous choice underneath: refuse rather than guess.
    if (m_client->currentText() != m_client->itemText(m_client->currentIndex()))
        return fail(tr("Choose a client from the list (type part of the name, then pick it)."));
    s.start = m_start->dateTime().toUTC();
    s.maxMinutes = m_openEnded->isChecked() ? 0 : m_maxMinutes->value();
    if (m_openEnded->isChecked() && !m_maxHold->text().trimmed().isEmpty()) {
        auto hold = Money::parse(m_maxHold->text().trimmed(), Currency::eur());
        if (!hold || hold->minor() <= 0)
            return fail(tr("Enter the maximum hold as an amount, e.g. 90.00."));
        s.maxHoldMinor = hold->minor();
    }
    s.paymentUrl = m_paymentUrl->text().trimmed();
    if (!s.paymentUrl.isEmpty()) {
        const QUrl url(s.paymentUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return fail(tr("The payment link must be an https:// address."));
    }
    s.note = m_note->text().trimmed();
    return s;
}

void SlotDialog::accept()
{
    auto slot = fromFields();
    if (!slot) {
        m_problem->setText(slot.error().detail);
        return;
    }
    auto saved = m_store.save(slot.value());
    if (!saved) {
        m_problem->setText(ErrorText::describe(saved.error()));
        return;
    }
    m_slot = saved.value();
    QDialog::accept();
}

} // namespace minutier
