#pragma once

#include "domain/Client.h"
#include "domain/Session.h"
#include "storage/SessionRepository.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace minutier {

class ClientListModel;
class Clock;
class Database;
class MonthlyTotalsModel;
class PaymentSetup;
class SessionsModel;

// The history of sessions with filters (period, client, kind), monthly totals, and invoicing:
// "Issue invoice" for the selected ended sessions of one client, "Open PDF" for an invoiced one.
class HistoryView final : public QWidget
{
    Q_OBJECT
public:
    enum class Period { All, ThisMonth, LastMonth, ThisYear };
    using UrlOpener = std::function<bool(const QUrl &)>;

    HistoryView(Database &db, const Clock &clock, QString invoicesDir, QWidget *parent = nullptr);

    void setClients(const QList<Client> &clients);
    // Card refunds of captured sessions (null: none).
    void setPayments(PaymentSetup *payments);
    // Test seam: what "Open PDF" does with the file URL (default: QDesktopServices::openUrl).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    SessionsModel *model() const { return m_model; }
    // Test seam: called with the refund or bank-transfer dialog before it runs (tests fill it in).
    static std::function<void(QDialog &)> s_dialogHook;
    // The history is read when it is shown (or at once if it is visible): nothing at start-up.
    bool isStale() const { return m_stale; }
    MonthlyTotalsModel *totalsModel() const { return m_totals; }
    QString pdfPathFor(const QString &invoiceNumber) const;

public slots:
    void reload();
    void issueInvoice();
    void openPdf();
    void selectSession(const QString &sessionId);
    // "Refund…" for the selected captured session: asks the amount (all that remains by default)
    // and confirms that a credit note will be issued; the refund goes through PaymentService.
    void refund();
    // "Mark paid…" for the invoice of the selected session paid by bank transfer: amount (all
    // that is due by default), date and reference, recorded on the invoice.
    void markPaid();

signals:
    // A row with an invoice was double-clicked: the main window shows it in the invoices view.
    void invoiceActivated(const QString &number);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void updateTotals();
    QList<Session> selectedSessions() const;
    void updateButtons();

    Database &m_db;
    const Clock &m_clock;
    QString m_invoicesDir;
    UrlOpener m_openUrl;
    bool m_stale = true;
    QString m_pendingSelection;
    QList<Client> m_clients;
    SessionsModel *m_model;
    MonthlyTotalsModel *m_totals;
    QComboBox *m_period;
    QComboBox *m_client;
    ClientListModel *m_clientModel = nullptr;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableView *m_table;
    QTableView *m_totalsTable;
    QPushButton *m_issue;
    QPushButton *m_open;
    QPushButton *m_refund = nullptr;
    QPushButton *m_markPaid = nullptr;
    QTimer *m_totalsTimer;
    SessionFilter m_totalsFilter;
    QPointer<PaymentSetup> m_payments;
};

} // namespace minutier
