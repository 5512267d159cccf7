#pragma once

#include "domain/Offer.h"
#include "domain/Session.h"
#include "payments/PaymentLinkDialog.h"
#include "payments/PaymentRecords.h"

#include <QFrame>
#include <QHash>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace minutier {

class CallController;
class Clock;
class Database;
class PaymentSetup;

// The card hold of the call panel (issue 4, flows 1-4).
//
// Before the call: a planned session id is chosen up front; "Payment link…" opens the
// PaymentLinkDialog for it (amount = the offer's price for the planned minutes, or an amount typed
// in), "Hold on saved card" places a hold on the card a returning client saved earlier. Once
// authorised, "Authorized: 30,00 €" and the hold's expiry are shown; the call then starts under the
// planned id with the authorised total as its hold (plannedSessionId(), authorizedMinor()).
// During the call: the share of the hold used (amber at 80 %, red at the cap); at 90 % a further
// hold is placed once on the saved card (rolling holds) and the controller's hold raised; if that
// fails the meter stays capped and the box says so. When the call is saved: the gross is captured
// across the holds and the rest released ("Captured 12,50 €"), with Retry after a failure.
// Without a payment provider it only says that the call will be paid by bank transfer.
class CallHoldBox final : public QFrame
{
    Q_OBJECT
public:
    // A hold that expires within kExpiryMarginSecs (Stripe's capture_before) no longer counts: the
    // call could outlast it and the capture would fail.
    static constexpr qint64 kExpiryMarginSecs = 3600;

    CallHoldBox(Database &db, const Clock &clock, CallController &controller, QWidget *parent = nullptr);
    ~CallHoldBox() override;

    // Null or not ready: bank transfer only.
    void setPayments(PaymentSetup *setup);
    // The call about to start (amount of the hold, saved card of the client).
    void setSelection(const QString &clientId, const std::optional<Offer> &offer);
    // A planned session prepared elsewhere (an open slot with its payment link).
    void setPlannedSession(const QString &sessionId);

    QString plannedSessionId() const { return m_planned; }
    // The authorised total of the planned session's holds; empty without any.
    std::optional<qint64> authorizedMinor() const;
    // The hold amount for a link or a saved-card hold (planned minutes or typed amount).
    Result<Money> requestedAmount() const;
    PaymentLinkDialog *linkDialog() const { return m_dialog; }
    // The share of the hold used during the call (bar + words), for the ticker to show.
    QWidget *usageWidget() const { return m_usageBox; }
    // Test seam: how often the payment dialog asks Stripe whether the client has paid.
    void setLinkPollInterval(int ms) { m_pollMs = ms; }
    // Reloads the planned session's holds and redraws.
    void updateView();

public slots:
    void openPaymentLink();
    void holdOnSavedCard();
    void retrySettlement();

signals:
    // The expert asked to start the call from the payment dialog.
    void startRequested();
    void holdChanged();

private:
    void onTicked();
    void onStateChanged();
    void onSessionSaved(const minutier::Session &session);
    void placeNextHold();
    void settle();
    void showUsage(int permille, bool capped);
    bool isReady() const;
    bool isUsable(const PaymentHold &hold) const;
    void newPlannedSession();
    // Reads again from Stripe the authorised holds not checked for a while (cancelled in the
    // dashboard, released by the bank...), so that the amount shown and used as the call's cap is
    // what Stripe holds now; the view follows when the answers come.
    void recheckHolds();

    Database &m_db;
    const Clock &m_clock;
    CallController &m_controller;
    QPointer<PaymentSetup> m_setup;
    QString m_clientId;
    std::optional<Offer> m_offer;
    QString m_planned;
    QList<PaymentHold> m_holds; // of the planned session
    QHash<QString, qint64> m_checkedAtMs; // hold id -> Clock::monotonicMs() of its last reading from Stripe
    std::optional<PaymentHold> m_savedCard;
    QPointer<PaymentLinkDialog> m_dialog;
    // The running call
    QString m_callSession;
    qint64 m_blockMinor = 0; // size of a rolling hold
    bool m_nextHoldPending = false;
    bool m_nextHoldFailed = false;
    QString m_nextHoldFailure;
    // The call to settle
    std::optional<Session> m_toSettle;
    bool m_settling = false;
    int m_pollMs = 2000;

    QLabel *m_title;
    QLabel *m_bankTransfer;
    QWidget *m_before;
    QSpinBox *m_minutes;
    QLabel *m_minutesAmount;
    QLineEdit *m_amount;
    QPushButton *m_link;
    QPushButton *m_saved;
    QLabel *m_status;
    QLabel *m_expiry;
    QWidget *m_usageBox;
    QProgressBar *m_usageBar;
    QLabel *m_usage;
    QLabel *m_result;
    QPushButton *m_retry;
};

} // namespace minutier
