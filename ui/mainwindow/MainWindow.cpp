#include "MainWindow.h"

#include "audio/CallAudioBar.h"
#include "call/CallPanel.h"
#include "common/MoneyFormat.h"
#include "metering/CallController.h"
#include "metering/RecoveryService.h"
#include "metering/SessionService.h"
#include "clients/ClientsView.h"
#include "storage/DefaultOffers.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "mainwindow/NavigationDelegate.h"
#include "history/HistoryView.h"
#include "invoices/InvoicesView.h"
#include "invoicing/InvoiceService.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "onboarding/OnboardingWizard.h"
#include "settings/SettingsView.h"
#include "slots/SlotsView.h"
#include "sound/SoundCues.h"
#include "tray/TrayTicker.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProfileRepository.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace minutier {

MainWindow::MainWindow(Database &db, const Clock &clock, QSettings &settings, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_defaults(std::make_unique<DefaultOffers>(db))
    , m_dataDir(dataDir)
    , m_controller(new CallController(db, clock, this))
    , m_central(new QWidget(this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(m_central))
    , m_status(new QLabel(this))
{
    // First what needs no text, while the fonts load on their worker thread (FontWarmUp): the
    // sidebar's icons drawn. The database, which may still be opening on a worker thread of its own
    // (Database::openInBackground()), is read last.
    const QColor navInk = Theme::colors().sidebarInk;
    const QIcon logoIcon = Icons::appIcon();
    const QPixmap logoPixmap = logoIcon.pixmap(28, 28);
    struct Item {
        Page page;
        QString icon;
        QString text;
        QString shortcut;
    };
    const QList<Item> items = {
        { Page::Call, QStringLiteral("call"), tr("Call"), QStringLiteral("Ctrl+1") },
        { Page::Clients, QStringLiteral("clients"), tr("Clients"), QStringLiteral("Ctrl+2") },
        { Page::History, QStringLiteral("history"), tr("History"), QStringLiteral("Ctrl+3") },
        { Page::Invoices, QStringLiteral("invoices"), tr("Invoices"), QStringLiteral("Ctrl+4") },
        { Page::Slots, QStringLiteral("slots"), tr("Open slots"), QStringLiteral("Ctrl+5") },
        { Page::Settings, QStringLiteral("settings"), tr("Settings"), QStringLiteral("Ctrl+6") },
    };
    QList<QIcon> navIcons;
    for (const Item &item : items) {
        navIcons << Icons::icon(item.icon, navInk);
        (void)navIcons.last().pixmap(QSize(20, 20)); // drawn now at the sidebar's size, kept by the icon
    }
    m_call = new CallPanel(db, clock, *m_controller, *m_defaults, m_stack);

    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Minutier"));
    setWindowIcon(logoIcon);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFixedWidth(200);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_navigation->setMouseTracking(true); // hover
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    {
        QFont font = m_navigation->font();
        font.setPointSizeF(11);
        m_navigation->setFont(font);
        QPalette palette = m_navigation->palette();
        palette.setColor(QPalette::Base, Theme::colors().sidebar);
        palette.setColor(QPalette::Window, Theme::colors().sidebar);
        palette.setColor(QPalette::Text, Theme::colors().sidebarInk);
        m_navigation->setPalette(palette);
    }
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        auto *entry = new QListWidgetItem(navIcons.at(i), item.text, m_navigation);
        entry->setToolTip(tr("%1 (%2)").arg(item.text, QKeySequence(item.shortcut).toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(QKeySequence(item.shortcut), this);
        connect(shortcut, &QShortcut::activated, this, [this, page = item.page] { showPage(page); });
    }
    // The call from anywhere in the window: start, pause/resume, stop (stop still asks when the call
    // is under ten seconds, a likely mis-click).
    const auto callShortcut = [this](const QKeySequence &keys, void (CallPanel::*slot)()) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, slot] {
            showPage(Page::Call);
            (m_call->*slot)();
        });
    };
    callShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &CallPanel::start);
    callShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &CallPanel::start);
    callShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &CallPanel::togglePause);
    callShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &CallPanel::stop);
    m_call->setShortcutHints(QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_P),
        QKeySequence(Qt::CTRL | Qt::Key_E));

    auto *brand = new QLabel(this);
    brand->setObjectName(QStringLiteral("brand"));
    brand->setText(QStringLiteral("Minutier"));
    {
        QFont font = brand->font();
        font.setPointSizeF(17); // the pages' title font
        font.setWeight(QFont::DemiBold);
        brand->setFont(font);
        QPalette palette = brand->palette();
        palette.setColor(QPalette::WindowText, Qt::white);
        brand->setPalette(palette);
    }
    auto *logo = new QLabel(this);
    logo->setPixmap(logoPixmap);
    auto *brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(18, 18, 18, 18);
    brandRow->addWidget(logo);
    brandRow->addWidget(brand, 1);
    auto *sidebar = new QWidget(m_central); // created where it stays (see m_central)
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAutoFillBackground(true);
    {
        QPalette palette = sidebar->palette();
        palette.setColor(QPalette::Window, Theme::colors().sidebar);
        sidebar->setPalette(palette);
    }
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(brandRow);
    sideLayout->addWidget(m_navigation, 1);

    m_stack->addWidget(m_call);
    for (Page page : { Page::Clients, Page::History, Page::Invoices, Page::Slots, Page::Settings }) {
        auto *placeholder = new QWidget(m_stack); // replaced by the view when first shown
        m_stack->insertWidget(int(page), placeholder);
    }

    // Each widget is created where it stays (the call panel in the stack, the stack in the central
    // widget): moving a built tree to another parent resolves its fonts and palettes again.
    QWidget *central = m_central;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(Page(row));
        m_stack->setCurrentIndex(row);
    });
    connect(m_call, &CallPanel::sessionSaved, this, [this](const Session &session) {
        historyView()->reload();
        m_history->selectSession(session.id);
        m_status->setText(tr("Session saved."));
    });
    connect(m_call, &CallPanel::callActiveChanged, this, [this](bool active) {
        setWindowTitle(active ? tr("Minutier — on call") : tr("Minutier"));
    });

    resize(1180, 760);
    m_navigation->setCurrentRow(0);
    // A database that could not be opened is not read: the application says why and quits.
    if (!db.waitUntilOpen())
        return;
    // The default offers moved from the desktop settings to the database (shared by a practice).
    if (auto imported = m_defaults->importLegacy(settings); !imported)
        m_status->setText(ErrorText::describe(imported.error()));
    // The profile and the offers now; the client directory right after the first paint (or as
    // soon as anything asks for the call panel or a view), so that the window paints at once.
    if (readCatalogue(false))
        applyCatalogue();
}

MainWindow::~MainWindow() = default;

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

bool MainWindow::isPageBuilt(Page page) const
{
    switch (page) {
    case Page::Call:
        return true;
    case Page::Clients:
        return m_clients;
    case Page::History:
        return m_history;
    case Page::Invoices:
        return m_invoices;
    case Page::Slots:
        return m_slots;
    case Page::Settings:
        return m_settingsView;
    }
    return false;
}

void MainWindow::ensurePage(Page page)
{
    switch (page) {
    case Page::Call:
        break;
    case Page::Clients:
        clientsView();
        break;
    case Page::History:
        historyView();
        break;
    case Page::Invoices:
        invoicesView();
        break;
    case Page::Slots:
        slotsView();
        break;
    case Page::Settings:
        settingsView();
        break;
    }
}

void MainWindow::installPage(Page page, QWidget *view)
{
    const int index = int(page);
    const bool wasCurrent = m_stack->currentIndex() == index;
    QWidget *placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, view);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    if (wasCurrent)
        m_stack->setCurrentIndex(index);
}

ClientsView *MainWindow::clientsView()
{
    if (m_clients)
        return m_clients;
    ensureCatalogue();
    m_clients = new ClientsView(m_db, this);
    installPage(Page::Clients, m_clients);
    loadClientsView();
    connect(m_clients, &ClientsView::clientsChanged, this, &MainWindow::reloadCatalogue);
    connect(m_clients, &ClientsView::startCallRequested, this, [this](const QString &clientId) {
        m_call->selectClient(clientId);
        showPage(Page::Call);
    });
    return m_clients;
}

void MainWindow::loadClientsView()
{
    // The only view that shows every field of every client reads them itself.
    auto clients = ClientRepository(m_db).list();
    if (!clients) {
        m_status->setText(ErrorText::describe(clients.error()));
        return;
    }
    m_clients->setCatalogue(clients.value(), m_offers);
}

HistoryView *MainWindow::historyView()
{
    if (m_history)
        return m_history;
    ensureCatalogue();
    m_history = new HistoryView(m_db, m_clock, QDir(m_dataDir).filePath(QStringLiteral("invoices")), this);
    installPage(Page::History, m_history);
    m_history->setClients(m_clientList);
    if (m_payments)
        m_history->setPayments(m_payments);
    connect(m_history, &HistoryView::invoiceActivated, this, [this](const QString &number) {
        showPage(Page::Invoices);
        invoicesView()->showInvoice(number);
    });
    return m_history;
}

InvoicesView *MainWindow::invoicesView()
{
    if (m_invoices)
        return m_invoices;
    ensureCatalogue();
    m_invoices = new InvoicesView(m_db, m_clock, QDir(m_dataDir).filePath(QStringLiteral("invoices")), this);
    installPage(Page::Invoices, m_invoices);
    connect(m_invoices, &InvoicesView::invoicesChanged, this, [this] {
        if (m_history)
            m_history->reload();
    });
    return m_invoices;
}

SlotsView *MainWindow::slotsView()
{
    if (m_slots)
        return m_slots;
    ensureCatalogue();
    m_slots = new SlotsView(m_clock, SlotStore::fileIn(m_dataDir), this);
    installPage(Page::Slots, m_slots);
    m_slots->setCatalogue(m_profile, m_clientList, m_offers);
    if (m_payments)
        m_slots->setPayments(m_payments);
    connect(m_slots, &SlotsView::slotStarting, this, [this](const OpenSlot &slot) {
        if (m_call->isCallActive())
            return;
        m_call->selectClient(slot.clientId);
        m_call->selectOffer(slot.offerId);
        m_call->setPlannedSession(slot.plannedSessionId); // its payment link's hold, if any
        showPage(Page::Call);
        m_status->setText(tr("An open slot starts now: the call is ready."));
        showNormal();
        raise();
        activateWindow();
    });
    return m_slots;
}

SettingsView *MainWindow::settingsView()
{
    if (m_settingsView)
        return m_settingsView;
    ensureCatalogue();
    m_settingsView = new SettingsView(m_db, m_settings, *m_defaults, this);
    installPage(Page::Settings, m_settingsView);
    m_settingsView->setCatalogue(m_profile, m_offers);
    m_settingsView->setSoundCues(sounds());
    m_settingsView->setSecretStore(m_secrets);
    if (m_payments)
        m_settingsView->setPayments(m_payments);
    connect(m_settingsView, &SettingsView::profileChanged, this, &MainWindow::reloadCatalogue);
    connect(m_settingsView, &SettingsView::offersChanged, this, &MainWindow::reloadCatalogue);
    return m_settingsView;
}

void MainWindow::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    if (m_settingsView)
        m_settingsView->setSecretStore(secrets);
}

SoundCues *MainWindow::sounds()
{
    if (m_sounds)
        return m_sounds;
    // The sounds mark the cue points of the call.
    m_sounds = new SoundCues(m_settings, this);
    m_sounds->attach(*m_controller);
    return m_sounds;
}

TrayTicker *MainWindow::tray()
{
    if (m_tray)
        return m_tray;
    // The tray shows the running call when the window is hidden.
    m_tray = new TrayTicker(*m_controller, this);
    connect(m_tray, &TrayTicker::startRequested, this, [this] {
        showPage(Page::Call);
        m_call->start();
    });
    connect(m_tray, &TrayTicker::stopConfirmationRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_call->stop(); // asks the expert, the call being that short
    });
    connect(m_tray, &TrayTicker::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->showIfAvailable();
    return m_tray;
}

bool MainWindow::event(QEvent *event)
{
    // What the first screen does not show waits until it is painted.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    return QMainWindow::event(event);
}

void MainWindow::finishStartup()
{
    if (m_startupFinished)
        return;
    m_startupFinished = true;
    ensureCatalogue();
    audioBar();
    tray();
    sounds();
    slotsView(); // its reminders run from now on
    emit startupFinished();
}

CallAudioBar *MainWindow::audioBar()
{
    if (!m_audio) {
        m_audio = new CallAudioBar(m_settings, QDir(m_dataDir).filePath(QStringLiteral("recordings")), m_call);
        m_audio->attach(*m_controller);
        m_call->addToTicker(m_audio);
    }
    return m_audio;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::reloadCatalogue()
{
    loadCatalogue(true);
}

void MainWindow::ensureCatalogue()
{
    if (!m_catalogueLoaded)
        loadCatalogue(true);
}

CallPanel *MainWindow::callPanel()
{
    ensureCatalogue();
    return m_call;
}

void MainWindow::loadCatalogue(bool withClients)
{
    if (readCatalogue(withClients))
        applyCatalogue();
}

bool MainWindow::readCatalogue(bool withClients)
{
    auto profile = ProfileRepository(m_db).load();
    auto clients = withClients ? ClientRepository(m_db).directory() : Result<QList<Client>>(m_clientList);
    auto offers = OfferRepository(m_db).list();
    if (!profile || !clients || !offers) {
        const Error error = !profile ? profile.error() : !clients ? clients.error() : offers.error();
        m_status->setText(ErrorText::describe(error));
        return false;
    }
    m_catalogueLoaded = m_catalogueLoaded || withClients;
    m_profile = profile.value();
    m_clientList = clients.value();
    m_offers = offers.value();
    return true;
}

void MainWindow::applyCatalogue()
{
    m_call->setCatalogue(m_clientList, m_offers);
    if (m_clients)
        loadClientsView();
    if (m_history)
        m_history->setClients(m_clientList);
    if (m_slots)
        m_slots->setCatalogue(m_profile, m_clientList, m_offers);
    if (m_settingsView)
        m_settingsView->setCatalogue(m_profile, m_offers);
    m_status->setText(m_profile ? tr("%1 · database %2").arg(m_profile->legalName, m_db.location())
                                : tr("Database %1").arg(m_db.location()));
}

OnboardingWizard *MainWindow::showFirstRunIfNeeded()
{
    if (m_profile)
        return nullptr;
    auto *wizard = new OnboardingWizard(m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this] {
        reloadCatalogue();
        m_status->setText(tr("All set. Add a client, then start a call."));
        showPage(Page::Clients);
    });
    wizard->open();
    return wizard;
}

int MainWindow::recoverInterruptedCalls()
{
    RecoveryService recovery(m_db, m_clock);
    auto interrupted = recovery.interrupted();
    if (!interrupted) {
        m_status->setText(ErrorText::describe(interrupted.error()));
        return 0;
    }
    int settled = 0;
    for (const Session &s : interrupted.value()) {
        if (m_controller->session() && m_controller->session()->id == s.id)
            continue; // our own live call
        Session priced = s;
        const bool canPrice = SessionService::price(priced).ok();
        const QString when = QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
        const QString text = tr("A call with %1 started on %2 was interrupted (the computer or Minutier stopped) "
                                "after %3.\n\nSave it to bill it up to that moment (%4), or discard it? "
                                "A discarded call stays in the history, unbilled.")
                                 .arg(s.clientName, when, MoneyFormat::formatDuration(s.durationMs),
                                     canPrice ? MoneyFormat::format(priced.gross) : QStringLiteral("—"));
        const auto answer = MessageBox::question(this, tr("Interrupted call"), text,
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        Result<Session> done = makeError(ErrorCode::Internal, QString());
        if (answer == QMessageBox::Save)
            done = recovery.bill(s.id);
        else if (answer == QMessageBox::Discard)
            done = recovery.discard(s.id);
        else
            continue;
        if (!done) {
            MessageBox::critical(this, tr("Interrupted call"), ErrorText::describe(done.error()));
            continue;
        }
        ++settled;
    }
    if (settled > 0 && m_history)
        m_history->reload(); // an unbuilt history reads everything when first shown
    return settled;
}

void MainWindow::setPayments(PaymentSetup *payments)
{
    // The pages not built yet get it when they are (see historyView(), slotsView(), settingsView()).
    m_payments = payments;
    m_call->setPayments(payments);
    if (m_settingsView)
        m_settingsView->setPayments(payments);
    if (m_history)
        m_history->setPayments(payments);
    if (m_slots)
        m_slots->setPayments(payments);
    if (!payments)
        return;
    PaymentService &service = payments->service();
    connect(&service, &PaymentService::sessionSettled, this, [this](const SessionSettlement &settlement) {
        auto touched = InvoiceService(m_db, m_clock).onSessionSettled(settlement.sessionId);
        if (!touched)
            m_status->setText(ErrorText::describe(touched.error()));
        if (m_history)
            m_history->reload();
    });
    connect(&service, &PaymentService::sessionRefunded, this,
        [this](const SessionSettlement &settlement, const Money &amount) {
            auto note = InvoiceService(m_db, m_clock).onSessionRefunded(settlement.sessionId, amount.minor());
            if (!note)
                m_status->setText(ErrorText::describe(note.error()));
            else if (*note)
                m_status->setText(tr("Refunded %1: credit note %2 issued.")
                                      .arg(MoneyFormat::format(amount), (*note)->number));
            else
                m_status->setText(tr("Refunded %1.").arg(MoneyFormat::format(amount)));
            if (m_history)
                m_history->reload();
        });
    // Each time the provider becomes ready (at start, after a new key): operations cut off by a
    // crash or a lost connection are settled by reading Stripe, never sent as new charges.
    connect(payments, &PaymentSetup::stateChanged, this, [this](PaymentSetup::State state) {
        if (state == PaymentSetup::State::Ready)
            reconcilePayments();
    });
    if (payments->isReady())
        reconcilePayments();
}

void MainWindow::setReconcileRetryInterval(int ms)
{
    m_reconcileRetryMs = ms;
}

void MainWindow::reconcilePayments()
{
    if (!m_payments || !m_payments->isReady() || m_reconciling)
        return;
    m_reconciling = true;
    m_payments->service().reconcile(this, [this](Result<ReconcileReport> report) {
        m_reconciling = false;
        if (!report) {
            m_status->setText(
                tr("Pending card payments could not be checked: %1").arg(ErrorText::describe(report.error())));
            return;
        }
        if (report->completed == 0 && report->failed == 0 && report->unresolved == 0)
            return;
        QStringList parts;
        if (report->completed)
            parts << tr("%n interrupted card operation(s) completed", nullptr, report->completed);
        if (report->failed)
            parts << tr("%n failed", nullptr, report->failed);
        if (report->unresolved) {
            parts << tr("%n still unknown (Stripe unreachable; checked again in a few minutes)", nullptr,
                report->unresolved);
            // Read again later, while the window is open (still never sent as new charges).
            QTimer::singleShot(m_reconcileRetryMs, this, &MainWindow::reconcilePayments);
        }
        m_status->setText(parts.join(QStringLiteral(" · ")));
        if (m_history)
            m_history->reload();
    });
}

void MainWindow::restoreGeometryFromSettings()
{
    restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_call->isCallActive()) {
        const auto answer = MessageBox::question(this, tr("Call in progress"),
            tr("A call is in progress. Stop it and save it before closing?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_call->stop();
    }
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace minutier
