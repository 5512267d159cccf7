#include "Labels.h"

#include <QCoreApplication>

namespace minutier::Labels {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("minutier::Labels", text);
}
} // namespace

QString clientKind(ClientKind kind)
{
    switch (kind) {
    case ClientKind::Former:
        return tr("Former client");
    case ClientKind::Prospect:
        return tr("Prospect");
    case ClientKind::Network:
        return tr("Network contact");
    case ClientKind::Premium:
        return tr("Premium client");
    case ClientKind::Audience:
        return tr("Audience");
    }
    return {};
}

QList<ClientKind> allClientKinds()
{
    return { ClientKind::Former, ClientKind::Prospect, ClientKind::Network, ClientKind::Premium, ClientKind::Audience };
}

QString sessionState(SessionState state)
{
    switch (state) {
    case SessionState::Running:
        return tr("Running");
    case SessionState::Paused:
        return tr("Paused");
    case SessionState::Ended:
        return tr("To invoice");
    case SessionState::Billed:
        return tr("Invoiced");
    case SessionState::Interrupted:
        return tr("Interrupted");
    case SessionState::Discarded:
        return tr("Discarded");
    }
    return {};
}

QString language(const QString &code)
{
    if (code == QLatin1String("en"))
        return tr("English");
    return tr("French");
}

} // namespace minutier::Labels
