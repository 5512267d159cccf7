#include "SlotStore.h"

#include "storage/DataLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace minutier {

SlotStore::SlotStore(QString path)
    : m_path(std::move(path))
{
}

QString SlotStore::fileIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("slots.json"));
}

QString SlotStore::defaultPath()
{
    return fileIn(DataLocation::directory());
}

Result<QList<OpenSlot>> SlotStore::list() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<OpenSlot>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorCode::Io, QStringLiteral("%1 is not a slot list: %2").arg(m_path, error.errorString()));
    QList<OpenSlot> out;
    for (const QJsonValue &v : doc.array())
        if (auto slot = OpenSlot::fromJson(v.toObject()))
            out.append(*slot);
    std::sort(out.begin(), out.end(), [](const OpenSlot &a, const OpenSlot &b) { return a.start < b.start; });
    return out;
}

Status SlotStore::writeAll(const QList<OpenSlot> &entries)
{
    QJsonArray array;
    for (const OpenSlot &s : entries)
        array.append(s.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(array).toJson());
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    return {};
}

Result<OpenSlot> SlotStore::save(OpenSlot slot)
{
    if (slot.clientId.isEmpty() || !slot.start.isValid() || slot.maxMinutes < 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a slot needs a client, a start and a non-negative length"));
    auto entries = list();
    if (!entries)
        return entries.error();
    QList<OpenSlot> all = entries.value();
    if (slot.id.isEmpty()) {
        slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        all.append(slot);
    } else {
        auto it = std::find_if(all.begin(), all.end(), [&](const OpenSlot &s) { return s.id == slot.id; });
        if (it == all.end())
            all.append(slot);
        else
            *it = slot;
    }
    if (auto s = writeAll(all); !s)
        return s.error();
    return slot;
}

Status SlotStore::remove(const QString &id)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    QList<OpenSlot> all = entries.value();
    const auto removed = all.removeIf([&](const OpenSlot &s) { return s.id == id; });
    if (removed == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no slot %1").arg(id));
    return writeAll(all);
}

} // namespace minutier
