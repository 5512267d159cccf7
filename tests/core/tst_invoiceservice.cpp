// InvoiceService on both engines: gap-free numbering, sessions billed in the same transaction,
// seller/buyer snapshots, VAT cases, credit notes.
#include "TestSupport.h"
#include "tst_invoicefixture.h"

#include "invoicing/HashChain.h"
#include "invoicing/InvoiceNumbering.h"
#include "invoicing/InvoiceService.h"
#include "storage/SessionRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using namespace minutier::test;

class tst_InvoiceService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void numbering_format_data();
    void numbering_format();

    void issue_severalInvoices_numbersAreConsecutive_data() { engines(); }
    void issue_severalInvoices_numbersAreConsecutive();
    void issue_newYear_sequenceRestartsAtOne_data() { engines(); }
    void issue_newYear_sequenceRestartsAtOne();
    void issue_wallClockWentBack_datesStayChronological();
    void issue_twoConnectionsInterleaved_noGapNoDuplicate_data() { engines(); }
    void issue_twoConnectionsInterleaved_noGapNoDuplicate();
    void issue_sessions_markedBilledWithInvoiceId_data() { engines(); }
    void issue_sessions_markedBilledWithInvoiceId();
    void issue_noProfile_invalidInputAndNothingWritten_data() { engines(); }
    void issue_noProfile_invalidInputAndNothingWritten();
    void issue_refusedSession_consumesNoNumber_data();
    void issue_refusedSession_consumesNoNumber();
    void issue_vatCases_amountsAndCategory_data();
    void issue_vatCases_amountsAndCategory();
    void issue_profileChangedLater_invoiceKeepsSnapshot();
    void issue_cardCaptured_paidAndReference_data();
    void issue_cardCaptured_paidAndReference();
    void credit_amounts_data();
    void credit_amounts();
    void credit_overRemaining_refused();
    void payment_cardThenRefunds_statusesCreditNotesAndChain_data() { engines(); }
    void payment_cardThenRefunds_statusesCreditNotesAndChain();
    void sessionEvents_afterIssue_updateInvoice();
    void draft_editThenIssue_numberTakenAtIssueTextKept_data() { engines(); }
    void draft_editThenIssue_numberTakenAtIssueTextKept();
    void draft_discard_consumesNoNumber();
    void draft_setSessions_addRemoveThenIssue_data() { engines(); }
    void draft_setSessions_addRemoveThenIssue();
    void paymentDays_defaultAgreedAndRefused();
    void paymentDays_draftKeepsTheTermUntilIssued_data() { engines(); }
    void paymentDays_draftKeepsTheTermUntilIssued();
    void list_filters_data();
    void list_filters();

private:
    void engines();
    bool openFor(const QString &engine);
    std::unique_ptr<QTemporaryDir> m_dir;
    InvoiceFixture m_f;
};

void tst_InvoiceService::engines()
{
    QTest::addColumn<QString>("engine");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    QTest::addRow("postgresql") << QStringLiteral("postgresql");
}

bool tst_InvoiceService::openFor(const QString &engine)
{
    const QString location = databaseLocationFor(engine, m_dir->path());
    if (location.isEmpty())
        return false;
    return m_f.open(location);
}

#define OPEN_ENGINE()                                                                                                  \
    QFETCH(QString, engine);                                                                                           \
    if (engine == QLatin1String("postgresql") && postgresTestUrl().isEmpty())                                          \
        QSKIP("PostgreSQL not configured: set MINUTIER_TEST_POSTGRES (scripts/test.sh does)");                         \
    QVERIFY(openFor(engine))

void tst_InvoiceService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_f.db.reset();
    m_f.clock = ManualClock(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
}

void tst_InvoiceService::numbering_format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expectedNumber");
    QTest::addColumn<QString>("expectedPeriod");
    QTest::addRow("default pattern") << QStringLiteral("F-{YYYY}-{NNNN}") << QDate(2026, 3, 1) << qint64(7)
                                     << QStringLiteral("F-2026-0007") << QStringLiteral("2026");
    QTest::addRow("sequence wider than padding")
        << QStringLiteral("F-{YYYY}-{NNNN}") << QDate(2026, 3, 1) << qint64(12345) << QStringLiteral("F-2026-12345")
        << QStringLiteral("2026");
    QTest::addRow("no year: one continuous series")
        << QStringLiteral("FAC{NNNNNN}") << QDate(2026, 3, 1) << qint64(42) << QStringLiteral("FAC000042") << QString();
    QTest::addRow("monthly") << QStringLiteral("{YY}{MM}-{NNN}") << QDate(2027, 1, 9) << qint64(3)
                             << QStringLiteral("2701-003") << QStringLiteral("2027-01");
}

void tst_InvoiceService::numbering_format()
{
    QFETCH(QString, pattern);
    QFETCH(QDate, date);
    QFETCH(qint64, sequence);
    QFETCH(QString, expectedNumber);
    QFETCH(QString, expectedPeriod);
    QCOMPARE(InvoiceNumbering::format(pattern, date, sequence), expectedNumber);
    QCOMPARE(InvoiceNumbering::period(pattern, date), expectedPeriod);
}

void tst_InvoiceService::issue_severalInvoices_numbersAreConsecutive()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    InvoiceService service(*m_f.db, m_f.clock);
    for (int i = 1; i <= 5; ++i) {
        const QString session = m_f.addSession(client, offer);
        auto inv = service.issueForSessions({ session });
        QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().detail));
        QCOMPARE(inv->number, QStringLiteral("F-2026-%1").arg(i, 4, 10, QLatin1Char('0')));
        QCOMPARE(inv->sequence, qint64(i));
        QCOMPARE(inv->status, InvoiceStatus::Issued);
        m_f.clock.advance(60'000);
    }
    auto all = service.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 5);
}

void tst_InvoiceService::issue_newYear_sequenceRestartsAtOne()
{
    OPEN_ENGINE();
    m_f.clock = ManualClock(QDateTime(QDate(2026, 12, 30), QTime(12, 0), Qt::UTC));
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    InvoiceService service(*m_f.db, m_f.clock);
    auto a = service.issueForSessions({ m_f.addSession(client, offer) });
    auto b = service.issueForSessions({ m_f.addSession(client, offer) });
    m_f.clock.advance(3 * 24 * 3600 * 1000LL);
    auto c = service.issueForSessions({ m_f.addSession(client, offer) });
    QVERIFY(a.ok() && b.ok() && c.ok());
    QCOMPARE(a->number, QStringLiteral("F-2026-0001"));
    QCOMPARE(b->number, QStringLiteral("F-2026-0002"));
    QCOMPARE(c->number, QStringLiteral("F-2027-0001"));
}

void tst_InvoiceService::issue_wallClockWentBack_datesStayChronological()
{
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    InvoiceService service(*m_f.db, m_f.clock);
    auto a = service.issueForSessions({ m_f.addSession(client, offer) });
    QVERIFY(a.ok());
    m_f.clock.jumpWallClock(-3600 * 1000); // the system clock is set back one hour
    auto b = service.issueForSessions({ m_f.addSession(client, offer) });
    QVERIFY(b.ok());
    QCOMPARE(b->number, QStringLiteral("F-2026-0002"));
    QVERIFY(b->issuedAt >= a->issuedAt);
    m_f.clock.jumpWallClock(2 * 3600 * 1000);
    auto c = service.issueForSessions({ m_f.addSession(client, offer) });
    QVERIFY(c.ok());
    QCOMPARE(c->issuedAt, m_f.clock.nowUtc());
}

void tst_InvoiceService::issue_twoConnectionsInterleaved_noGapNoDuplicate()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    QStringList sessions;
    for (int i = 0; i < 6; ++i)
        sessions << m_f.addSession(client, offer);
    // A second connection to the same database, as a second process would have.
    auto other = Database::open(m_f.db->location());
    QVERIFY(other.ok());
    InvoiceService first(*m_f.db, m_f.clock);
    InvoiceService second(**other, m_f.clock);
    QStringList numbers;
    for (int i = 0; i < sessions.size(); ++i) {
        auto inv = (i % 2 ? second : first).issueForSessions({ sessions[i] });
        QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().detail));
        numbers << inv->number;
    }
    QCOMPARE(numbers,
        QStringList({ QStringLiteral("F-2026-0001"), QStringLiteral("F-2026-0002"), QStringLiteral("F-2026-0003"),
            QStringLiteral("F-2026-0004"), QStringLiteral("F-2026-0005"), QStringLiteral("F-2026-0006") }));
}

void tst_InvoiceService::issue_sessions_markedBilledWithInvoiceId()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    const QString s1 = m_f.addSession(client, offer, 754'900);
    const QString s2 = m_f.addSession(client, offer, 60'000);
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ s1, s2 });
    QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().detail));
    QCOMPARE(inv->lines.size(), 2);
    SessionRepository repo(*m_f.db);
    for (const QString &id : { s1, s2 }) {
        auto s = repo.find(id);
        QVERIFY(s.ok());
        QCOMPARE(s->state, SessionState::Billed);
        QCOMPARE(s->invoiceId, inv->id);
        QCOMPARE(s->invoiceNumber, inv->number);
    }
    // 12 min 34 s at 3.00/min with 2 free minutes = 31.70 net; 1 min inside the free minutes = 0.
    QCOMPARE(inv->net.minor(), qint64(3170));
    QCOMPARE(inv->vat.minor(), qint64(634));
    QCOMPARE(inv->gross.minor(), qint64(3804));
    auto reloaded = service.findByNumber(inv->number);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->gross, inv->gross);
    QCOMPARE(reloaded->lines.size(), 2);
    QCOMPARE(reloaded->lines[0].sessionId, inv->lines[0].sessionId);
    QVERIFY(reloaded->lines[0].description.contains(QStringLiteral("12 min 34 s")));
    // Invoicing a billed session again is refused.
    auto again = service.issueForSessions({ s1 });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidInput);
}

void tst_InvoiceService::issue_noProfile_invalidInputAndNothingWritten()
{
    OPEN_ENGINE();
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    const QString session = m_f.addSession(client, offer);
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ session });
    QVERIFY(!inv.ok());
    QCOMPARE(inv.error().code, ErrorCode::InvalidInput);
    QVERIFY(inv.error().detail.contains(QStringLiteral("profile")));
    QSqlQuery q(m_f.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM invoices) + (SELECT COUNT(*) FROM invoice_counters)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(SessionRepository(*m_f.db).find(session)->state, SessionState::Ended);
}

void tst_InvoiceService::issue_refusedSession_consumesNoNumber_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addRow("unknown session") << QStringLiteral("unknown");
    QTest::addRow("same session twice") << QStringLiteral("twice");
    QTest::addRow("two clients") << QStringLiteral("two clients");
    QTest::addRow("running session") << QStringLiteral("running");
    QTest::addRow("no session") << QStringLiteral("none");
}

void tst_InvoiceService::issue_refusedSession_consumesNoNumber()
{
    QFETCH(QString, problem);
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    const QString good = m_f.addSession(client, offer);
    QStringList ids;
    if (problem == QLatin1String("unknown")) {
        ids = { good, QStringLiteral("no-such-session") };
    } else if (problem == QLatin1String("twice")) {
        ids = { good, good };
    } else if (problem == QLatin1String("two clients")) {
        ids = { good, m_f.addSession(m_f.addClient(QStringLiteral("fr_business")), offer) };
    } else if (problem == QLatin1String("running")) {
        auto running = SessionService(*m_f.db, m_f.clock).start(client, offer);
        QVERIFY(running.ok());
        ids = { good, running->id };
    }
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions(ids);
    QVERIFY(!inv.ok());
    QCOMPARE(inv.error().code, ErrorCode::InvalidInput);
    QCOMPARE(SessionRepository(*m_f.db).find(good)->state, SessionState::Ended);
    auto next = service.issueForSessions({ good });
    QVERIFY(next.ok());
    QCOMPARE(next->number, QStringLiteral("F-2026-0001"));
}

void tst_InvoiceService::issue_vatCases_amountsAndCategory_data()
{
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("clientKind");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<int>("expectedCategory");
    QTest::addColumn<qint64>("expectedNet");
    QTest::addColumn<qint64>("expectedVat");
    // 12 min 34 s at 3.00 with 2 free minutes: 31.70 net.
    QTest::addRow("standard 20 pct, private client")
        << "standard"
        << "private"
        << "20" << int(VatCategory::Standard) << qint64(3170) << qint64(634);
    QTest::addRow("standard 5.5 pct, French business")
        << "standard"
        << "fr_business"
        << "5.5" << int(VatCategory::Standard) << qint64(3170) << qint64(174);
    QTest::addRow("franchise: no VAT even if the offer has some")
        << "franchise"
        << "private"
        << "20" << int(VatCategory::Franchise) << qint64(3170) << qint64(0);
    QTest::addRow("EU business: reverse charge")
        << "standard"
        << "eu_business"
        << "20" << int(VatCategory::ReverseCharge) << qint64(3170) << qint64(0);
}

void tst_InvoiceService::issue_vatCases_amountsAndCategory()
{
    QFETCH(QString, regime);
    QFETCH(QString, clientKind);
    QFETCH(QString, vat);
    QFETCH(int, expectedCategory);
    QFETCH(qint64, expectedNet);
    QFETCH(qint64, expectedVat);
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile(regime));
    const QString client = m_f.addClient(clientKind);
    const QString offer = m_f.addOffer(QStringLiteral("3.00"), vat);
    auto inv = InvoiceService(*m_f.db, m_f.clock).issueForSessions({ m_f.addSession(client, offer) });
    QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().detail));
    QCOMPARE(int(inv->vatCategory()), expectedCategory);
    QCOMPARE(inv->net.minor(), expectedNet);
    QCOMPARE(inv->vat.minor(), expectedVat);
    QCOMPARE(inv->gross.minor(), expectedNet + expectedVat);
    QCOMPARE(inv->isBusinessBuyer(), clientKind != QLatin1String("private"));
    QCOMPARE(inv->dueDate > inv->issuedAt.date(), clientKind != QLatin1String("private"));
}

void tst_InvoiceService::issue_profileChangedLater_invoiceKeepsSnapshot()
{
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    const QString client = m_f.addClient();
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ m_f.addSession(client, m_f.addOffer()) });
    QVERIFY(inv.ok());
    auto p = ProfileRepository(*m_f.db).load();
    Profile changed = **p;
    changed.legalName = QStringLiteral("Someone Else");
    QVERIFY(ProfileRepository(*m_f.db).save(changed).ok());
    auto reloaded = service.findByNumber(inv->number);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->seller.value(QLatin1String("legal_name")).toString(), QStringLiteral("Jeanne Martin"));
    QCOMPARE(reloaded->seller.value(QLatin1String("siren")).toString(), QStringLiteral("732829320"));
}

void tst_InvoiceService::issue_cardCaptured_paidAndReference_data()
{
    QTest::addColumn<qint64>("captured");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<qint64>("expectedPaid");
    QTest::addColumn<int>("expectedStatus");
    // The call costs 38.04 gross.
    QTest::addRow("captured in full") << qint64(3804) << qint64(0) << qint64(3804) << int(InvoiceStatus::Paid);
    QTest::addRow("hold smaller than the call")
        << qint64(2000) << qint64(0) << qint64(2000) << int(InvoiceStatus::Issued);
    QTest::addRow("partly refunded before issue")
        << qint64(3804) << qint64(804) << qint64(3000) << int(InvoiceStatus::Issued);
    QTest::addRow("nothing captured") << qint64(0) << qint64(0) << qint64(0) << int(InvoiceStatus::Issued);
}

void tst_InvoiceService::issue_cardCaptured_paidAndReference()
{
    QFETCH(qint64, captured);
    QFETCH(qint64, refunded);
    QFETCH(qint64, expectedPaid);
    QFETCH(int, expectedStatus);
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    const QString session = m_f.addSession(m_f.addClient(), m_f.addOffer());
    QSqlQuery q(m_f.db->connection());
    q.prepare(QStringLiteral("INSERT INTO payment_holds (id, session_id, hold_index, payment_intent_id, currency, "
                             "amount_minor, captured_minor, "
                             "refunded_minor, status, created_at, updated_at) VALUES ('h1', ?, 0, 'pi_3Test', 'EUR', "
                             "5000, ?, ?, 'captured', "
                             "'2026-11-24T13:00:00.000Z', '2026-11-24T13:00:00.000Z')"));
    q.addBindValue(session);
    q.addBindValue(captured);
    q.addBindValue(refunded);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    auto inv = InvoiceService(*m_f.db, m_f.clock).issueForSessions({ session });
    QVERIFY(inv.ok());
    QCOMPARE(inv->gross.minor(), qint64(3804));
    QCOMPARE(inv->paid.minor(), expectedPaid);
    QCOMPARE(inv->amountDue().minor(), 3804 - expectedPaid);
    QCOMPARE(int(inv->status), expectedStatus);
    QCOMPARE(inv->paymentReference, expectedPaid > 0 ? QStringLiteral("pi_3Test") : QString());
    auto reloaded = InvoiceService(*m_f.db, m_f.clock).findByNumber(inv->number);
    QCOMPARE(reloaded->paid.minor(), expectedPaid);
    QCOMPARE(int(reloaded->status), expectedStatus);
}

void tst_InvoiceService::credit_amounts_data()
{
    QTest::addColumn<QString>("vat");
    QTest::addColumn<qint64>("amount"); // -1: whole invoice
    QTest::addColumn<qint64>("expectedNet");
    QTest::addColumn<qint64>("expectedVat");
    QTest::addRow("whole invoice at 20 pct") << "20" << qint64(-1) << qint64(3170) << qint64(634);
    QTest::addRow("10.00 at 20 pct") << "20" << qint64(1000) << qint64(833) << qint64(167);
    QTest::addRow("10.00 at 5.5 pct") << "5.5" << qint64(1000) << qint64(948) << qint64(52);
    QTest::addRow("one cent") << "20" << qint64(1) << qint64(1) << qint64(0);
}

void tst_InvoiceService::credit_amounts()
{
    QFETCH(QString, vat);
    QFETCH(qint64, amount);
    QFETCH(qint64, expectedNet);
    QFETCH(qint64, expectedVat);
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ m_f.addSession(m_f.addClient(), m_f.addOffer(QStringLiteral("3.00"), vat)) });
    QVERIFY(inv.ok());
    auto note = service.credit(inv->number, amount < 0 ? std::nullopt : std::optional<qint64>(amount));
    QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error().detail));
    QCOMPARE(note->kind, InvoiceKind::CreditNote);
    QCOMPARE(note->number, QStringLiteral("A-2026-0001"));
    QCOMPARE(note->net.minor(), expectedNet);
    QCOMPARE(note->vat.minor(), expectedVat);
    QCOMPARE(note->gross.minor(), expectedNet + expectedVat);
    auto reloaded = service.findByNumber(note->number);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->creditedInvoiceNumber, inv->number);
    QCOMPARE(reloaded->creditedInvoiceId, inv->id);
    QCOMPARE(reloaded->buyer, inv->buyer);
    // The invoice series is untouched by credit notes.
    auto next = service.issueForSessions({ m_f.addSession(m_f.addClient(), m_f.addOffer()) });
    QVERIFY(next.ok());
    QCOMPARE(next->number, QStringLiteral("F-2026-0002"));
}

void tst_InvoiceService::credit_overRemaining_refused()
{
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ m_f.addSession(m_f.addClient(), m_f.addOffer()) });
    QVERIFY(inv.ok()); // 38.04 gross
    QVERIFY(service.credit(inv->number, 3000).ok());
    auto tooMuch = service.credit(inv->number, 805);
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().code, ErrorCode::InvalidInput);
    auto rest = service.credit(inv->number);
    QVERIFY(rest.ok());
    QCOMPARE(rest->gross.minor(), qint64(804));
    QCOMPARE(rest->number, QStringLiteral("A-2026-0002"));
    QVERIFY(!service.credit(inv->number).ok());
    QVERIFY(!service.credit(rest->number).ok()); // a credit note is not credited
    QVERIFY(!service.credit(QStringLiteral("F-1999-0001")).ok());
}

void tst_InvoiceService::payment_cardThenRefunds_statusesCreditNotesAndChain()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    auto inv = service.issueForSessions({ m_f.addSession(m_f.addClient(), m_f.addOffer()) });
    QVERIFY(inv.ok()); // 38.04
    auto partial = service.recordCardPayment(inv->number, 2000, QStringLiteral("pi_A"));
    QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error().detail));
    QCOMPARE(partial->status, InvoiceStatus::Issued);
    auto paid = service.recordCardPayment(inv->number, 3804, QStringLiteral("pi_A"));
    QVERIFY(paid.ok());
    QCOMPARE(paid->status, InvoiceStatus::Paid);
    QCOMPARE(paid->amountDue().minor(), qint64(0));
    auto firstRefund = service.recordRefund(inv->number, 1000, QStringLiteral("re_1"));
    QVERIFY2(firstRefund.ok(), qPrintable(firstRefund.ok() ? QString() : firstRefund.error().detail));
    QCOMPARE(firstRefund->kind, InvoiceKind::CreditNote);
    QCOMPARE(firstRefund->gross.minor(), qint64(1000));
    QCOMPARE(service.findByNumber(inv->number)->status, InvoiceStatus::PartlyRefunded);
    QVERIFY(!service.recordRefund(inv->number, 2805, QStringLiteral("re_2")).ok()); // more than what remains
    QCOMPARE(service.findByNumber(inv->number)->status, InvoiceStatus::PartlyRefunded);
    auto rest = service.recordRefund(inv->number, 2804, QStringLiteral("re_2"));
    QVERIFY(rest.ok());
    QCOMPARE(rest->number, QStringLiteral("A-2026-0002"));
    QCOMPARE(service.findByNumber(inv->number)->status, InvoiceStatus::Refunded);
    QVERIFY(!service.recordCardPayment(inv->number, 3804, QStringLiteral("pi_B")).ok());
    // invoice + 2 payments + (credit note + refund event) x 2
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QCOMPARE(report->entries, qint64(7));
    QVERIFY(!report->firstBroken);
}

void tst_InvoiceService::sessionEvents_afterIssue_updateInvoice()
{
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString session = m_f.addSession(m_f.addClient(), m_f.addOffer());
    const QString unbilled = m_f.addSession(m_f.addClient(), m_f.addOffer());
    auto inv = service.issueForSessions({ session });
    QVERIFY(inv.ok());
    QCOMPARE(inv->paid.minor(), qint64(0));
    // Not on an invoice yet: nothing to do.
    auto none = service.onSessionSettled(unbilled);
    QVERIFY(none.ok());
    QVERIFY(!none->has_value());
    // The capture lands after the invoice was issued.
    QSqlQuery q(m_f.db->connection());
    q.prepare(
        QStringLiteral("INSERT INTO payment_holds (id, session_id, hold_index, payment_intent_id, currency, "
                       "amount_minor, captured_minor, "
                       "status, created_at, updated_at) VALUES ('h1', ?, 0, 'pi_late', 'EUR', 5000, 3804, 'captured', "
                       "'2026-11-24T13:00:00.000Z', '2026-11-24T13:00:00.000Z')"));
    q.addBindValue(session);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    auto settled = service.onSessionSettled(session);
    QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().detail));
    QVERIFY(settled->has_value());
    QCOMPARE((*settled)->status, InvoiceStatus::Paid);
    QCOMPARE((*settled)->paymentReference, QStringLiteral("pi_late"));
    auto refunded = service.onSessionRefunded(session, 1000);
    QVERIFY(refunded.ok());
    QVERIFY(refunded->has_value());
    QCOMPARE((*refunded)->kind, InvoiceKind::CreditNote);
    QCOMPARE((*refunded)->gross.minor(), qint64(1000));
    QCOMPARE(service.findByNumber(inv->number)->status, InvoiceStatus::PartlyRefunded);
    QVERIFY(!HashChain::verify(*m_f.db)->firstBroken);
}

void tst_InvoiceService::draft_editThenIssue_numberTakenAtIssueTextKept()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString client = m_f.addClient();
    const QString session = m_f.addSession(client, m_f.addOffer());
    auto draft = service.createDraft({ session });
    QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().detail));
    QCOMPARE(draft->status, InvoiceStatus::Draft);
    QVERIFY(draft->number.isEmpty());
    QCOMPARE(draft->gross.minor(), qint64(3804));
    QCOMPARE(SessionRepository(*m_f.db).find(session)->state, SessionState::Ended);
    auto edited = service.updateDraftLine(draft->id, 1, QStringLiteral("Consultation juridique (appel du 24/11)"));
    QVERIFY(edited.ok());
    QVERIFY(!service.updateDraftLine(draft->id, 9, QStringLiteral("x")).ok());
    // Another invoice issued meanwhile takes the first number: drafts hold none.
    QVERIFY(service.issueForSessions({ m_f.addSession(client, m_f.addOffer()) }).ok());
    m_f.clock.advance(60'000);
    auto issued = service.issueDraft(draft->id);
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().detail));
    QCOMPARE(issued->id, draft->id);
    QCOMPARE(issued->number, QStringLiteral("F-2026-0002"));
    QCOMPARE(issued->status, InvoiceStatus::Issued);
    QCOMPARE(issued->issuedAt, m_f.clock.nowUtc());
    QCOMPARE(issued->lines.size(), 1);
    QCOMPARE(issued->lines[0].description, QStringLiteral("Consultation juridique (appel du 24/11)"));
    QCOMPARE(service.findByNumber(QStringLiteral("F-2026-0002"))->lines[0].description, issued->lines[0].description);
    QCOMPARE(SessionRepository(*m_f.db).find(session)->state, SessionState::Billed);
    QVERIFY(!service.issueDraft(draft->id).ok());
    QVERIFY(!service.discardDraft(draft->id).ok());
    QVERIFY(!service.updateDraftLine(draft->id, 1, QStringLiteral("changed after issue")).ok());
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QVERIFY(!report->firstBroken);
    QCOMPARE(report->entries, qint64(2));
}

void tst_InvoiceService::paymentDays_defaultAgreedAndRefused()
{
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString offer = m_f.addOffer();
    const QDate today = m_f.clock.nowUtc().toLocalTime().date();
    const QString business = m_f.addClient(QStringLiteral("fr_business"));
    const QString consumer = m_f.addClient();
    // The defaults: 30 days for a business, on receipt for a consumer; no term recorded.
    auto b = service.issueForSessions({ m_f.addSession(business, offer) });
    QVERIFY(b.ok());
    QCOMPARE(b->dueDate, today.addDays(30));
    QVERIFY(!b->paymentDays);
    auto c = service.issueForSessions({ m_f.addSession(consumer, offer) });
    QVERIFY(c.ok());
    QCOMPARE(c->dueDate, today);
    // An agreed term, for either; kept with the invoice.
    InvoiceReferences agreed;
    agreed.paymentDays = 45;
    auto b45 = service.issueForSessions({ m_f.addSession(business, offer) }, agreed);
    QVERIFY2(b45.ok(), qPrintable(b45.ok() ? QString() : b45.error().detail));
    QCOMPARE(b45->dueDate, today.addDays(45));
    QCOMPARE(service.find(b45->id)->paymentDays, std::optional<int>(45));
    agreed.paymentDays = 0;
    auto b0 = service.issueForSessions({ m_f.addSession(business, offer) }, agreed);
    QVERIFY(b0.ok());
    QCOMPARE(b0->dueDate, today);
    QCOMPARE(b0->paymentDays, std::optional<int>(0));
    agreed.paymentDays = 14;
    auto c14 = service.issueForSessions({ m_f.addSession(consumer, offer) }, agreed);
    QVERIFY(c14.ok());
    QCOMPARE(c14->dueDate, today.addDays(14));
    // Beyond what the law allows, or negative: refused, no number taken, the session still free.
    for (int days : { 61, 90, -1 }) {
        agreed.paymentDays = days;
        const QString session = m_f.addSession(business, offer);
        auto refused = service.issueForSessions({ session }, agreed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().detail.contains(QLatin1String("60")), qPrintable(refused.error().detail));
        QCOMPARE(SessionRepository(*m_f.db).find(session)->state, SessionState::Ended);
        QVERIFY(!service.createDraft({ session }, agreed).ok());
    }
    auto next = service.issueForSessions({ m_f.addSession(business, offer) });
    QVERIFY(next.ok());
    QCOMPARE(next->sequence, c14->sequence + 1);
    // The terms are chained with the invoices that carry them.
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QVERIFY(!report->firstBroken);
}

void tst_InvoiceService::paymentDays_draftKeepsTheTermUntilIssued()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString offer = m_f.addOffer();
    const QString business = m_f.addClient(QStringLiteral("fr_business"));
    const QString first = m_f.addSession(business, offer);
    const QString second = m_f.addSession(business, offer);
    InvoiceReferences agreed;
    agreed.buyer = QStringLiteral("SERV-042");
    agreed.paymentDays = 10;
    auto draft = service.createDraft({ first }, agreed);
    QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().detail));
    QCOMPARE(draft->paymentDays, std::optional<int>(10));
    // Sessions changed without new references: the term stays.
    auto two = service.setDraftSessions(draft->id, { first, second });
    QVERIFY(two.ok());
    QCOMPARE(two->paymentDays, std::optional<int>(10));
    // Changed with the references alone; then back to the default.
    agreed.paymentDays = 60;
    auto sixty = service.setDraftReferences(draft->id, agreed);
    QVERIFY(sixty.ok());
    QCOMPARE(sixty->paymentDays, std::optional<int>(60));
    QCOMPARE(sixty->dueDate, m_f.clock.nowUtc().toLocalTime().date().addDays(60));
    agreed.paymentDays = 61;
    QVERIFY(!service.setDraftReferences(draft->id, agreed).ok());
    QCOMPARE(service.find(draft->id)->paymentDays, std::optional<int>(60));
    agreed.paymentDays = 20;
    QVERIFY(service.setDraftReferences(draft->id, agreed).ok());
    // Issued days later: the term counts from the invoice date.
    m_f.clock.advance(3 * 24 * 3600 * 1000LL);
    auto issued = service.issueDraft(draft->id);
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().detail));
    QCOMPARE(issued->paymentDays, std::optional<int>(20));
    QCOMPARE(issued->dueDate, issued->issuedAt.toLocalTime().date().addDays(20));
    QCOMPARE(issued->buyerReference, QStringLiteral("SERV-042"));
    auto stored = service.findByNumber(issued->number);
    QVERIFY(stored.ok());
    QCOMPARE(stored->paymentDays, std::optional<int>(20));
    QCOMPARE(stored->dueDate, issued->dueDate);
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QVERIFY(!report->firstBroken);
}

void tst_InvoiceService::draft_discard_consumesNoNumber()
{
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    const QString session = m_f.addSession(m_f.addClient(), m_f.addOffer());
    auto draft = service.createDraft({ session });
    QVERIFY(draft.ok());
    // A session sits on one draft at most.
    auto second = service.createDraft({ session });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::InvalidInput);
    QVERIFY(service.discardDraft(draft->id).ok());
    QCOMPARE(service.find(draft->id).error().code, ErrorCode::NotFound);
    auto inv = service.issueForSessions({ session });
    QVERIFY(inv.ok());
    QCOMPARE(inv->number, QStringLiteral("F-2026-0001"));
    // A draft whose session was invoiced meanwhile cannot be issued, and stays a draft.
    const QString other = m_f.addSession(m_f.addClient(), m_f.addOffer());
    auto stale = service.createDraft({ other });
    QVERIFY(stale.ok());
    QVERIFY(service.issueForSessions({ other }).ok());
    QVERIFY(!service.issueDraft(stale->id).ok());
    QCOMPARE(service.find(stale->id)->status, InvoiceStatus::Draft);
}

void tst_InvoiceService::draft_setSessions_addRemoveThenIssue()
{
    OPEN_ENGINE();
    QVERIFY(m_f.setProfile());
    InvoiceService service(*m_f.db, m_f.clock);
    SessionRepository sessions(*m_f.db);
    const QString client = m_f.addClient();
    const QString offer = m_f.addOffer();
    const QString s1 = m_f.addSession(client, offer, 754'900);
    m_f.clock.advance(60'000);
    const QString s2 = m_f.addSession(client, offer, 300'000);
    m_f.clock.advance(60'000);
    const QString s3 = m_f.addSession(client, offer, 1'200'000);
    const QString otherClient = m_f.addClient(QStringLiteral("fr_business"));
    const QString sb = m_f.addSession(otherClient, offer);
    const auto gross = [&](const QString &id) { return sessions.find(id)->gross.minor(); };
    const auto ids = [](const QList<Session> &list) {
        QStringList out;
        for (const Session &s : list)
            out << s.id;
        return out;
    };
    QVERIFY(gross(s1) != gross(s2) && gross(s2) != gross(s3));

    auto draft = service.createDraft({ s1 });
    QVERIFY(draft.ok());
    QVERIFY(service.updateDraftLine(draft->id, 1, QStringLiteral("Texte modifié")).ok());
    QCOMPARE(ids(*service.invoiceableSessions(client)), QStringList({ s2, s3 }));
    QCOMPARE(ids(*service.invoiceableSessions(client, draft->id)), QStringList({ s1, s2, s3 }));
    auto clients = service.clientsWithInvoiceableSessions();
    QVERIFY(clients.ok());
    QCOMPARE(clients->size(), 2);

    // Add a session: the total is the sum of the amounts frozen on the sessions; the edited text stays.
    auto edited = service.setDraftSessions(draft->id, { s1, s2 });
    QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().detail));
    QCOMPARE(edited->id, draft->id);
    QCOMPARE(edited->status, InvoiceStatus::Draft);
    QVERIFY(edited->number.isEmpty());
    QCOMPARE(edited->lines.size(), 2);
    QCOMPARE(edited->gross.minor(), gross(s1) + gross(s2));
    QCOMPARE(edited->net.minor() + edited->vat.minor(), edited->gross.minor());
    QCOMPARE(service.find(draft->id)->lines.value(0).description, QStringLiteral("Texte modifié"));

    // Refused: another client's session, no session at all, a session on another draft; nothing changes.
    QCOMPARE(service.setDraftSessions(draft->id, { s1, sb }).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service.setDraftSessions(draft->id, {}).error().code, ErrorCode::InvalidInput);
    auto second = service.createDraft({ s3 });
    QVERIFY(second.ok());
    QCOMPARE(service.setDraftSessions(draft->id, { s1, s2, s3 }).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service.find(draft->id)->lines.size(), 2);
    QCOMPARE(service.find(draft->id)->gross.minor(), gross(s1) + gross(s2));

    // Remove a session: it is invoiceable again, still 'ended'.
    edited = service.setDraftSessions(draft->id, { s2 });
    QVERIFY(edited.ok());
    QCOMPARE(edited->lines.size(), 1);
    QCOMPARE(edited->gross.minor(), gross(s2));
    QCOMPARE(sessions.find(s1)->state, SessionState::Ended);
    QCOMPARE(ids(*service.invoiceableSessions(client)), QStringList({ s1 }));

    // Issue: the number is taken now, gap-free; the issued invoice can no longer be edited.
    auto issued = service.issueDraft(draft->id);
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().detail));
    QCOMPARE(issued->number, QStringLiteral("F-2026-0001"));
    QCOMPARE(issued->gross.minor(), gross(s2));
    QCOMPARE(sessions.find(s2)->state, SessionState::Billed);
    QCOMPARE(service.setDraftSessions(draft->id, { s1 }).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service.findByNumber(QStringLiteral("F-2026-0001"))->lines.size(), 1);

    // Discarding the other draft frees its session.
    QVERIFY(service.discardDraft(second->id).ok());
    QCOMPARE(ids(*service.invoiceableSessions(client)), QStringList({ s1, s3 }));
    auto next = service.issueForSessions({ s1, s3 });
    QVERIFY(next.ok());
    QCOMPARE(next->number, QStringLiteral("F-2026-0002"));
    auto report = HashChain::verify(*m_f.db);
    QVERIFY(report.ok());
    QVERIFY(!report->firstBroken);
    QCOMPARE(report->entries, qint64(2));
}

void tst_InvoiceService::list_filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("expectedCount");
    QTest::addRow("all") << QString() << QDate() << 3;
    QTest::addRow("by number") << QStringLiteral("0002") << QDate() << 1;
    QTest::addRow("by client name, any case") << QStringLiteral("dupont") << QDate() << 1;
    QTest::addRow("from a later date") << QString() << QDate(2026, 11, 26) << 1;
}

void tst_InvoiceService::list_filters()
{
    QFETCH(QString, text);
    QFETCH(QDate, from);
    QFETCH(int, expectedCount);
    QVERIFY(m_f.open(m_dir->filePath(QStringLiteral("m.sqlite"))));
    QVERIFY(m_f.setProfile());
    const QString offer = m_f.addOffer();
    InvoiceService service(*m_f.db, m_f.clock);
    QVERIFY(service.issueForSessions({ m_f.addSession(m_f.addClient(), offer) }).ok());
    QVERIFY(service.issueForSessions({ m_f.addSession(m_f.addClient(QStringLiteral("fr_business")), offer) }).ok());
    m_f.clock.advance(3 * 24 * 3600 * 1000LL);
    QVERIFY(service.issueForSessions({ m_f.addSession(m_f.addClient(), offer) }).ok());
    InvoiceFilter filter;
    filter.text = text;
    filter.from = from;
    auto list = service.list(filter);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), expectedCount);
}

QTEST_GUILESS_MAIN(tst_InvoiceService)
#include "tst_invoiceservice.moc"
