// minutier: the desktop application. Construction and wiring only.
#include "common/ErrorText.h"
#include "common/FontWarmUp.h"
#include "common/Icons.h"
#include "common/SingleInstance.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "metering/Clock.h"
#include "payments/PaymentSetup.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/DatabaseLogin.h"
#include "storage/DataLocation.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

using namespace minutier;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The fonts load on a worker thread while the settings, the database and the window are set up.
    FontWarmUp fonts;
    QCoreApplication::setOrganizationName(QStringLiteral("Minutier"));
    QCoreApplication::setApplicationName(QStringLiteral("minutier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MINUTIER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Minutier"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.minutier.Minutier"));
    QApplication::setWindowIcon(Icons::appIcon());

    QSettings settings;

    // The system locale, unless the user chose a language in the settings.
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("minutier"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator; // Qt's own dialogs and buttons
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Per-minute billing for short calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main", "Database file or postgresql:// URL."), QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    const QString themeKey = settings.value(QStringLiteral("ui/theme")).toString();
    Theme::apply(app,
        themeKey == QLatin1String("dark") ? Theme::Mode::Dark
            : themeKey == QLatin1String("light") ? Theme::Mode::Light
                                                 : Theme::Mode::System);

    // --database, then $MINUTIER_DATABASE, then the location chosen in the settings, then the default.
    QString explicitLocation = parser.value(databaseOption);
    if (explicitLocation.isEmpty() && qEnvironmentVariableIsEmpty("MINUTIER_DATABASE"))
        explicitLocation = settings.value(QStringLiteral("database/location")).toString();
    const QString location = Database::resolveLocation(explicitLocation);

    SingleInstance instance(QDir::home().absolutePath() + u'|' + Database::redactedLocation(location));
    if (instance.notifyRunningInstance())
        return 0;
    instance.listen();

    // A postgresql:// location: its password from the keychain, else asked (and then kept there).
    const QString keychainAccount = qEnvironmentVariable("MINUTIER_KEYCHAIN_ACCOUNT").trimmed();
    KeychainSecretStore secrets(keychainAccount.isEmpty() ? QStringLiteral("default") : keychainAccount);
    auto db = DatabaseLogin::open(location, &secrets, DatabaseLogin::dialogPrompt());
    if (!db) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Minutier"),
            QCoreApplication::translate("main", "Minutier cannot open its database."), QMessageBox::Close);
        box.setInformativeText(ErrorText::describe(db.error()) + QStringLiteral("\n\n")
            + QCoreApplication::translate("main", "Location: %1")
                  .arg(QDir::toNativeSeparators(Database::redactedLocation(location))));
        box.setDetailedText(db.error().detail);
        box.exec();
        return 1;
    }

    SystemClock clock;
    // The payment provider: the key is read from the keychain asynchronously; without one, calls
    // are invoiced payable by bank transfer.
    PaymentSetup payments(*db.value(), clock);
    // The data folder minutier-cli uses too (slots.json, the default database).
    MainWindow window(*db.value(), clock, settings, DataLocation::directory());
    window.setSecretStore(&secrets);
    window.setPayments(&payments);
    window.restoreGeometryFromSettings();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    QTimer::singleShot(0, &payments, [&payments] { payments.load(); });
    QTimer::singleShot(0, &window, [&window] {
        if (!window.showFirstRunIfNeeded())
            window.recoverInterruptedCalls();
    });
    return app.exec();
}
