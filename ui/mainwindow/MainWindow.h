#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"
#include "domain/Profile.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace minutier {

class CallController;
class SoundCues;
class TrayTicker;
class CallPanel;
class Clock;
class ClientsView;
class Database;
class DefaultOffers;
class HistoryView;
class InvoicesView;
class OnboardingWizard;
class PaymentSetup;
class SettingsView;
class SlotsView;

// The main window: a navigation sidebar (Call, Clients, History, Invoices, Open slots, Settings) over a stack of views.
// Everything it needs is passed in; it owns no global state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Call, Clients, History, Invoices, Slots, Settings };

    // `dataDir` holds what is not in the database: invoices/<number>.pdf and slots.json.
    MainWindow(Database &db, const Clock &clock, QSettings &settings, const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    CallPanel *callPanel() const { return m_call; }
    // The one live call of the window, shared with the tray.
    CallController *callController() const { return m_controller; }
    TrayTicker *tray() const { return m_tray; }
    SoundCues *sounds() const { return m_sounds; }
    ClientsView *clientsView() const { return m_clients; }
    HistoryView *historyView() const { return m_history; }
    InvoicesView *invoicesView() const { return m_invoices; }
    SettingsView *settingsView() const { return m_settingsView; }
    SlotsView *slotsView() const { return m_slots; }
    Page currentPage() const;

    // Opens the onboarding wizard when no business identity is stored yet; returns it (or null).
    OnboardingWizard *showFirstRunIfNeeded();
    void restoreGeometryFromSettings();
    // Calls left behind by a crash or a power cut: asks, for each, to bill it up to its last
    // heartbeat or to discard it (kept, never deleted); "later" leaves it for the next start.
    // Returns how many were settled.
    int recoverInterruptedCalls();
    // The payment provider (Stripe) for the call panel, the history and the settings; invoicing
    // follows settlements and refunds; unfinished payment operations are reconciled once the
    // provider is ready. Null or never ready: calls are invoiced payable by bank transfer.
    void setPayments(PaymentSetup *payments);

public slots:
    void showPage(minutier::MainWindow::Page page);
    void reloadCatalogue();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    Database &m_db;
    const Clock &m_clock;
    QSettings &m_settings;
    std::unique_ptr<DefaultOffers> m_defaults;
    std::optional<Profile> m_profile;
    CallController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    CallPanel *m_call;
    ClientsView *m_clients;
    HistoryView *m_history;
    InvoicesView *m_invoices;
    SlotsView *m_slots;
    SettingsView *m_settingsView;
    QLabel *m_status;
    TrayTicker *m_tray;
    SoundCues *m_sounds;
};

} // namespace minutier
