#include "HistoryView.h"

#include "MonthlyTotals.h"
#include "SessionsModel.h"
#include "common/ClientListModel.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "common/MoneyFormat.h"
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "payments/PaymentText.h"
#include "pdf/InvoicePdfRenderer.h"
#include "storage/SessionRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcHistory, "minutier.ui.history")

namespace minutier {

std::function<void(QDialog &)> HistoryView::s_dialogHook;

HistoryView::HistoryView(Database &db, const Clock &clock, QString invoicesDir, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_invoicesDir(std::move(invoicesDir))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_model(new SessionsModel(db, this))
    , m_totals(new MonthlyTotalsModel(this))
    , m_period(new QComboBox(this))
    , m_client(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_totalsTable(new QTableView(this))
    , m_issue(new QPushButton(Icons::icon(QStringLiteral("invoice"), Qt::white), tr("&Issue invoice"), this))
    , m_open(new QPushButton(Icons::icon(QStringLiteral("pdf")), tr("&Open PDF"), this))
    , m_totalsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyView"));
    auto *title = new QLabel(tr("History"), this);
    title->setProperty("role", QStringLiteral("title"));

    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setMinimumWidth(200);
    // One model reset per catalogue, not an addItem() per client (5,000 of them in a practice).
    m_clientModel = new ClientListModel(this);
    m_clientModel->setLeadingEntry(tr("All clients"));
    m_client->setModel(m_clientModel);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(20);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Relationship"));
    m_kind->addItem(tr("All relationships"), QString());
    for (ClientKind kind : Labels::allClientKinds())
        m_kind->addItem(Labels::clientKind(kind), clientKindKey(kind));
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setProperty("role", QStringLiteral("muted"));

    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(SessionsModel::Client, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->resizeSection(SessionsModel::Date, 150);

    m_totalsTable->setObjectName(QStringLiteral("monthlyTotalsTable"));
    m_totalsTable->setAccessibleName(tr("Monthly totals"));
    m_totalsTable->setModel(m_totals);
    m_totalsTable->verticalHeader()->hide();
    m_totalsTable->setShowGrid(false);
    m_totalsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_totalsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_totalsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_totalsTable->setMaximumHeight(150);

    m_issue->setObjectName(QStringLiteral("issueInvoiceButton"));
    m_issue->setProperty("accent", true);
    m_open->setObjectName(QStringLiteral("openPdfButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_client);
    filters->addWidget(m_kind);
    filters->addStretch();
    filters->addWidget(m_open);
    filters->addWidget(m_issue);

    auto *totalsTitle = new QLabel(tr("Monthly totals"), this);
    totalsTitle->setProperty("role", QStringLiteral("subtitle"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(totalsTitle);
    layout->addWidget(m_totalsTable);

    m_totalsTimer->setSingleShot(true);
    m_totalsTimer->setInterval(0);
    connect(m_totalsTimer, &QTimer::timeout, this, &HistoryView::updateTotals);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    connect(m_client, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    connect(m_issue, &QPushButton::clicked, this, &HistoryView::issueInvoice);
    connect(m_open, &QPushButton::clicked, this, &HistoryView::openPdf);
    m_refund = new QPushButton(tr("&Refund…"), this);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setAccessibleName(tr("Refund the card payment of the selected call"));
    m_refund->setEnabled(false);
    filters->insertWidget(filters->indexOf(m_open), m_refund);
    connect(m_refund, &QPushButton::clicked, this, &HistoryView::refund);
    m_markPaid = new QPushButton(tr("&Mark paid…"), this);
    m_markPaid->setObjectName(QStringLiteral("markPaidButton"));
    m_markPaid->setAccessibleName(tr("Record a bank transfer received for the selected call's invoice"));
    m_markPaid->setEnabled(false);
    filters->insertWidget(filters->indexOf(m_refund), m_markPaid);
    connect(m_markPaid, &QPushButton::clicked, this, &HistoryView::markPaid);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString number = index.data(SessionsModel::InvoiceNumberRole).toString();
        if (!number.isEmpty())
            emit invoiceActivated(number);
    });
    setClients({});
}

void HistoryView::setPayments(PaymentSetup *payments)
{
    m_payments = payments;
    updateButtons();
}

void HistoryView::setClients(const QList<Client> &clients)
{
    m_clients = clients;
    const QString current = m_client->currentData().toString();
    {
        const QSignalBlocker block(m_client);
        m_clientModel->setClients(clients);
        m_client->setCurrentIndex(std::max(0, m_clientModel->rowOf(current)));
    }
    reload();
}

QString HistoryView::pdfPathFor(const QString &invoiceNumber) const
{
    QString safe = invoiceNumber;
    safe.replace(u'/', u'-');
    return QDir(m_invoicesDir).filePath(safe + QStringLiteral(".pdf"));
}

void HistoryView::reload()
{
    m_stale = true;
    if (isVisible())
        load();
}

void HistoryView::updateTotals()
{
    auto totals = SessionRepository(m_db).monthlyTotals(m_totalsFilter);
    m_totals->setTotals(totals ? totals.value() : QList<SessionMonthTotal>());
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void HistoryView::load()
{
    m_stale = false;
    QElapsedTimer timer;
    timer.start();
    SessionFilter filter;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const auto startOf = [](QDate d) { return d.startOfDay().toUTC(); };
    switch (Period(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::ThisMonth:
        filter.from = startOf(QDate(today.year(), today.month(), 1));
        break;
    case Period::LastMonth: {
        const QDate first(today.year(), today.month(), 1);
        filter.from = startOf(first.addMonths(-1));
        filter.to = startOf(first);
        break;
    }
    case Period::ThisYear:
        filter.from = startOf(QDate(today.year(), 1, 1));
        break;
    }
    filter.clientId = m_client->currentData().toString();
    filter.clientKind = m_kind->currentData().toString();
    if (auto s = m_model->setFilter(filter); !s) {
        m_summary->setText(ErrorText::describe(s.error()));
        m_totals->setTotals({});
        return;
    }
    // The totals scan every matching session: they follow right after the table has been drawn.
    m_totalsFilter = filter;
    m_totalsTimer->start();
    m_summary->setText(tr("%n session(s)", nullptr, int(m_model->totalCount())));
    qCDebug(lcHistory) << "history filtered in" << timer.elapsed() << "ms," << m_model->totalCount() << "rows";
    if (!m_pendingSelection.isEmpty())
        selectSession(std::exchange(m_pendingSelection, QString()));
}

QList<Session> HistoryView::selectedSessions() const
{
    QList<Session> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const Session *s = m_model->sessionAt(index.row()))
            out.append(*s);
    return out;
}

void HistoryView::selectSession(const QString &sessionId)
{
    if (m_stale) {
        m_pendingSelection = sessionId;
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(SessionsModel::SessionIdRole).toString() == sessionId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void HistoryView::updateButtons()
{
    const QList<Session> selected = selectedSessions();
    bool canIssue = !selected.isEmpty();
    QSet<QString> clients;
    for (const Session &s : selected) {
        canIssue = canIssue && s.state == SessionState::Ended;
        clients.insert(s.clientId);
    }
    m_issue->setEnabled(canIssue && clients.size() == 1);
    m_open->setEnabled(selected.size() == 1 && !selected.first().invoiceNumber.isEmpty());
    if (m_refund) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const QString payment = rows.size() == 1 ? rows.first().data(SessionsModel::PaymentStateRole).toString() : QString();
        const bool refundable = payment == QLatin1String("captured") || payment == QLatin1String("partly_refunded");
        m_refund->setVisible(m_payments != nullptr);
        m_refund->setEnabled(refundable && m_payments && m_payments->isReady());
        m_markPaid->setEnabled(payment == QLatin1String("bank_transfer") && selected.size() == 1
            && !selected.first().invoiceNumber.isEmpty());
    }
}

void HistoryView::markPaid()
{
    const QList<Session> selected = selectedSessions();
    if (selected.size() != 1 || selected.first().invoiceNumber.isEmpty())
        return;
    InvoiceService service(m_db, m_clock);
    auto invoice = service.findByNumber(selected.first().invoiceNumber);
    if (!invoice) {
        MessageBox::critical(this, tr("Mark paid"), ErrorText::describe(invoice.error()));
        return;
    }
    if (invoice->status != InvoiceStatus::Issued) {
        MessageBox::information(this, tr("Mark paid"), tr("Invoice %1 has nothing left to pay.").arg(invoice->number));
        return;
    }
    const Money due = Money::fromMinor(invoice->gross.minor() - invoice->paid.minor(), invoice->currency);

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("markPaidDialog"));
    dialog.setWindowTitle(tr("Bank transfer received"));
    auto *text = new QLabel(tr("Invoice %1: %2 due.").arg(invoice->number, MoneyFormat::format(due)), &dialog);
    auto *amount = new QLineEdit(&dialog);
    amount->setObjectName(QStringLiteral("paidAmount"));
    amount->setAccessibleName(tr("Amount received"));
    amount->setText(due.toDecimalString().replace(u'.', QLocale().decimalPoint()));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto *date = new QDateEdit(today, &dialog);
    date->setObjectName(QStringLiteral("paidDate"));
    date->setAccessibleName(tr("Day the transfer arrived"));
    date->setCalendarPopup(true);
    date->setMaximumDate(today);
    auto *reference = new QLineEdit(&dialog);
    reference->setObjectName(QStringLiteral("paidReference"));
    reference->setAccessibleName(tr("Transfer reference"));
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("markPaidError"));
    error->setProperty("role", QStringLiteral("error"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto *ok = buttons->addButton(tr("Record payment"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("markPaidConfirmButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount"), amount);
    form->addRow(tr("&Received on"), date);
    form->addRow(tr("&Reference"), reference);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    std::optional<Invoice> recorded;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto money = Money::parse(amount->text().trimmed(), invoice->currency);
        if (!money || money->minor() <= 0 || money->minor() > due.minor()) {
            error->setText(tr("Enter an amount between 0,01 and %1.").arg(MoneyFormat::format(due)));
            return;
        }
        auto paid = service.recordBankTransfer(invoice->number, money->minor(), date->date(), reference->text().trimmed());
        if (!paid) {
            error->setText(ErrorText::describe(paid.error()));
            return;
        }
        recorded = *paid;
        dialog.accept();
    });
    if (s_dialogHook)
        s_dialogHook(dialog);
    if (dialog.exec() != QDialog::Accepted || !recorded)
        return;
    const QString id = selected.first().id;
    reload();
    selectSession(id);
    m_summary->setText(recorded->status == InvoiceStatus::Paid
            ? tr("Invoice %1 is paid.").arg(recorded->number)
            : tr("Invoice %1: %2 received, %3 still due.")
                  .arg(recorded->number, MoneyFormat::format(recorded->paid),
                      MoneyFormat::format(Money::fromMinor(recorded->gross.minor() - recorded->paid.minor(), recorded->currency))));
}

void HistoryView::refund()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || !m_payments || !m_payments->isReady())
        return;
    const Session *session = m_model->sessionAt(rows.first().row());
    if (!session)
        return;
    const qint64 refundable = rows.first().data(SessionsModel::RefundableMinorRole).toLongLong();
    const Currency currency = session->gross.currency();
    if (refundable <= 0)
        return;
    const Money all = Money::fromMinor(refundable, currency);

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("refundDialog"));
    dialog.setWindowTitle(tr("Refund"));
    auto *amount = new QLineEdit(&dialog);
    amount->setObjectName(QStringLiteral("refundAmount"));
    amount->setAccessibleName(tr("Amount to refund"));
    amount->setText(all.toDecimalString().replace(u'.', QLocale().decimalPoint()));
    auto *text = new QLabel(tr("Refund the call with %1 of %2 (up to %3). The money goes back to the client's card; "
                               "a credit note is issued for the amount refunded if the call is invoiced.")
                                .arg(session->clientName,
                                    QLocale().toString(session->startedAt.toLocalTime(), QLocale::ShortFormat),
                                    MoneyFormat::format(all)),
        &dialog);
    text->setWordWrap(true);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("refundError"));
    error->setProperty("role", QStringLiteral("error"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    auto *ok = buttons->addButton(tr("Refund"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("refundConfirmButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount"), amount);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    std::optional<Money> chosen;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto money = Money::parse(amount->text().trimmed(), currency);
        if (!money || money->minor() <= 0 || money->minor() > refundable) {
            error->setText(tr("Enter an amount between 0,01 and %1.").arg(MoneyFormat::format(all)));
            return;
        }
        chosen = *money;
        dialog.accept();
    });
    if (s_dialogHook)
        s_dialogHook(dialog);
    if (dialog.exec() != QDialog::Accepted || !chosen)
        return;

    m_refund->setEnabled(false);
    m_summary->setText(tr("Refunding %1…").arg(MoneyFormat::format(*chosen)));
    const std::optional<Money> amountToRefund = chosen->minor() == refundable ? std::nullopt : chosen;
    const Money refunded = *chosen;
    m_payments->service().refundSession(session->id, amountToRefund, this,
        [this, refunded, id = session->id](Result<SessionSettlement> r) {
            if (!r) {
                m_summary->setText(tr("The refund did not go through: %1").arg(PaymentText::describe(r.error())));
                updateButtons();
                return;
            }
            reload();
            selectSession(id);
            m_summary->setText(tr("Refunded %1 to the client's card.").arg(MoneyFormat::format(refunded)));
        });
}

void HistoryView::issueInvoice()
{
    const QList<Session> selected = selectedSessions();
    if (selected.isEmpty())
        return;
    QStringList ids;
    Money total = Money::fromMinor(0, selected.first().gross.currency());
    for (const Session &s : selected) {
        ids.append(s.id);
        if (auto sum = total.plus(s.gross))
            total = sum.value();
    }
    const auto answer = MessageBox::question(this, tr("Issue invoice"),
        tr("Issue an invoice of %1 to %2 for %n call(s)?\n\nAn issued invoice gets the next number and cannot be "
           "modified or deleted afterwards (only cancelled by a credit note).",
            nullptr, int(ids.size()))
            .arg(MoneyFormat::format(total), selected.first().clientName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    InvoiceService service(m_db, m_clock);
    auto invoice = service.issueForSessions(ids);
    if (!invoice) {
        MessageBox::critical(this, tr("Issue invoice"), ErrorText::describe(invoice.error()));
        return;
    }
    reload();
    selectSession(ids.first());
}

void HistoryView::openPdf()
{
    const QList<Session> selected = selectedSessions();
    if (selected.size() != 1 || selected.first().invoiceNumber.isEmpty())
        return;
    const QString number = selected.first().invoiceNumber;
    const QString path = pdfPathFor(number);
    if (!QFileInfo::exists(path)) {
        auto invoice = InvoiceService(m_db, m_clock).findByNumber(number);
        if (!invoice) {
            MessageBox::critical(this, tr("Open PDF"), ErrorText::describe(invoice.error()));
            return;
        }
        QDir().mkpath(m_invoicesDir);
        auto logo = InvoiceLogo::load(m_db);
        if (auto s = InvoicePdfRenderer::render(invoice.value(), path, InvoicePdfRenderer::Format::FacturX,
                logo ? logo.value() : QByteArray());
            !s) {
            MessageBox::critical(this, tr("Open PDF"), ErrorText::describe(s.error()));
            return;
        }
    }
    if (!m_openUrl(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("Open PDF"), tr("No application could open %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace minutier
