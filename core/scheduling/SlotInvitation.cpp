#include "SlotInvitation.h"

#include "billing/PriceExplanation.h"
#include "money/Money.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace minutier {

// The texts were written on the Open slots page: they keep its translation context (literal, for
// lupdate), so their translations still apply.

IcsEvent SlotInvitation::event(const OpenSlot &slot, const std::optional<Profile> &profile,
    const QList<Client> &clients, const QList<Offer> &offers, const QDateTime &stampUtc, const QLocale &locale)
{
    IcsEvent e;
    e.uid = slot.id + QStringLiteral("@minutier");
    e.start = slot.start;
    e.end = slot.plannedEnd();
    e.stamp = stampUtc;
    const QString expert
        = profile ? profile->legalName : QCoreApplication::translate("minutier::SlotsView", "your consultant");
    e.summary = QCoreApplication::translate("minutier::SlotsView", "Call with %1").arg(expert);
    QStringList lines;
    Currency currency = Currency::eur();
    for (const Offer &o : offers) {
        if (o.id == slot.offerId) {
            lines << QCoreApplication::translate("minutier::SlotsView", "Rate: %1")
                         .arg(PriceExplanation::describeOffer(o.policy, locale));
            currency = o.policy.currency;
            break;
        }
    }
    if (slot.isOpenEnded())
        lines << (slot.maxHoldMinor ? QCoreApplication::translate("minutier::SlotsView",
                      "Open-ended call; up to %1 is held on your card and only the minutes used are charged.")
                                          .arg(PriceExplanation::formatMoney(*slot.maxHoldMinor, currency, locale))
                                    : QCoreApplication::translate(
                                        "minutier::SlotsView", "Open-ended call: only the minutes used are charged."));
    else
        lines << QCoreApplication::translate("minutier::SlotsView",
            "Up to %n minute(s); only the minutes used are charged.", nullptr, int(slot.maxMinutes));
    if (!slot.paymentUrl.isEmpty())
        lines << QCoreApplication::translate("minutier::SlotsView", "Please authorise the payment before the call: %1")
                     .arg(slot.paymentUrl);
    if (!slot.note.isEmpty())
        lines << slot.note;
    e.description = lines.join(u'\n');
    e.url = slot.paymentUrl;
    if (profile && !profile->email.isEmpty()) {
        e.organizerName = profile->legalName;
        e.organizerEmail = profile->email;
    }
    for (const Client &c : clients) {
        if (c.id == slot.clientId) {
            e.attendeeName = c.name;
            e.attendeeEmail = c.email;
            break;
        }
    }
    e.alarmMinutesBefore = 10;
    return e;
}

Status SlotInvitation::save(const IcsEvent &event, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    file.write(IcsCalendar::write({ event }));
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

} // namespace minutier
