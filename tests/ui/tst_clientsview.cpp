#include "ManualClock.h"
#include "UiTestData.h"
#include "domain/ClientCsv.h"
#include "clients/ClientsModel.h"
#include "clients/ClientsView.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;

class tst_ClientsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parse_data();
    void parse();
    void records_quotedFieldsAndNewlines_keptInOneField();
    void import_badRows_reportedAndGoodRowsKept();
    void export_thenParse_roundTrips();
    void filters_kindAndSearch_narrowTheModel();

private:
    QString writeFile(const QString &name, const QByteArray &data);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::ManualClock m_clock;
};

void tst_ClientsView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void tst_ClientsView::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString tst_ClientsView::writeFile(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return path;
}

void tst_ClientsView::parse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("good");
    QTest::addColumn<QList<int>>("badLines");
    QTest::addRow("comma, two good rows") << QByteArray("name,email,kind\nAnne,anne@example.org,prospect\nBen,,premium\n") << 2
                                         << QList<int> {};
    QTest::addRow("semicolon and French headers")
        << QByteArray("nom;courriel;entreprise\nAnne;anne@example.org;ACME\n") << 1 << QList<int> {};
    QTest::addRow("missing name") << QByteArray("name,email\n,anne@example.org\nBen,\n") << 1 << QList<int> { 2 };
    QTest::addRow("bad e-mail") << QByteArray("name,email\nAnne,not-an-email\nBen,ben@example.org\n") << 1 << QList<int> { 2 };
    QTest::addRow("bad SIREN") << QByteArray("name,siren\nACME,123456789\nOK,732829320\n") << 1 << QList<int> { 2 };
    QTest::addRow("unknown kind") << QByteArray("name,kind\nAnne,friend\n") << 0 << QList<int> { 2 };
    QTest::addRow("bad language") << QByteArray("name,language\nAnne,de\nBen,en\n") << 1 << QList<int> { 2 };
    QTest::addRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFname,email\r\nAnne,anne@example.org\r\n") << 1 << QList<int> {};
    QTest::addRow("line numbers count quoted newlines")
        << QByteArray("name,address\nAnne,\"1 rue\nParis\"\n,nowhere\n") << 1 << QList<int> { 4 };
}

void tst_ClientsView::parse()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, good);
    QFETCH(QList<int>, badLines);
    auto parsed = ClientCsv::parse(csv);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->clients.size(), good);
    QList<int> lines;
    for (const auto &e : parsed->errors) {
        lines.append(e.line);
        QVERIFY(!e.reason.isEmpty());
    }
    QCOMPARE(lines, badLines);
}

void tst_ClientsView::records_quotedFieldsAndNewlines_keptInOneField()
{
    const auto rows = ClientCsv::records(QStringLiteral("a,\"b,\"\"c\"\"\nd\",e\nf"), u',');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList { QStringLiteral("a"), QStringLiteral("b,\"c\"\nd"), QStringLiteral("e") }));
    QCOMPARE(rows.at(1), QStringList { QStringLiteral("f") });
}

void tst_ClientsView::import_badRows_reportedAndGoodRowsKept()
{
    ClientsView view(*m_db);
    QSignalSpy changed(&view, &ClientsView::clientsChanged);
    const QString path = writeFile(QStringLiteral("clients.csv"),
        "name,email,kind,siren\n"
        "Anne Petit,anne@example.org,prospect,\n"
        "Bad Mail,nope,network,\n"
        "ACME,contact@acme.fr,premium,732829320\n"
        ",orphan@example.org,former,\n");
    const QString report = view.importFile(path);
    QVERIFY2(report.contains(QStringLiteral("line 3")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("line 5")), qPrintable(report));
    QVERIFY(!report.contains(QStringLiteral("line 2")));
    QCOMPARE(changed.count(), 1);
    auto clients = ClientRepository(*m_db).list();
    QVERIFY(clients.ok());
    QCOMPARE(clients->size(), 2);
    QStringList names;
    for (const Client &c : clients.value())
        names.append(c.name);
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("ACME"), QStringLiteral("Anne Petit") }));

    const QString notCsv = writeFile(QStringLiteral("notes.txt"), "hello,world\n1,2\n");
    QVERIFY(view.importFile(notCsv).contains(QStringLiteral("name")));
    QCOMPARE(ClientRepository(*m_db).list()->size(), 2);
}

void tst_ClientsView::export_thenParse_roundTrips()
{
    const auto demo = test::seedDemo(*m_db, m_clock, 0);
    ClientsView view(*m_db);
    view.setCatalogue(demo.clients, demo.offers);
    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(view.exportFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto parsed = ClientCsv::parse(file.readAll());
    QVERIFY(parsed.ok());
    QVERIFY(parsed->errors.isEmpty());
    QCOMPARE(parsed->clients.size(), demo.clients.size());
    for (int i = 0; i < demo.clients.size(); ++i) {
        QCOMPARE(parsed->clients.at(i).name, demo.clients.at(i).name);
        QCOMPARE(parsed->clients.at(i).company, demo.clients.at(i).company);
        QCOMPARE(parsed->clients.at(i).kind, demo.clients.at(i).kind);
    }
}

void tst_ClientsView::filters_kindAndSearch_narrowTheModel()
{
    const auto demo = test::seedDemo(*m_db, m_clock, 0);
    ClientsView view(*m_db);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setCatalogue(demo.clients, demo.offers);
    QCOMPARE(view.model()->rowCount(), demo.clients.size());
    auto *kind = view.findChild<QComboBox *>(QStringLiteral("clientKindFilter"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("premium")));
    QCOMPARE(view.model()->rowCount(), 2);
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("clientSearchEdit"));
    search->setText(QStringLiteral("atelier"));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, ClientsModel::Name).data().toString(), QStringLiteral("Marc Lefèvre"));
    QCOMPARE(view.model()->index(0, ClientsModel::Offer).data().toString(), QStringLiteral("Premium"));
    kind->setCurrentIndex(0);
    search->setText(QStringLiteral("EXAMPLE.FR"));
    QCOMPARE(view.model()->rowCount(), 2); // Jeanne Dupont and Chloé Fontaine
}

QTEST_MAIN(tst_ClientsView)
#include "tst_clientsview.moc"
