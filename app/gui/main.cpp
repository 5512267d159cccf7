// minutier: the desktop application. Construction and wiring only.
#include "metering/Clock.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace minutier;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Minutier"));
    QCoreApplication::setApplicationName(QStringLiteral("minutier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINUTIER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Minutier"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.minutier.Minutier"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("minutier"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Per-minute billing for short calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main", "Database file or postgresql:// URL."), QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    auto db = Database::open(Database::resolveLocation(parser.value(databaseOption)));
    if (!db) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Minutier"),
            QCoreApplication::translate("main", "Minutier cannot open its database:\n%1").arg(db.error().detail));
        return 1;
    }
    return 0;
}
