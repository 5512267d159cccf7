// The invoices view: filters and totals in SQL (model checked by QAbstractItemModelTester), the PDF
// preview, "Save as", "Send by e-mail", issuing and crediting with confirmations, batch exports
// with a progress dialog that cancels cleanly, and the logo chosen in the profile.
#include "ManualClock.h"
#include "UiTestData.h"
#include "common/MessageBox.h"
#include "invoices/CreditNoteDialog.h"
#include "invoices/InvoicesModel.h"
#include "invoices/InvoicesView.h"
#include "history/HistoryView.h"
#include "history/SessionsModel.h"
#include "mainwindow/MainWindow.h"
#include "invoicing/HashChain.h"
#include "invoicing/InvoiceLogo.h"
#include "invoicing/InvoiceService.h"
#include "profile/LogoChooser.h"
#include "profile/ProfileDialog.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace minutier;

class tst_InvoicesView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_textStatusPeriod_narrowRowsAndTotals();
    void model_tenThousandInvoices_filteredInSqlAndFetchedInPages();
    void preview_selectedInvoice_loadsRenderedFactorX();
    void saveAs_writesByteIdenticalCopy();
    void sendByEmail_mailtoInClientLanguage_andFolderOpened();
    void issueAndCredit_throughUi_confirmedAndGapFree();
    void creditNoteDialog_amount_checked();
    void exportArchive_cancelled_leavesNoFile();
    void exportArchive_completes_zipWritten();
    void logo_chosenInProfile_drawnOnRenderedInvoice();
    void mainWindow_historyDoubleClick_opensInvoice();

private:
    InvoicesView *makeView();
    void seed();
    int rowOfNumber(InvoicesView &view, const QString &number);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ManualClock> m_clock;
    test::DemoData m_demo;
    QList<Invoice> m_issued; // the 18 invoices of the demo, oldest first
};

void tst_InvoicesView::init()
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

void tst_InvoicesView::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_db.reset();
    m_dir.reset();
}

void tst_InvoicesView::seed()
{
    m_demo = test::seedDemo(*m_db, *m_clock, 36);
    auto issued = InvoiceService(*m_db, *m_clock).list();
    QVERIFY(issued.ok());
    m_issued = *issued;
    std::sort(m_issued.begin(), m_issued.end(), [](const Invoice &a, const Invoice &b) { return a.sequence < b.sequence; });
    QCOMPARE(m_issued.size(), 18);
}

InvoicesView *tst_InvoicesView::makeView()
{
    auto *view = new InvoicesView(*m_db, *m_clock, m_dir->filePath(QStringLiteral("invoices")));
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setUrlOpener([](const QUrl &) { return true; });
    view->setPathChooser([](InvoicesView::ChooserKind, const QString &, const QString &, const QString &) {
        return QString();
    });
    view->resize(1200, 700);
    return view;
}

int tst_InvoicesView::rowOfNumber(InvoicesView &view, const QString &number)
{
    for (int row = 0; row < view.model()->rowCount(); ++row)
        if (view.model()->rowAt(row)->number == number)
            return row;
    return -1;
}

void tst_InvoicesView::filters_textStatusPeriod_narrowRowsAndTotals()
{
    seed();
    InvoiceService service(*m_db, *m_clock);
    // F-2026-0001 (Hugo Lambert) credited in full; a draft for Jeanne Dupont's latest call.
    auto note = service.credit(m_issued.first().number);
    QVERIFY(note.ok());
    QVERIFY(service.createDraft({ m_demo.sessions.at(0).id }).ok());

    std::unique_ptr<InvoicesView> view(makeView());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view->isStale()); // nothing read before the view is shown
    QCOMPARE(view->model()->rowCount(), 0);
    view->show();
    QCOMPARE(view->model()->rowCount(), 20);

    // Totals: 19 documents (credit note deducted), the draft counted apart.
    qint64 gross = 0, net = 0, vat = 0;
    for (const Invoice &inv : std::as_const(m_issued)) {
        gross += inv.gross.minor();
        net += inv.net.minor();
        vat += inv.vat.minor();
    }
    gross -= note->gross.minor();
    net -= note->net.minor();
    vat -= note->vat.minor();
    QCOMPARE(view->model()->totals().size(), 1);
    const InvoiceTotals t = view->model()->totals().constFirst();
    QCOMPARE(t.documents, qint64(19));
    QCOMPARE(t.drafts, qint64(1));
    QCOMPARE(t.gross.minor(), gross);
    QCOMPARE(t.net.minor(), net);
    QCOMPARE(t.vat.minor(), vat);
    auto *totals = view->findChild<QLabel *>(QStringLiteral("invoicesTotals"));
    QVERIFY(totals->text().contains(QStringLiteral("19")));

    // Search by number, then by client (name or company).
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("invoiceSearch"));
    search->setText(m_issued.at(4).number);
    view->reload();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->rowAt(0)->number, m_issued.at(4).number);
    search->setText(QStringLiteral("jeanne"));
    view->reload();
    // Jeanne Dupont: sessions 24 and 32 invoiced, session 0 in the draft.
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->totals().constFirst().documents, qint64(2));
    search->setText(QStringLiteral("atelier lef")); // Marc Lefèvre's company
    view->reload();
    QVERIFY(view->model()->rowCount() > 0);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QCOMPARE(view->model()->rowAt(r)->clientName, QStringLiteral("Marc Lefèvre"));
    search->setText(QStringLiteral("100%_")); // LIKE wildcards are taken literally
    view->reload();
    QCOMPARE(view->model()->rowCount(), 0);
    search->clear();
    view->reload();

    // Status.
    auto *status = view->findChild<QComboBox *>(QStringLiteral("invoiceStatusFilter"));
    const auto statusRows = [&](InvoiceListStatus s) {
        status->setCurrentIndex(status->findData(invoiceListStatusKey(s)));
        return view->model()->rowCount();
    };
    QCOMPARE(statusRows(InvoiceListStatus::Draft), 1);
    QCOMPARE(view->model()->index(0, InvoicesModel::Status).data().toString(), InvoicesModel::statusLabel(InvoiceListStatus::Draft));
    QCOMPARE(statusRows(InvoiceListStatus::Credited), 1);
    QCOMPARE(view->model()->rowAt(0)->number, m_issued.first().number);
    QCOMPARE(statusRows(InvoiceListStatus::Issued), 18); // 17 invoices + the credit note
    QCOMPARE(statusRows(InvoiceListStatus::Paid), 0);
    status->setCurrentIndex(0);
    QCOMPARE(view->model()->rowCount(), 20);

    // Period: everything was issued on 24 November 2026.
    auto *period = view->findChild<QComboBox *>(QStringLiteral("invoicePeriodFilter"));
    period->setCurrentIndex(period->findData(int(InvoicesView::Period::LastMonth)));
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(view->model()->totals().size(), 0);
    period->setCurrentIndex(period->findData(int(InvoicesView::Period::ThisMonth)));
    QCOMPARE(view->model()->rowCount(), 20);
    period->setCurrentIndex(period->findData(int(InvoicesView::Period::Custom)));
    auto *from = view->findChild<QDateEdit *>(QStringLiteral("invoiceFromDate"));
    auto *to = view->findChild<QDateEdit *>(QStringLiteral("invoiceToDate"));
    QVERIFY(from->isVisible());
    from->setDate(QDate(2026, 11, 25));
    to->setDate(QDate(2026, 12, 31));
    QCOMPARE(view->model()->rowCount(), 0);
    from->setDate(QDate(2026, 11, 24));
    to->setDate(QDate(2026, 11, 24));
    QCOMPARE(view->model()->rowCount(), 20);

    // The totals of a selection.
    view->table()->selectRow(1);
    view->table()->selectionModel()->select(view->model()->index(2, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *selection = view->findChild<QLabel *>(QStringLiteral("invoicesSelectionTotals"));
    QVERIFY(selection->isVisible());
    QVERIFY2(selection->text().contains(QStringLiteral("2")), qPrintable(selection->text()));
}

void tst_InvoicesView::model_tenThousandInvoices_filteredInSqlAndFetchedInPages()
{
    test::seedDemo(*m_db, *m_clock, 2);
    // 10,000 issued documents written straight into the table (issuing them one by one through the
    // service would only test the service).
    auto clients = ClientRepository(*m_db).list();
    QVERIFY(clients.ok());
    QVERIFY(m_db->begin().ok());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO invoices (id, kind, status, series, number, sequence, client_id, issued_at, "
                             "currency, net_minor, vat_minor, gross_minor, created_at) VALUES (?, 'invoice', ?, 'F', ?, "
                             "?, ?, ?, 'EUR', 1000, 200, 1200, ?)"));
    for (int i = 1; i <= 10'000; ++i) {
        const QDateTime when = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 3000);
        q.addBindValue(SqlUtil::newId());
        q.addBindValue(i % 3 == 0 ? QStringLiteral("paid") : QStringLiteral("issued"));
        q.addBindValue(QStringLiteral("X-%1").arg(i, 5, 10, QLatin1Char('0')));
        q.addBindValue(i);
        q.addBindValue(clients->at(i % clients->size()).id);
        q.addBindValue(SqlUtil::toDb(when));
        q.addBindValue(SqlUtil::toDb(when));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(m_db->commit().ok());

    InvoicesModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(model.setFilter({}).ok());
    const qint64 all = timer.elapsed();
    QCOMPARE(model.totalCount(), qint64(10'001));
    QCOMPARE(model.rowCount(), InvoicesModel::kBatch); // one page read, not 10,000 rows
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * InvoicesModel::kBatch);

    InvoiceQueryFilter filter;
    filter.text = QStringLiteral("x-09");
    filter.statuses = { InvoiceListStatus::Paid };
    timer.restart();
    QVERIFY(model.setFilter(filter).ok());
    const qint64 filtered = timer.elapsed();
    // X-09000 .. X-09999: 1,000 numbers, 334 of them multiples of 3 (paid).
    QCOMPARE(model.totalCount(), qint64(334));
    QCOMPARE(model.totals().constFirst().documents, qint64(334));
    QCOMPARE(model.totals().constFirst().gross.minor(), qint64(334 * 1200));
    // Rows of later pages are found by id.
    const QString id = InvoiceQuery(*m_db).page(filter, 300, 1)->constFirst().id;
    QCOMPARE(model.rowOf(id), 300);
    qInfo("10,001 invoices: first page + count + totals in %lld ms; text + status filter in %lld ms", all, filtered);
    QVERIFY2(all < 2000 && filtered < 2000, "filtering 10,000 invoices should take milliseconds");
}

void tst_InvoicesView::preview_selectedInvoice_loadsRenderedFactorX()
{
    seed();
    std::unique_ptr<InvoicesView> view(makeView());
    view->show();
    const QString number = m_issued.at(3).number;
    const QString stored = view->pdfPathFor(number);
    QVERIFY(!QFile::exists(stored));
    const int row = rowOfNumber(*view, number);
    QVERIFY(row >= 0);
    view->table()->selectRow(row);
    // Rendered on demand into the data folder, then shown.
    QVERIFY(QFile::exists(stored));
    QCOMPARE(view->previewDocument()->status(), QPdfDocument::Status::Ready);
    QVERIFY(view->previewDocument()->pageCount() >= 1);
    QVERIFY(view->previewDocument()->getAllText(0).text().contains(number));
    // A draft has no PDF: the preview says so.
    QVERIFY(InvoiceService(*m_db, *m_clock).createDraft({ m_demo.sessions.at(1).id }).ok());
    view->reload();
    view->table()->selectRow(0);
    QCOMPARE(view->model()->rowAt(0)->status, InvoiceStatus::Draft);
    QCOMPARE(view->previewDocument()->status(), QPdfDocument::Status::Null);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("previewMessage"))->isVisible());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("saveAsButton"))->isEnabled());
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("issueDraftButton"))->isEnabled());
}

void tst_InvoicesView::saveAs_writesByteIdenticalCopy()
{
    seed();
    std::unique_ptr<InvoicesView> view(makeView());
    const QString target = m_dir->filePath(QStringLiteral("elsewhere/copy.pdf"));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("elsewhere"))));
    QString suggested;
    view->setPathChooser([&](InvoicesView::ChooserKind kind, const QString &, const QString &s, const QString &) {
        suggested = s;
        return kind == InvoicesView::ChooserKind::SaveFile ? target : QString();
    });
    view->show();
    const QString number = m_issued.at(0).number;
    view->table()->selectRow(rowOfNumber(*view, number));
    auto *saveAs = view->findChild<QPushButton *>(QStringLiteral("saveAsButton"));
    QVERIFY(saveAs->isEnabled());
    saveAs->click();
    QCOMPARE(QFileInfo(suggested).fileName(), number + QStringLiteral(".pdf"));
    QFile a(view->pdfPathFor(number)), b(target);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray original = a.readAll();
    QVERIFY(original.startsWith("%PDF-"));
    QCOMPARE(b.readAll(), original);
}

void tst_InvoicesView::sendByEmail_mailtoInClientLanguage_andFolderOpened()
{
    seed();
    std::unique_ptr<InvoicesView> view(makeView());
    QList<QUrl> opened;
    view->setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    view->show();
    const Invoice &inv = m_issued.at(2);
    view->table()->selectRow(rowOfNumber(*view, inv.number));
    view->findChild<QPushButton *>(QStringLiteral("sendMailButton"))->click();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0), QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("invoices"))));
    const QUrl mail = opened.at(1);
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QCOMPARE(mail.path(), inv.buyer.value(QStringLiteral("email")).toString());
    const QUrlQuery query(mail);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), QStringLiteral("Facture ") + inv.number);
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QVERIFY2(body.contains(QStringLiteral("Veuillez trouver ci-joint la facture ") + inv.number), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("Claire Martin Conseil")));
    // The view tells the expert to attach the file from the folder.
    auto *notice = view->findChild<QLabel *>(QStringLiteral("invoicesNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(inv.number + QStringLiteral(".pdf")));
}

void tst_InvoicesView::issueAndCredit_throughUi_confirmedAndGapFree()
{
    seed();
    InvoiceService service(*m_db, *m_clock);
    auto draft = service.createDraft({ m_demo.sessions.at(0).id });
    QVERIFY(draft.ok());
    std::unique_ptr<InvoicesView> view(makeView());
    QSignalSpy changed(view.get(), &InvoicesView::invoicesChanged);
    view->show();
    view->table()->selectRow(view->model()->rowOf(draft->id));
    auto *issue = view->findChild<QPushButton *>(QStringLiteral("issueDraftButton"));
    QVERIFY(issue->isEnabled());

    // Cancelled: still a draft.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    issue->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("never be edited or deleted")));
    QCOMPARE(service.find(draft->id)->status, InvoiceStatus::Draft);
    QCOMPARE(changed.size(), 0);
    // Confirmed: the next number.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    issue->click();
    QCOMPARE(changed.size(), 1);
    const Invoice issued = *service.find(draft->id);
    QCOMPARE(issued.number, QStringLiteral("F-2026-0019"));
    QCOMPARE(view->model()->rowAt(view->table()->currentIndex().row())->number, issued.number);

    // A partial credit note, then the rest.
    view->table()->selectRow(rowOfNumber(*view, issued.number));
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("creditNoteButton"))->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    view->creditSelected(500);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("permanent")));
    QCOMPARE(changed.size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->creditSelected(500);
    QCOMPARE(changed.size(), 2);
    // The view shows the new credit note (found by its number); back to everything.
    QCOMPARE(view->findChild<QLineEdit *>(QStringLiteral("invoiceSearch"))->text(), QStringLiteral("A-2026-0001"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->rowAt(0)->creditedInvoiceNumber, issued.number);
    view->findChild<QLineEdit *>(QStringLiteral("invoiceSearch"))->clear();
    view->reload();
    view->table()->selectRow(rowOfNumber(*view, issued.number));
    QCOMPARE(view->model()->rowAt(rowOfNumber(*view, issued.number))->listStatus, InvoiceListStatus::Credited);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->creditSelected(std::nullopt);
    QCOMPARE(changed.size(), 3);
    // Nothing left to credit: the button is off.
    view->findChild<QLineEdit *>(QStringLiteral("invoiceSearch"))->clear();
    view->reload();
    view->table()->selectRow(rowOfNumber(*view, issued.number));
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("creditNoteButton"))->isEnabled());

    // Every series is continuous from 1, and the chain still verifies.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, sequence, number FROM invoices WHERE status <> 'draft' ORDER BY kind, sequence")));
    QHash<QString, qint64> last;
    QStringList notes;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        QCOMPARE(q.value(1).toLongLong(), last.value(kind) + 1);
        last[kind] = q.value(1).toLongLong();
        if (kind == QLatin1String("credit_note"))
            notes << q.value(2).toString();
    }
    QCOMPARE(last.value(QStringLiteral("invoice")), qint64(19));
    QCOMPARE(notes, QStringList({ QStringLiteral("A-2026-0001"), QStringLiteral("A-2026-0002") }));
    auto credits = service.list();
    qint64 credited = 0;
    for (const Invoice &inv : *credits)
        if (inv.creditedInvoiceNumber == issued.number)
            credited += inv.gross.minor();
    QCOMPARE(credited, issued.gross.minor());
    QVERIFY(HashChain::verify(*m_db).ok());
}

void tst_InvoicesView::creditNoteDialog_amount_checked()
{
    CreditNoteDialog dialog(QStringLiteral("F-2026-0007"), Money::fromMinor(3804, Currency::eur()));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("creditContinueButton"));
    auto *part = dialog.findChild<QRadioButton *>(QStringLiteral("creditPartRadio"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("creditAmountEdit"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.amountMinor(), std::nullopt);
    part->setChecked(true);
    QVERIFY(!ok->isEnabled());
    amount->setText(QStringLiteral("12,50 €"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.amountMinor(), std::optional<qint64>(1250));
    amount->setText(QStringLiteral("38,05"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    amount->setText(QStringLiteral("douze"));
    QVERIFY(!ok->isEnabled());
    amount->setText(QStringLiteral("0"));
    QVERIFY(!ok->isEnabled());
    amount->setText(QStringLiteral("38.04"));
    QVERIFY(ok->isEnabled());
}

void tst_InvoicesView::exportArchive_cancelled_leavesNoFile()
{
    seed();
    std::unique_ptr<InvoicesView> view(makeView());
    const QString target = m_dir->filePath(QStringLiteral("out/archive.zip"));
    view->setPathChooser([&](InvoicesView::ChooserKind, const QString &, const QString &, const QString &) { return target; });
    view->show();
    QSignalSpy finished(view.get(), &InvoicesView::exportFinished);
    view->exportArchive();
    QVERIFY(view->exportProgress());
    QCOMPARE(view->exportProgress()->maximum(), 18);
    // A few documents in (one per turn of the event loop), the expert cancels.
    QElapsedTimer guard;
    guard.start();
    while (view->exportProgress() && view->exportProgress()->value() < 2 && guard.elapsed() < 30000)
        QCoreApplication::processEvents();
    QVERIFY(view->exportProgress());
    QVERIFY(view->exportProgress()->value() >= 2 && view->exportProgress()->value() < 18);
    QVERIFY(QFile::exists(target + QStringLiteral(".part")));
    auto *cancel = view->exportProgress()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    QVERIFY(!view->exportProgress());
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("invoicesNotice"))->text().contains(QStringLiteral("nothing was written")));
}

void tst_InvoicesView::exportArchive_completes_zipWritten()
{
    seed();
    std::unique_ptr<InvoicesView> view(makeView());
    const QString target = m_dir->filePath(QStringLiteral("archive.zip"));
    const QString csv = m_dir->filePath(QStringLiteral("period.csv"));
    view->setPathChooser([&](InvoicesView::ChooserKind kind, const QString &, const QString &suggested, const QString &) {
        if (kind == InvoicesView::ChooserKind::Folder)
            return m_dir->path();
        return suggested.endsWith(QLatin1String(".csv")) ? csv : target;
    });
    view->show();
    QSignalSpy finished(view.get(), &InvoicesView::exportFinished);
    QElapsedTimer timer;
    timer.start();
    view->exportArchive();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    qInfo("archive of 18 invoices written in %lld ms from the event loop", timer.elapsed());
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QFile zip(target);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QVERIFY(bytes.contains("index.csv"));
    for (const Invoice &inv : std::as_const(m_issued))
        QVERIFY(bytes.contains((inv.number + QStringLiteral(".pdf")).toUtf8()));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    view->exportCsv();
    QCOMPARE(finished.size(), 2);
    QVERIFY(finished.at(1).at(0).toBool());
    QVERIFY(QFileInfo(csv).size() > 0);
    view->exportFec(2026);
    QCOMPARE(finished.size(), 3);
    QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(MessageBox::lastText()));
    QVERIFY(finished.at(2).at(1).toString().endsWith(QStringLiteral("FEC20261231.txt")));
    QVERIFY(QFile::exists(finished.at(2).at(1).toString()));
}

void tst_InvoicesView::logo_chosenInProfile_drawnOnRenderedInvoice()
{
    seed();
    // A PNG with a transparent background, chosen in the business identity dialog.
    QImage image(600, 200, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(20, 20, 200, 160), QColor(0x1F, 0x3A, 0x5F));
    p.end();
    const QString file = m_dir->filePath(QStringLiteral("logo.png"));
    QVERIFY(image.save(file));
    auto profile = ProfileRepository(*m_db).load();
    QVERIFY(profile.ok() && profile->has_value());
    {
        ProfileDialog dialog(*m_db, **profile);
        QVERIFY(!dialog.logoChooser()->loadFile(m_dir->filePath(QStringLiteral("missing.png"))));
        QVERIFY(!dialog.logoChooser()->problem().isEmpty());
        QVERIFY(dialog.logoChooser()->loadFile(file));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    auto stored = InvoiceLogo::load(*m_db);
    QVERIFY(stored.ok() && !stored->isEmpty());
    QImage storedImage;
    QVERIFY(storedImage.loadFromData(*stored));
    QVERIFY(!storedImage.hasAlphaChannel());
    {
        ProfileDialog again(*m_db, **profile); // shows the stored logo
        QCOMPARE(again.logoChooser()->logo(), *stored);
        QVERIFY(again.findChild<QPushButton *>(QStringLiteral("removeLogoButton"))->isEnabled());
    }

    std::unique_ptr<InvoicesView> view(makeView());
    view->show();
    const QString number = m_issued.at(5).number;
    view->table()->selectRow(rowOfNumber(*view, number));
    QCOMPARE(view->previewDocument()->status(), QPdfDocument::Status::Ready);
    QFile pdf(view->pdfPathFor(number));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.contains("/Subtype /Image") || bytes.contains("/Subtype/Image"));
    // No soft mask (transparency) anywhere: only the "no mask" of the graphics states.
    QVERIFY(!QByteArray(bytes).replace("/SMask /None", "").replace("/SMask/None", "").contains("/SMask"));

    // Removing it: later renders have no image.
    {
        ProfileDialog dialog(*m_db, **profile);
        dialog.logoChooser()->remove();
        dialog.accept();
    }
    QVERIFY(InvoiceLogo::load(*m_db)->isEmpty());
}

void tst_InvoicesView::mainWindow_historyDoubleClick_opensInvoice()
{
    seed();
    QSettings settings(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(*m_db, *m_clock, settings, m_dir->path());
    window.resize(1280, 800);
    window.show();
    window.invoicesView()->setUrlOpener([](const QUrl &) { return true; });
    window.showPage(MainWindow::Page::History);
    HistoryView *history = window.historyView();
    auto *table = history->findChild<QTableView *>(QStringLiteral("sessionsTable"));
    int row = -1;
    for (int r = 0; r < history->model()->rowCount() && row < 0; ++r)
        if (!history->model()->index(r, 0).data(SessionsModel::InvoiceNumberRole).toString().isEmpty())
            row = r;
    QVERIFY(row >= 0);
    const QString number = history->model()->index(row, 0).data(SessionsModel::InvoiceNumberRole).toString();
    table->scrollTo(history->model()->index(row, 0));
    const QRect cell = table->visualRect(history->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Invoices);
    InvoicesView *invoices = window.invoicesView();
    const QModelIndexList selected = invoices->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(invoices->model()->rowAt(selected.first().row())->number, number);
    QCOMPARE(invoices->previewDocument()->status(), QPdfDocument::Status::Ready);

    // An invoice issued from the history is in the list when the page is shown again; the
    // selection stays.
    window.showPage(MainWindow::Page::History);
    QVERIFY(InvoiceService(*m_db, *m_clock).issueForSessions({ m_demo.sessions.at(0).id }).ok());
    invoices->findChild<QLineEdit *>(QStringLiteral("invoiceSearch"))->clear();
    window.showPage(MainWindow::Page::Invoices);
    QCOMPARE(invoices->model()->totalCount(), qint64(19));
    QCOMPARE(invoices->model()->rowAt(invoices->table()->selectionModel()->selectedRows().first().row())->number, number);
}

QTEST_MAIN(tst_InvoicesView)
#include "tst_invoicesview.moc"
