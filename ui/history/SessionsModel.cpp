#include "SessionsModel.h"

#include "common/Labels.h"
#include "common/MoneyFormat.h"

#include <QLocale>

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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
    }
    return {};
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
    m_rows.append(rows.value());
    endInsertRows();
    m_notifying = false;
}

} // namespace minutier
