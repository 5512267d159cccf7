#include "FakeStripeServer.h"
#include "ManualClock.h"

#include "payments/PaymentLinkDialog.h"
#include "payments/PaymentService.h"
#include "payments/QrCode.h"
#include "payments/StripeGateway.h"
#include "storage/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace minutier;
using minutier::test::FakeStripeServer;

// Flow 1 through the GUI against the fake Stripe server: link + QR + copy, the client pays,
// "Authorized: 30,00 €" appears and the call can start.
class tst_PaymentLinkDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void flow_clientPays_showsAuthorizedAndEnablesCall();
    void flow_linkExpires_showsExpired();
    void flow_apiDown_showsErrorAndNoUrl();
    void qrCode_render_hasFinderPatternsAndQuietZone_data();
    void qrCode_render_hasFinderPatternsAndQuietZone();

private:
    std::unique_ptr<PaymentLinkDialog> dialog(qint64 minor);
    template <typename T> T *child(const char *name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    test::ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StripeGateway> m_gateway;
    std::unique_ptr<PaymentService> m_service;
    PaymentLinkDialog *m_dialog = nullptr;
};

void tst_PaymentLinkDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void tst_PaymentLinkDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeStripeServer>();
    QVERIFY(m_server->listen());
    auto db = Database::open(m_dir->filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_network = std::make_unique<QNetworkAccessManager>();
    StripeConfig config;
    config.apiBase = m_server->baseUrl();
    config.apiKey = m_server->apiKey();
    config.timeoutMs = 1500;
    config.maxAttempts = 2;
    config.initialBackoffMs = 10;
    m_gateway = std::make_unique<StripeGateway>(m_network.get(), config);
    m_service = std::make_unique<PaymentService>(*m_db, *m_gateway, m_clock);
}

void tst_PaymentLinkDialog::cleanup()
{
    m_dialog = nullptr;
    m_service.reset();
    m_gateway.reset();
    m_network.reset();
    m_db.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<PaymentLinkDialog> tst_PaymentLinkDialog::dialog(qint64 minor)
{
    PaymentLinkRequest req;
    req.sessionId = QStringLiteral("s-gui");
    req.amount = Money::fromMinor(minor, Currency::eur());
    req.description = QStringLiteral("Consultation");
    auto d = std::make_unique<PaymentLinkDialog>(*m_service, req);
    d->setPollInterval(30);
    m_dialog = d.get();
    return d;
}

void tst_PaymentLinkDialog::flow_clientPays_showsAuthorizedAndEnablesCall()
{
    auto d = dialog(3000);
    QSignalSpy authorized(d.get(), &PaymentLinkDialog::authorized);
    d->show();
    d->start();
    auto *url = child<QLineEdit>("urlEdit");
    auto *qr = child<QLabel>("qrLabel");
    auto *status = child<QLabel>("statusLabel");
    auto *expiry = child<QLabel>("expiryLabel");
    auto *copy = child<QPushButton>("copyButton");
    auto *start = child<QPushButton>("startButton");
    QVERIFY(url && qr && status && expiry && copy && start);
    QVERIFY(!start->isEnabled());

    QTRY_VERIFY(!url->text().isEmpty());
    QVERIFY(url->text().startsWith(m_server->baseUrl().toString() + QStringLiteral("/pay/cs_")));
    QVERIFY(!qr->pixmap().isNull());
    QCOMPARE(qr->pixmap().width(), (QrCode::symbolWidth(url->text()) + 8) * 5);
    QVERIFY(status->text().contains(QStringLiteral("Waiting")));
    QTRY_VERIFY(expiry->text().contains(QStringLiteral("valid until")));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url->text());

    // Polling while unpaid does not authorise.
    QTRY_VERIFY(m_server->requestCount("GET", QStringLiteral("/v1/checkout/sessions/")) >= 2);
    QVERIFY(!start->isEnabled());
    QCOMPARE(authorized.size(), 0);

    const QString cs = url->text().section(u'/', -1);
    const QString pi = m_server->simulatePayment(cs);
    QVERIFY(!pi.isEmpty());
    QTRY_COMPARE(authorized.size(), 1);
    QVERIFY2(status->text().contains(QStringLiteral("Authorized: 30,00\u00a0€")), qPrintable(status->text()));
    QVERIFY(start->isEnabled());
    QVERIFY(expiry->text().contains(QStringLiteral("captured before")));
    QCOMPARE(d->hold().paymentIntentId, pi);
    QCOMPARE(int(d->hold().status), int(HoldStatus::Authorized));
    // Polling stopped once authorised.
    const int polls = m_server->requestCount("GET", QStringLiteral("/v1/payment_intents/"));
    QTest::qWait(150);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/v1/payment_intents/")), polls);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(d->result(), int(QDialog::Accepted));
}

void tst_PaymentLinkDialog::flow_linkExpires_showsExpired()
{
    auto d = dialog(3000);
    d->show();
    d->start();
    auto *url = child<QLineEdit>("urlEdit");
    QTRY_VERIFY(!url->text().isEmpty());
    m_server->expireCheckoutSession(url->text().section(u'/', -1));
    QTRY_VERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("expired")));
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
}

void tst_PaymentLinkDialog::flow_apiDown_showsErrorAndNoUrl()
{
    m_server->injectFault(FakeStripeServer::Fault::Status500, QStringLiteral("/v1/checkout/sessions"), 10);
    auto d = dialog(3000);
    d->show();
    d->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>("statusLabel")->text().contains(QStringLiteral("could not be created")), 10000);
    QVERIFY(child<QLineEdit>("urlEdit")->text().isEmpty());
    QVERIFY(!child<QPushButton>("copyButton")->isEnabled());
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
}

void tst_PaymentLinkDialog::qrCode_render_hasFinderPatternsAndQuietZone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("module");
    QTest::addRow("short URL") << QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_a1") << 4;
    QTest::addRow("long URL") << QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_") + QString(200, u'x') << 3;
    QTest::addRow("non-ASCII") << QStringLiteral("https://exemple.fr/paiement/é€") << 5;
}

void tst_PaymentLinkDialog::qrCode_render_hasFinderPatternsAndQuietZone()
{
    QFETCH(QString, text);
    QFETCH(int, module);
    const QImage img = QrCode::render(text, module);
    const int width = QrCode::symbolWidth(text);
    QVERIFY(width >= 21);
    QCOMPARE(img.width(), (width + 8) * module);
    auto dark = [&](int mx, int my) {
        return qGray(img.pixel((mx + 4) * module + module / 2, (my + 4) * module + module / 2)) < 128;
    };
    // Quiet zone is light.
    QVERIFY(qGray(img.pixel(module, module)) > 128);
    // The three finder patterns: dark outer ring, light ring, dark 3x3 centre.
    for (const QPoint origin : { QPoint(0, 0), QPoint(width - 7, 0), QPoint(0, width - 7) }) {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(dark(origin.x() + i, origin.y()));
            QVERIFY(dark(origin.x() + i, origin.y() + 6));
            QVERIFY(dark(origin.x(), origin.y() + i));
            QVERIFY(dark(origin.x() + 6, origin.y() + i));
        }
        QVERIFY(!dark(origin.x() + 1, origin.y() + 1));
        QVERIFY(dark(origin.x() + 3, origin.y() + 3));
    }
    // Timing patterns between the finders alternate dark/light (row 6 and column 6).
    for (int i = 8; i < width - 8; ++i) {
        QCOMPARE(dark(i, 6), i % 2 == 0);
        QCOMPARE(dark(6, i), i % 2 == 0);
    }
    QVERIFY(QrCode::render(QString(), 4).isNull());
}

QTEST_MAIN(tst_PaymentLinkDialog)
#include "tst_paymentlinkdialog.moc"
