#pragma once

#include <QString>

namespace minutier {

// The folder the desktop keeps its files in (the default database, slots.json, invoices/,
// recordings/): QStandardPaths::AppDataLocation as seen by organisation "Minutier", application
// "minutier", whatever the running program is called (minutier, minutier-cli, a test executable),
// so that the desktop and the command line always meet in the same folder. Honours
// QStandardPaths' test mode and the platform's variables (XDG_DATA_HOME...).
class DataLocation final
{
public:
    static constexpr const char *kOrganizationName = "Minutier";
    static constexpr const char *kApplicationName = "minutier";

    static QString directory();
};

} // namespace minutier
