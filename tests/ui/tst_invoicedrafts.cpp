// Drafts in the invoices view: "Edit draft…" (remove a call, add another call of the client; the
// totals follow the amounts frozen on the calls), issuing the edited draft (gap-free number),
// "Discard draft…" (confirmed; its calls become invoiceable again and show in "New invoice…"), and
// column-header sorting done in SQL on a few hundred documents, pages intact.
#include "ManualClock.h"
#include "UiTestData.h"
#include "common/MessageBox.h"
#include "common/MoneyFormat.h"
#include "invoices/DraftDialog.h"
#include "invoices/InvoicesModel.h"
#include "invoices/InvoicesView.h"
#include "invoicing/InvoiceService.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace minutier;

class tst_InvoiceDrafts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editDraft_removeAndAdd_totalsFollowThenIssueGapFree();
    void discardDraft_confirmed_sessionsBackInNewInvoice();
    void newInvoice_nothingTicked_createsNothing();
    void sort_eachColumnBothDirections_inSqlWithStablePages();

private:
    InvoicesView *makeView();
    QPushButton *button(InvoicesView &view, const char *name);
    bool selectDraft(InvoicesView &view, const QString &id);
    qint64 grossOf(const QString &sessionId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
};

void tst_InvoiceDrafts::init()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("minutier.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_clock = std::make_unique<test::ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC));
}

void tst_InvoiceDrafts::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_db.reset();
    m_dir.reset();
}

InvoicesView *tst_InvoiceDrafts::makeView()
{
    auto *view = new InvoicesView(*m_db, *m_clock, m_dir->filePath(QStringLiteral("invoices")));
    view->setUrlOpener([](const QUrl &) { return true; });
    view->resize(1200, 700);
    return view;
}

QPushButton *tst_InvoiceDrafts::button(InvoicesView &view, const char *name)
{
    return view.findChild<QPushButton *>(QLatin1String(name));
}

bool tst_InvoiceDrafts::selectDraft(InvoicesView &view, const QString &id)
{
    const int row = view.model()->rowOf(id);
    if (row < 0)
        return false;
    view.table()->selectRow(row);
    return true;
}

qint64 tst_InvoiceDrafts::grossOf(const QString &sessionId)
{
    return SessionRepository(*m_db).find(sessionId)->gross.minor();
}

// Demo: sessions 0..17 are ended and not invoiced; Jeanne Dupont (client 0) has sessions 0, 8 and 16.
void tst_InvoiceDrafts::editDraft_removeAndAdd_totalsFollowThenIssueGapFree()
{
    const test::DemoData demo = test::seedDemo(*m_db, *m_clock, 36);
    InvoiceService service(*m_db, *m_clock);
    const QString s0 = demo.sessions.at(0).id, s8 = demo.sessions.at(8).id, s16 = demo.sessions.at(16).id;
    auto draft = service.createDraft({ s0, s8 });
    QVERIFY(draft.ok());
    QCOMPARE(draft->gross.minor(), grossOf(s0) + grossOf(s8));

    std::unique_ptr<InvoicesView> view(makeView());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(view.get(), &InvoicesView::invoicesChanged);
    view->show();
    QVERIFY(!button(*view, "editDraftButton")->isEnabled()); // nothing selected
    QVERIFY(selectDraft(*view, draft->id));
    QVERIFY(button(*view, "editDraftButton")->isEnabled());
    QVERIFY(button(*view, "discardDraftButton")->isEnabled());
    if (const QString shot = qEnvironmentVariable("MINUTIER_DRAFT_SCREENSHOT"); !shot.isEmpty())
        view->grab().save(QString(shot).replace(QLatin1String(".png"), QLatin1String("-view.png")));

    bool driven = false;
    view->setDraftDialogDriver([&](DraftDialog &dialog) {
        driven = true;
        // The draft's calls ticked, the client's other invoiceable call offered, nobody else's.
        [&] {
            QCOMPARE(dialog.listedSessionIds(), QStringList({ s16, s8, s0 })); // oldest first
            QCOMPARE(dialog.selectedSessionIds(), QStringList({ s8, s0 }));
            QVERIFY(dialog.totalText().contains(
                MoneyFormat::format(Money::fromMinor(grossOf(s0) + grossOf(s8), Currency::eur()))));
            QVERIFY(dialog.setSessionChecked(s0, false));
            QVERIFY(dialog.setSessionChecked(s16, true));
            QCOMPARE(dialog.selectedSessionIds(), QStringList({ s16, s8 }));
            QVERIFY(dialog.totalText().contains(
                MoneyFormat::format(Money::fromMinor(grossOf(s8) + grossOf(s16), Currency::eur()))));
            QVERIFY(dialog.problem().isEmpty());
            // Unticking everything is refused with a sentence pointing at "Discard".
            QVERIFY(dialog.setSessionChecked(s16, false));
            QVERIFY(dialog.setSessionChecked(s8, false));
            QVERIFY(!dialog.problem().isEmpty());
            QVERIFY(dialog.setSessionChecked(s16, true));
            QVERIFY(dialog.setSessionChecked(s8, true));
            // The client's references: kept on the draft, printed when it is issued.
            QCOMPARE(dialog.references().buyer, QString());
            dialog.setReferences({ QStringLiteral(" SERV-042 "), QStringLiteral("PO 4711/2026") });
            // The payment term: the default until one is agreed (0 to 60 days).
            auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("draftPaymentDays"));
            QVERIFY(days);
            QVERIFY(!dialog.references().paymentDays);
            QCOMPARE(days->text(), days->specialValueText());
            QCOMPARE(days->maximum(), 60);
            days->setValue(45);
            QCOMPARE(dialog.references().paymentDays, std::optional<int>(45));
            const QString shots = qEnvironmentVariable("MINUTIER_DRAFT_SCREENSHOT");
            if (!shots.isEmpty()) {
                dialog.resize(560, 360);
                dialog.show();
                QTest::qWait(50);
                dialog.grab().save(shots);
            }
        }();
        return !QTest::currentTestFailed();
    });
    button(*view, "editDraftButton")->click();
    QVERIFY(driven);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(changed.count(), 1);

    auto edited = service.find(draft->id);
    QVERIFY(edited.ok());
    QCOMPARE(edited->status, InvoiceStatus::Draft);
    QCOMPARE(edited->lines.size(), 2);
    QCOMPARE(edited->lines.at(0).sessionId, s16);
    QCOMPARE(edited->lines.at(1).sessionId, s8);
    QCOMPARE(edited->gross.minor(), grossOf(s8) + grossOf(s16));
    QCOMPARE(edited->buyerReference, QStringLiteral("SERV-042"));
    QCOMPARE(edited->orderReference, QStringLiteral("PO 4711/2026"));
    QCOMPARE(edited->paymentDays, std::optional<int>(45));
    // The table shows the new total, the draft still selected.
    const int row = view->model()->rowOf(draft->id);
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->rowAt(row)->gross.minor(), edited->gross.minor());
    QCOMPARE(view->table()->selectionModel()->selectedRows().value(0).row(), row);
    // The call taken off is invoiceable again.
    QCOMPARE(SessionRepository(*m_db).find(s0)->state, SessionState::Ended);
    auto free = service.invoiceableSessions(demo.clients.at(0).id);
    QVERIFY(free.ok());
    QCOMPARE(free->size(), 1);
    QCOMPARE(free->first().id, s0);

    // Issue the edited draft: the next number, no gap.
    auto before = service.list();
    qint64 lastSequence = 0;
    for (const Invoice &inv : *before)
        if (inv.kind == InvoiceKind::Invoice)
            lastSequence = qMax(lastSequence, inv.sequence);
    QCOMPARE(lastSequence, qint64(18));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(*view, "issueDraftButton")->click();
    auto issued = service.find(draft->id);
    QVERIFY(issued.ok());
    QCOMPARE(issued->status, InvoiceStatus::Issued);
    QCOMPARE(issued->sequence, lastSequence + 1);
    QCOMPARE(issued->number, QStringLiteral("F-2026-0019"));
    QCOMPARE(issued->dueDate, issued->issuedAt.toLocalTime().date().addDays(45)); // the agreed term
    QCOMPARE(issued->gross.minor(), grossOf(s8) + grossOf(s16));
    QCOMPARE(SessionRepository(*m_db).find(s16)->state, SessionState::Billed);
    // An issued invoice offers no draft actions.
    QVERIFY(!button(*view, "editDraftButton")->isEnabled());
    QVERIFY(!button(*view, "discardDraftButton")->isEnabled());
}

void tst_InvoiceDrafts::discardDraft_confirmed_sessionsBackInNewInvoice()
{
    const test::DemoData demo = test::seedDemo(*m_db, *m_clock, 36);
    InvoiceService service(*m_db, *m_clock);
    const QString s0 = demo.sessions.at(0).id, s8 = demo.sessions.at(8).id, s16 = demo.sessions.at(16).id;
    auto draft = service.createDraft({ s0, s8 });
    QVERIFY(draft.ok());
    std::unique_ptr<InvoicesView> view(makeView());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->show();
    const qint64 rows = view->model()->totalCount();
    QVERIFY(selectDraft(*view, draft->id));

    // Cancelled: nothing happens.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    button(*view, "discardDraftButton")->click();
    QVERIFY(service.find(draft->id).ok());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("no gap")));

    // Confirmed: the draft is gone, its calls are free again; nothing numbered was touched.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(*view, "discardDraftButton")->click();
    QCOMPARE(service.find(draft->id).error().code, ErrorCode::NotFound);
    QCOMPARE(view->model()->totalCount(), rows - 1);
    QCOMPARE(SessionRepository(*m_db).find(s0)->state, SessionState::Ended);
    QCOMPARE(service.list()->size(), 18);

    // "New invoice…": Jeanne Dupont's three calls are offered again; two are put on a new draft.
    bool driven = false;
    view->setDraftDialogDriver([&](DraftDialog &dialog) {
        driven = true;
        [&] {
            QVERIFY(dialog.selectClient(demo.clients.at(0).id));
            QCOMPARE(dialog.clientId(), demo.clients.at(0).id);
            QCOMPARE(dialog.listedSessionIds(), QStringList({ s16, s8, s0 }));
            QVERIFY(dialog.selectedSessionIds().isEmpty());
            QVERIFY(!dialog.problem().isEmpty());
            QVERIFY(dialog.setSessionChecked(s0, true));
            QVERIFY(dialog.setSessionChecked(s8, true));
            QVERIFY(dialog.problem().isEmpty());
        }();
        return !QTest::currentTestFailed();
    });
    button(*view, "newInvoiceButton")->click();
    QVERIFY(driven);
    QVERIFY(!QTest::currentTestFailed());
    const auto selected = view->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    const InvoiceRow *row = view->model()->rowAt(selected.first().row());
    QCOMPARE(row->status, InvoiceStatus::Draft);
    QCOMPARE(row->clientId, demo.clients.at(0).id);
    QCOMPARE(row->gross.minor(), grossOf(s0) + grossOf(s8));
    auto created = service.find(row->id);
    QVERIFY(created.ok());
    QCOMPARE(created->lines.size(), 2);
    QVERIFY(created->number.isEmpty());
    // Those two are now on a draft: only s16 is left to invoice for Jeanne.
    QCOMPARE(service.invoiceableSessions(demo.clients.at(0).id)->size(), 1);
}

void tst_InvoiceDrafts::newInvoice_nothingTicked_createsNothing()
{
    test::seedDemo(*m_db, *m_clock, 36);
    std::unique_ptr<InvoicesView> view(makeView());
    view->show();
    const qint64 rows = view->model()->totalCount();
    view->setDraftDialogDriver([](DraftDialog &) { return true; }); // OK pressed with nothing ticked
    button(*view, "newInvoiceButton")->click();
    QCOMPARE(view->model()->totalCount(), rows);
    view->setDraftDialogDriver([](DraftDialog &dialog) {
        dialog.setSessionChecked(dialog.listedSessionIds().value(0), true);
        return false; // cancelled
    });
    button(*view, "newInvoiceButton")->click();
    view->reload();
    QCOMPARE(view->model()->totalCount(), rows);
}

void tst_InvoiceDrafts::sort_eachColumnBothDirections_inSqlWithStablePages()
{
    // 300 invoices (several pages of InvoicesModel::kBatch), credit notes, drafts, a card payment.
    const test::DemoData demo = test::seedDemo(*m_db, *m_clock, 600);
    InvoiceService service(*m_db, *m_clock);
    auto issued = service.list();
    QVERIFY(issued.ok());
    int notes = 0;
    for (int i = 0; notes < 20; i += 7) {
        if (issued->at(i).gross.minor() == 0) // a free call: nothing to credit
            continue;
        auto note = service.credit(issued->at(i).number);
        QVERIFY2(note.ok(), qPrintable(note.ok() ? QString() : note.error().detail));
        ++notes;
    }
    int transferred = 3;
    while (issued->at(transferred).gross.minor() == 0 || transferred % 7 == 0)
        ++transferred;
    QVERIFY(service.recordBankTransfer(issued->at(transferred).number).ok());
    for (int i = 0; i < 5; ++i)
        QVERIFY(service.createDraft({ demo.sessions.at(i).id }).ok());

    std::unique_ptr<InvoicesView> view(makeView());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->show();
    InvoicesModel *model = view->model();
    const qint64 total = model->totalCount();
    QCOMPARE(total, qint64(300 + 20 + 5));
    QVERIFY(total > InvoicesModel::kBatch); // two pages at least

    const char *names[] = { "number", "kind", "date", "client", "gross", "status", "paid", "net", "vat" };
    static_assert(std::size(names) == InvoicesModel::ColumnCount);
    for (int column = 0; column < InvoicesModel::ColumnCount; ++column) {
        const auto key = [column](const InvoiceRow &r) -> QVariant {
            switch (column) {
            case InvoicesModel::Number:
                return r.number;
            case InvoicesModel::Kind:
                return invoiceKindKey(r.kind);
            case InvoicesModel::IssueDate:
                return r.issuedAt;
            case InvoicesModel::Client:
                return r.clientName.toLower();
            case InvoicesModel::Gross:
                return r.gross.minor();
            case InvoicesModel::Status:
                return invoiceStatusKey(r.status);
            case InvoicesModel::Paid:
                return r.paid.minor();
            case InvoicesModel::Net:
                return r.net.minor();
            case InvoicesModel::Vat:
                return r.vat.minor();
            }
            return {};
        };
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            view->table()->horizontalHeader()->setSortIndicator(column, order); // what a header click does
            QCOMPARE(model->sortOrder().key, InvoicesModel::sortKeyFor(column));
            QCOMPARE(model->sortOrder().descending, order == Qt::DescendingOrder);
            while (model->canFetchMore({}))
                model->fetchMore({});
            QCOMPARE(model->rowCount(), int(total));
            QSet<QString> ids;
            for (int r = 0; r < model->rowCount(); ++r) {
                ids.insert(model->rowAt(r)->id);
                if (r == 0)
                    continue;
                const InvoiceRow &a = *model->rowAt(r - 1);
                const InvoiceRow &b = *model->rowAt(r);
                const QPartialOrdering cmp = QVariant::compare(key(a), key(b));
                const bool inOrder
                    = order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater : cmp != QPartialOrdering::Less;
                if (!inOrder || (cmp == QPartialOrdering::Equivalent && !(a.id < b.id)))
                    QFAIL(
                        qPrintable(QStringLiteral("%1 %2: rows %3 and %4 out of order: %5 / %6")
                                       .arg(QLatin1String(names[column]),
                                           order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"))
                                       .arg(r - 1)
                                       .arg(r)
                                       .arg(key(a).toString(), key(b).toString())));
            }
            QCOMPARE(ids.size(), int(total)); // every document once across the pages
        }
    }
    // Back to the default order: drafts first.
    view->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    QCOMPARE(model->sortOrder().key, InvoiceSortKey::Default);
    QCOMPARE(model->rowAt(0)->status, InvoiceStatus::Draft);
}

QTEST_MAIN(tst_InvoiceDrafts)
#include "tst_invoicedrafts.moc"
