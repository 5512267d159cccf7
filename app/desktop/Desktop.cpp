#include "Desktop.h"

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
#include <QUrl>

#include <memory>

namespace minutier::Desktop {

int run(QApplication &app, const Hooks &hooks)
{
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
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QCoreApplication::translate("main", "Database file or postgresql:// URL."), QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(helpOption) || parser.isSet(versionOption)) {
        fonts.wait(); // the parser ends the process: the font worker must not hold Qt's font lock then
        parser.process(app); // prints the help, the version or the error, and exits
    }

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

    const auto cannotOpen = [&location](const Error &error) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Minutier"),
            QCoreApplication::translate("main", "Minutier cannot open its database."), QMessageBox::Close);
        box.setInformativeText(ErrorText::describe(error) + QStringLiteral("\n\n")
            + QCoreApplication::translate("main", "Location: %1")
                  .arg(QDir::toNativeSeparators(Database::redactedLocation(location))));
        box.setDetailedText(error.detail);
        box.exec();
        return 1;
    };
    const QString keychainAccount = qEnvironmentVariable("MINUTIER_KEYCHAIN_ACCOUNT").trimmed();
    KeychainSecretStore secrets(keychainAccount.isEmpty() ? QStringLiteral("default") : keychainAccount);
    std::unique_ptr<Database> db;
    if (Database::isPostgresLocation(location) && QUrl(location).password().isEmpty()) {
        // A postgresql:// location: its password from the keychain, else asked (and then kept there).
        auto opened = DatabaseLogin::open(location, &secrets, DatabaseLogin::dialogPrompt());
        if (!opened)
            return cannotOpen(opened.error());
        db = std::move(opened).value();
    } else {
        // The file (or a URL with its password) opens on a worker thread while the window is built.
        db = Database::openInBackground(location);
    }

    SystemClock clock;
    // The data folder minutier-cli uses too (slots.json, the default database).
    MainWindow window(*db, clock, settings, DataLocation::directory());
    if (auto opened = db->waitUntilOpen(); !opened)
        return cannotOpen(opened.error());
    // The payment provider: the key is read from the keychain asynchronously, once the window is
    // painted; without one, calls are invoiced payable by bank transfer.
    PaymentSetup payments(*db, clock);
    window.setSecretStore(&secrets);
    window.setPayments(&payments);
    window.restoreGeometryFromSettings();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&window, &MainWindow::startupFinished, &window, [&window, &payments, &instance] {
        instance.listen(); // a second launch raises this window from now on
        payments.load();
        if (!window.showFirstRunIfNeeded())
            window.recoverInterruptedCalls();
    });
    if (hooks.beforeShow)
        hooks.beforeShow(window, *db);
    window.show();
    // A window never painted (e.g. opened on a hidden workspace) still reads its keychain and
    // reminds its open slots.
    QTimer::singleShot(3000, &window, &MainWindow::finishStartup);
    return app.exec();
}

} // namespace minutier::Desktop
