#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace minutier {

// An open slot ("créneau à durée libre"): the expert is available for one client from `start`,
// for at most `maxMinutes` (0 = open-ended, bounded by the maximum hold on the client's card).
struct OpenSlot {
    QString id;
    QString clientId;
    QString offerId;
    QDateTime start; // UTC
    qint64 maxMinutes = 0; // 0: open-ended
    std::optional<qint64> maxHoldMinor; // open-ended slots: the amount held on the card (gross)
    QString paymentUrl; // filled when a payment link was produced
    QString plannedSessionId; // the session the slot's payment link (hold) belongs to; the call runs under it
    QString note;
    bool reminded = false;
    QDateTime createdAt;

    bool isOpenEnded() const noexcept { return maxMinutes <= 0; }
    // The end written in the invitation: start + max length, or one hour for an open-ended slot.
    QDateTime plannedEnd() const;

    QJsonObject toJson() const;
    static std::optional<OpenSlot> fromJson(const QJsonObject &json);
};

} // namespace minutier
