#include "FakeStripeServer.h"
#include "ManualClock.h"
#include "PaymentTestData.h"

#include "call/CallHoldBox.h"
#include "call/CallPanel.h"
#include "common/Theme.h"
#include "history/HistoryView.h"
#include "history/SessionsModel.h"
#include "invoicing/InvoiceService.h"
#include "mainwindow/MainWindow.h"
#include "metering/CallController.h"
#include "metering/SessionService.h"
#include "payments/PaymentLinkDialog.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "payments/StripeGateway.h"
#include "settings/SettingsView.h"
#include "slots/SlotsView.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using minutier::test::FakeStripeServer;

// The payment column of the history (captured, not charged, refunded, awaiting capture, bank
// transfer) and "Refund…" -> Stripe refund -> credit note, through the main window's wiring
// (PaymentService::sessionRefunded -> InvoiceService::onSessionRefunded).
class tst_HistoryPayments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void paymentColumn_showsEachState();
    void refund_partial_issuesCreditNote();
    void slot_paymentLink_inInvitation_prefillsCallWithHold();
    void markPaid_bankTransfer_partThenRest();
    void reconcileAtStart_captureCutOff_recognisedAndReported();
    void reconcile_whenTheKeyIsLoadedAgain_andRetriedWhileUnreachable();

private:
    Session endedSession(qint64 minutes);
    PaymentHold hold(const QString &sessionId, qint64 minor);
    Result<SessionSettlement> settle(const QString &sessionId, Money gross);
    int rowOf(const QString &sessionId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PaymentSetup> m_payments;
    std::unique_ptr<MainWindow> m_window;
    QString m_client;
    QString m_offer;
};

void tst_HistoryPayments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Theme::apply(*qApp, Theme::Mode::Light); // the screenshots look like the application
}

void tst_HistoryPayments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeStripeServer>();
    QVERIFY(m_server->listen());
    test::pointStripeAt(*m_server);
    auto db = Database::open(m_dir->filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const test::PaymentPractice practice = test::seedPaymentPractice(*m_db);
    m_client = practice.clientId;
    m_offer = practice.offerId;
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_payments = std::make_unique<PaymentSetup>(*m_db, m_clock);
    m_window = std::make_unique<MainWindow>(*m_db, m_clock, *m_settings, m_dir->path());
    m_window->setPayments(m_payments.get());
    m_payments->load();
    QCOMPARE(m_payments->state(), PaymentSetup::State::Ready);
}

void tst_HistoryPayments::cleanup()
{
    m_window.reset();
    m_payments.reset();
    m_db.reset();
    m_server.reset();
    HistoryView::s_dialogHook = {};
    qunsetenv("MINUTIER_STRIPE_KEY");
    qunsetenv("MINUTIER_STRIPE_API_BASE");
}

Session tst_HistoryPayments::endedSession(qint64 minutes)
{
    m_clock.advance(1000);
    auto s = SessionService(*m_db, m_clock).recordCompleted(m_client, m_offer, minutes * 60'000);
    return s ? s.value() : Session();
}

PaymentHold tst_HistoryPayments::hold(const QString &sessionId, qint64 minor)
{
    SavedCardHoldRequest req;
    req.sessionId = sessionId;
    req.amount = Money::fromMinor(minor, Currency::eur());
    req.paymentMethodId = QStringLiteral("pm_card_visa");
    req.customerId = QStringLiteral("cus_ada");
    std::optional<Result<PaymentHold>> out;
    m_payments->service().placeHold(req, this, [&](Result<PaymentHold> r) { out.emplace(std::move(r)); });
    [&] { QTRY_VERIFY(out.has_value()); }();
    return out && *out ? out->value() : PaymentHold();
}

Result<SessionSettlement> tst_HistoryPayments::settle(const QString &sessionId, Money gross)
{
    std::optional<Result<SessionSettlement>> out;
    m_payments->service().settleSession(
        sessionId, gross, this, [&](Result<SessionSettlement> r) { out.emplace(std::move(r)); });
    [&] { QTRY_VERIFY(out.has_value()); }();
    if (!out)
        return makeError(ErrorCode::Internal, QStringLiteral("no answer"));
    return *out;
}

int tst_HistoryPayments::rowOf(const QString &sessionId) const
{
    SessionsModel *model = m_window->historyView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(SessionsModel::SessionIdRole).toString() == sessionId)
            return r;
    return -1;
}

void tst_HistoryPayments::paymentColumn_showsEachState()
{
    const Session bank = endedSession(5);
    const Session captured = endedSession(10); // 12,00 €
    const Session small = endedSession(0); // 0 €: not charged
    const Session awaiting = endedSession(3);
    const Session refunded = endedSession(10);
    QVERIFY(hold(captured.id, 3000).isAuthorized());
    QVERIFY(settle(captured.id, captured.gross).ok());
    QVERIFY(hold(small.id, 3000).isAuthorized());
    QCOMPARE(settle(small.id, small.gross)->status, SettlementStatus::NotCharged);
    QVERIFY(hold(awaiting.id, 3000).isAuthorized());
    QVERIFY(hold(refunded.id, 3000).isAuthorized());
    QVERIFY(settle(refunded.id, refunded.gross).ok());
    std::optional<Result<SessionSettlement>> r;
    m_payments->service().refundSession(refunded.id, {}, this, [&](Result<SessionSettlement> x) { r.emplace(x); });
    QTRY_VERIFY(r.has_value());
    QVERIFY(r->ok());

    m_window->show();
    m_window->showPage(MainWindow::Page::History);
    HistoryView *history = m_window->historyView();
    history->reload();
    QTRY_VERIFY(!history->isStale());
    SessionsModel *model = history->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), int(SessionsModel::ColumnCount));
    QCOMPARE(model->headerData(SessionsModel::Payment, Qt::Horizontal).toString(), QStringLiteral("Payment"));
    const auto state = [&](const Session &s) {
        return model->index(rowOf(s.id), SessionsModel::Payment).data(SessionsModel::PaymentStateRole).toString();
    };
    const auto text
        = [&](const Session &s) { return model->index(rowOf(s.id), SessionsModel::Payment).data().toString(); };
    QCOMPARE(state(bank), QStringLiteral("bank_transfer"));
    QCOMPARE(text(bank), QStringLiteral("Bank transfer"));
    QCOMPARE(state(captured), QStringLiteral("captured"));
    QVERIFY(text(captured).startsWith(QStringLiteral("Card: 12,00")));
    QCOMPARE(state(small), QStringLiteral("not_charged"));
    QCOMPARE(text(small), QStringLiteral("Not charged"));
    QCOMPARE(state(awaiting), QStringLiteral("awaiting_capture"));
    QCOMPARE(state(refunded), QStringLiteral("refunded"));
    QCOMPARE(model->index(rowOf(captured.id), 0).data(SessionsModel::RefundableMinorRole).toLongLong(), 1200);

    // For a human to look at: the history with its payment column, and the settings' payment section.
    const QString dir = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    m_window->resize(1280, 800);
    m_window->grab().save(QDir(dir).filePath(QStringLiteral("pay_history_payment_column.png")));
    m_window->showPage(MainWindow::Page::Settings);
    if (auto *section = m_window->findChild<QWidget *>(QStringLiteral("paymentSettings"))) {
        if (auto *scroll = m_window->settingsView()->findChild<QScrollArea *>())
            scroll->ensureWidgetVisible(section);
    }
    m_window->grab().save(QDir(dir).filePath(QStringLiteral("pay_settings_payment_provider.png")));
}

void tst_HistoryPayments::refund_partial_issuesCreditNote()
{
    const Session s = endedSession(10); // 12,00 €
    QVERIFY(hold(s.id, 3000).isAuthorized());
    QVERIFY(settle(s.id, s.gross).ok());
    auto invoice = InvoiceService(*m_db, m_clock).issueForSessions({ s.id });
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->status, InvoiceStatus::Paid);

    m_window->show();
    m_window->showPage(MainWindow::Page::History);
    HistoryView *history = m_window->historyView();
    history->reload();
    QTRY_VERIFY(!history->isStale());
    history->selectSession(s.id);
    auto *refund = history->findChild<QPushButton *>(QStringLiteral("refundButton"));
    QVERIFY(refund && refund->isEnabled());

    QString shown;
    HistoryView::s_dialogHook = [&](QDialog &dialog) {
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("refundAmount"));
        shown = amount->text();
        amount->setText(QStringLiteral("99,00")); // too much: refused in the dialog
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, amount] {
                QTest::mouseClick(
                    dialog.findChild<QPushButton *>(QStringLiteral("refundConfirmButton")), Qt::LeftButton);
                QVERIFY(dialog.isVisible());
                QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("refundError"))->text().isEmpty());
                amount->setText(QStringLiteral("5,00"));
                QTest::mouseClick(
                    dialog.findChild<QPushButton *>(QStringLiteral("refundConfirmButton")), Qt::LeftButton);
            },
            Qt::QueuedConnection);
    };
    QTest::mouseClick(refund, Qt::LeftButton);
    QCOMPARE(shown, QStringLiteral("12,00"));
    const int row = rowOf(s.id);
    QTRY_COMPARE(
        history->model()->index(rowOf(s.id), SessionsModel::Payment).data(SessionsModel::PaymentStateRole).toString(),
        QStringLiteral("partly_refunded"));
    Q_UNUSED(row);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v1/refunds")), 1);
    QCOMPARE(m_server->requests().last().params.value(QStringLiteral("amount")).toString(), QStringLiteral("500"));

    // The credit note, citing the invoice, for the 5,00 € refunded.
    auto notes = InvoiceService(*m_db, m_clock).list();
    QVERIFY(notes.ok());
    int creditNotes = 0;
    for (const Invoice &i : *notes) {
        if (i.kind != InvoiceKind::CreditNote)
            continue;
        ++creditNotes;
        QCOMPARE(qAbs(i.gross.minor()), 500);
    }
    QCOMPARE(creditNotes, 1);
    auto after = InvoiceService(*m_db, m_clock).findByNumber(invoice->number);
    QCOMPARE(after->status, InvoiceStatus::PartlyRefunded);
}

void tst_HistoryPayments::slot_paymentLink_inInvitation_prefillsCallWithHold()
{
    SlotsView *slotsView = m_window->slotsView();
    OpenSlot slot;
    slot.clientId = m_client;
    slot.offerId = m_offer;
    slot.start = m_clock.nowUtc().addSecs(3600);
    slot.maxMinutes = 20; // 20 min at 1,20 € = 24,00 €
    auto saved = slotsView->store().save(slot);
    QVERIFY(saved.ok());
    m_window->show();
    m_window->showPage(MainWindow::Page::Slots);
    slotsView->reload();
    auto *table = slotsView->findChild<QTableView *>(QStringLiteral("slotsTable"));
    table->selectRow(0);
    auto *link = slotsView->findChild<QPushButton *>(QStringLiteral("slotPaymentLinkButton"));
    QVERIFY(link && link->isVisible() && link->isEnabled());
    QTest::mouseClick(link, Qt::LeftButton);
    QPointer<PaymentLinkDialog> dialog = slotsView->linkDialog();
    QVERIFY(dialog);
    dialog->setPollInterval(20);

    // The planned session id and the link are kept with the slot; the link is in the invitation.
    OpenSlot stored;
    QTRY_VERIFY(!(stored = slotsView->store().list()->first()).paymentUrl.isEmpty());
    QVERIFY(!stored.plannedSessionId.isEmpty());
    const IcsEvent invitation = slotsView->invitationFor(stored);
    QVERIFY(invitation.description.contains(stored.paymentUrl));
    auto holds = m_payments->service().outbox().holds(stored.plannedSessionId);
    QVERIFY(holds && holds->size() == 1);
    QCOMPARE(holds->first().amount.minor(), 2400);

    QVERIFY(!m_server->simulatePayment(holds->first().checkoutSessionId).isEmpty());
    QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    dialog->reject();

    // The slot starts: the call panel is ready with the slot's planned session and its hold.
    QTest::mouseClick(slotsView->findChild<QPushButton *>(QStringLiteral("prepareCallButton")), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Call);
    CallHoldBox *box = m_window->callPanel()->holdBox();
    QCOMPARE(box->plannedSessionId(), stored.plannedSessionId);
    QCOMPARE(box->authorizedMinor(), std::optional<qint64>(2400));
    m_window->callPanel()->start();
    QVERIFY(m_window->callController()->isActive());
    QCOMPARE(m_window->callController()->session()->id, stored.plannedSessionId);
    QCOMPARE(m_window->callController()->holdMinor(), std::optional<qint64>(2400));
}

void tst_HistoryPayments::markPaid_bankTransfer_partThenRest()
{
    const Session s = endedSession(10); // 12,00 €, no card
    auto invoice = InvoiceService(*m_db, m_clock).issueForSessions({ s.id });
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->status, InvoiceStatus::Issued);
    m_window->show();
    m_window->showPage(MainWindow::Page::History);
    HistoryView *history = m_window->historyView();
    history->reload();
    QTRY_VERIFY(!history->isStale());
    history->selectSession(s.id);
    const auto payment = [&] { return history->model()->index(rowOf(s.id), SessionsModel::Payment).data().toString(); };
    QCOMPARE(payment(), QStringLiteral("Bank transfer: unpaid"));
    auto *markPaid = history->findChild<QPushButton *>(QStringLiteral("markPaidButton"));
    QVERIFY(markPaid && markPaid->isEnabled());
    QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());

    const auto pay = [&](const QString &amount, const QString &reference) {
        HistoryView::s_dialogHook = [amount, reference](QDialog &dialog) {
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, amount, reference] {
                    dialog.findChild<QLineEdit *>(QStringLiteral("paidAmount"))->setText(amount);
                    dialog.findChild<QLineEdit *>(QStringLiteral("paidReference"))->setText(reference);
                    QTest::mouseClick(
                        dialog.findChild<QPushButton *>(QStringLiteral("markPaidConfirmButton")), Qt::LeftButton);
                },
                Qt::QueuedConnection);
        };
        QTest::mouseClick(markPaid, Qt::LeftButton);
    };
    pay(QStringLiteral("5,00"), QStringLiteral("VIR 1"));
    auto after = InvoiceService(*m_db, m_clock).findByNumber(invoice->number);
    QCOMPARE(after->paid.minor(), 500);
    QCOMPARE(after->status, InvoiceStatus::Issued);
    QCOMPARE(payment(), QStringLiteral("Bank transfer: unpaid"));
    m_clock.advance(1000);
    pay(QStringLiteral("7,00"), QStringLiteral("VIR 2"));
    after = InvoiceService(*m_db, m_clock).findByNumber(invoice->number);
    QCOMPARE(after->paid.minor(), 1200);
    QCOMPARE(after->status, InvoiceStatus::Paid);
    QCOMPARE(payment(), QStringLiteral("Bank transfer: paid"));
    QVERIFY(!markPaid->isEnabled());
}

void tst_HistoryPayments::reconcileAtStart_captureCutOff_recognisedAndReported()
{
    const Session s = endedSession(10);
    const PaymentHold h = hold(s.id, 3000);
    QVERIFY(h.isAuthorized());
    // The capture goes through at Stripe but the reply is lost (one attempt): left 'sent'.
    StripeConfig once = m_payments->gateway().config();
    once.maxAttempts = 1;
    once.timeoutMs = 300;
    m_payments->gateway().setConfig(once);
    m_server->injectFault(FakeStripeServer::Fault::HangAfterProcessing, QStringLiteral("/capture"));
    QVERIFY(!settle(s.id, s.gross).ok());
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);

    // The next start: the operation is recognised as done by reading Stripe, never sent again.
    m_window.reset();
    m_payments = std::make_unique<PaymentSetup>(*m_db, m_clock);
    m_window = std::make_unique<MainWindow>(*m_db, m_clock, *m_settings, m_dir->path());
    m_window->setPayments(m_payments.get());
    m_payments->load();
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("completed")), qPrintable(status->text()));
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/capture")), 1);
}

void tst_HistoryPayments::reconcile_whenTheKeyIsLoadedAgain_andRetriedWhileUnreachable()
{
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    const Session s = endedSession(10);
    const PaymentHold h = hold(s.id, 3000);
    QVERIFY(h.isAuthorized());
    StripeConfig once = m_payments->gateway().config();
    once.maxAttempts = 1;
    once.timeoutMs = 300;
    m_payments->gateway().setConfig(once);
    m_server->injectFault(FakeStripeServer::Fault::HangAfterProcessing, QStringLiteral("/capture"));
    QVERIFY(!settle(s.id, s.gross).ok()); // captured at Stripe, the reply lost: left 'sent'
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);

    // While Stripe cannot be read, the operation stays unknown and is read again a little later.
    m_window->setReconcileRetryInterval(200);
    m_server->injectFault(FakeStripeServer::Fault::Status500NoRetry, QStringLiteral("/v1/payment_intents"), 1);
    m_payments->load(); // a key saved again in the settings: the provider becomes ready again
    QTRY_VERIFY2(status->text().contains(QStringLiteral("still unknown")), qPrintable(status->text()));
    // The retry reads Stripe again and recognises the capture; nothing is ever sent twice.
    QTRY_VERIFY2(status->text().contains(QStringLiteral("completed")), qPrintable(status->text()));
    QCOMPARE(m_server->captureCount(h.paymentIntentId), 1);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/capture")), 1);
}

QTEST_MAIN(tst_HistoryPayments)
#include "tst_historypayments.moc"
