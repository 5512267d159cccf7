#include "SessionsModel.h"

#include "common/Labels.h"
#include "common/MoneyFormat.h"
#include "storage/Database.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSessionsModel, "minutier.ui.history.model")

namespace minutier {

SessionsModel::SessionsModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status SessionsModel::setFilter(const SessionFilter &filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = kBatch;
    SessionRepository repo(m_db);
    auto total = repo.count(m_filter);
    auto rows = total ? repo.list(m_filter) : Result<QList<Session>>(total.error());
    m_notifying = true; // views may ask for more rows from inside the reset notification
    beginResetModel();
    m_total = total ? total.value() : 0;
    m_rows = rows ? std::move(rows).value() : QList<Session>();
    m_payments.clear();
    loadPayments(m_rows);
    endResetModel();
    m_notifying = false;
    if (!rows)
        return rows.error();
    return {};
}

const Session *SessionsModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
        case Client:
            return s.clientName;
        case Offer:
            return s.offerName;
        case Duration:
            return MoneyFormat::formatDuration(s.durationMs);
        case Amount:
            return MoneyFormat::format(s.gross);
        case State:
            return Labels::sessionState(s.state);
        case Invoice:
            return s.invoiceNumber;
        case Payment: {
            const QString state = paymentState(s);
            const PaymentInfo info = m_payments.value(s.id);
            const auto money = [&s](qint64 minor) { return MoneyFormat::format(Money::fromMinor(minor, s.gross.currency())); };
            if (state == QLatin1String("captured"))
                return tr("Card: %1 captured").arg(money(info.capturedMinor));
            if (state == QLatin1String("refunded"))
                return tr("Card: refunded");
            if (state == QLatin1String("partly_refunded"))
                return tr("Card: %1 refunded").arg(money(info.refundedMinor));
            if (state == QLatin1String("not_charged"))
                return tr("Not charged");
            if (state == QLatin1String("awaiting_capture"))
                return tr("Card: awaiting capture");
            if (state == QLatin1String("bank_transfer"))
                return s.invoiceNumber.isEmpty() ? tr("Bank transfer") : tr("Bank transfer: unpaid");
            if (state == QLatin1String("bank_transfer_paid"))
                return tr("Bank transfer: paid");
            return QString();
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SessionIdRole:
        return s.id;
    case InvoiceNumberRole:
        return s.invoiceNumber;
    case StateRole:
        return sessionStateKey(s.state);
    case PaymentStateRole:
        return paymentState(s);
    case RefundableMinorRole: {
        const PaymentInfo info = m_payments.value(s.id);
        return info.capturedMinor - info.refundedMinor;
    }
    }
    return {};
}

QString SessionsModel::paymentState(const Session &s) const
{
    const auto it = m_payments.constFind(s.id);
    if (it != m_payments.cend())
        return it->status;
    if (s.state == SessionState::Ended || s.state == SessionState::Billed)
        return QStringLiteral("bank_transfer");
    return {};
}

void SessionsModel::loadPayments(const QList<Session> &rows)
{
    if (rows.isEmpty())
        return;
    QString marks;
    for (qsizetype i = 0; i < rows.size(); ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    QSqlQuery held(m_db.connection());
    held.prepare(QStringLiteral("SELECT DISTINCT session_id FROM payment_holds WHERE status = 'authorized' AND "
                                "session_id IN (%1)")
                     .arg(marks));
    for (const Session &s : rows)
        held.addBindValue(s.id);
    if (held.exec()) {
        while (held.next())
            m_payments.insert(held.value(0).toString(), PaymentInfo { QStringLiteral("awaiting_capture") });
    } else {
        qCWarning(lcSessionsModel) << "holds not read" << held.lastError().text();
    }
    // Invoices paid by bank transfer (no card payment row below overrides them).
    QSqlQuery invoiced(m_db.connection());
    invoiced.prepare(QStringLiteral("SELECT s.id FROM sessions s JOIN invoices i ON i.id = s.invoice_id "
                                    "WHERE i.status = 'paid' AND s.id IN (%1)")
                         .arg(marks));
    for (const Session &s : rows)
        invoiced.addBindValue(s.id);
    if (invoiced.exec()) {
        while (invoiced.next())
            m_payments.insert(invoiced.value(0).toString(), PaymentInfo { QStringLiteral("bank_transfer_paid") });
    } else {
        qCWarning(lcSessionsModel) << "invoices not read" << invoiced.lastError().text();
    }
    QSqlQuery paid(m_db.connection());
    paid.prepare(QStringLiteral("SELECT session_id, status, captured_minor, refunded_minor FROM session_payments "
                                "WHERE session_id IN (%1)")
                     .arg(marks));
    for (const Session &s : rows)
        paid.addBindValue(s.id);
    if (!paid.exec()) {
        qCWarning(lcSessionsModel) << "payments not read" << paid.lastError().text();
        return;
    }
    while (paid.next())
        m_payments.insert(paid.value(0).toString(),
            PaymentInfo { paid.value(1).toString(), paid.value(2).toLongLong(), paid.value(3).toLongLong() });
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Client:
        return tr("Client");
    case Offer:
        return tr("Offer");
    case Duration:
        return tr("Duration");
    case Amount:
        return tr("Amount");
    case State:
        return tr("State");
    case Invoice:
        return tr("Invoice");
    case Payment:
        return tr("Payment");
    }
    return {};
}

bool SessionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_notifying && m_rows.size() < m_total;
}

void SessionsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_notifying || m_rows.size() >= m_total)
        return;
    SessionFilter page = m_filter;
    page.offset = int(m_rows.size());
    auto rows = SessionRepository(m_db).list(page);
    if (!rows || rows->isEmpty()) {
        m_total = m_rows.size(); // the table shrank meanwhile: stop asking
        return;
    }
    m_notifying = true; // no nested fetch from inside the insertion notifications
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    loadPayments(rows.value());
    m_rows.append(rows.value());
    endInsertRows();
    m_notifying = false;
}

} // namespace minutier
