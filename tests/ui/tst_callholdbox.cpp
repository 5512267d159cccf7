#include "FakeStripeServer.h"
#include "ManualClock.h"
#include "PaymentTestData.h"

#include "call/CallHoldBox.h"
#include "call/CallPanel.h"
#include "storage/DefaultOffers.h"
#include "common/MoneyFormat.h"
#include "common/Theme.h"
#include "invoicing/InvoiceService.h"
#include "metering/CallController.h"
#include "metering/SessionService.h"
#include "payments/PaymentLinkDialog.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using minutier::test::FakeStripeServer;

namespace {
// For a human to look at: <build>/screenshots/<name>.png.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../screenshots"));
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

// Issue 4 through the call panel, against the fake Stripe server: flow 1 (payment link, QR, the
// client pays, "Authorized", the call runs on a manual clock, Stop captures the gross exactly once,
// the invoice is paid), flow 2 (hold on the saved card, decline in plain words) and flow 3 (the
// next hold at 90 %, a failure keeps the meter capped).
class tst_CallHoldBox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noProvider_saysBankTransferAndCallRuns();
    void flow1_paymentLink_authorizes_callCapturesGrossOnce_invoicePaid();
    void flow1_holdExpiringSoon_notUsedForTheCall();
    void flow1_holdCancelledAtStripe_readAgain_notUsedForTheCall();
    void flow2_savedCard_holdsForReturningClient();
    void flow2_savedCard_declined_showsReason();
    void flow2_savedCard_requiresAction_fallsBackToLink();
    void flow3_rollingHold_at90Percent_raisesHold();
    void flow3_rollingHoldDeclined_staysCappedAndSaysSo();
    void settle_networkDown_showsRetry_retryCapturesOnce();

private:
    QString label(const char *name) const;
    QPushButton *button(const char *name) const;
    // A hold on the saved test card for the planned session, placed directly through the service.
    PaymentHold holdOnCard(const QString &sessionId, qint64 minor, const QString &pm = QStringLiteral("pm_card_visa"));
    // Client pays through the link opened in the panel; returns the planned session id.
    QString payThroughLink(int minutes);
    void runFor(qint64 ms);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DefaultOffers> m_defaults;
    std::unique_ptr<CallController> m_controller;
    std::unique_ptr<PaymentSetup> m_payments;
    std::unique_ptr<CallPanel> m_panel;
    QString m_client;
    QString m_offer;
};

void tst_CallHoldBox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Theme::apply(*qApp, Theme::Mode::Light); // the screenshots look like the application
}

void tst_CallHoldBox::init()
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
    m_defaults = std::make_unique<DefaultOffers>(*m_db);
    m_controller = std::make_unique<CallController>(*m_db, m_clock);
    m_payments = std::make_unique<PaymentSetup>(*m_db, m_clock);
    m_payments->load();
    QCOMPARE(m_payments->state(), PaymentSetup::State::Ready); // the key from the environment
    m_panel = std::make_unique<CallPanel>(*m_db, m_clock, *m_controller, *m_defaults);
    m_panel->holdBox()->setLinkPollInterval(20);
    m_panel->setPayments(m_payments.get());
    m_panel->setCatalogue(*ClientRepository(*m_db).list(), *OfferRepository(*m_db).list());
    m_panel->selectClient(m_client);
    m_panel->selectOffer(m_offer);
    m_panel->resize(1000, 780);
    m_panel->show();
}

void tst_CallHoldBox::cleanup()
{
    m_panel.reset();
    m_payments.reset();
    m_controller.reset();
    m_db.reset();
    m_server.reset();
    qunsetenv("MINUTIER_STRIPE_KEY");
    qunsetenv("MINUTIER_STRIPE_API_BASE");
}

QString tst_CallHoldBox::label(const char *name) const
{
    auto *l = m_panel->findChild<QLabel *>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

QPushButton *tst_CallHoldBox::button(const char *name) const
{
    return m_panel->findChild<QPushButton *>(QString::fromLatin1(name));
}

PaymentHold tst_CallHoldBox::holdOnCard(const QString &sessionId, qint64 minor, const QString &pm)
{
    SavedCardHoldRequest req;
    req.sessionId = sessionId;
    req.amount = Money::fromMinor(minor, Currency::eur());
    req.paymentMethodId = pm;
    req.customerId = QStringLiteral("cus_test_ada");
    std::optional<Result<PaymentHold>> out;
    m_payments->service().placeHold(req, this, [&](Result<PaymentHold> r) { out.emplace(std::move(r)); });
    [&] { QTRY_VERIFY(out.has_value()); }();
    if (!out || !*out)
        return {};
    return out->value();
}

QString tst_CallHoldBox::payThroughLink(int minutes)
{
    CallHoldBox *box = m_panel->holdBox();
    box->findChild<QSpinBox *>(QStringLiteral("holdMinutes"))->setValue(minutes);
    QTest::mouseClick(button("paymentLinkButton"), Qt::LeftButton);
    PaymentLinkDialog *dialog = box->linkDialog();
    if (!dialog)
        return {};
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    [&] { QTRY_VERIFY(!url->text().isEmpty()); }();
    auto holds = m_payments->service().outbox().holds(box->plannedSessionId());
    if (!holds || holds->isEmpty())
        return {};
    const QString pi = m_server->simulatePayment(holds->first().checkoutSessionId);
    if (pi.isEmpty())
        return {};
    return box->plannedSessionId();
}

void tst_CallHoldBox::runFor(qint64 ms)
{
    // One poll a second of simulated time, as the display timer would.
    for (qint64 t = 0; t < ms; t += 1000) {
        m_clock.advance(qMin<qint64>(1000, ms - t));
        m_controller->poll();
    }
}

void tst_CallHoldBox::noProvider_saysBankTransferAndCallRuns()
{
    qunsetenv("MINUTIER_STRIPE_KEY");
    QVERIFY(PaymentSetup::setSetting(*m_db, PaymentSetup::providerSettingKey(), QStringLiteral("none")));
    m_payments->load();
    QCOMPARE(m_payments->state(), PaymentSetup::State::NotConfigured);
    QTRY_VERIFY(m_panel->findChild<QLabel *>(QStringLiteral("holdBankTransfer"))->isVisible());
    QVERIFY(label("holdBankTransfer").contains(QStringLiteral("bank transfer")));
    QVERIFY(!button("paymentLinkButton")->isVisible());
    m_panel->start();
    QVERIFY(m_controller->isActive());
    QVERIFY(!m_controller->holdMinor());
    runFor(60'000);
    m_panel->stop();
    QTRY_COMPARE(m_controller->state(), CallController::State::Ready);
    QCOMPARE(m_server->requests().size(), 0); // nothing was sent to Stripe
}

void tst_CallHoldBox::flow1_paymentLink_authorizes_callCapturesGrossOnce_invoicePaid()
{
    CallHoldBox *box = m_panel->holdBox();
    QVERIFY(button("paymentLinkButton")->isEnabled());
    QVERIFY(!button("savedCardButton")->isEnabled()); // a new client has no saved card
    // 30 min at 1,20 € = 36,00 €
    const QString held = MoneyFormat::format(Money::fromMinor(3600, Currency::eur()));
    box->findChild<QSpinBox *>(QStringLiteral("holdMinutes"))->setValue(30);
    QVERIFY2(label("holdMinutesAmount").contains(held), qPrintable(label("holdMinutesAmount")));

    const QString planned = box->plannedSessionId();
    QTest::mouseClick(button("paymentLinkButton"), Qt::LeftButton);
    QPointer<PaymentLinkDialog> dialog = box->linkDialog();
    QVERIFY(dialog);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QTRY_VERIFY(!url->text().isEmpty());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("qrLabel"))->pixmap().isNull()); // QR shown
    auto holds = m_payments->service().outbox().holds(planned);
    QVERIFY(holds && holds->size() == 1);
    QCOMPARE(holds->first().amount.minor(), 3600);
    const QJsonObject checkout = m_server->checkoutSession(holds->first().checkoutSessionId);
    QCOMPARE(
        checkout.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("session_id")).toString(), planned);

    // The client pays on the hosted page; the dialog's polling sees the authorisation.
    const QString pi = m_server->simulatePayment(holds->first().checkoutSessionId);
    QVERIFY(!pi.isEmpty());
    auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startButton"));
    QTRY_VERIFY(start->isEnabled());
    QTRY_COMPARE(label("holdStatus"), QStringLiteral("Authorized: %1").arg(held));
    QVERIFY(label("holdExpiry").contains(QStringLiteral("captured before")));
    QCOMPARE(box->authorizedMinor(), std::optional<qint64>(3600));
    shoot(dialog, QStringLiteral("pay_link_dialog_authorized"));
    shoot(m_panel.get(), QStringLiteral("pay_call_panel_authorized"));

    // "Start the call" in the dialog starts the call under the planned session, capped at the hold.
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(m_controller->isActive());
    QCOMPARE(m_controller->session()->id, planned);
    QCOMPARE(m_controller->holdMinor(), std::optional<qint64>(3600));

    runFor(10 * 60'000); // 10 min: 12,00 €
    QTRY_VERIFY(label("holdUsage").contains(QStringLiteral("33 %")));
    shoot(m_panel.get(), QStringLiteral("pay_call_panel_running"));
    m_panel->stop();
    const QString captured = MoneyFormat::format(Money::fromMinor(1200, Currency::eur()));
    QTRY_COMPARE(label("paymentResult"), QStringLiteral("Captured %1").arg(captured));
    shoot(m_panel.get(), QStringLiteral("pay_call_panel_captured"));

    // Exactly one capture, of the gross, with the session's idempotency key.
    QCOMPARE(m_server->captureCount(pi), 1);
    QCOMPARE(m_server->totalCaptureCount(), 1);
    int captureRequests = 0;
    for (const auto &r : m_server->requests()) {
        if (!r.path.endsWith(QLatin1String("/capture")))
            continue;
        ++captureRequests;
        QCOMPARE(r.params.value(QStringLiteral("amount_to_capture")).toString(), QStringLiteral("1200"));
        QCOMPARE(
            r.idempotencyKey, QString::fromUtf8(PaymentOutbox::idempotencyKey(planned, OperationKind::Capture, 0)));
    }
    QCOMPARE(captureRequests, 1);
    QCOMPARE(m_server->paymentIntent(pi).value(QStringLiteral("amount_received")).toInteger(), 1200);

    // The next call gets a new planned session; the invoice of this one is paid by card.
    QVERIFY(box->plannedSessionId() != planned);
    auto invoice = InvoiceService(*m_db, m_clock).issueForSessions({ planned });
    QVERIFY2(invoice.ok(), qPrintable(invoice ? QString() : invoice.error().detail));
    QCOMPARE(invoice->status, InvoiceStatus::Paid);
}

void tst_CallHoldBox::flow1_holdExpiringSoon_notUsedForTheCall()
{
    const QString planned = payThroughLink(30);
    QVERIFY(!planned.isEmpty());
    CallHoldBox *box = m_panel->holdBox();
    QTRY_COMPARE(box->authorizedMinor(), std::optional<qint64>(3600));
    auto holds = m_payments->service().outbox().holds(planned);
    QVERIFY(holds && holds->first().captureBefore.isValid());
    box->linkDialog()->reject();
    // Days later, half an hour before Stripe's capture_before: the hold no longer counts.
    const qint64 shift = m_clock.nowUtc().msecsTo(holds->first().captureBefore) - 30 * 60'000;
    m_clock.advance(shift);
    const auto restore = qScopeGuard([this, shift] { m_clock.advance(-shift); }); // the clock outlives the test
    box->updateView();
    QVERIFY(!box->authorizedMinor());
    QVERIFY2(label("holdStatus").contains(QStringLiteral("too soon")), qPrintable(label("holdStatus")));
    m_panel->start();
    QVERIFY(m_controller->isActive());
    QVERIFY(!m_controller->holdMinor()); // no cap from a hold that may lapse during the call
}

void tst_CallHoldBox::flow1_holdCancelledAtStripe_readAgain_notUsedForTheCall()
{
    const QString planned = payThroughLink(30);
    QVERIFY(!planned.isEmpty());
    CallHoldBox *box = m_panel->holdBox();
    QTRY_COMPARE(box->authorizedMinor(), std::optional<qint64>(3600));
    box->linkDialog()->reject();
    auto holds = m_payments->service().outbox().holds(planned);
    QVERIFY(holds && !holds->isEmpty());
    const QString intent = holds->first().paymentIntentId;
    // Cancelled in the Stripe dashboard while the window waits for the call.
    m_server->cancelPaymentIntentOutside(intent);
    box->updateView(); // checked a moment ago: not read again at once
    QCOMPARE(box->authorizedMinor(), std::optional<qint64>(3600));
    const int readsBefore = m_server->requestCount("GET", QStringLiteral("/v1/payment_intents/") + intent);
    m_clock.advance(61'000);
    box->updateView(); // a minute later it is read again, and no longer counts
    QTRY_VERIFY(!box->authorizedMinor().has_value());
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/v1/payment_intents/") + intent), readsBefore + 1);
    QVERIFY2(!label("holdStatus").contains(QStringLiteral("Authorized")), qPrintable(label("holdStatus")));
    m_panel->start();
    QVERIFY(m_controller->isActive());
    QVERIFY(!m_controller->holdMinor()); // no cap from a hold Stripe no longer has
}

void tst_CallHoldBox::flow2_savedCard_holdsForReturningClient()
{
    // A first call paid through a link saves the card (customer + payment method).
    const QString first = payThroughLink(10);
    QVERIFY(!first.isEmpty());
    QTRY_VERIFY(m_panel->holdBox()->authorizedMinor().has_value());
    m_panel->holdBox()->linkDialog()->accept();
    QTRY_VERIFY(m_controller->isActive());
    runFor(5 * 60'000);
    m_panel->stop();
    QTRY_VERIFY(label("paymentResult").startsWith(QStringLiteral("Captured")));

    // The next call with the same client: "Hold on saved card" (the card the first call saved).
    QTRY_VERIFY(button("savedCardButton")->isEnabled());
    m_panel->holdBox()->findChild<QSpinBox *>(QStringLiteral("holdMinutes"))->setValue(20);
    QTest::mouseClick(button("savedCardButton"), Qt::LeftButton);
    QTRY_COMPARE(m_panel->holdBox()->authorizedMinor(), std::optional<qint64>(2400));
    QVERIFY(label("holdStatus").startsWith(QStringLiteral("Authorized")));
    const auto &requests = m_server->requests();
    const auto last = *std::find_if(requests.crbegin(), requests.crend(), [](const auto &r) { return r.method == "POST"; });
    QCOMPARE(last.params.value(QStringLiteral("off_session")).toString(), QStringLiteral("true"));
    QCOMPARE(last.params.value(QStringLiteral("capture_method")).toString(), QStringLiteral("manual"));
}

void tst_CallHoldBox::flow2_savedCard_declined_showsReason()
{
    const QString planned = m_panel->holdBox()->plannedSessionId();
    // A card saved by an earlier session of this client.
    SessionService sessions(*m_db, m_clock);
    auto earlier = sessions.recordCompleted(m_client, m_offer, 60'000);
    QVERIFY(earlier.ok());
    QVERIFY(holdOnCard(earlier->id, 1000).isAuthorized());
    m_panel->holdBox()->setSelection(m_client, *OfferRepository(*m_db).find(m_offer));
    QVERIFY(button("savedCardButton")->isEnabled());
    m_server->injectFault(FakeStripeServer::Fault::Decline402, QStringLiteral("/v1/payment_intents"));
    QTest::mouseClick(button("savedCardButton"), Qt::LeftButton);
    QTRY_VERIFY2(label("holdStatus").contains(QStringLiteral("declined by the bank")), qPrintable(label("holdStatus")));
    QVERIFY(!m_panel->holdBox()->authorizedMinor());
    QCOMPARE(m_panel->holdBox()->plannedSessionId(), planned);
}

void tst_CallHoldBox::flow2_savedCard_requiresAction_fallsBackToLink()
{
    SessionService sessions(*m_db, m_clock);
    auto earlier = sessions.recordCompleted(m_client, m_offer, 60'000);
    QVERIFY(earlier.ok());
    QVERIFY(holdOnCard(earlier->id, 1000).isAuthorized());
    CallHoldBox *box = m_panel->holdBox();
    box->setSelection(m_client, *OfferRepository(*m_db).find(m_offer));
    m_server->injectFault(FakeStripeServer::Fault::RequiresAction, QStringLiteral("/v1/payment_intents"));
    QTest::mouseClick(button("savedCardButton"), Qt::LeftButton);
    // 3-D Secure cannot be done off-session: the payment link opens for the client to authenticate.
    QTRY_VERIFY(box->linkDialog() != nullptr);
    QTRY_VERIFY(!box->linkDialog()->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text().isEmpty());
    QTRY_VERIFY2(label("holdStatus").contains(QStringLiteral("authentication")), qPrintable(label("holdStatus")));
    QVERIFY(!box->authorizedMinor());
    box->linkDialog()->reject();
}

void tst_CallHoldBox::flow3_rollingHold_at90Percent_raisesHold()
{
    const QString planned = m_panel->holdBox()->plannedSessionId();
    QVERIFY(holdOnCard(planned, 1200).isAuthorized()); // 10 min
    m_panel->holdBox()->updateView();
    QCOMPARE(m_panel->holdBox()->authorizedMinor(), std::optional<qint64>(1200));
    m_panel->start();
    QCOMPARE(m_controller->holdMinor(), std::optional<qint64>(1200));

    runFor(8 * 60'000); // 80 %: warned, amber
    QVERIFY(label("holdUsage").contains(QStringLiteral("80 %")));
    shoot(m_panel.get(), QStringLiteral("pay_call_panel_80"));
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v1/payment_intents")), 1);
    runFor(60'000); // 90 %: the next block is placed once
    QTRY_COMPARE(m_controller->holdMinor(), std::optional<qint64>(2400));
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v1/payment_intents")), 2);
    QVERIFY(!m_controller->isCapped());
    runFor(5 * 60'000); // 14 min: 16,80 € of 24,00 €, past the first hold
    QVERIFY(!m_controller->isCapped());
    m_panel->stop();
    QTRY_VERIFY(label("paymentResult").startsWith(QStringLiteral("Captured")));
    QVERIFY(label("paymentResult").contains(MoneyFormat::format(Money::fromMinor(1680, Currency::eur()))));
    QCOMPARE(m_server->totalCaptureCount(), 2); // each hold captured for what it covered
}

void tst_CallHoldBox::flow3_rollingHoldDeclined_staysCappedAndSaysSo()
{
    const QString planned = m_panel->holdBox()->plannedSessionId();
    QVERIFY(holdOnCard(planned, 1200).isAuthorized());
    m_panel->holdBox()->updateView();
    m_panel->start();
    m_server->injectFault(FakeStripeServer::Fault::Decline402, QStringLiteral("/v1/payment_intents"), 1, "POST");
    runFor(9 * 60'000);
    QTRY_VERIFY2(label("holdUsage").contains(QStringLiteral("No further hold")), qPrintable(label("holdUsage")));
    runFor(3 * 60'000); // 12 min: 14,40 € but capped at 12,00 €
    QVERIFY(m_controller->isCapped());
    QCOMPARE(m_controller->holdMinor(), std::optional<qint64>(1200));
    QVERIFY(label("holdUsage").contains(QStringLiteral("nothing more is charged")));
    shoot(m_panel.get(), QStringLiteral("pay_call_panel_capped"));
    Theme::apply(*qApp, Theme::Mode::Dark); // the warning inks follow the palette
    m_controller->poll();
    shoot(m_panel.get(), QStringLiteral("pay_call_panel_capped_dark"));
    Theme::apply(*qApp, Theme::Mode::Light);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v1/payment_intents")), 2); // tried once only
    m_panel->stop();
    QTRY_VERIFY(label("paymentResult").startsWith(QStringLiteral("Captured")));
    QVERIFY(label("paymentResult").contains(MoneyFormat::format(Money::fromMinor(1200, Currency::eur()))));
}

void tst_CallHoldBox::settle_networkDown_showsRetry_retryCapturesOnce()
{
    const QString planned = m_panel->holdBox()->plannedSessionId();
    const PaymentHold hold = holdOnCard(planned, 1200);
    QVERIFY(hold.isAuthorized());
    m_panel->holdBox()->updateView();
    m_panel->start();
    runFor(5 * 60'000);
    m_server->injectFault(FakeStripeServer::Fault::Status500NoRetry, QStringLiteral("/capture"), 1);
    m_panel->stop();
    auto *retry = button("retryPaymentButton");
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(label("paymentResult").contains(QStringLiteral("not taken yet")));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(label("paymentResult").startsWith(QStringLiteral("Captured")));
    QVERIFY(!retry->isVisible());
    QCOMPARE(m_server->captureCount(hold.paymentIntentId), 1);
}

QTEST_MAIN(tst_CallHoldBox)
#include "tst_callholdbox.moc"
