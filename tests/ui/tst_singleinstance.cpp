#include "common/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace minutier;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunch_firstListening_firstIsAskedToRaise();
    void firstLaunch_nobodyListening_notifyReturnsFalse();
    void differentDatabases_doNotShareAnInstance();
};

void tst_SingleInstance::secondLaunch_firstListening_firstIsAskedToRaise()
{
    const QString key = QUuid::createUuid().toString();
    SingleInstance first(key);
    QVERIFY(!first.notifyRunningInstance(200));
    QVERIFY(first.listen());
    QSignalSpy raised(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    QCOMPARE(second.serverName(), first.serverName());
    QVERIFY(second.notifyRunningInstance());
    QTRY_COMPARE(raised.count(), 1);
}

void tst_SingleInstance::firstLaunch_nobodyListening_notifyReturnsFalse()
{
    SingleInstance alone(QUuid::createUuid().toString());
    QVERIFY(!alone.notifyRunningInstance(200));
}

void tst_SingleInstance::differentDatabases_doNotShareAnInstance()
{
    SingleInstance a(QStringLiteral("/home/x|/data/a.db"));
    SingleInstance b(QStringLiteral("/home/x|/data/b.db"));
    QVERIFY(a.serverName() != b.serverName());
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
