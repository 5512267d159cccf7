#pragma once

#include "common/Result.h"
#include "scheduling/OpenSlot.h"

#include <QList>
#include <QString>

namespace minutier {

// The open slots of this desktop, kept as a small JSON file next to the settings (written
// atomically). Slots are plans, not accounting records: the call they lead to is a session in the
// database like any other.
class SlotStore final
{
public:
    explicit SlotStore(QString path);

    // The slot file of the data folder `dataDirectory`: <dataDirectory>/slots.json.
    static QString fileIn(const QString &dataDirectory);
    // The desktop's slot file (in DataLocation::directory()): the one the window and minutier-cli share.
    static QString defaultPath();

    Result<QList<OpenSlot>> list() const; // by start time
    Result<OpenSlot> save(OpenSlot slot); // assigns an id when empty
    Status remove(const QString &id);
    QString path() const { return m_path; }

private:
    Status writeAll(const QList<OpenSlot> &entries);

    QString m_path;
};

} // namespace minutier
