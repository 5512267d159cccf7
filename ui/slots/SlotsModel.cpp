#include "SlotsModel.h"

#include "common/MoneyFormat.h"

#include <QLocale>

namespace minutier {

SlotsModel::SlotsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SlotsModel::setSlots(const QList<OpenSlot> &entries, const QList<minutier::Client> &clients)
{
    beginResetModel();
    m_slots = entries;
    m_clientNames.clear();
    for (const minutier::Client &c : clients)
        m_clientNames.insert(c.id, c.name);
    endResetModel();
}

const OpenSlot *SlotsModel::slotAt(int row) const
{
    return row >= 0 && row < m_slots.size() ? &m_slots.at(row) : nullptr;
}

int SlotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

int SlotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlotsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpenSlot &s = m_slots.at(index.row());
    if (role == SlotIdRole)
        return s.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start:
        return QLocale().toString(s.start.toLocalTime(), QLocale::ShortFormat);
    case Client:
        return m_clientNames.value(s.clientId, tr("(deleted client)"));
    case Length:
        if (!s.isOpenEnded())
            return tr("up to %n min", nullptr, int(s.maxMinutes));
        if (s.maxHoldMinor)
            return tr("open-ended, hold %1").arg(MoneyFormat::format(Money::fromMinor(*s.maxHoldMinor, Currency::eur())));
        return tr("open-ended");
    case Payment:
        return s.paymentUrl.isEmpty() ? tr("Bank transfer / invoice") : s.paymentUrl;
    case Reminder:
        return s.reminded ? tr("Reminded") : tr("Pending");
    }
    return {};
}

QVariant SlotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Starts");
    case Client:
        return tr("Client");
    case Length:
        return tr("Length");
    case Payment:
        return tr("Payment");
    case Reminder:
        return tr("Reminder");
    }
    return {};
}

} // namespace minutier
