#pragma once

#include "domain/Client.h"
#include "domain/Session.h"

#include <QList>
#include <QString>

namespace minutier::Labels {

// Translated names of domain values, in one place.
QString clientKind(ClientKind kind);
QList<ClientKind> allClientKinds();
QString sessionState(SessionState state);
QString language(const QString &code);

} // namespace minutier::Labels
