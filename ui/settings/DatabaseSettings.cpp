#include "DatabaseSettings.h"

#include "DatabaseLogin.h"
#include "common/ErrorText.h"
#include "secrets/SecretStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QUrl>

#include <memory>

namespace minutier {

namespace {
const QString kLocationKey = QStringLiteral("database/location");
}

DatabaseSettings::DatabaseSettings(const Database &current, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_location(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("Use at next start"), this))
{
    setObjectName(QStringLiteral("databaseSettings"));
    m_location->setObjectName(QStringLiteral("databaseLocationEdit"));
    m_location->setAccessibleName(tr("Database location"));
    m_location->setPlaceholderText(tr("File path, or postgresql://user@host/database"));
    m_location->setText(m_settings.value(kLocationKey, current.location()).toString());
    m_password->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_password->setAccessibleName(tr("Database password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("PostgreSQL password (kept in the system keychain)"));
    m_test->setObjectName(QStringLiteral("testDatabaseButton"));
    m_test->setAccessibleName(tr("Test the database connection"));
    m_save->setObjectName(QStringLiteral("saveDatabaseButton"));
    m_save->setAccessibleName(tr("Use this database at the next start"));
    m_status->setObjectName(QStringLiteral("databaseStatus"));
    m_status->setProperty("role", QStringLiteral("muted"));
    m_status->setWordWrap(true);
    m_status->setText(tr("In use: %1. An SQLite file path or a postgresql:// URL shared by a practice; "
                         "--database and MINUTIER_DATABASE take precedence. Changes take effect at the next start.")
                          .arg(current.location()));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_location, 0, 0, 1, 2);
    layout->addWidget(m_password, 1, 0, 1, 2);
    layout->addWidget(m_test, 2, 0);
    layout->addWidget(m_save, 2, 1);
    layout->addWidget(m_status, 3, 0, 1, 2);

    connect(m_location, &QLineEdit::textChanged, this, &DatabaseSettings::updateFields);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettings::testConnection);
    connect(m_save, &QPushButton::clicked, this, &DatabaseSettings::save);
    updateFields();
}

QString DatabaseSettings::statusText() const
{
    return m_status->text();
}

QString DatabaseSettings::targetLocation() const
{
    const QString text = m_location->text().trimmed();
    return text.isEmpty() ? Database::defaultLocation() : text;
}

void DatabaseSettings::updateFields()
{
    const bool postgres = Database::isPostgresLocation(m_location->text().trimmed());
    m_password->setEnabled(postgres);
    if (!postgres)
        m_password->clear();
}

void DatabaseSettings::testConnection()
{
    const QString location = targetLocation();
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(Database::redactedLocation(location)));
    QString password = m_password->text();
    if (password.isEmpty() && m_secrets && Database::isPostgresLocation(location))
        password = DatabaseLogin::storedPassword(*m_secrets, location);
    probeWith(location, password);
}

void DatabaseSettings::probeWith(const QString &location, const QString &password)
{
    // Connecting may take up to the driver's timeout: off the GUI thread (the connection is made,
    // used and closed in that thread).
    auto result = std::make_shared<Result<Database::Probe>>(makeError(ErrorCode::Internal, QString()));
    QThread *thread = QThread::create([result, location, password] { *result = Database::probe(location, password); });
    connect(thread, &QThread::finished, this, [this, thread, result, location] {
        thread->deleteLater();
        m_test->setEnabled(true);
        showProbe(location, *result);
    });
    thread->start();
}

void DatabaseSettings::showProbe(const QString &location, const Result<Database::Probe> &probe)
{
    const QString where = Database::redactedLocation(location);
    if (!probe) {
        QString text = Database::isPasswordRefused(probe.error())
            ? tr("%1 refused the password. Type the right one above, test again, then save.").arg(where)
            : tr("Cannot use %1: %2").arg(where, ErrorText::describe(probe.error()));
        if (probe.error().code == ErrorCode::NotFound && !Database::isPostgresLocation(location))
            text = tr("There is no file %1 yet: Minutier creates it at the next start.").arg(where);
        m_status->setText(text);
        emit tested(probe.error().code == ErrorCode::NotFound && !Database::isPostgresLocation(location));
        return;
    }
    QString text;
    if (probe->isTooNew())
        text = tr("Connected to %1, but it was written by a newer Minutier (schema %2, this version knows up to %3): "
                  "update Minutier first.")
                   .arg(where)
                   .arg(probe->schemaVersion)
                   .arg(probe->latestVersion);
    else if (probe->isEmpty())
        text = tr("Connected to %1: an empty database. Minutier creates its tables at the next start.").arg(where);
    else if (probe->needsMigration())
        text = tr("Connected to %1: schema %2, updated to %3 at the next start.")
                   .arg(where)
                   .arg(probe->schemaVersion)
                   .arg(probe->latestVersion);
    else
        text = tr("Connected to %1: schema %2, up to date.").arg(where).arg(probe->schemaVersion);
    m_status->setText(text);
    emit tested(!probe->isTooNew());
}

void DatabaseSettings::save()
{
    const QString text = m_location->text().trimmed();
    QString password = m_password->text();
    if (password.isEmpty()) // a URL typed with its password: the password goes to the keychain
        password = QUrl(text).password();
    if (!password.isEmpty()) {
        if (!m_secrets) {
            m_status->setText(ErrorText::describe(ErrorCode::Keychain));
            return;
        }
        if (auto s = DatabaseLogin::storePassword(*m_secrets, text, password); !s) {
            m_status->setText(tr("The password was not saved: %1").arg(ErrorText::describe(s.error())));
            return;
        }
        m_password->clear();
    }
    if (text.isEmpty())
        m_settings.remove(kLocationKey);
    else
        m_settings.setValue(kLocationKey, Database::redactedLocation(text)); // never a password in the settings
    m_status->setText((password.isEmpty() ? QString() : tr("Password saved in the system keychain. "))
        + tr("Minutier will open %1 at the next start.").arg(Database::redactedLocation(targetLocation())));
    emit saved();
}

} // namespace minutier
