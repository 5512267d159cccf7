#include "DatabaseLogin.h"

#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>
#include <QUrl>

namespace minutier::DatabaseLogin {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("minutier::DatabaseLogin", text);
}

template <typename T, typename Start> std::optional<T> wait(int timeoutMs, Start start)
{
    QEventLoop loop;
    std::optional<T> out;
    start(&loop, [&](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}
} // namespace

QString storedPassword(SecretStore &secrets, const QString &location, int timeoutMs)
{
    const QString name = Database::passwordSecretName(location);
    if (name.isEmpty())
        return {};
    auto read = wait<Result<QString>>(timeoutMs, [&](QObject *context, auto done) {
        secrets.readSecret(name, context, done);
    });
    return read && read->ok() ? read->value() : QString();
}

Status storePassword(SecretStore &secrets, const QString &location, const QString &password, int timeoutMs)
{
    const QString name = Database::passwordSecretName(location);
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a PostgreSQL URL: %1").arg(Database::redactedLocation(location)));
    auto written = wait<Status>(timeoutMs, [&](QObject *context, auto done) {
        secrets.writeSecret(name, password, context, done);
    });
    if (!written)
        return makeError(ErrorCode::Keychain, QStringLiteral("the keychain did not answer"));
    return *written;
}

Result<std::unique_ptr<Database>> open(const QString &location, SecretStore *secrets, const Prompt &prompt)
{
    const bool asksPassword = Database::isPostgresLocation(location) && QUrl(location).password().isEmpty();
    QString password = asksPassword && secrets ? storedPassword(*secrets, location) : QString();
    auto db = Database::open(location, password);
    for (int attempt = 0; attempt < 3 && !db && asksPassword && prompt && Database::isPasswordRefused(db.error()); ++attempt) {
        const QString reason = password.isEmpty() ? tr("The database server asks for a password.")
                                                  : tr("The database server refused the password.");
        const std::optional<QString> typed = prompt(Database::redactedLocation(location), reason);
        if (!typed || typed->isEmpty())
            break;
        password = *typed;
        db = Database::open(location, password);
        if (db && secrets)
            (void)storePassword(*secrets, location, password); // next start: no question
    }
    return db;
}

Prompt dialogPrompt()
{
    return [](const QString &redactedLocation, const QString &reason) -> std::optional<QString> {
        bool ok = false;
        const QString typed = QInputDialog::getText(nullptr, tr("Database password"),
            reason + QStringLiteral("\n") + tr("Password for %1 (kept in the system keychain):").arg(redactedLocation),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return typed;
    };
}

} // namespace minutier::DatabaseLogin
