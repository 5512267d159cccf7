#include "ManualClock.h"
#include "UiTestData.h"
#include "history/HistoryView.h"
#include "history/MonthlyTotals.h"
#include "history/SessionsModel.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace minutier;

class tst_HistoryView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_periodClientKind_narrowTheRows();
    void totals_perMonth_minutesRevenueAndFreeShare();
    void model_manySessions_fetchedInBatches();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
};

void tst_HistoryView::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
}

void tst_HistoryView::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_HistoryView::filters_periodClientKind_narrowTheRows()
{
    const auto demo = test::seedDemo(*m_db, *m_clock, 36);
    HistoryView view(*m_db, *m_clock, m_dir->filePath(QStringLiteral("invoices")));
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester totalsTester(view.totalsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setClients(demo.clients);
    QVERIFY(view.isStale()); // nothing read before the history is shown
    QCOMPARE(view.model()->rowCount(), 0);
    view.show();
    QCOMPARE(view.model()->rowCount(), 36);
    // The monthly totals follow the table: September, October, November.
    QTRY_COMPARE(view.totalsModel()->rowCount(), 3);
    const auto totalCalls = [&view] {
        qint64 calls = 0;
        for (const MonthTotal &t : view.totalsModel()->totals())
            calls += t.calls;
        return calls;
    };
    QCOMPARE(totalCalls(), 36);

    // Sessions every two days back from 24 November: 12 in November, 16 in October.
    auto *period = view.findChild<QComboBox *>(QStringLiteral("periodFilter"));
    period->setCurrentIndex(period->findData(int(HistoryView::Period::ThisMonth)));
    QCOMPARE(view.model()->rowCount(), 12);
    period->setCurrentIndex(period->findData(int(HistoryView::Period::LastMonth)));
    QCOMPARE(view.model()->rowCount(), 16);
    period->setCurrentIndex(period->findData(int(HistoryView::Period::All)));

    auto *client = view.findChild<QComboBox *>(QStringLiteral("clientFilter"));
    const Client &jeanne = demo.clients.first();
    client->setCurrentIndex(client->findData(jeanne.id));
    QVERIFY(view.model()->rowCount() > 0);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        QCOMPARE(view.model()->index(row, SessionsModel::Client).data().toString(), jeanne.name);
    client->setCurrentIndex(0);

    auto *kind = view.findChild<QComboBox *>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("premium")));
    int expected = 0;
    for (const Session &s : demo.sessions)
        for (const Client &c : demo.clients)
            expected += (c.id == s.clientId && c.kind == ClientKind::Premium) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(view.model()->rowCount(), expected);
    QTRY_COMPARE(totalCalls(), qint64(expected));
}

void tst_HistoryView::totals_perMonth_minutesRevenueAndFreeShare()
{
    const auto demo = test::seedDemo(*m_db, *m_clock, 0);
    SessionRepository repo(*m_db);
    auto insert = [&](QDateTime started, qint64 billableSeconds, qint64 gross, SessionState state = SessionState::Ended) {
        Session s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.clientId = demo.clients.first().id;
        s.offerId = demo.offers.first().id;
        s.offerName = demo.offers.first().name;
        s.policy = demo.offers.first().policy;
        s.startedAt = started;
        s.endedAt = started.addSecs(billableSeconds);
        s.durationMs = billableSeconds * 1000;
        s.billableSeconds = billableSeconds;
        s.net = Money::fromMinor(gross, Currency::eur());
        s.vat = Money::fromMinor(0, Currency::eur());
        s.gross = Money::fromMinor(gross, Currency::eur());
        s.state = state;
        QVERIFY(repo.insert(s).ok());
    };
    const QDateTime nov(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC);
    const QDateTime oct(QDate(2026, 10, 10), QTime(12, 0), Qt::UTC);
    insert(nov, 600, 3000);
    insert(nov, 0, 0); // a free call
    insert(nov, 150, 750, SessionState::Billed);
    insert(nov, 999, 9999, SessionState::Discarded); // left out
    insert(nov, 999, 9999, SessionState::Running); // left out
    insert(oct, 120, 600);

    auto rows = repo.monthlyTotals();
    QVERIFY(rows.ok());
    const auto totals = MonthlyTotalsModel::fromRows(rows.value());
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.at(0).month, QDate(2026, 11, 1));
    QCOMPARE(totals.at(0).calls, 3);
    QCOMPARE(totals.at(0).freeCalls, 1);
    QCOMPARE(totals.at(0).billableSeconds, 750);
    QCOMPARE(totals.at(0).revenue.minor(), 3750);
    QCOMPARE(totals.at(1).month, QDate(2026, 10, 1));
    QCOMPARE(totals.at(1).revenue.minor(), 600);

    MonthlyTotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTotals(rows.value());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MonthlyTotalsModel::FreeShare).data().toString(), QStringLiteral("33 %"));
    QCOMPARE(model.index(0, MonthlyTotalsModel::Minutes).data().toString(), QStringLiteral("12 min"));
}

void tst_HistoryView::model_manySessions_fetchedInBatches()
{
    const auto demo = test::seedDemo(*m_db, *m_clock, 0);
    const int count = 1234;
    QVERIFY(m_db->inTransaction([&]() -> Status {
        SessionRepository repo(*m_db);
        for (int i = 0; i < count; ++i) {
            Session s;
            s.id = QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0'));
            s.clientId = demo.clients.at(i % demo.clients.size()).id;
            s.offerName = QStringLiteral("Bulk");
            s.policy = demo.offers.first().policy;
            s.startedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
            s.endedAt = s.startedAt.addSecs(30);
            s.gross = s.net = s.vat = Money::fromMinor(i, Currency::eur());
            if (auto st = repo.insert(s); !st)
                return st;
        }
        return {};
    }).ok());

    // The tester itself fetches more while checking, so batching is checked on a second model.
    SessionsModel checked(*m_db);
    QAbstractItemModelTester tester(&checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(checked.setFilter({}).ok());
    while (checked.canFetchMore({}))
        checked.fetchMore({});
    QCOMPARE(checked.rowCount(), count);

    SessionsModel model(*m_db);
    QVERIFY(model.setFilter({}).ok());
    QCOMPARE(model.totalCount(), count);
    QCOMPARE(model.rowCount(), SessionsModel::kBatch);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * SessionsModel::kBatch);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), count);
    QVERIFY(!model.canFetchMore({}));
    // Newest first, across page boundaries, without duplicates.
    QCOMPARE(model.index(0, 0).data(SessionsModel::SessionIdRole).toString(), QStringLiteral("s01233"));
    QCOMPARE(model.index(SessionsModel::kBatch, 0).data(SessionsModel::SessionIdRole).toString(),
        QStringLiteral("s%1").arg(count - 1 - SessionsModel::kBatch, 5, 10, QLatin1Char('0')));
    QCOMPARE(model.index(count - 1, 0).data(SessionsModel::SessionIdRole).toString(), QStringLiteral("s00000"));

    // A client filter and a relationship filter are applied by the database.
    SessionFilter byKind;
    byKind.clientKind = QStringLiteral("premium");
    QVERIFY(model.setFilter(byKind).ok());
    QVERIFY(model.totalCount() > 0 && model.totalCount() < count);
}

QTEST_MAIN(tst_HistoryView)
#include "tst_historyview.moc"
