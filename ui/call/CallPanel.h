#pragma once

#include "domain/Client.h"
#include "domain/Offer.h"
#include "domain/Session.h"
#include "metering/CallMeter.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace minutier {

class Clock;
class Database;
class DefaultOffers;
class SessionService;

// The call panel: pick a client (searchable) and an offer (the client's own, else the default for
// the client's relationship), Start / Pause / Stop, and a live ticker. The timer only refreshes the
// display: elapsed time comes from the meter (monotonic clock) and the cost from PriceCalculator
// on that duration. A 'running' row is written at start and a heartbeat every second.
class CallPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 200;
    static constexpr qint64 kHeartbeatMs = 1000;

    CallPanel(Database &db, const Clock &clock, const DefaultOffers &defaults, QWidget *parent = nullptr);
    ~CallPanel() override;

    void setCatalogue(const QList<Client> &clients, const QList<Offer> &offers);
    void selectClient(const QString &clientId);
    // After selectClient(): another offer than the default one (e.g. the offer of an open slot).
    void selectOffer(const QString &offerId);
    bool isCallActive() const;

public slots:
    void start();
    void togglePause();
    void stop();
    // Redraws the ticker from the meter (called by the refresh timer).
    void refresh();
    // Recomputes the "Today" summary from the database.
    void updateToday();

signals:
    void sessionSaved(const minutier::Session &session);
    void callActiveChanged(bool active);

private:
    void onClientChanged();
    void updateButtons();
    void showError(const QString &text);
    const Offer *currentOffer() const;

    Database &m_db;
    const Clock &m_clock;
    const DefaultOffers &m_defaults;
    std::unique_ptr<SessionService> m_service;
    CallMeter m_meter;
    std::optional<Session> m_session;
    qint64 m_lastHeartbeatMs = 0;
    QList<Client> m_clients;
    QList<Offer> m_offers;

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
    QTimer *m_timer;
};

} // namespace minutier
