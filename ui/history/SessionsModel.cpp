#include "SessionsModel.h"

#include "common/Labels.h"
#include "common/MoneyFormat.h"

#include <QLocale>

namespace minutier {

SessionsModel::SessionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionsModel::setSessions(QList<Session> sessions)
{
    m_notifying = true;
    beginResetModel();
    m_sessions = std::move(sessions);
    m_visible = int(std::min<qsizetype>(m_sessions.size(), kBatch));
    endResetModel(); // views may ask for more rows from inside the reset notification
    m_notifying = false;
}

const Session *SessionsModel::sessionAt(int row) const
{
    return row >= 0 && row < m_visible ? &m_sessions.at(row) : nullptr;
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_sessions.at(index.row());
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
    return !parent.isValid() && !m_notifying && m_visible < m_sessions.size();
}

void SessionsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_notifying)
        return;
    const int more = int(std::min<qsizetype>(kBatch, m_sessions.size() - m_visible));
    if (more <= 0)
        return;
    m_notifying = true; // no nested fetch from inside the insertion notifications
    beginInsertRows({}, m_visible, m_visible + more - 1);
    m_visible += more;
    endInsertRows();
    m_notifying = false;
}

} // namespace minutier
