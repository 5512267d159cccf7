#include "DataLocation.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace minutier {

QString DataLocation::directory()
{
    // QStandardPaths builds AppDataLocation as <platform base>/<organization>/<application> (each
    // part only when set). Take the running program's names off again to find the base, then put
    // Minutier's on: the result does not depend on how the process named itself.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString suffix;
    if (const QString org = QCoreApplication::organizationName(); !org.isEmpty())
        suffix += u'/' + org;
    if (const QString app = QCoreApplication::applicationName(); !app.isEmpty())
        suffix += u'/' + app;
    if (!suffix.isEmpty() && dir.endsWith(suffix))
        dir.chop(suffix.size());
    return dir + u'/' + QLatin1String(kOrganizationName) + u'/' + QLatin1String(kApplicationName);
}

} // namespace minutier
