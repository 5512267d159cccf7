// payments set-key / link / hold / capture / release / status / settle / refund / reconcile
//
// Each command builds the payment stack (keychain or $MINUTIER_STRIPE_KEY, $MINUTIER_STRIPE_API_BASE
// or the "stripe.api_base" setting, a QNetworkAccessManager, the gateway and the service) and waits
// for the asynchronous result in a local event loop: this is the CLI's top level, the only place
// where that is acceptable.
#include "CliCommand.h"
#include "JsonWriter.h"

#include "billing/PriceCalculator.h"
#include "invoicing/InvoiceService.h"
#include "metering/Clock.h"
#include "payments/PaymentService.h"
#include "payments/PaymentSetup.h"
#include "payments/StripeGateway.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"
#include "storage/SessionRepository.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTimer>

#include <memory>
#include <optional>

namespace minutier::cli {

namespace {

// Runs `start(context, callback)` and spins a local event loop until the callback fires.
template <typename T> Result<T> await(const std::function<void(QObject *, std::function<void(Result<T>)>)> &start)
{
    QEventLoop loop;
    std::optional<Result<T>> out;
    start(&loop, [&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

Status awaitStatus(const std::function<void(QObject *, std::function<void(Status)>)> &start)
{
    QEventLoop loop;
    std::optional<Status> out;
    start(&loop, [&](Status s) {
        out.emplace(std::move(s));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

// The payment stack of one command: the shared PaymentSetup (keychain or $MINUTIER_STRIPE_KEY, API
// base from the environment, the setting or the default), loaded synchronously here.
struct Payments
{
    std::unique_ptr<PaymentSetup> setup;
    PaymentService *service = nullptr;
};

std::unique_ptr<Payments> openPayments(CliContext &ctx)
{
    Database *db = ctx.database();
    if (!db)
        return nullptr;
    auto p = std::make_unique<Payments>();
    p->setup = std::make_unique<PaymentSetup>(*db, ctx.clock());
    {
        QEventLoop loop;
        QObject::connect(p->setup.get(), &PaymentSetup::stateChanged, &loop, [&loop](PaymentSetup::State state) {
            if (state != PaymentSetup::State::Loading)
                loop.quit();
        });
        p->setup->load();
        if (p->setup->state() == PaymentSetup::State::Loading)
            loop.exec();
    }
    if (!p->setup->isReady()) {
        ctx.fail(p->setup->error());
        return nullptr;
    }
    p->service = &p->setup->service();
    return p;
}

QString holdApiStatus(const PaymentHold &h)
{
    switch (h.status) {
    case HoldStatus::Authorized:
        return QStringLiteral("requires_capture");
    case HoldStatus::RequiresAction:
        return QStringLiteral("requires_action");
    case HoldStatus::Captured:
        return QStringLiteral("succeeded");
    case HoldStatus::Released:
    case HoldStatus::Expired:
        return QStringLiteral("canceled");
    case HoldStatus::Failed:
        return QStringLiteral("requires_payment_method");
    case HoldStatus::LinkOpen:
    case HoldStatus::Pending:
        return QStringLiteral("open");
    }
    return {};
}

QByteArray intentJson(const QJsonObject &pi, const char *amountKey = nullptr, const char *amountField = nullptr)
{
    JsonWriter w;
    w.add("payment_intent", pi.value(QStringLiteral("id")).toString())
        .add("status", pi.value(QStringLiteral("status")).toString());
    if (amountKey)
        w.add(amountKey, qint64(pi.value(QLatin1String(amountField)).toInteger()));
    return w.finish();
}

std::optional<Currency> currencyOption(const QString &code) { return Currency::fromCode(code); }

int paymentsSetKey(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser,
            CliContext::tr("Store the Stripe key (read from stdin) in the system keychain. A restricted key (rk_) "
                           "with PaymentIntents, Checkout Sessions and Refunds write access is recommended.")))
        return ctx.exitCode();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(makeError(ErrorCode::Io, QStringLiteral("cannot read stdin")));
    const QString key = QString::fromUtf8(in.readAll()).trimmed();
    if (auto s = StripeGateway::checkApiKey(key); !s)
        return ctx.fail(s.error().code == ErrorCode::Keychain
                ? makeError(ErrorCode::InvalidInput, QStringLiteral("no key on stdin"))
                : s.error());
    KeychainSecretStore store(PaymentSetup::keychainAccount());
    const Status s
        = awaitStatus([&](QObject *c, auto done) { store.writeSecret(SecretNames::stripeKey(), key, c, done); });
    if (!s)
        return ctx.fail(s.error());
    ctx.printJson(JsonWriter()
                      .add("stored", true)
                      .add("kind", key.startsWith(QLatin1String("rk_")) ? "restricted" : "secret")
                      .add("mode", key.contains(QLatin1String("_live_")) ? "live" : "test")
                      .finish());
    return ExitOk;
}

QByteArray holdLinkJson(const PaymentHold &h)
{
    JsonWriter w;
    w.add("url", h.checkoutUrl).add("checkout_session", h.checkoutSessionId);
    if (h.paymentIntentId.isEmpty())
        w.addNull("payment_intent");
    else
        w.add("payment_intent", h.paymentIntentId);
    w.add("status", holdStatusKey(h.status))
        .add("amount_minor", h.amount.minor())
        .add("currency", h.amount.currency().code());
    w.add("expires_at", h.linkExpiresAt.isValid() ? h.linkExpiresAt.toString(Qt::ISODate) : QString());
    if (h.captureBefore.isValid())
        w.add("capture_before", h.captureBefore.toString(Qt::ISODate));
    return w.finish();
}

int paymentsLink(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption session(QStringLiteral("session"), CliContext::tr("Session id."), QStringLiteral("ID"));
    const QCommandLineOption amount(QStringLiteral("amount"),
        CliContext::tr("Amount to hold, e.g. 30.00 (default: the session's cap)."), QStringLiteral("AMOUNT"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
        CliContext::tr("Hold the price of this many minutes at the session's offer."), QStringLiteral("N"));
    const QCommandLineOption description(
        QStringLiteral("description"), CliContext::tr("Text shown on the payment page."), QStringLiteral("TEXT"));
    const QCommandLineOption wait(QStringLiteral("wait"),
        CliContext::tr("Wait up to this many seconds for the client to pay."), QStringLiteral("SECONDS"));
    parser.addOptions({ session, amount, minutes, description, wait });
    if (!ctx.parse(
            parser, CliContext::tr("Create a payment link (Stripe Checkout, card held, captured after the call).")))
        return ctx.exitCode();
    if (!parser.isSet(session))
        return ctx.failUsage(CliContext::tr("--session is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto s = SessionRepository(*db).find(parser.value(session));
    if (!s)
        return ctx.fail(s.error());
    const Currency currency = s->policy.currency;
    Money hold;
    if (parser.isSet(amount)) {
        auto m = Money::parse(parser.value(amount), currency);
        if (!m)
            return ctx.fail(m.error());
        hold = *m;
    } else if (parser.isSet(minutes)) {
        bool ok = false;
        const qint64 n = parser.value(minutes).toLongLong(&ok);
        if (!ok || n <= 0 || n > 100'000)
            return ctx.failUsage(CliContext::tr("--minutes must be a whole number of minutes"));
        auto q = PriceCalculator::quote(s->policy, n * 60'000);
        if (!q)
            return ctx.fail(q.error());
        hold = q->gross;
    } else if (s->capMinor) {
        hold = Money::fromMinor(*s->capMinor, currency);
    } else {
        return ctx.failUsage(CliContext::tr("give --amount or --minutes (the session has no cap)"));
    }
    int waitSeconds = 0;
    if (parser.isSet(wait)) {
        bool ok = false;
        waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || waitSeconds < 0)
            return ctx.failUsage(CliContext::tr("--wait must be a number of seconds"));
    }
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    PaymentLinkRequest req;
    req.sessionId = s->id;
    req.amount = hold;
    req.description = parser.isSet(description) ? parser.value(description) : s->offerName;
    auto created = await<PaymentHold>([&](QObject *c, auto done) { p->service->createPaymentLink(req, c, done); });
    if (!created)
        return ctx.fail(created.error());
    PaymentHold h = *created;
    const qint64 deadline = ctx.clock().monotonicMs() + qint64(waitSeconds) * 1000;
    while (waitSeconds > 0 && h.status == HoldStatus::LinkOpen && ctx.clock().monotonicMs() < deadline) {
        QEventLoop pause;
        QTimer::singleShot(1000, &pause, &QEventLoop::quit);
        pause.exec();
        auto polled = await<PaymentHold>([&](QObject *c, auto done) { p->service->refreshHold(h.id, c, done); });
        if (!polled)
            return ctx.fail(polled.error());
        h = *polled;
    }
    ctx.printJson(holdLinkJson(h));
    return ExitOk;
}

int paymentsHold(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption amount(
        QStringLiteral("amount"), CliContext::tr("Amount to hold, e.g. 30.00."), QStringLiteral("AMOUNT"));
    const QCommandLineOption currency(
        QStringLiteral("currency"), CliContext::tr("ISO 4217 code, e.g. EUR."), QStringLiteral("CODE"));
    const QCommandLineOption pm(QStringLiteral("payment-method"),
        CliContext::tr("The client's saved payment method (pm_...)."), QStringLiteral("PM"));
    const QCommandLineOption customer(
        QStringLiteral("customer"), CliContext::tr("The client's Stripe customer (cus_...)."), QStringLiteral("CUS"));
    const QCommandLineOption session(
        QStringLiteral("session"), CliContext::tr("Session the hold belongs to."), QStringLiteral("ID"));
    parser.addOptions({ amount, currency, pm, customer, session });
    if (!ctx.parse(parser, CliContext::tr("Hold (pre-authorise) an amount on a saved card.")))
        return ctx.exitCode();
    if (!parser.isSet(amount) || !parser.isSet(currency) || !parser.isSet(pm))
        return ctx.failUsage(CliContext::tr("--amount, --currency and --payment-method are required"));
    const auto cur = currencyOption(parser.value(currency));
    if (!cur)
        return ctx.failUsage(CliContext::tr("unknown currency '%1'").arg(parser.value(currency)));
    auto m = Money::parse(parser.value(amount), *cur);
    if (!m)
        return ctx.fail(m.error());
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    SavedCardHoldRequest req;
    req.sessionId = parser.value(session);
    req.amount = *m;
    req.paymentMethodId = parser.value(pm);
    req.customerId = parser.value(customer);
    auto h = await<PaymentHold>([&](QObject *c, auto done) { p->service->placeHold(req, c, done); });
    if (!h)
        return ctx.fail(h.error());
    ctx.printJson(JsonWriter()
                      .add("payment_intent", h->paymentIntentId)
                      .add("status", holdApiStatus(*h))
                      .add("amount_minor", h->amount.minor())
                      .finish());
    if (h->status == HoldStatus::RequiresAction)
        ctx.err() << CliContext::tr(
            "The bank asks the client to authenticate (3-D Secure): send a payment link instead.")
                  << Qt::endl;
    return ExitOk;
}

QCommandLineOption intentOption()
{
    return QCommandLineOption(
        QStringLiteral("payment-intent"), CliContext::tr("PaymentIntent id (pi_...)."), QStringLiteral("ID"));
}

int paymentsCapture(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pi = intentOption();
    const QCommandLineOption amount(QStringLiteral("amount"),
        CliContext::tr("Amount to capture, e.g. 12.50 (default: all that is held)."), QStringLiteral("AMOUNT"));
    parser.addOptions({ pi, amount });
    if (!ctx.parse(parser, CliContext::tr("Capture a held amount (once: repeating it does not charge again).")))
        return ctx.exitCode();
    if (!parser.isSet(pi))
        return ctx.failUsage(CliContext::tr("--payment-intent is required"));
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    std::optional<Money> money;
    if (parser.isSet(amount)) {
        // The amount is in the PaymentIntent's currency: read it first.
        auto intent = await<QJsonObject>(
            [&](QObject *c, auto done) { p->service->retrievePaymentIntent(parser.value(pi), c, done); });
        if (!intent)
            return ctx.fail(intent.error());
        const auto cur = Currency::fromCode(intent->value(QStringLiteral("currency")).toString());
        if (!cur)
            return ctx.fail(
                makeError(ErrorCode::PaymentApi, QStringLiteral("unsupported currency on the PaymentIntent")));
        auto m = Money::parse(parser.value(amount), *cur);
        if (!m)
            return ctx.fail(m.error());
        money = *m;
    }
    auto r = await<QJsonObject>(
        [&](QObject *c, auto done) { p->service->capturePaymentIntent(parser.value(pi), money, c, done); });
    if (!r)
        return ctx.fail(r.error());
    ctx.printJson(intentJson(*r, "captured_minor", "amount_received"));
    return ExitOk;
}

int paymentsRelease(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pi = intentOption();
    parser.addOption(pi);
    if (!ctx.parse(parser, CliContext::tr("Release (cancel) a hold.")))
        return ctx.exitCode();
    if (!parser.isSet(pi))
        return ctx.failUsage(CliContext::tr("--payment-intent is required"));
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    auto r = await<QJsonObject>(
        [&](QObject *c, auto done) { p->service->releasePaymentIntent(parser.value(pi), c, done); });
    if (!r)
        return ctx.fail(r.error());
    ctx.printJson(intentJson(*r));
    return ExitOk;
}

int paymentsStatus(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pi = intentOption();
    parser.addOption(pi);
    if (!ctx.parse(parser, CliContext::tr("Show a PaymentIntent as Stripe sees it.")))
        return ctx.exitCode();
    if (!parser.isSet(pi))
        return ctx.failUsage(CliContext::tr("--payment-intent is required"));
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    auto r = await<QJsonObject>(
        [&](QObject *c, auto done) { p->service->retrievePaymentIntent(parser.value(pi), c, done); });
    if (!r)
        return ctx.fail(r.error());
    JsonWriter w;
    w.add("payment_intent", r->value(QStringLiteral("id")).toString())
        .add("status", r->value(QStringLiteral("status")).toString())
        .add("amount_minor", qint64(r->value(QStringLiteral("amount")).toInteger()))
        .add("amount_capturable_minor", qint64(r->value(QStringLiteral("amount_capturable")).toInteger()))
        .add("captured_minor", qint64(r->value(QStringLiteral("amount_received")).toInteger()))
        .add("currency", r->value(QStringLiteral("currency")).toString().toUpper());
    const qint64 before = r->value(QStringLiteral("latest_charge"))
                              .toObject()
                              .value(QStringLiteral("payment_method_details"))
                              .toObject()
                              .value(QStringLiteral("card"))
                              .toObject()
                              .value(QStringLiteral("capture_before"))
                              .toInteger();
    if (before > 0)
        w.add("capture_before", QDateTime::fromSecsSinceEpoch(before, Qt::UTC).toString(Qt::ISODate));
    ctx.printJson(w.finish());
    return ExitOk;
}

QByteArray settlementJson(const SessionSettlement &st)
{
    return JsonWriter()
        .add("session", st.sessionId)
        .add("status", settlementStatusKey(st.status))
        .add("captured_minor", st.captured.minor())
        .add("refunded_minor", st.refunded.minor())
        .add("shortfall_minor", st.shortfallMinor)
        .add("currency", st.captured.currency().code())
        .finish();
}

int paymentsSettle(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption session(QStringLiteral("session"), CliContext::tr("Session id."), QStringLiteral("ID"));
    parser.addOption(session);
    if (!ctx.parse(parser,
            CliContext::tr("Capture the session's gross across its holds and release the rest (below the "
                           "minimum charge: release all, not charged).")))
        return ctx.exitCode();
    if (!parser.isSet(session))
        return ctx.failUsage(CliContext::tr("--session is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto s = SessionRepository(*db).find(parser.value(session));
    if (!s)
        return ctx.fail(s.error());
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    auto st
        = await<SessionSettlement>([&](QObject *c, auto done) { p->service->settleSession(s->id, s->gross, c, done); });
    if (!st)
        return ctx.fail(st.error());
    ctx.printJson(settlementJson(*st));
    return ExitOk;
}

int paymentsRefund(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption session(QStringLiteral("session"), CliContext::tr("Session id."), QStringLiteral("ID"));
    const QCommandLineOption amount(
        QStringLiteral("amount"), CliContext::tr("Amount to refund (default: all)."), QStringLiteral("AMOUNT"));
    parser.addOptions({ session, amount });
    if (!ctx.parse(parser, CliContext::tr("Refund a captured session, fully or partly.")))
        return ctx.exitCode();
    if (!parser.isSet(session))
        return ctx.failUsage(CliContext::tr("--session is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto s = SessionRepository(*db).find(parser.value(session));
    if (!s)
        return ctx.fail(s.error());
    std::optional<Money> money;
    if (parser.isSet(amount)) {
        auto m = Money::parse(parser.value(amount), s->policy.currency);
        if (!m)
            return ctx.fail(m.error());
        money = *m;
    }
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    auto st
        = await<SessionSettlement>([&](QObject *c, auto done) { p->service->refundSession(s->id, money, c, done); });
    if (!st)
        return ctx.fail(st.error());
    ctx.printJson(settlementJson(*st));
    return ExitOk;
}

int paymentsReconcile(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(
            parser, CliContext::tr("Settle payment operations left unconfirmed by a crash or a network failure.")))
        return ctx.exitCode();
    auto p = openPayments(ctx);
    if (!p)
        return ctx.exitCode();
    auto r = await<ReconcileReport>([&](QObject *c, auto done) { p->service->reconcile(c, done); });
    if (!r)
        return ctx.fail(r.error());
    ctx.printJson(JsonWriter()
                      .add("checked", r->checked)
                      .add("completed", r->completed)
                      .add("failed", r->failed)
                      .add("unresolved", r->unresolved)
                      .finish());
    return r->unresolved > 0 ? ExitFailure : ExitOk;
}

// invoice mark-paid NUMBER [--amount X] [--date YYYY-MM-DD] [--reference TEXT]: a bank transfer
// received (no card provider), recorded by hand.
int invoiceMarkPaid(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption amount(QStringLiteral("amount"),
        CliContext::tr("Amount received, in the invoice's currency (default: all that is due)."), QStringLiteral("X"));
    const QCommandLineOption date(QStringLiteral("date"),
        CliContext::tr("Day the transfer arrived (default: today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reference(
        QStringLiteral("reference"), CliContext::tr("The transfer's reference."), QStringLiteral("TEXT"));
    parser.addOptions({ amount, date, reference });
    parser.addPositionalArgument(QStringLiteral("number"), CliContext::tr("The invoice number."));
    if (!ctx.parse(parser, CliContext::tr("Record a payment received by bank transfer for an issued invoice.")))
        return ctx.exitCode();
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("give exactly one invoice number"));
    QDate paidOn;
    if (parser.isSet(date)) {
        paidOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!paidOn.isValid())
            return ctx.failUsage(CliContext::tr("--date: expected YYYY-MM-DD"));
    }
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    InvoiceService service(*db, ctx.clock());
    const QString number = parser.positionalArguments().constFirst();
    std::optional<qint64> minor;
    if (parser.isSet(amount)) {
        auto invoice = service.findByNumber(number);
        if (!invoice)
            return ctx.fail(invoice.error());
        auto parsed = Money::parse(parser.value(amount), invoice->currency);
        if (!parsed)
            return ctx.failUsage(CliContext::tr("--amount: %1").arg(parsed.error().detail));
        minor = parsed->minor();
    }
    auto paid = service.recordBankTransfer(number, minor, paidOn, parser.value(reference));
    if (!paid)
        return ctx.fail(paid.error());
    ctx.printJson(JsonWriter()
                      .add("number", paid->number)
                      .add("paid_minor", paid->paid.minor())
                      .add("currency", paid->currency.code())
                      .add("status", invoiceStatusKey(paid->status))
                      .finish());
    return ExitOk;
}

CliCommand command(const char *word, const char *summary, std::function<int(CliContext &)> run)
{
    return CliCommand { { QStringLiteral("payments"), QString::fromLatin1(word) }, QString::fromLatin1(summary),
        std::move(run) };
}

const bool registered = CommandRegistry::add(command("set-key",
                            QT_TRANSLATE_NOOP("cli", "Store the Stripe key (stdin) in the keychain"), paymentsSetKey))
    && CommandRegistry::add(
        command("link", QT_TRANSLATE_NOOP("cli", "Payment link for a session (card held)"), paymentsLink))
    && CommandRegistry::add(command("hold", QT_TRANSLATE_NOOP("cli", "Hold an amount on a saved card"), paymentsHold))
    && CommandRegistry::add(
        command("capture", QT_TRANSLATE_NOOP("cli", "Capture a held amount, once"), paymentsCapture))
    && CommandRegistry::add(command("release", QT_TRANSLATE_NOOP("cli", "Release a hold"), paymentsRelease))
    && CommandRegistry::add(command("status", QT_TRANSLATE_NOOP("cli", "Show a PaymentIntent"), paymentsStatus))
    && CommandRegistry::add(
        command("settle", QT_TRANSLATE_NOOP("cli", "Capture a session's amount across its holds"), paymentsSettle))
    && CommandRegistry::add(command("refund", QT_TRANSLATE_NOOP("cli", "Refund a captured session"), paymentsRefund))
    && CommandRegistry::add(
        command("reconcile", QT_TRANSLATE_NOOP("cli", "Settle unconfirmed payment operations"), paymentsReconcile))
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("mark-paid") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Record a bank transfer received for an invoice")), invoiceMarkPaid });

} // namespace

} // namespace minutier::cli
