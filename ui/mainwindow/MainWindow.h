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
class CallAudioBar;
class CallPanel;
class Clock;
class ClientsView;
class Database;
class DefaultOffers;
class HistoryView;
class InvoicesView;
class OnboardingWizard;
class SecretStore;
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

    // The call panel, its client picker filled (the client directory is read right after the
    // first paint, or here if asked for before).
    CallPanel *callPanel();
    // The call's optional microphone level and consented recording, under the ticker.
    // The call's microphone level and recording strip, built right after the first paint.
    CallAudioBar *audioBar();
    // The one live call of the window, shared with the tray.
    CallController *callController() const { return m_controller; }
    // Only the call panel is built with the window, so that it paints at once. The other views
    // are built the first time they are shown or asked for here; the tray, the sounds and the
    // open slots (whose reminders must run) right after the first paint (or when asked for).
    TrayTicker *tray();
    SoundCues *sounds();
    ClientsView *clientsView();
    HistoryView *historyView();
    InvoicesView *invoicesView();
    SettingsView *settingsView();
    SlotsView *slotsView();
    bool isPageBuilt(Page page) const;
    // The keychain (the PostgreSQL password in Settings > Database); may be null.
    void setSecretStore(SecretStore *secrets);
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
    // Settles the card operations a crash or a lost connection left unconfirmed, by reading Stripe
    // (never by sending them again): each time the provider becomes ready, and again after
    // setReconcileRetryInterval() (5 minutes) while Stripe could not be reached.
    void reconcilePayments();
    void setReconcileRetryInterval(int ms);
    // What follows the first paint (the client directory, the audio strip, the tray, the sounds,
    // the open slots' reminders, then startupFinished()); runs once, by itself right after the
    // first paint, or earlier when called.
    void finishStartup();

signals:
    // Right after the first paint, once what the first screen does not show is built: the place for
    // start-up work that should not delay the window (the keychain, the first-run wizard).
    void startupFinished();

public slots:
    void showPage(minutier::MainWindow::Page page);
    void reloadCatalogue();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void installPage(Page page, QWidget *view);
    void ensurePage(Page page);
    void loadClientsView();
    void loadCatalogue(bool withClients);
    // The two halves of loadCatalogue(): the database read (false, and the status bar says why,
    // when it fails), then the views filled.
    bool readCatalogue(bool withClients);
    void applyCatalogue();
    void ensureCatalogue();

    Database &m_db;
    const Clock &m_clock;
    QSettings &m_settings;
    std::unique_ptr<DefaultOffers> m_defaults;
    std::optional<Profile> m_profile;
    QString m_dataDir;
    // The catalogue read once by reloadCatalogue() and shared (implicitly) with the built views:
    // the client directory (ClientRepository::directory(): what pickers need) and the offers.
    QList<Client> m_clientList;
    QList<Offer> m_offers;
    bool m_painted = false;
    bool m_startupFinished = false;
    bool m_catalogueLoaded = false;
    SecretStore *m_secrets = nullptr;
    PaymentSetup *m_payments = nullptr;
    bool m_reconciling = false;
    int m_reconcileRetryMs = 5 * 60'000;
    CallController *m_controller;
    QWidget *m_central; // built first: the pages are created inside it, never moved (a move re-polishes a whole tree)
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    CallPanel *m_call = nullptr;
    CallAudioBar *m_audio = nullptr;
    ClientsView *m_clients = nullptr;
    HistoryView *m_history = nullptr;
    InvoicesView *m_invoices = nullptr;
    SlotsView *m_slots = nullptr;
    SettingsView *m_settingsView = nullptr;
    QLabel *m_status;
    TrayTicker *m_tray = nullptr;
    SoundCues *m_sounds = nullptr;
};

} // namespace minutier
