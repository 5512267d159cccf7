#include "FakeStripeServer.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using minutier::test::FakeStripeServer;

// minutier-cli payments ... against the fake Stripe server (MINUTIER_STRIPE_API_BASE,
// MINUTIER_STRIPE_KEY). The CLI runs asynchronously so that the in-process server keeps answering.
class tst_PaymentsCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hold_savedCard_printsIntentJson();
    void capture_twice_chargesOnce();
    void release_thenStatus_showsCanceled();
    void capture_refusedThenCorrected_capturesUnderRetryKey();
    void failure_data();
    void failure();
    void link_paidWhileWaiting_thenSettle_capturesSessionGross();
    void setKey_keychain_isUsedWhenNoEnvironmentKey();
    void setKey_noKeychain_isClearKeychainError();
    void secretKey_neverInDatabaseSettingsOrOutput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = {});
    QProcessEnvironment environment() const;
    QJsonObject json(const Run &r) const { return QJsonDocument::fromJson(r.out).object(); }
    QString db() const { return m_dir->filePath(QStringLiteral("m.sqlite")); }
    QString createSession(qint64 durationMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeStripeServer> m_server;
    QList<Run> m_runs;
};

void tst_PaymentsCli::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void tst_PaymentsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeStripeServer>();
    QVERIFY(m_server->listen());
    m_runs.clear();
}

void tst_PaymentsCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment tst_PaymentsCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MINUTIER_STRIPE_API_BASE"), m_server->baseUrl().toString());
    env.insert(QStringLiteral("MINUTIER_STRIPE_KEY"), m_server->apiKey());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("minutier.*=true"));
    env.insert(QStringLiteral("MINUTIER_KEYCHAIN_ACCOUNT"),
        QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128));
    return env;
}

tst_PaymentsCli::Run tst_PaymentsCli::cli(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &envIn)
{
    QProcess p;
    p.setProcessEnvironment(envIn.isEmpty() ? environment() : envIn);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(MINUTIER_CLI_PATH), QStringList { QStringLiteral("--database"), db() } + args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    m_runs << r;
    return r;
}

QString tst_PaymentsCli::createSession(qint64 durationMs)
{
    Run r = cli({ QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Ada Lovelace"), QStringLiteral("--kind"), QStringLiteral("prospect") });
    const QString client = json(r).value(QStringLiteral("id")).toString();
    r = cli({ QStringLiteral("offer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Standard"),
        QStringLiteral("--rate"), QStringLiteral("3.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
        QStringLiteral("--vat"), QStringLiteral("20") });
    const QString offer = json(r).value(QStringLiteral("id")).toString();
    r = cli({ QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--client"), client,
        QStringLiteral("--offer"), offer, QStringLiteral("--duration-ms"), QString::number(durationMs) });
    if (r.exitCode != 0)
        qWarning() << r.err;
    return json(r).value(QStringLiteral("id")).toString();
}

void tst_PaymentsCli::hold_savedCard_printsIntentJson()
{
    const Run r
        = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"), QStringLiteral("30.00"),
            QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--payment-method"),
            QStringLiteral("pm_card_visa"), QStringLiteral("--customer"), QStringLiteral("cus_test_1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("{\"payment_intent\":\"pi_"));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("requires_capture"));
    QCOMPARE(o.value(QStringLiteral("amount_minor")).toInteger(), 3000);
    const QJsonObject pi = m_server->paymentIntent(o.value(QStringLiteral("payment_intent")).toString());
    QCOMPARE(pi.value(QStringLiteral("capture_method")).toString(), QStringLiteral("manual"));
    QCOMPARE(pi.value(QStringLiteral("customer")).toString(), QStringLiteral("cus_test_1"));
    QVERIFY(m_server->requests().last().idempotencyKey.startsWith(QLatin1String("minutier:adhoc:")));
}

void tst_PaymentsCli::capture_twice_chargesOnce()
{
    Run r = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"),
        QStringLiteral("30.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
        QStringLiteral("--payment-method"), QStringLiteral("pm_card_visa") });
    const QString pi = json(r).value(QStringLiteral("payment_intent")).toString();
    QVERIFY(!pi.isEmpty());
    for (int i = 0; i < 2; ++i) {
        r = cli({ QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("--payment-intent"), pi,
            QStringLiteral("--amount"), QStringLiteral("12.50") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(),
            QByteArray("{\"payment_intent\":\"") + pi.toUtf8()
                + "\",\"status\":\"succeeded\",\"captured_minor\":1250}");
    }
    QCOMPARE(m_server->captureCount(pi), 1);
}

void tst_PaymentsCli::capture_refusedThenCorrected_capturesUnderRetryKey()
{
    Run r = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"),
        QStringLiteral("30.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
        QStringLiteral("--payment-method"), QStringLiteral("pm_card_visa") });
    const QString pi = json(r).value(QStringLiteral("payment_intent")).toString();
    r = cli({ QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("--payment-intent"), pi,
        QStringLiteral("--amount"), QStringLiteral("40.00") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("amount_too_large"), r.err.constData());
    // The refusal is stored under the first key by the idempotency layer (as Stripe may do): the
    // corrected capture must go out under a new key, not collide with an idempotency_error.
    r = cli({ QStringLiteral("payments"), QStringLiteral("capture"), QStringLiteral("--payment-intent"), pi,
        QStringLiteral("--amount"), QStringLiteral("12.50") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(QStringLiteral("captured_minor")).toInteger(), 1250);
    QCOMPARE(m_server->captureCount(pi), 1);
    QStringList keys;
    for (const auto &req : m_server->requests()) {
        if (req.path.endsWith(QLatin1String("/capture")))
            keys << req.idempotencyKey;
    }
    QCOMPARE(keys.size(), 2);
    QVERIFY(keys[0].endsWith(QLatin1String(":capture:0")));
    QCOMPARE(keys[1], keys[0] + QStringLiteral(":retry-1"));
}

void tst_PaymentsCli::release_thenStatus_showsCanceled()
{
    Run r = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"), QStringLiteral("30"),
        QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--payment-method"),
        QStringLiteral("pm_card_visa") });
    const QString pi = json(r).value(QStringLiteral("payment_intent")).toString();
    r = cli({ QStringLiteral("payments"), QStringLiteral("status"), QStringLiteral("--payment-intent"), pi });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("requires_capture"));
    QCOMPARE(json(r).value(QStringLiteral("amount_capturable_minor")).toInteger(), 3000);
    QVERIFY(!json(r).value(QStringLiteral("capture_before")).toString().isEmpty());
    r = cli({ QStringLiteral("payments"), QStringLiteral("release"), QStringLiteral("--payment-intent"), pi });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
    r = cli({ QStringLiteral("payments"), QStringLiteral("status"), QStringLiteral("--payment-intent"), pi });
    QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
}

void tst_PaymentsCli::failure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("base"); // empty: the fake server
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stderrContains");
    const QString hold = QStringLiteral("hold");
    auto holdArgs = [&](const QString &pm) {
        return QStringList { QStringLiteral("payments"), hold, QStringLiteral("--amount"), QStringLiteral("30.00"),
            QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--payment-method"), pm };
    };
    QTest::addRow("declined card: API message and code")
        << holdArgs(QStringLiteral("pm_card_chargeDeclined")) << QString() << 1
        << QStringList { QStringLiteral("Your card was declined."), QStringLiteral("card_declined") };
    QTest::addRow("insufficient funds: plain words")
        << holdArgs(QStringLiteral("pm_card_chargeDeclinedInsufficientFunds")) << QString() << 1
        << QStringList { QStringLiteral("insufficient funds"), QStringLiteral("insufficient_funds") };
    QTest::addRow("unknown PaymentIntent")
        << QStringList { QStringLiteral("payments"), QStringLiteral("release"), QStringLiteral("--payment-intent"),
               QStringLiteral("pi_nope") }
        << QString() << 1
        << QStringList { QStringLiteral("No such payment_intent"), QStringLiteral("resource_missing") };
    QTest::addRow("plain http to a remote host refused")
        << holdArgs(QStringLiteral("pm_card_visa")) << QStringLiteral("http://api.stripe.com") << 2
        << QStringList { QStringLiteral("refusing plain http") };
    QTest::addRow("unknown currency") << QStringList { QStringLiteral("payments"), hold, QStringLiteral("--amount"),
        QStringLiteral("30"), QStringLiteral("--currency"), QStringLiteral("XYZ"), QStringLiteral("--payment-method"),
        QStringLiteral("pm_card_visa") }
                                      << QString() << 2 << QStringList { QStringLiteral("XYZ") };
    QTest::addRow("below the minimum charge") << QStringList { QStringLiteral("payments"), hold,
        QStringLiteral("--amount"), QStringLiteral("0.20"), QStringLiteral("--currency"), QStringLiteral("EUR"),
        QStringLiteral("--payment-method"), QStringLiteral("pm_card_visa") }
                                              << QString() << 2 << QStringList { QStringLiteral("minimum") };
    QTest::addRow("missing option") << QStringList { QStringLiteral("payments"), QStringLiteral("capture") }
                                    << QString() << 2 << QStringList { QStringLiteral("--payment-intent") };
}

void tst_PaymentsCli::failure()
{
    QFETCH(QStringList, args);
    QFETCH(QString, base);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stderrContains);
    QProcessEnvironment env = environment();
    if (!base.isEmpty())
        env.insert(QStringLiteral("MINUTIER_STRIPE_API_BASE"), base);
    const Run r = cli(args, {}, env);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    for (const QString &text : stderrContains)
        QVERIFY2(QString::fromUtf8(r.err).contains(text, Qt::CaseInsensitive), r.err.constData());
}

void tst_PaymentsCli::link_paidWhileWaiting_thenSettle_capturesSessionGross()
{
    const QString session = createSession(250'000); // 4 min 10 s at 3.00/min + 20 % VAT = 15.00
    QVERIFY(!session.isEmpty());

    Run r = cli({ QStringLiteral("payments"), QStringLiteral("link"), QStringLiteral("--session"), session,
        QStringLiteral("--minutes"), QStringLiteral("10") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("{\"url\":\"http"));
    QJsonObject o = json(r);
    QVERIFY(o.value(QStringLiteral("checkout_session")).toString().startsWith(QLatin1String("cs_")));
    QVERIFY(o.value(QStringLiteral("payment_intent")).isNull());
    QCOMPARE(o.value(QStringLiteral("amount_minor")).toInteger(), 3600); // 10 min at 3.00 + 20 %
    QVERIFY(!o.value(QStringLiteral("expires_at")).toString().isEmpty());

    // A second link (the first one was not paid), waiting for the client to pay.
    QProcess p;
    p.setProcessEnvironment(environment());
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(MINUTIER_CLI_PATH),
        { QStringLiteral("--database"), db(), QStringLiteral("payments"), QStringLiteral("link"),
            QStringLiteral("--session"), session, QStringLiteral("--amount"), QStringLiteral("30.00"),
            QStringLiteral("--wait"), QStringLiteral("60") });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount("POST", QStringLiteral("/v1/checkout/sessions")), 2, 20000);
    const QString cs = m_server->requests().last().path.isEmpty() ? QString() : QString();
    QString second;
    for (const auto &req : m_server->requests()) {
        if (req.path == QLatin1String("/v1/checkout/sessions"))
            second = req.idempotencyKey;
    }
    QCOMPARE(second, QStringLiteral("minutier:%1:checkout:1").arg(session));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("GET", QStringLiteral("/v1/checkout/sessions/")) >= 1, 20000);
    QString checkoutId;
    for (const auto &req : m_server->requests()) {
        if (req.method == "GET" && req.path.startsWith(QLatin1String("/v1/checkout/sessions/")))
            checkoutId = req.path.section(u'/', -1);
    }
    const QString pi = m_server->simulatePayment(checkoutId);
    QVERIFY(!pi.isEmpty());
    QVERIFY(finished.wait(30000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("payment_intent")).toString(), pi);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("authorized"));
    QVERIFY(!o.value(QStringLiteral("capture_before")).toString().isEmpty());
    Q_UNUSED(cs);

    r = cli({ QStringLiteral("payments"), QStringLiteral("settle"), QStringLiteral("--session"), session });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = json(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("captured"));
    QCOMPARE(o.value(QStringLiteral("captured_minor")).toInteger(), 1500);
    QCOMPARE(m_server->paymentIntent(pi).value(QStringLiteral("amount_received")).toInteger(), 1500);
    QCOMPARE(m_server->captureCount(pi), 1);

    r = cli({ QStringLiteral("payments"), QStringLiteral("refund"), QStringLiteral("--session"), session,
        QStringLiteral("--amount"), QStringLiteral("5.00") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("partly_refunded"));
    QCOMPARE(json(r).value(QStringLiteral("refunded_minor")).toInteger(), 500);
}

void tst_PaymentsCli::setKey_keychain_isUsedWhenNoEnvironmentKey()
{
    QProcessEnvironment env = environment();
    Run r = cli({ QStringLiteral("payments"), QStringLiteral("set-key") }, m_server->apiKey().toUtf8() + '\n', env);
    if (r.exitCode != 0 && r.err.contains("Keychain"))
        QSKIP("No Secret Service reachable (run inside dbus-run-session with an unlocked gnome-keyring)");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(QStringLiteral("mode")).toString(), QStringLiteral("test"));
    QVERIFY(!r.out.contains(m_server->apiKey().toUtf8()));
    env.remove(QStringLiteral("MINUTIER_STRIPE_KEY"));
    r = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"), QStringLiteral("30.00"),
                QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--payment-method"),
                QStringLiteral("pm_card_visa") },
        {}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).value(QStringLiteral("status")).toString(), QStringLiteral("requires_capture"));
    // A key that is not a Stripe key is refused before it reaches the keychain.
    r = cli({ QStringLiteral("payments"), QStringLiteral("set-key") }, "pk_test_publishable\n", env);
    QCOMPARE(r.exitCode, 2);
}

void tst_PaymentsCli::setKey_noKeychain_isClearKeychainError()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    env.remove(QStringLiteral("DISPLAY"));
    const Run r = cli({ QStringLiteral("payments"), QStringLiteral("set-key") }, "rk_test_abcdefghijklmnop\n", env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Keychain error"), r.err.constData());
    QVERIFY2(r.err.contains("no keychain is available"), r.err.constData());
    QVERIFY(!r.err.contains("rk_test_abcdefghijklmnop"));
}

void tst_PaymentsCli::secretKey_neverInDatabaseSettingsOrOutput()
{
    const QString session = createSession(120'000);
    Run r = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"),
        QStringLiteral("30.00"), QStringLiteral("--currency"), QStringLiteral("EUR"),
        QStringLiteral("--payment-method"), QStringLiteral("pm_card_visa"), QStringLiteral("--session"), session });
    QCOMPARE(r.exitCode, 0);
    m_server->injectFault(FakeStripeServer::Fault::Status500, QStringLiteral("/capture"), 1);
    r = cli({ QStringLiteral("payments"), QStringLiteral("settle"), QStringLiteral("--session"), session });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("payments"), QStringLiteral("hold"), QStringLiteral("--amount"), QStringLiteral("30.00"),
        QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--payment-method"),
        QStringLiteral("pm_card_chargeDeclined") });
    QCOMPARE(r.exitCode, 1);

    const QByteArray key = m_server->apiKey().toUtf8();
    QByteArray logs;
    for (const Run &run : std::as_const(m_runs))
        logs += run.out + run.err;
    QVERIFY2(logs.contains("minutier.payments"), "the debug log was not captured"); // the check below can fail
    QVERIFY(!logs.contains(key));
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(key), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains(key.toBase64()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files >= 1);
}

QTEST_GUILESS_MAIN(tst_PaymentsCli)
#include "tst_paymentscli.moc"
