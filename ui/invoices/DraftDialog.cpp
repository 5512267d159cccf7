#include "DraftDialog.h"

#include "common/ErrorText.h"
#include "common/MoneyFormat.h"
#include "invoicing/InvoiceService.h"
#include "storage/ClientRepository.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace minutier {

namespace {
constexpr int kSessionIdRole = Qt::UserRole + 1;
constexpr int kGrossRole = Qt::UserRole + 2;
constexpr int kCurrencyRole = Qt::UserRole + 3;
} // namespace

DraftDialog::DraftDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setWindowTitle(tr("New invoice"));
    build();
    auto clients = InvoiceService(m_db, m_clock).clientsWithInvoiceableSessions();
    if (!clients) {
        m_loadFailed = true;
        m_problem->setText(ErrorText::describe(clients.error()));
    } else {
        for (const auto &[id, name] : std::as_const(*clients))
            m_client->addItem(name, id);
    }
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        m_clientId = m_client->currentData().toString();
        loadSessions();
    });
    m_clientId = m_client->currentData().toString();
    loadSessions();
}

DraftDialog::DraftDialog(Database &db, const Clock &clock, const Invoice &draft, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_draftId(draft.id)
    , m_clientId(draft.clientId)
    , m_initialReferences { draft.buyerReference, draft.orderReference, draft.paymentDays }
{
    setWindowTitle(tr("Edit draft"));
    for (const InvoiceLine &l : draft.lines)
        m_draftSessions << l.sessionId;
    build();
    loadSessions();
}

void DraftDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    if (m_draftId.isEmpty()) {
        m_client = new QComboBox(this);
        m_client->setObjectName(QStringLiteral("draftClient"));
        m_client->setAccessibleName(tr("Client"));
        auto *form = new QFormLayout;
        form->addRow(tr("&Client:"), m_client);
        layout->addLayout(form);
    } else if (auto client = ClientRepository(m_db).find(m_clientId)) {
        auto *who = new QLabel(tr("Client: %1").arg(client->name), this);
        who->setObjectName(QStringLiteral("draftClientName"));
        who->setTextFormat(Qt::PlainText);
        layout->addWidget(who);
    }
    auto *intro = new QLabel(m_draftId.isEmpty()
            ? tr("Tick the ended calls to put on the invoice. It is saved as a draft: it gets its number only when "
                 "you issue it.")
            : tr("Untick a call to take it off the draft (it can be invoiced again later); tick another call of the "
                 "same client to add it. The draft has no number yet."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("draftSessions"));
    m_list->setAccessibleName(tr("Calls on the invoice"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Date"), tr("Duration"), tr("Amount") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumSize(460, 220);
    layout->addWidget(m_list, 1);

    // The buyer's own references: printed on the invoice and in its Factur-X data (BT-10, BT-13).
    m_buyerReference = new QLineEdit(m_initialReferences.buyer, this);
    m_buyerReference->setObjectName(QStringLiteral("draftBuyerReference"));
    m_buyerReference->setAccessibleName(tr("Client's reference"));
    m_buyerReference->setPlaceholderText(tr("Optional: the reference the client asked you to quote"));
    m_buyerReference->setMaxLength(100);
    m_orderReference = new QLineEdit(m_initialReferences.order, this);
    m_orderReference->setObjectName(QStringLiteral("draftOrderReference"));
    m_orderReference->setAccessibleName(tr("Client's purchase order"));
    m_orderReference->setPlaceholderText(tr("Optional: purchase order or commitment number"));
    m_orderReference->setMaxLength(100);
    // The payment term agreed with the client; the default follows French practice (and the
    // invoice's due date follows the term from the day it is issued).
    m_paymentDays = new QSpinBox(this);
    m_paymentDays->setObjectName(QStringLiteral("draftPaymentDays"));
    m_paymentDays->setAccessibleName(tr("Payment term in days"));
    m_paymentDays->setRange(-1, InvoiceReferences::kMaxPaymentDays);
    m_paymentDays->setSpecialValueText(tr("Default (30 days for a business, on receipt otherwise)"));
    m_paymentDays->setSuffix(tr(" days after the invoice date"));
    m_paymentDays->setToolTip(tr("0 for payable on receipt. French commercial law caps an agreed term at 60 days."));
    m_paymentDays->setValue(m_initialReferences.paymentDays.value_or(-1));
    auto *references = new QFormLayout;
    references->addRow(tr("Client's &reference:"), m_buyerReference);
    references->addRow(tr("&Purchase order:"), m_orderReference);
    references->addRow(tr("Payment &term:"), m_paymentDays);
    layout->addLayout(references);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("draftTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_total);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("draftProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_draftId.isEmpty() ? tr("Create &draft") : tr("&Save draft"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::itemChanged, this, &DraftDialog::update);
}

InvoiceReferences DraftDialog::references() const
{
    const int days = m_paymentDays->value();
    return { m_buyerReference->text().trimmed(), m_orderReference->text().trimmed(),
        days < 0 ? std::nullopt : std::optional<int>(days) };
}

void DraftDialog::setReferences(const InvoiceReferences &references)
{
    m_buyerReference->setText(references.buyer);
    m_orderReference->setText(references.order);
    m_paymentDays->setValue(references.paymentDays.value_or(-1));
}

void DraftDialog::loadSessions()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QList<Session> sessions;
    SessionRepository repo(m_db);
    for (const QString &id : std::as_const(m_draftSessions)) {
        auto s = repo.find(id);
        if (!s) {
            m_loadFailed = true;
            m_problem->setText(ErrorText::describe(s.error()));
            continue;
        }
        sessions << *s;
    }
    if (!m_clientId.isEmpty()) {
        auto more = InvoiceService(m_db, m_clock).invoiceableSessions(m_clientId, m_draftId);
        if (!more) {
            m_loadFailed = true;
            m_problem->setText(ErrorText::describe(more.error()));
        } else {
            for (const Session &s : std::as_const(*more))
                if (!m_draftSessions.contains(s.id))
                    sessions << s;
        }
    }
    std::sort(
        sessions.begin(), sessions.end(), [](const Session &a, const Session &b) { return a.startedAt < b.startedAt; });
    const QLocale locale;
    for (const Session &s : std::as_const(sessions)) {
        auto *item = new QTreeWidgetItem(m_list);
        const QDateTime local = s.startedAt.toLocalTime();
        item->setText(0,
            tr("%1 at %2", "call date, time")
                .arg(locale.toString(local.date(), QLocale::ShortFormat),
                    locale.toString(local.time(), QLocale::ShortFormat)));
        item->setText(1, MoneyFormat::formatDuration(s.durationMs));
        item->setText(2, MoneyFormat::format(s.gross));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kSessionIdRole, s.id);
        item->setData(0, kGrossRole, s.gross.minor());
        item->setData(0, kCurrencyRole, s.gross.currency().code());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_draftSessions.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    update();
}

QString DraftDialog::clientId() const { return m_clientId; }

QStringList DraftDialog::selectedSessionIds() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out << item->data(0, kSessionIdRole).toString();
    }
    return out;
}

QStringList DraftDialog::listedSessionIds() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->data(0, kSessionIdRole).toString();
    return out;
}

bool DraftDialog::setSessionChecked(const QString &sessionId, bool checked)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, kSessionIdRole).toString() == sessionId) {
            item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool DraftDialog::selectClient(const QString &clientId)
{
    if (!m_client)
        return false;
    const int index = m_client->findData(clientId);
    if (index < 0)
        return false;
    m_client->setCurrentIndex(index);
    return true;
}

QString DraftDialog::totalText() const { return m_total->text(); }

QString DraftDialog::problem() const
{
    if (m_loadFailed)
        return m_problem->text();
    if (m_clientId.isEmpty())
        return tr("No client has an ended call that is not invoiced yet.");
    if (selectedSessionIds().isEmpty())
        return m_draftId.isEmpty() ? tr("Tick at least one call.")
                                   : tr("Tick at least one call. To remove them all, discard the draft instead.");
    return {};
}

void DraftDialog::update()
{
    // Sums of the amounts frozen on the calls, in integer minor units, per currency.
    QMap<QString, qint64> sums;
    int checked = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        ++checked;
        sums[item->data(0, kCurrencyRole).toString()] += item->data(0, kGrossRole).toLongLong();
    }
    QStringList parts;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        if (auto currency = Currency::fromCode(it.key()))
            parts << MoneyFormat::format(Money::fromMinor(it.value(), *currency));
    m_total->setText(tr("%n call(s) ticked, total %1", nullptr, checked)
                         .arg(parts.isEmpty() ? MoneyFormat::format(Money::fromMinor(0, Currency::eur()))
                                              : parts.join(QStringLiteral(" + "))));
    const QString why = problem();
    if (!m_loadFailed)
        m_problem->setText(why);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

} // namespace minutier
