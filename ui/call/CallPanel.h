#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"
#include "domain/Session.h"
#include "metering/CallController.h"

#include <QWidget>


class QComboBox;
class QLabel;
class QPushButton;
class QKeySequence;
class QVBoxLayout;

namespace minutier {

class ClientListModel;
class CallHoldBox;
class Clock;
class Database;
class DefaultOffers;
class PaymentSetup;

// The call panel: pick a client (searchable) and an offer (the client's own, else the default for
// the client's relationship), Start / Pause / Stop, and a live ticker. It drives the shared
// CallController (also used by the tray): elapsed time from its meter (monotonic clock), the cost
// from PriceCalculator on that duration, the 'running' row and its heartbeat written by it.
class CallPanel final : public QWidget
{
    Q_OBJECT
public:
    CallPanel(Database &db, const Clock &clock, CallController &controller, const DefaultOffers &defaults,
        QWidget *parent = nullptr);
    ~CallPanel() override;

    void setCatalogue(const QList<Client> &clients, const QList<Offer> &offers);
    void selectClient(const QString &clientId);
    // After selectClient(): another offer than the default one (e.g. the offer of an open slot).
    void selectOffer(const QString &offerId);
    bool isCallActive() const;
    // Card holds before the call, rolling holds during it, capture at the end (null: bank transfer).
    void setPayments(PaymentSetup *payments);
    // A session planned elsewhere (an open slot and its payment link): the next call runs under it.
    void setPlannedSession(const QString &sessionId);
    // The card-hold box, built on first use: right after the panel's first paint, or by whatever
    // needs it first (a planned session, the start of a call). Nothing in it is known before the
    // payment provider's key has been read from the keychain, which happens after the first paint.
    CallHoldBox *holdBox();
    // Shows the window's keyboard shortcuts in the buttons' tooltips.
    void setShortcutHints(const QKeySequence &start, const QKeySequence &pause, const QKeySequence &stop);
    // Adds `widget` at the bottom of the ticker card (e.g. the call's audio strip).
    void addToTicker(QWidget *widget);

public slots:
    void start();
    void togglePause();
    void stop();
    // Redraws the ticker from the controller (on each of its ticks).
    void refresh();
    // Recomputes the "Today" summary from the database.
    void updateToday();

signals:
    void sessionSaved(const minutier::Session &session);
    void callActiveChanged(bool active);

protected:
    bool event(QEvent *event) override;

private:
    void onClientChanged();
    void onCue(CallController::Cue cue);
    void onSaved(const minutier::Session &session);
    void onSuspend(qint64 gapMs);
    void updateButtons();
    void showError(const QString &text);
    const Offer *currentOffer() const;

    Database &m_db;
    const Clock &m_clock;
    const DefaultOffers &m_defaults;
    CallController &m_controller;
    bool m_unsaved = false;
    QList<Offer> m_offers;

    ClientListModel *m_clientModel;
    QComboBox *m_client;
    QComboBox *m_offer;
    QLabel *m_offerSummary;
    QLabel *m_state;
    QLabel *m_elapsed;
    QLabel *m_cost;
    QLabel *m_detail;
    QLabel *m_free;
    QLabel *m_error;
    QLabel *m_today;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_stop;
    CallHoldBox *m_holdBox = nullptr;
    PaymentSetup *m_payments = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_ticker = nullptr;
    int m_usageIndex = -1; // where the hold's usage bar goes in the ticker
    bool m_painted = false;
};

} // namespace minutier
