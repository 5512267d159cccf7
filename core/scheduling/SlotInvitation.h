#pragma once

#include "common/Result.h"
#include "domain/Client.h"
#include "domain/Offer.h"
#include "domain/Profile.h"
#include "scheduling/IcsCalendar.h"
#include "scheduling/OpenSlot.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace minutier {

// The .ics invitation of an open slot, as the desktop's "Save invitation (.ics)…" and
// `minutier-cli slot ics` write it: the expert as organiser (when an e-mail is known), the client
// as attendee, the offer's rate, the maximum length or the hold, the payment link and the note in
// the description, a reminder ten minutes before. Texts in the application's language (they keep
// the translation context of the Open slots page).
class SlotInvitation final
{
public:
    static IcsEvent event(const OpenSlot &slot, const std::optional<Profile> &profile, const QList<Client> &clients,
        const QList<Offer> &offers, const QDateTime &stampUtc, const QLocale &locale = QLocale());
    // Writes the invitation holding `event` to `path` atomically.
    static Status save(const IcsEvent &event, const QString &path);
};

} // namespace minutier
