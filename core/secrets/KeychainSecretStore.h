#pragma once

#include "secrets/SecretStore.h"

namespace minutier {

// SecretStore over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows), used as Nextcloud does: no insecure plain-text fallback, every key namespaced
// by the account ("<account>:<name>") under one service name, asynchronous jobs that delete
// themselves. When no backend is reachable the error is a Keychain error that says so.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(
        QString account = QStringLiteral("default"), QString service = QStringLiteral("org.minutier.Minutier"));

    void readSecret(const QString &name, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &name, const QString &value, QObject *context, WriteCallback done) override;
    void deleteSecret(const QString &name, QObject *context, WriteCallback done) override;

    QString service() const { return m_service; }
    // The key actually stored in the keychain for `name`.
    QString namespacedKey(const QString &name) const;

private:
    QString m_account;
    QString m_service;
};

} // namespace minutier
