#include "OpenSlot.h"

namespace minutier {

QDateTime OpenSlot::plannedEnd() const
{
    return start.addSecs((isOpenEnded() ? 60 : maxMinutes) * 60);
}

QJsonObject OpenSlot::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("offer_id"), offerId },
        { QStringLiteral("start"), start.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("max_minutes"), maxMinutes },
        { QStringLiteral("payment_url"), paymentUrl },
        { QStringLiteral("note"), note },
        { QStringLiteral("reminded"), reminded },
        { QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate) },
    };
    if (maxHoldMinor)
        o.insert(QStringLiteral("max_hold_minor"), *maxHoldMinor);
    if (!plannedSessionId.isEmpty())
        o.insert(QStringLiteral("planned_session_id"), plannedSessionId);
    return o;
}

std::optional<OpenSlot> OpenSlot::fromJson(const QJsonObject &json)
{
    OpenSlot s;
    s.id = json.value(QStringLiteral("id")).toString();
    s.clientId = json.value(QStringLiteral("client_id")).toString();
    s.offerId = json.value(QStringLiteral("offer_id")).toString();
    s.start = QDateTime::fromString(json.value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC();
    s.maxMinutes = json.value(QStringLiteral("max_minutes")).toInteger();
    if (json.contains(QStringLiteral("max_hold_minor")))
        s.maxHoldMinor = json.value(QStringLiteral("max_hold_minor")).toInteger();
    s.paymentUrl = json.value(QStringLiteral("payment_url")).toString();
    s.plannedSessionId = json.value(QStringLiteral("planned_session_id")).toString();
    s.note = json.value(QStringLiteral("note")).toString();
    s.reminded = json.value(QStringLiteral("reminded")).toBool();
    s.createdAt = QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate).toUTC();
    if (s.id.isEmpty() || s.clientId.isEmpty() || !s.start.isValid() || s.maxMinutes < 0)
        return std::nullopt;
    return s;
}

} // namespace minutier
