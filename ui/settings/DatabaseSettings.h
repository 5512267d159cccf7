#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace minutier {

class SecretStore;

// Settings > Database: where Minutier keeps its data (an SQLite file or a postgresql:// URL shared
// by a practice), the PostgreSQL password (stored in the system keychain, never in the settings),
// "Test connection" (connects without writing anything and says where the schema stands) and
// "Use at next start".
class DatabaseSettings final : public QWidget
{
    Q_OBJECT
public:
    DatabaseSettings(const Database &current, QSettings &settings, QWidget *parent = nullptr);

    // Where the password goes (null: no keychain, a password cannot be saved).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    QString statusText() const;

public slots:
    void testConnection();
    void save();

signals:
    // After a test: `ok` when the target can be opened by this version (test seam, status shown).
    void tested(bool ok);
    void saved();

private:
    QString targetLocation() const;
    void probeWith(const QString &location, const QString &password);
    void showProbe(const QString &location, const Result<Database::Probe> &probe);
    void updateFields();

    QSettings &m_settings;
    SecretStore *m_secrets = nullptr;
    QLineEdit *m_location;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_save;
};

} // namespace minutier
