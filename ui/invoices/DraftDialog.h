#pragma once

#include "domain/Session.h"
#include "invoicing/Invoice.h"
#include "invoicing/InvoiceService.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace minutier {

class Clock;
class Database;

// Chooses the calls of an invoice draft: "New invoice…" (a client, then their ended calls not yet
// invoiced) or "Edit draft…" (the draft's calls, checked, plus the client's other invoiceable
// calls). Each call shows its date, duration and the amount the billing engine froze on it; the
// total of the checked calls follows the ticks. Nothing is written here: the view applies
// selectedSessionIds() through InvoiceService.
class DraftDialog final : public QDialog
{
    Q_OBJECT
public:
    // New invoice: pick a client among those with invoiceable calls.
    DraftDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);
    // Edit `draft`.
    DraftDialog(Database &db, const Clock &clock, const Invoice &draft, QWidget *parent = nullptr);

    QString clientId() const;
    // The checked calls, in list order (oldest first).
    QStringList selectedSessionIds() const;
    // Checks or unchecks a call (tests and keyboard users alike go through the list).
    bool setSessionChecked(const QString &sessionId, bool checked);
    QStringList listedSessionIds() const;
    bool selectClient(const QString &clientId);
    // The total of the checked calls, as shown.
    QString totalText() const;
    // Empty when the choice can be accepted, else a translated sentence.
    QString problem() const;
    QTreeWidget *sessionList() const { return m_list; }
    // The buyer's references typed (their reference, their purchase order), trimmed, and the
    // payment term chosen (none: the default).
    InvoiceReferences references() const;
    void setReferences(const InvoiceReferences &references);

private:
    void build();
    void loadSessions();
    void update();

    Database &m_db;
    const Clock &m_clock;
    QString m_draftId;
    QString m_clientId;
    QStringList m_draftSessions;
    QComboBox *m_client = nullptr;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_buyerReference = nullptr;
    QLineEdit *m_orderReference = nullptr;
    QSpinBox *m_paymentDays = nullptr; // -1: the default term
    InvoiceReferences m_initialReferences;
    QLabel *m_total = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_loadFailed = false;
};

} // namespace minutier
