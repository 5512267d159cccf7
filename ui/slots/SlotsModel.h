#pragma once

#include "domain/Client.h"
#include "scheduling/OpenSlot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace minutier {

class SlotsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, Client, Length, Payment, Reminder, ColumnCount };
    enum Role { SlotIdRole = Qt::UserRole + 1 };

    explicit SlotsModel(QObject *parent = nullptr);
    void setSlots(const QList<OpenSlot> &entries, const QList<minutier::Client> &clients);
    const OpenSlot *slotAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OpenSlot> m_slots;
    QHash<QString, QString> m_clientNames;
};

} // namespace minutier
