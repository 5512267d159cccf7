#pragma once
// Shared by tests/cli/tst_call*.cpp: a database with one client and one offer, and a running
// `minutier-cli call start` read line by line.

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace minutier::test {

inline QJsonObject jsonObject(const QByteArray &line) { return QJsonDocument::fromJson(line.trimmed()).object(); }

struct CallFixture
{
    QTemporaryDir dir;
    QString db;
    QString client;
    QString offer;

    // `rate` per minute, `freeMinutes`, VAT 20 %.
    bool setUp(
        const QString &rate = QStringLiteral("3.00"), int freeMinutes = 2, const QString &vat = QStringLiteral("20"))
    {
        if (!dir.isValid())
            return false;
        db = dir.filePath(QStringLiteral("minutier.sqlite"));
        client = jsonObject(runCli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                                       QStringLiteral("Ada Lovelace") },
                                db)
                                .out)
                     .value(QLatin1String("id"))
                     .toString();
        offer = jsonObject(
            runCli(
                { QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Conseil"),
                    QStringLiteral("--rate"), rate, QStringLiteral("--currency"), QStringLiteral("EUR"),
                    QStringLiteral("--free-minutes"), QString::number(freeMinutes), QStringLiteral("--vat"), vat },
                db)
                .out)
                    .value(QLatin1String("id"))
                    .toString();
        return !client.isEmpty() && !offer.isEmpty();
    }

    QStringList startArgs(const QStringList &extra = {}) const
    {
        return QStringList { QStringLiteral("--database"), db, QStringLiteral("call"), QStringLiteral("start"),
            QStringLiteral("--client"), client, QStringLiteral("--offer"), offer }
        + extra;
    }

    QJsonArray recoverList() const
    {
        const CliRun r = runCli({ QStringLiteral("call"), QStringLiteral("recover"), QStringLiteral("--json") }, db);
        return QJsonDocument::fromJson(r.out).array();
    }
};

// Reads stdout of `p` line by line (waiting up to `timeoutMs` for the next one); empty on timeout.
class LineReader
{
public:
    explicit LineReader(QProcess &p)
        : m_p(p)
    {
    }
    QByteArray next(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_buffer.contains('\n')) {
            const int left = timeoutMs - int(t.elapsed());
            if (left <= 0 || (!m_p.waitForReadyRead(left) && m_p.bytesAvailable() == 0))
                return {};
            m_buffer += m_p.readAllStandardOutput();
        }
        const qsizetype nl = m_buffer.indexOf('\n');
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        return line;
    }
    QByteArray rest()
    {
        m_buffer += m_p.readAllStandardOutput();
        return std::exchange(m_buffer, {});
    }

private:
    QProcess &m_p;
    QByteArray m_buffer;
};

} // namespace minutier::test
