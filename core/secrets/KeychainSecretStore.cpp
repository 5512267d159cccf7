#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSecrets, "minutier.secrets")

namespace minutier {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &name)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, QStringLiteral("no secret stored for %1 in the keychain").arg(name));
    case QKeychain::NoBackendAvailable:
        return makeError(ErrorCode::Keychain,
            QStringLiteral("no keychain is available (Linux needs a Secret Service such as gnome-keyring or "
                           "KWallet on the D-Bus session; set MINUTIER_STRIPE_KEY for headless use): %1")
                .arg(job.errorString()));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(
            ErrorCode::Keychain, QStringLiteral("access to the keychain was denied: %1").arg(job.errorString()));
    default:
        return makeError(ErrorCode::Keychain, QStringLiteral("keychain error: %1").arg(job.errorString()));
    }
}

// Some backends report a missing D-Bus session as OtherError; classify by message so that the
// caller still learns that no keychain is reachable.
Error classify(const QKeychain::Job &job, const QString &name)
{
    Error e = keychainError(job, name);
    if (job.error() == QKeychain::OtherError) {
        const QString text = job.errorString();
        if (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive))
            e.detail = QStringLiteral("no keychain is available (no Secret Service on the D-Bus session; set "
                                      "MINUTIER_STRIPE_KEY for headless use): %1")
                           .arg(text);
    }
    return e;
}

template <typename JobT> JobT *prepare(JobT *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString account, QString service)
    : m_account(std::move(account))
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::namespacedKey(const QString &name) const { return m_account + u':' + name; }

void KeychainSecretStore::readSecret(const QString &name, QObject *context, ReadCallback done)
{
    auto *job = prepare(new QKeychain::ReadPasswordJob(m_service), namespacedKey(name));
    QObject::connect(job, &QKeychain::Job::finished, context, [name, done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError) {
            const Error e = classify(*read, name);
            qCInfo(lcSecrets) << "reading" << name << "failed:" << e.detail;
            done(e);
            return;
        }
        done(read->textData());
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &name, const QString &value, QObject *context, WriteCallback done)
{
    auto *job = prepare(new QKeychain::WritePasswordJob(m_service), namespacedKey(name));
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, context, [name, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const Error e = classify(*j, name);
            qCWarning(lcSecrets) << "writing" << name << "failed:" << e.detail;
            done(e);
            return;
        }
        done(Status());
    });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &name, QObject *context, WriteCallback done)
{
    auto *job = prepare(new QKeychain::DeletePasswordJob(m_service), namespacedKey(name));
    QObject::connect(job, &QKeychain::Job::finished, context, [name, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(classify(*j, name));
            return;
        }
        done(Status());
    });
    job->start();
}

} // namespace minutier
