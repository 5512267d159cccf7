#include "InvoicesView.h"

#include "CreditNoteDialog.h"
#include "DraftDialog.h"
#include "InvoicesModel.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/MoneyFormat.h"
#include "invoicing/AccountingExport.h"
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceService.h"
#include "invoicing/InvoiceTexts.h"
#include "metering/Clock.h"
#include "pdf/InvoiceArchive.h"
#include "pdf/InvoicePdfRenderer.h"
#include "storage/ProfileRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcInvoicesView, "minutier.ui.invoices")

namespace minutier {

namespace {
QString totalsLine(const InvoiceTotals &t)
{
    return InvoicesView::tr("Net %1 · VAT %2 · Total %3")
        .arg(MoneyFormat::format(t.net), MoneyFormat::format(t.vat), MoneyFormat::format(t.gross));
}
} // namespace

InvoicesView::InvoicesView(Database &db, const Clock &clock, QString invoicesDir, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_invoicesDir(std::move(invoicesDir))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_model(new InvoicesModel(db, this))
    , m_search(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_selectionTotals(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_previewStack(new QStackedWidget(this))
    , m_previewMessage(new QLabel(this))
    , m_document(new QPdfDocument(this))
    , m_preview(new QPdfView(this))
    , m_issue(new QPushButton(Icons::icon(QStringLiteral("invoice"), Qt::white), tr("&Issue…"), this))
    , m_newInvoice(new QPushButton(tr("&New invoice…"), this))
    , m_editDraft(new QPushButton(tr("Edit &draft…"), this))
    , m_discardDraft(new QPushButton(tr("Discard dra&ft…"), this))
    , m_credit(new QPushButton(tr("&Credit note…"), this))
    , m_saveAs(new QPushButton(Icons::icon(QStringLiteral("pdf")), tr("&Save as…"), this))
    , m_folder(new QPushButton(tr("Open &folder"), this))
    , m_mail(new QPushButton(tr("Send by &e-mail"), this))
    , m_export(new QToolButton(this))
    , m_searchTimer(new QTimer(this))
    , m_exportTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("invoicesView"));
    auto *title = new QLabel(tr("Invoices"), this);
    title->setProperty("role", QStringLiteral("title"));

    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setAccessibleName(tr("Search invoices"));
    m_search->setPlaceholderText(tr("Search by number or client (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);

    m_period->setObjectName(QStringLiteral("invoicePeriodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("All time"), int(Period::All));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("From… to…"), int(Period::Custom));
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("invoiceFromDate"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setObjectName(QStringLiteral("invoiceToDate"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(today);

    m_status->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    for (InvoiceListStatus s : InvoicesModel::allStatuses())
        m_status->addItem(InvoicesModel::statusLabel(s), invoiceListStatusKey(s));

    m_table->setObjectName(QStringLiteral("invoicesTable"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(InvoicesModel::Client, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    // Clicking a header sorts in SQL (InvoicesModel::sort); a third click goes back to drafts first,
    // newest first.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->resizeSection(InvoicesModel::Number, 112);
    m_table->horizontalHeader()->resizeSection(InvoicesModel::Kind, 84);
    m_table->horizontalHeader()->resizeSection(InvoicesModel::IssueDate, 86);
    m_table->horizontalHeader()->resizeSection(InvoicesModel::Status, 96);
    for (int c : { int(InvoicesModel::Net), int(InvoicesModel::Vat), int(InvoicesModel::Gross), int(InvoicesModel::Paid) })
        m_table->horizontalHeader()->resizeSection(c, 80);

    m_totals->setObjectName(QStringLiteral("invoicesTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_selectionTotals->setObjectName(QStringLiteral("invoicesSelectionTotals"));
    m_selectionTotals->setProperty("role", QStringLiteral("muted"));
    m_selectionTotals->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("invoicesNotice"));
    m_notice->setProperty("role", QStringLiteral("muted"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_preview->setObjectName(QStringLiteral("invoicePreview"));
    m_preview->setAccessibleName(tr("Invoice preview"));
    m_preview->setDocument(m_document);
    m_preview->setPageMode(QPdfView::PageMode::MultiPage);
    m_preview->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_preview->setPageSpacing(12);
    m_previewMessage->setObjectName(QStringLiteral("previewMessage"));
    m_previewMessage->setProperty("role", QStringLiteral("muted"));
    m_previewMessage->setAlignment(Qt::AlignCenter);
    m_previewMessage->setWordWrap(true);
    m_previewMessage->setMargin(24);
    m_previewStack->addWidget(m_previewMessage);
    m_previewStack->addWidget(m_preview);

    m_issue->setObjectName(QStringLiteral("issueDraftButton"));
    m_issue->setProperty("accent", true);
    m_issue->setToolTip(tr("Give the selected draft the next invoice number. It can no longer be changed."));
    m_newInvoice->setObjectName(QStringLiteral("newInvoiceButton"));
    m_newInvoice->setToolTip(tr("Put a client's ended calls that are not invoiced yet on a new draft invoice"));
    m_editDraft->setObjectName(QStringLiteral("editDraftButton"));
    m_editDraft->setToolTip(tr("Remove calls from the selected draft or add other calls of the same client"));
    m_discardDraft->setObjectName(QStringLiteral("discardDraftButton"));
    m_discardDraft->setToolTip(tr("Delete the selected draft; its calls can be invoiced again"));
    m_credit->setObjectName(QStringLiteral("creditNoteButton"));
    m_credit->setToolTip(tr("Cancel all or part of the selected invoice with a credit note"));
    m_saveAs->setObjectName(QStringLiteral("saveAsButton"));
    m_saveAs->setToolTip(tr("Save a copy of the PDF (Factur-X)"));
    m_folder->setObjectName(QStringLiteral("openFolderButton"));
    m_folder->setToolTip(tr("Show the folder where the invoice PDFs are kept"));
    m_mail->setObjectName(QStringLiteral("sendMailButton"));
    m_mail->setToolTip(tr("Opens your mail program with a message to the client, and the folder holding the PDF: "
                          "drag the file into the message to attach it."));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setIcon(Icons::icon(QStringLiteral("export")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(tr("Archive of the period (ZIP of PDFs + CSV index)…"), this, &InvoicesView::exportArchive);
    exportMenu->addAction(tr("Invoices and payments of the period (CSV)…"), this, &InvoicesView::exportCsv);
    exportMenu->addSeparator();
    for (int year : { today.year(), today.year() - 1 })
        exportMenu->addAction(tr("FEC for %1 (for the accountant)…").arg(year), this, [this, year] { exportFec(year); });
    m_export->setMenu(exportMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_status);
    filters->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_totals);
    leftLayout->addWidget(m_selectionTotals);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveAs);
    actions->addWidget(m_folder);
    actions->addWidget(m_mail);
    actions->addStretch(1);
    actions->addWidget(m_newInvoice);
    actions->addWidget(m_editDraft);
    actions->addWidget(m_discardDraft);
    actions->addWidget(m_credit);
    actions->addWidget(m_issue);
    actions->addSpacing(16);
    actions->addWidget(m_export);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_previewStack, 1);
    rightLayout->addWidget(m_notice);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("invoicesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    right->setMinimumWidth(300);
    splitter->setSizes({ 640, 380 }); // the table keeps number, date, client, total and status in sight

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &InvoicesView::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesView::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoicesView::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesView::updateSelection);
    connect(m_issue, &QPushButton::clicked, this, &InvoicesView::issueSelectedDraft);
    connect(m_credit, &QPushButton::clicked, this, &InvoicesView::creditNote);
    connect(m_newInvoice, &QPushButton::clicked, this, &InvoicesView::newInvoice);
    connect(m_editDraft, &QPushButton::clicked, this, &InvoicesView::editSelectedDraft);
    connect(m_discardDraft, &QPushButton::clicked, this, &InvoicesView::discardSelectedDraft);
    connect(m_saveAs, &QPushButton::clicked, this, &InvoicesView::saveAs);
    connect(m_folder, &QPushButton::clicked, this, &InvoicesView::openFolder);
    connect(m_mail, &QPushButton::clicked, this, &InvoicesView::sendByEmail);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setContext(Qt::WidgetWithChildrenShortcut);
    m_exportTimer->setInterval(0);
    connect(m_exportTimer, &QTimer::timeout, this, &InvoicesView::exportStep);
    updateSelection();
}

InvoicesView::~InvoicesView() = default;

QString InvoicesView::pdfPathFor(const QString &number) const
{
    QString safe = number;
    safe.replace(u'/', u'-').replace(u'\\', u'-');
    return QDir(m_invoicesDir).filePath(safe + QStringLiteral(".pdf"));
}

InvoiceQueryFilter InvoicesView::currentFilter() const
{
    InvoiceQueryFilter f;
    f.text = m_search->text();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    switch (Period(m_period->currentData().toInt())) {
    case Period::All:
        break;
    case Period::ThisMonth:
        f.from = QDate(today.year(), today.month(), 1);
        f.to = f.from.addMonths(1).addDays(-1);
        break;
    case Period::LastMonth:
        f.from = QDate(today.year(), today.month(), 1).addMonths(-1);
        f.to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Period::ThisYear:
        f.from = QDate(today.year(), 1, 1);
        f.to = QDate(today.year(), 12, 31);
        break;
    case Period::LastYear:
        f.from = QDate(today.year() - 1, 1, 1);
        f.to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::Custom:
        f.from = m_from->date();
        f.to = m_to->date();
        break;
    }
    const QString status = m_status->currentData().toString();
    for (InvoiceListStatus s : InvoicesModel::allStatuses())
        if (invoiceListStatusKey(s) == status)
            f.statuses = { s };
    return f;
}

std::pair<QDate, QDate> InvoicesView::exportPeriod() const
{
    const InvoiceQueryFilter f = currentFilter();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (f.from.isValid() && f.to.isValid())
        return { f.from, f.to };
    return { QDate(today.year(), 1, 1), today };
}

void InvoicesView::reload()
{
    m_searchTimer->stop();
    m_stale = true;
    if (isVisible())
        load();
}

void InvoicesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read again each time the page is shown (a page of rows and the totals: milliseconds), so
    // invoices issued from the history or by a payment are there; the selection is kept.
    if (!event->spontaneous())
        load();
}

void InvoicesView::load()
{
    m_stale = false;
    QElapsedTimer timer;
    timer.start();
    const InvoiceQueryFilter filter = currentFilter();
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from) {
        m_totals->setText(tr("The period ends before it starts."));
        return;
    }
    const InvoiceRow *selected = currentRow();
    const QString selectedId = selected ? selected->id : QString();
    if (auto s = m_model->setFilter(filter); !s)
        m_totals->setText(ErrorText::describe(s.error()));
    else
        updateTotals();
    if (!selectedId.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowAt(row)->id == selectedId) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    qCDebug(lcInvoicesView) << "invoices filtered in" << timer.elapsed() << "ms," << m_model->totalCount() << "rows";
}

void InvoicesView::updateTotals()
{
    QStringList lines;
    qint64 documents = 0;
    qint64 drafts = 0;
    for (const InvoiceTotals &t : m_model->totals()) {
        documents += t.documents;
        drafts += t.drafts;
        if (t.documents > 0)
            lines << totalsLine(t);
    }
    QString head = tr("%n document(s)", nullptr, int(documents));
    if (drafts > 0)
        head += tr(" · %n draft(s), not counted", nullptr, int(drafts));
    if (documents > 0)
        head += tr(" · credit notes deducted");
    lines.prepend(QStringLiteral("<b>%1</b>").arg(head.toHtmlEscaped()));
    m_totals->setText(lines.join(QStringLiteral("<br>")));
}

const InvoiceRow *InvoicesView::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return m_model->rowAt(rows.first().row());
}

void InvoicesView::updateSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    // Totals of the selected rows, per currency (credit notes deducted, drafts left out).
    if (rows.size() > 1) {
        QMap<QString, std::array<qint64, 3>> sums;
        int documents = 0;
        for (const QModelIndex &index : rows) {
            const InvoiceRow *r = m_model->rowAt(index.row());
            if (!r || r->status == InvoiceStatus::Draft)
                continue;
            ++documents;
            const qint64 sign = r->kind == InvoiceKind::CreditNote ? -1 : 1;
            auto &s = sums[r->gross.currency().code()];
            s[0] += sign * r->net.minor();
            s[1] += sign * r->vat.minor();
            s[2] += sign * r->gross.minor();
        }
        QStringList lines { tr("Selection: %n document(s)", nullptr, documents) };
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const Currency c = Currency::fromCode(it.key()).value_or(Currency::eur());
            InvoiceTotals t;
            t.net = Money::fromMinor(it.value()[0], c);
            t.vat = Money::fromMinor(it.value()[1], c);
            t.gross = Money::fromMinor(it.value()[2], c);
            lines << totalsLine(t);
        }
        m_selectionTotals->setText(lines.join(QStringLiteral(" — ")));
        m_selectionTotals->show();
    } else {
        m_selectionTotals->hide();
    }

    const InvoiceRow *r = currentRow();
    const bool issued = r && r->status != InvoiceStatus::Draft;
    m_issue->setEnabled(r && r->status == InvoiceStatus::Draft);
    m_editDraft->setEnabled(r && r->status == InvoiceStatus::Draft);
    m_discardDraft->setEnabled(r && r->status == InvoiceStatus::Draft);
    m_credit->setEnabled(issued && r->kind == InvoiceKind::Invoice && r->credited.minor() < r->gross.minor());
    m_saveAs->setEnabled(issued);
    m_mail->setEnabled(issued);
    m_folder->setEnabled(true);
    showPreview();
}

Result<QString> InvoicesView::ensurePdf(const InvoiceRow &row)
{
    const QString path = pdfPathFor(row.number);
    if (QFileInfo::exists(path))
        return path;
    InvoiceService service(m_db, m_clock);
    auto invoice = service.find(row.id);
    if (!invoice)
        return invoice.error();
    auto logo = InvoiceLogo::load(m_db);
    if (!logo)
        return logo.error();
    if (auto s = InvoicePdfRenderer::render(*invoice, path, InvoicePdfRenderer::Format::FacturX, *logo); !s)
        return s.error();
    return path;
}

void InvoicesView::showPreview()
{
    const InvoiceRow *r = currentRow();
    const auto message = [this](const QString &text) {
        m_document->close();
        m_previewPath.clear();
        m_previewMessage->setText(text);
        m_previewStack->setCurrentWidget(m_previewMessage);
    };
    if (!r) {
        const int selected = int(m_table->selectionModel()->selectedRows().size());
        message(selected > 1 ? tr("%n documents selected.", nullptr, selected)
                             : tr("Select an invoice to see it here."));
        return;
    }
    if (r->status == InvoiceStatus::Draft) {
        message(tr("A draft has no PDF yet: issue it to give it its number and its PDF."));
        return;
    }
    auto path = ensurePdf(*r);
    if (!path) {
        message(tr("The PDF cannot be shown: %1").arg(ErrorText::describe(path.error())));
        return;
    }
    if (*path == m_previewPath && m_document->status() == QPdfDocument::Status::Ready) {
        m_previewStack->setCurrentWidget(m_preview);
        return;
    }
    m_document->close();
    if (m_document->load(*path) != QPdfDocument::Error::None) {
        message(tr("The PDF %1 cannot be read.").arg(QDir::toNativeSeparators(*path)));
        return;
    }
    m_previewPath = *path;
    m_previewStack->setCurrentWidget(m_preview);
}

void InvoicesView::showInvoice(const QString &number)
{
    {
        const QSignalBlocker a(m_search), b(m_period), c(m_status);
        m_search->setText(number);
        m_period->setCurrentIndex(m_period->findData(int(Period::All)));
        m_from->hide();
        m_to->hide();
        m_status->setCurrentIndex(0);
    }
    m_stale = true;
    load();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->number == number) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

QString InvoicesView::choose(ChooserKind kind, const QString &title, const QString &suggested, const QString &filter)
{
    if (m_choosePath)
        return m_choosePath(kind, title, suggested, filter);
    if (kind == ChooserKind::Folder)
        return QFileDialog::getExistingDirectory(this, title, suggested);
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void InvoicesView::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void InvoicesView::saveAs()
{
    const InvoiceRow *r = currentRow();
    if (!r || r->status == InvoiceStatus::Draft)
        return;
    auto path = ensurePdf(*r);
    if (!path) {
        MessageBox::critical(this, tr("Save as"), ErrorText::describe(path.error()));
        return;
    }
    const QString suggested = QDir(QDir::homePath()).filePath(QFileInfo(*path).fileName());
    const QString target = choose(ChooserKind::SaveFile, tr("Save the invoice as"), suggested, tr("PDF (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile source(*path);
    if (!source.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Save as"), tr("%1 cannot be read.").arg(QDir::toNativeSeparators(*path)));
        return;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(source.readAll()) < 0 || !out.commit()) {
        MessageBox::critical(this, tr("Save as"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), out.errorString()));
        return;
    }
    setNotice(tr("Saved as %1.").arg(QDir::toNativeSeparators(target)));
}

void InvoicesView::openFolder()
{
    QString dir = m_invoicesDir;
    if (const InvoiceRow *r = currentRow(); r && r->status != InvoiceStatus::Draft) {
        if (auto path = ensurePdf(*r))
            dir = QFileInfo(*path).absolutePath();
    }
    QDir().mkpath(dir);
    if (!m_openUrl(QUrl::fromLocalFile(dir)))
        MessageBox::warning(this, tr("Open folder"), tr("No application could open %1.").arg(QDir::toNativeSeparators(dir)));
}

void InvoicesView::sendByEmail()
{
    const InvoiceRow *r = currentRow();
    if (!r || r->status == InvoiceStatus::Draft)
        return;
    auto path = ensurePdf(*r);
    if (!path) {
        MessageBox::critical(this, tr("Send by e-mail"), ErrorText::describe(path.error()));
        return;
    }
    // The message is written in the client's language, like the invoice itself.
    const QString lang = r->language.isEmpty() ? QStringLiteral("fr") : r->language;
    const bool credit = r->kind == InvoiceKind::CreditNote;
    QString signature;
    if (auto profile = ProfileRepository(m_db).load(); profile && profile->has_value())
        signature = (*profile)->legalName;
    const QString subject
        = InvoiceTexts::text(lang, credit ? "mail_subject_credit_note" : "mail_subject_invoice").arg(r->number);
    const QString body = InvoiceTexts::text(lang, credit ? "mail_body_credit_note" : "mail_body_invoice")
                             .arg(r->number, InvoiceTexts::date(r->issuedAt.toLocalTime().date(), lang),
                                 InvoiceTexts::money(r->gross, lang), signature);
    QUrl mail;
    mail.setScheme(QStringLiteral("mailto"));
    mail.setPath(r->clientEmail);
    mail.setQuery(QStringLiteral("subject=") + QString::fromLatin1(QUrl::toPercentEncoding(subject))
            + QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(body)),
        QUrl::StrictMode);
    // A mailto: link cannot carry an attachment: the folder opens with the file so the expert drags
    // it into the message.
    const bool folderOpened = m_openUrl(QUrl::fromLocalFile(QFileInfo(*path).absolutePath()));
    if (!m_openUrl(mail)) {
        MessageBox::warning(this, tr("Send by e-mail"),
            tr("No mail program could be opened. The PDF is %1.").arg(QDir::toNativeSeparators(*path)));
        return;
    }
    const QString file = QDir::toNativeSeparators(*path);
    setNotice(folderOpened ? tr("Your mail program opens a message to %1. Attach the PDF by dragging %2 from the "
                                "folder that just opened into the message.")
                                 .arg(r->clientEmail.isEmpty() ? tr("the client") : r->clientEmail, file)
                           : tr("Your mail program opens a message to %1. Attach the PDF: %2")
                                 .arg(r->clientEmail.isEmpty() ? tr("the client") : r->clientEmail, file));
}

void InvoicesView::issueSelectedDraft()
{
    const InvoiceRow *r = currentRow();
    if (!r || r->status != InvoiceStatus::Draft)
        return;
    const QString id = r->id;
    const auto answer = MessageBox::question(this, tr("Issue invoice"),
        tr("Issue this draft of %1 to %2?\n\nIt gets the next invoice number now. An issued invoice can never be "
           "edited or deleted afterwards: only a credit note can correct it.")
            .arg(MoneyFormat::format(r->gross), r->clientName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto issued = InvoiceService(m_db, m_clock).issueDraft(id);
    if (!issued) {
        MessageBox::critical(this, tr("Issue invoice"), ErrorText::describe(issued.error()));
        return;
    }
    emit invoicesChanged();
    showInvoice(issued->number);
    setNotice(tr("Invoice %1 issued.").arg(issued->number));
}

bool InvoicesView::runDraftDialog(DraftDialog &dialog)
{
    if (m_driveDraftDialog)
        return m_driveDraftDialog(dialog) && dialog.problem().isEmpty();
    return dialog.exec() == QDialog::Accepted;
}

void InvoicesView::selectDocument(const QString &id)
{
    m_stale = true;
    load();
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void InvoicesView::newInvoice()
{
    DraftDialog dialog(m_db, m_clock, this);
    if (!runDraftDialog(dialog))
        return;
    auto draft = InvoiceService(m_db, m_clock).createDraft(dialog.selectedSessionIds(), dialog.references());
    if (!draft) {
        MessageBox::critical(this, tr("New invoice"), ErrorText::describe(draft.error()));
        return;
    }
    emit invoicesChanged();
    selectDocument(draft->id);
    setNotice(tr("Draft saved (%1). It gets its number when you issue it.").arg(MoneyFormat::format(draft->gross)));
}

void InvoicesView::editSelectedDraft()
{
    const InvoiceRow *r = currentRow();
    if (!r || r->status != InvoiceStatus::Draft)
        return;
    InvoiceService service(m_db, m_clock);
    auto draft = service.find(r->id);
    if (!draft) {
        MessageBox::critical(this, tr("Edit draft"), ErrorText::describe(draft.error()));
        return;
    }
    DraftDialog dialog(m_db, m_clock, *draft, this);
    if (!runDraftDialog(dialog))
        return;
    auto edited = service.setDraftSessions(draft->id, dialog.selectedSessionIds(), dialog.references());
    if (!edited) {
        MessageBox::critical(this, tr("Edit draft"), ErrorText::describe(edited.error()));
        return;
    }
    emit invoicesChanged();
    selectDocument(edited->id);
    setNotice(tr("Draft saved: %n call(s), %1.", nullptr, int(edited->lines.size()))
                  .arg(MoneyFormat::format(edited->gross)));
}

void InvoicesView::discardSelectedDraft()
{
    const InvoiceRow *r = currentRow();
    if (!r || r->status != InvoiceStatus::Draft)
        return;
    const QString id = r->id;
    const auto answer = MessageBox::question(this, tr("Discard draft"),
        tr("Discard this draft of %1 to %2?\n\nA draft has no number yet, so discarding it leaves no gap in the "
           "numbering. Its calls are not lost: they can be put on another invoice.")
            .arg(MoneyFormat::format(r->gross), r->clientName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = InvoiceService(m_db, m_clock).discardDraft(id); !s) {
        MessageBox::critical(this, tr("Discard draft"), ErrorText::describe(s.error()));
        return;
    }
    emit invoicesChanged();
    m_stale = true;
    load();
    setNotice(tr("Draft discarded. Its calls can be invoiced again."));
}

void InvoicesView::creditNote()
{
    const InvoiceRow *r = currentRow();
    if (!r || r->kind != InvoiceKind::Invoice || r->status == InvoiceStatus::Draft)
        return;
    const Money remaining = Money::fromMinor(r->gross.minor() - r->credited.minor(), r->gross.currency());
    CreditNoteDialog dialog(r->number, remaining, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    creditSelected(dialog.amountMinor());
}

void InvoicesView::creditSelected(std::optional<qint64> amountMinor)
{
    const InvoiceRow *r = currentRow();
    if (!r || r->kind != InvoiceKind::Invoice || r->status == InvoiceStatus::Draft)
        return;
    const QString number = r->number;
    const Money remaining = Money::fromMinor(r->gross.minor() - r->credited.minor(), r->gross.currency());
    const Money amount = amountMinor ? Money::fromMinor(*amountMinor, r->gross.currency()) : remaining;
    const auto answer = MessageBox::question(this, tr("Credit note"),
        tr("Issue a credit note of %1 for invoice %2 (%3)?\n\nThe credit note gets its own number and is permanent: "
           "it can never be edited or deleted. Invoice %2 itself stays as it was issued.")
            .arg(MoneyFormat::format(amount), number, r->clientName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto note = InvoiceService(m_db, m_clock).credit(number, amountMinor);
    if (!note) {
        MessageBox::critical(this, tr("Credit note"), ErrorText::describe(note.error()));
        return;
    }
    emit invoicesChanged();
    showInvoice(note->number);
    setNotice(tr("Credit note %1 issued for invoice %2.").arg(note->number, number));
}

void InvoicesView::exportArchive()
{
    if (m_archive)
        return;
    const auto [from, to] = exportPeriod();
    const QString name = QStringLiteral("factures-%1-%2.zip").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    const QString target = choose(ChooserKind::SaveFile,
        tr("Archive of the invoices from %1 to %2")
            .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat)),
        QDir(QDir::homePath()).filePath(name), tr("ZIP archive (*.zip)"));
    if (target.isEmpty())
        return;
    m_archive = std::make_unique<InvoiceArchiveWriter>(m_db, from, to, target);
    m_archivePath = target;
    if (auto s = m_archive->start(); !s) {
        m_archive.reset();
        finishExport(false, target, ErrorText::describe(s.error()));
        return;
    }
    m_progress = new QProgressDialog(tr("Rendering the invoices…"), tr("Cancel"), 0, m_archive->total(), this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Archive"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_exportTimer->stop();
        if (m_archive)
            m_archive->cancel();
        m_archive.reset();
        finishExport(false, m_archivePath, QString());
    });
    m_exportTimer->start();
}

void InvoicesView::exportStep()
{
    if (!m_archive || !m_progress) {
        m_exportTimer->stop();
        return;
    }
    if (m_progress->wasCanceled()) { // cancelled without the signal (QProgressDialog::cancel())
        m_exportTimer->stop();
        m_archive->cancel();
        m_archive.reset();
        finishExport(false, m_archivePath, QString());
        return;
    }
    // One document per turn of the event loop (a render takes a few tens of milliseconds): the
    // window repaints and the Cancel button answers between two documents.
    if (!m_archive->atEnd()) {
        if (auto s = m_archive->step(); !s) {
            m_exportTimer->stop();
            m_archive.reset();
            finishExport(false, m_archivePath, ErrorText::describe(s.error()));
            return;
        }
        m_progress->setLabelText(tr("Rendering invoice %1 of %2…").arg(m_archive->done()).arg(m_archive->total()));
        m_progress->setValue(m_archive->done()); // may process events: Cancel can end the export here
        return;
    }
    m_exportTimer->stop();
    const int count = m_archive->total();
    auto s = m_archive->finish();
    m_archive.reset();
    if (!s)
        finishExport(false, m_archivePath, ErrorText::describe(s.error()));
    else
        finishExport(true, m_archivePath, tr("%n document(s) archived in %1.", nullptr, count).arg(QDir::toNativeSeparators(m_archivePath)));
}

void InvoicesView::finishExport(bool ok, const QString &path, const QString &message)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (ok)
        setNotice(message);
    else if (!message.isEmpty())
        MessageBox::critical(this, tr("Export"), message);
    else
        setNotice(tr("Export cancelled: nothing was written."));
    emit exportFinished(ok, path);
}

void InvoicesView::exportFec(int year)
{
    const QString dir = choose(ChooserKind::Folder, tr("Folder for the FEC of %1").arg(year), QDir::homePath(), QString());
    if (dir.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the FEC of %1…").arg(year), QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto file = AccountingExport::writeFec(m_db, year, dir); // QSaveFile: whole file or nothing
    progress.reset();
    if (!file) {
        finishExport(false, dir, ErrorText::describe(file.error()));
        return;
    }
    finishExport(true, *file, tr("FEC of %1 written: %2").arg(year).arg(QDir::toNativeSeparators(*file)));
}

void InvoicesView::exportCsv()
{
    const auto [from, to] = exportPeriod();
    const QString name = QStringLiteral("factures-%1-%2.csv").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    const QString target = choose(ChooserKind::SaveFile,
        tr("Invoices and payments from %1 to %2")
            .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat)),
        QDir(QDir::homePath()).filePath(name), tr("CSV (*.csv)"));
    if (target.isEmpty())
        return;
    QProgressDialog progress(tr("Writing the CSV…"), QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto s = AccountingExport::writeCsv(m_db, from, to, target); // QSaveFile: whole file or nothing
    progress.reset();
    if (!s) {
        finishExport(false, target, ErrorText::describe(s.error()));
        return;
    }
    finishExport(true, target, tr("CSV written: %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace minutier
