#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace minutier {

// One Minutier window per user and database: the first instance listens on a local socket; a
// second launch connects, asks the first to come to the front, and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // True when another instance answered (it has been asked to raise its window).
    bool notifyRunningInstance(int timeoutMs = 500);
    // Starts listening; false if the socket cannot be created (the app then runs without it).
    bool listen();
    QString serverName() const { return m_name; }

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace minutier
