#include "PaymentService.h"

#include "metering/Clock.h"
#include "payments/StripeGateway.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcPayments, "minutier.payments")

namespace minutier {

namespace {

// Wraps `done` so that it is dropped if `context` is destroyed first.
template <typename T> std::function<void(Result<T>)> guarded(QObject *context, std::function<void(Result<T>)> done)
{
    QPointer<QObject> guard(context);
    return [guard, done = std::move(done)](Result<T> r) {
        if (guard)
            done(std::move(r));
    };
}

QString lower(const Currency &c) { return c.code().toLower(); }

enum ReconcileOutcome { Completed = 0, Failed = 1, Unresolved = 2 };

} // namespace

PaymentService::PaymentService(Database &db, StripeGateway &gateway, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_gateway(gateway)
    , m_clock(clock)
    , m_outbox(db, clock)
{
}

QString PaymentService::declineReason(const QString &declineCode, const QString &apiMessage)
{
    if (declineCode == QLatin1String("insufficient_funds"))
        return tr("The card has insufficient funds.");
    if (declineCode == QLatin1String("expired_card"))
        return tr("The card has expired.");
    if (declineCode == QLatin1String("incorrect_cvc"))
        return tr("The card's security code is incorrect.");
    if (declineCode == QLatin1String("lost_card") || declineCode == QLatin1String("stolen_card"))
        return tr("The card was declined by the bank.");
    if (declineCode == QLatin1String("authentication_required"))
        return tr("The bank asks the client to authenticate (3-D Secure): send a payment link instead.");
    if (declineCode == QLatin1String("card_velocity_exceeded")
        || declineCode == QLatin1String("withdrawal_count_limit_exceeded"))
        return tr("The card's limit has been reached.");
    if (declineCode == QLatin1String("generic_decline") || declineCode == QLatin1String("do_not_honor")
        || declineCode == QLatin1String("card_declined"))
        return tr("The card was declined by the bank, without a reason given.");
    return apiMessage.isEmpty() ? tr("The card was declined.") : apiMessage;
}

Error PaymentService::errorFrom(const StripeResult &r)
{
    Error e = r.error;
    if (e.code == ErrorCode::PaymentDeclined) {
        const QString code = r.apiError.declineCode.isEmpty() ? r.apiError.code : r.apiError.declineCode;
        e.detail = declineReason(code, r.apiError.message) + QStringLiteral(" — ") + r.error.detail;
    }
    return e;
}

Result<PaymentHold> PaymentService::reloadHold(const QString &holdId) const
{
    auto h = m_outbox.hold(holdId);
    if (!h)
        return h.error();
    if (!h->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no hold %1").arg(holdId));
    return **h;
}

void PaymentService::runOperation(
    PaymentOperation op, const PaymentHold *newHold, std::function<void(Result<QJsonObject>)> done)
{
    // A definitive failure (nothing happened at Stripe) may have been stored under its key by
    // Stripe's idempotency layer: trying again goes out under "<key>:retry-N", itself recorded
    // before it is sent, so the chain is the same after a restart.
    const QString baseKey = op.idempotencyKey;
    for (int retry = 1;; ++retry) {
        auto existing = m_outbox.findOperation(op.idempotencyKey.toUtf8());
        if (!existing) {
            done(existing.error());
            return;
        }
        if (!existing->has_value())
            break; // a new operation under op.idempotencyKey
        PaymentOperation prev = **existing;
        if (prev.state == OperationState::Succeeded) {
            // Done before (a re-run after an interruption): never sent again.
            done(QJsonDocument::fromJson(prev.responseSummary.toUtf8()).object());
            return;
        }
        if (prev.state == OperationState::Failed) {
            op.idempotencyKey = baseKey + QStringLiteral(":retry-") + QString::number(retry);
            continue;
        }
        if (prev.requestBody != op.requestBody) {
            done(makeError(ErrorCode::Conflict,
                QStringLiteral(
                    "an earlier %1 with other amounts (key %2) is not confirmed yet; reconcile before trying again")
                    .arg(operationKindKey(prev.kind), prev.idempotencyKey)));
            return;
        }
        if (prev.paymentIntentId.isEmpty())
            prev.paymentIntentId = op.paymentIntentId;
        op = prev; // pending or sent: the same request, the same key
        break;
    }
    if (auto s = m_outbox.recordPending(op, newHold); !s) {
        done(s.error());
        return;
    }
    if (auto s = m_outbox.markSent(op); !s) {
        done(s.error());
        return;
    }
    StripeRequest request;
    request.method = op.method;
    request.path = op.path;
    request.params = PaymentOutbox::decodeParams(op.requestBody);
    request.idempotencyKey = op.idempotencyKey.toUtf8();
    m_gateway.send(std::move(request), this, [this, op, done = std::move(done)](const StripeResult &r) mutable {
        if (auto s = m_outbox.recordOutcome(op, r); !s) {
            // Stripe may have acted: the operation stays 'sent' and is reconciled at the next start.
            qCCritical(lcPayments) << "cannot record the outcome of" << op.idempotencyKey << ":" << s.error().detail;
            done(s.error());
            return;
        }
        if (r.ok())
            done(r.object);
        else
            done(errorFrom(r));
    });
}

void PaymentService::createPaymentLink(const PaymentLinkRequest &req, QObject *context, Callback<PaymentHold> doneIn)
{
    auto done = guarded<PaymentHold>(context, std::move(doneIn));
    const Currency currency = req.amount.currency();
    if (req.sessionId.isEmpty() || !currency.isValid())
        return done(makeError(ErrorCode::InvalidInput, QStringLiteral("a payment link needs a session and an amount")));
    if (req.amount.minor() < qMax<qint64>(1, currency.minimumChargeMinor()))
        return done(makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 %2 is below the minimum charge").arg(req.amount.toDecimalString(), currency.code())));
    auto index = m_outbox.nextHoldIndex(req.sessionId);
    if (!index)
        return done(index.error());
    PaymentHold hold;
    hold.id = SqlUtil::newId();
    hold.sessionId = req.sessionId;
    hold.holdIndex = *index;
    hold.amount = req.amount;
    hold.customerId = req.customerId;
    hold.status = HoldStatus::Pending;

    const QString idx = QString::number(hold.holdIndex);
    FormParams p {
        { QStringLiteral("mode"), QStringLiteral("payment") },
        { QStringLiteral("line_items[0][price_data][currency]"), lower(currency) },
        { QStringLiteral("line_items[0][price_data][unit_amount]"), QString::number(req.amount.minor()) },
        { QStringLiteral("line_items[0][price_data][product_data][name]"),
            req.description.isEmpty() ? QStringLiteral("Consultation") : req.description },
        { QStringLiteral("line_items[0][quantity]"), QStringLiteral("1") },
        { QStringLiteral("payment_intent_data[capture_method]"), QStringLiteral("manual") },
        { QStringLiteral("payment_intent_data[setup_future_usage]"), QStringLiteral("off_session") },
        { QStringLiteral("payment_intent_data[metadata][session_id]"), req.sessionId },
        { QStringLiteral("payment_intent_data[metadata][hold_index]"), idx },
        { QStringLiteral("metadata[session_id]"), req.sessionId },
        { QStringLiteral("metadata[hold_index]"), idx },
        { QStringLiteral("success_url"), req.successUrl },
    };
    if (req.customerId.isEmpty())
        p.append({ QStringLiteral("customer_creation"), QStringLiteral("always") });
    else
        p.append({ QStringLiteral("customer"), req.customerId });

    PaymentOperation op;
    op.idempotencyKey
        = QString::fromUtf8(PaymentOutbox::idempotencyKey(req.sessionId, OperationKind::Checkout, hold.holdIndex));
    op.sessionId = req.sessionId;
    op.kind = OperationKind::Checkout;
    op.holdIndex = hold.holdIndex;
    op.path = QStringLiteral("/v1/checkout/sessions");
    op.requestBody = PaymentOutbox::encodeParams(p);
    op.amountMinor = req.amount.minor();
    op.currency = currency.code();
    const QString holdId = hold.id;
    runOperation(op, &hold, [this, holdId, done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        done(reloadHold(holdId));
    });
}

void PaymentService::readIntent(const QString &paymentIntentId, std::function<void(Result<QJsonObject>)> done)
{
    StripeRequest request;
    request.method = "GET";
    request.path
        = QStringLiteral("/v1/payment_intents/") + QString::fromLatin1(QUrl::toPercentEncoding(paymentIntentId));
    request.params = { { QStringLiteral("expand[]"), QStringLiteral("latest_charge") } };
    m_gateway.send(std::move(request), this, [done = std::move(done)](const StripeResult &r) {
        if (r.ok())
            done(r.object);
        else
            done(errorFrom(r));
    });
}

void PaymentService::refreshHold(const QString &holdId, QObject *context, Callback<PaymentHold> doneIn)
{
    auto done = guarded<PaymentHold>(context, std::move(doneIn));
    auto loaded = reloadHold(holdId);
    if (!loaded)
        return done(loaded.error());
    PaymentHold hold = *loaded;

    auto readPaymentIntent = [this, done](PaymentHold h) {
        readIntent(h.paymentIntentId, [this, h, done](Result<QJsonObject> pi) mutable {
            if (!pi)
                return done(pi.error());
            PaymentOutbox::applyPaymentIntent(h, *pi);
            if (h.captureBefore.isNull() && h.status == HoldStatus::Authorized)
                h.captureBefore = m_clock.nowUtc().addDays(7);
            if (auto s = m_outbox.saveHold(h); !s)
                return done(s.error());
            done(reloadHold(h.id));
        });
    };

    if (!hold.paymentIntentId.isEmpty())
        return readPaymentIntent(hold);
    if (hold.checkoutSessionId.isEmpty())
        return done(hold); // the link is still being created (or failed)
    StripeRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/v1/checkout/sessions/")
        + QString::fromLatin1(QUrl::toPercentEncoding(hold.checkoutSessionId));
    m_gateway.send(std::move(request), this, [this, hold, done, readPaymentIntent](const StripeResult &r) mutable {
        if (!r.ok())
            return done(errorFrom(r));
        const QString status = r.object.value(QStringLiteral("status")).toString();
        const QString pi = r.object.value(QStringLiteral("payment_intent")).toString();
        if (!pi.isEmpty()) {
            hold.paymentIntentId = pi;
            if (auto s = m_outbox.saveHold(hold); !s)
                return done(s.error());
            return readPaymentIntent(hold);
        }
        if (status == QLatin1String("expired")
            || (hold.linkExpiresAt.isValid() && m_clock.nowUtc() >= hold.linkExpiresAt
                && status != QLatin1String("complete"))) {
            hold.status = HoldStatus::Expired;
            if (auto s = m_outbox.saveHold(hold); !s)
                return done(s.error());
        }
        done(reloadHold(hold.id));
    });
}

void PaymentService::placeHold(const SavedCardHoldRequest &req, QObject *context, Callback<PaymentHold> doneIn)
{
    auto done = guarded<PaymentHold>(context, std::move(doneIn));
    const Currency currency = req.amount.currency();
    if (!currency.isValid() || req.paymentMethodId.isEmpty())
        return done(makeError(
            ErrorCode::InvalidInput, QStringLiteral("a hold needs an amount, a currency and a saved payment method")));
    if (req.amount.minor() < qMax<qint64>(1, currency.minimumChargeMinor()))
        return done(makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1 %2 is below the minimum charge").arg(req.amount.toDecimalString(), currency.code())));
    const QString sessionId = req.sessionId.isEmpty() ? QStringLiteral("adhoc:") + SqlUtil::newId() : req.sessionId;
    auto index = m_outbox.nextHoldIndex(sessionId);
    if (!index)
        return done(index.error());
    PaymentHold hold;
    hold.id = SqlUtil::newId();
    hold.sessionId = sessionId;
    hold.holdIndex = *index;
    hold.amount = req.amount;
    hold.customerId = req.customerId;
    hold.paymentMethodId = req.paymentMethodId;
    hold.status = HoldStatus::Pending;

    FormParams p {
        { QStringLiteral("amount"), QString::number(req.amount.minor()) },
        { QStringLiteral("currency"), lower(currency) },
        { QStringLiteral("capture_method"), QStringLiteral("manual") },
        { QStringLiteral("payment_method"), req.paymentMethodId },
        { QStringLiteral("confirm"), QStringLiteral("true") },
        { QStringLiteral("off_session"), QStringLiteral("true") },
        { QStringLiteral("metadata[session_id]"), sessionId },
        { QStringLiteral("metadata[hold_index]"), QString::number(hold.holdIndex) },
    };
    if (!req.customerId.isEmpty())
        p.append({ QStringLiteral("customer"), req.customerId });
    if (!req.description.isEmpty())
        p.append({ QStringLiteral("description"), req.description });

    PaymentOperation op;
    op.idempotencyKey
        = QString::fromUtf8(PaymentOutbox::idempotencyKey(sessionId, OperationKind::Hold, hold.holdIndex));
    op.sessionId = sessionId;
    op.kind = OperationKind::Hold;
    op.holdIndex = hold.holdIndex;
    op.path = QStringLiteral("/v1/payment_intents");
    op.requestBody = PaymentOutbox::encodeParams(p);
    op.amountMinor = req.amount.minor();
    op.currency = currency.code();
    const QString holdId = hold.id;
    runOperation(op, &hold, [this, holdId, done](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        done(reloadHold(holdId));
    });
}

Result<std::optional<PaymentHold>> PaymentService::savedCard(const QString &clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.id FROM payment_holds h JOIN sessions s ON s.id = h.session_id "
                             "WHERE s.client_id = ? AND h.payment_method_id <> '' AND h.customer_id <> '' "
                             "AND h.status IN ('authorized', 'captured', 'released') "
                             "ORDER BY h.updated_at DESC, h.hold_index DESC LIMIT 1"));
    q.addBindValue(clientId);
    if (auto s = Database::exec(q, "saved card"); !s)
        return s.error();
    if (!q.next())
        return std::optional<PaymentHold> {};
    return m_outbox.hold(q.value(0).toString());
}

Result<HoldCoverage> PaymentService::coverage(const QString &sessionId, qint64 currentGrossMinor) const
{
    auto holds = m_outbox.holds(sessionId);
    if (!holds)
        return holds.error();
    HoldCoverage c;
    for (const PaymentHold &h : *holds) {
        if (h.isAuthorized())
            c.authorizedMinor += h.amount.minor();
    }
    if (c.authorizedMinor <= 0)
        return c;
    const qint64 a = c.authorizedMinor;
    c.warnAtMinor = a / 10 * 8 + (a % 10) * 8 / 10;
    c.nextHoldAtMinor = a / 10 * 9 + (a % 10) * 9 / 10;
    if (currentGrossMinor >= a)
        c.advice = HoldCoverage::Advice::AtCap;
    else if (currentGrossMinor >= c.nextHoldAtMinor)
        c.advice = HoldCoverage::Advice::PlaceNextHold;
    else if (currentGrossMinor >= c.warnAtMinor)
        c.advice = HoldCoverage::Advice::Warn;
    else
        c.advice = HoldCoverage::Advice::Covered;
    return c;
}

void PaymentService::placeNextHold(const QString &sessionId, Money block, QObject *context, Callback<PaymentHold> done)
{
    auto holds = m_outbox.holds(sessionId);
    if (!holds)
        return guarded<PaymentHold>(context, std::move(done))(holds.error());
    const PaymentHold *card = nullptr;
    for (const PaymentHold &h : *holds) {
        if (!h.paymentMethodId.isEmpty() && (h.isAuthorized() || h.status == HoldStatus::Captured))
            card = &h;
    }
    if (!card)
        return guarded<PaymentHold>(context, std::move(done))(
            makeError(ErrorCode::NotFound, QStringLiteral("no saved card on the holds of session %1").arg(sessionId)));
    SavedCardHoldRequest req;
    req.sessionId = sessionId;
    req.amount = block;
    req.paymentMethodId = card->paymentMethodId;
    req.customerId = card->customerId;
    placeHold(req, context, std::move(done));
}

void PaymentService::runCaptureOrRelease(
    const PaymentHold &hold, qint64 captureMinor, std::function<void(Result<QJsonObject>)> done)
{
    PaymentOperation op;
    op.sessionId = hold.sessionId;
    op.holdIndex = hold.holdIndex;
    op.paymentIntentId = hold.paymentIntentId;
    op.currency = hold.amount.currency().code();
    const QString pi = QString::fromLatin1(QUrl::toPercentEncoding(hold.paymentIntentId));
    if (captureMinor > 0) {
        op.kind = OperationKind::Capture;
        op.path = QStringLiteral("/v1/payment_intents/") + pi + QStringLiteral("/capture");
        op.requestBody
            = PaymentOutbox::encodeParams({ { QStringLiteral("amount_to_capture"), QString::number(captureMinor) } });
        op.amountMinor = captureMinor;
    } else {
        op.kind = OperationKind::Release;
        op.path = QStringLiteral("/v1/payment_intents/") + pi + QStringLiteral("/cancel");
        op.requestBody
            = PaymentOutbox::encodeParams({ { QStringLiteral("cancellation_reason"), QStringLiteral("abandoned") } });
    }
    op.idempotencyKey = QString::fromUtf8(PaymentOutbox::idempotencyKey(hold.sessionId, op.kind, hold.holdIndex));
    runOperation(op, nullptr, std::move(done));
}

void PaymentService::settleSession(
    const QString &sessionId, Money gross, QObject *context, Callback<SessionSettlement> doneIn)
{
    auto done = guarded<SessionSettlement>(context, std::move(doneIn));
    auto holds = m_outbox.holds(sessionId);
    if (!holds)
        return done(holds.error());
    QList<PaymentHold> eligible;
    for (const PaymentHold &h : *holds) {
        const bool usable = h.isAuthorized() || h.status == HoldStatus::Captured || h.status == HoldStatus::Released
            || h.status == HoldStatus::RequiresAction; // never authorised: released below
        if (usable && !h.paymentIntentId.isEmpty()) {
            if (h.amount.currency() != gross.currency())
                return done(makeError(ErrorCode::InvalidInput,
                    QStringLiteral("the holds are in %1, the session in %2")
                        .arg(h.amount.currency().code(), gross.currency().code())));
            eligible << h;
        }
    }
    const qint64 minimum = gross.currency().minimumChargeMinor();
    const bool notCharged = gross.minor() <= 0 || gross.minor() < minimum;

    // How much each hold captures: in hold order, each up to its amount; a last piece below the
    // minimum charge borrows from an earlier hold so that every capture is a valid charge.
    QList<qint64> take(eligible.size(), 0);
    qint64 remaining = notCharged ? 0 : gross.minor();
    for (qsizetype i = 0; i < eligible.size(); ++i) {
        if (eligible[i].status == HoldStatus::Released || eligible[i].status == HoldStatus::RequiresAction)
            continue;
        take[i] = qMin(remaining, eligible[i].amount.minor());
        remaining -= take[i];
    }
    for (qsizetype k = eligible.size() - 1; k > 0; --k) {
        if (take[k] == 0)
            continue;
        if (take[k] < minimum) {
            const qint64 need = minimum - take[k];
            for (qsizetype j = k - 1; j >= 0; --j) {
                if (take[j] - need >= minimum) {
                    take[j] -= need;
                    take[k] = minimum;
                    break;
                }
            }
        }
        break;
    }
    const qint64 shortfall = remaining;

    struct Step
    {
        PaymentHold hold;
        qint64 capture;
    };
    auto steps = std::make_shared<QList<Step>>();
    for (qsizetype i = 0; i < eligible.size(); ++i) {
        const PaymentHold &h = eligible[i];
        if (h.status == HoldStatus::Captured || h.status == HoldStatus::Released)
            continue; // finished in an earlier run
        steps->append(Step { h, take[i] });
    }
    auto finish = [this, sessionId, gross, notCharged, shortfall, done]() {
        auto after = m_outbox.holds(sessionId);
        if (!after)
            return done(after.error());
        SessionSettlement st;
        st.sessionId = sessionId;
        qint64 captured = 0;
        for (const PaymentHold &h : *after)
            captured += h.capturedMinor;
        st.captured = Money::fromMinor(captured, gross.currency());
        st.refunded = Money::fromMinor(0, gross.currency());
        st.status = notCharged || captured == 0 ? SettlementStatus::NotCharged : SettlementStatus::Captured;
        st.shortfallMinor = shortfall;
        if (auto s = m_outbox.saveSettlement(st); !s)
            return done(s.error());
        qCInfo(lcPayments).noquote() << "session" << sessionId << settlementStatusKey(st.status) << "captured"
                                     << captured << "shortfall" << shortfall;
        emit sessionSettled(st);
        done(st);
    };
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    // The chain holds itself only through the pending callback (weak self-reference: no cycle).
    *next = [this, steps, weak = std::weak_ptr(next), finish, done](qsizetype i) {
        if (i >= steps->size())
            return finish();
        const Step step = steps->at(i);
        runCaptureOrRelease(step.hold, step.capture, [self = weak.lock(), i, done](Result<QJsonObject> r) {
            if (!r)
                return done(r.error());
            (*self)(i + 1);
        });
    };
    (*next)(0);
}

void PaymentService::refundSession(
    const QString &sessionId, std::optional<Money> amount, QObject *context, Callback<SessionSettlement> doneIn)
{
    auto done = guarded<SessionSettlement>(context, std::move(doneIn));
    auto holds = m_outbox.holds(sessionId);
    if (!holds)
        return done(holds.error());
    auto ops = m_outbox.operations(sessionId);
    if (!ops)
        return done(ops.error());
    QHash<int, int> refundsPerHold;
    for (const PaymentOperation &op : *ops) {
        if (op.kind != OperationKind::Refund)
            continue;
        if (!op.isFinished())
            return done(makeError(ErrorCode::Conflict,
                QStringLiteral("an earlier refund of this session is not confirmed yet; reconcile first")));
        refundsPerHold[op.holdIndex] += 1;
    }
    QList<PaymentHold> captured;
    qint64 refundable = 0;
    Currency currency;
    for (const PaymentHold &h : *holds) {
        if (h.status == HoldStatus::Captured && h.capturedMinor > h.refundedMinor) {
            captured << h;
            refundable += h.capturedMinor - h.refundedMinor;
            currency = h.amount.currency();
        }
    }
    if (captured.isEmpty())
        return done(makeError(
            ErrorCode::NotFound, QStringLiteral("nothing captured is left to refund on session %1").arg(sessionId)));
    const qint64 wanted = amount ? amount->minor() : refundable;
    if (amount && amount->currency() != currency)
        return done(
            makeError(ErrorCode::InvalidInput, QStringLiteral("the session was paid in %1").arg(currency.code())));
    if (wanted <= 0 || wanted > refundable)
        return done(makeError(ErrorCode::InvalidInput,
            QStringLiteral("refund of %1 asked, %2 can be refunded")
                .arg(Money::fromMinor(wanted, currency).toDecimalString(),
                    Money::fromMinor(refundable, currency).toDecimalString())));

    // Latest hold first.
    auto steps = std::make_shared<QList<PaymentOperation>>();
    qint64 left = wanted;
    for (qsizetype i = captured.size() - 1; i >= 0 && left > 0; --i) {
        const PaymentHold &h = captured[i];
        const qint64 part = qMin(left, h.capturedMinor - h.refundedMinor);
        left -= part;
        PaymentOperation op;
        op.sessionId = sessionId;
        op.kind = OperationKind::Refund;
        op.holdIndex = h.holdIndex;
        op.paymentIntentId = h.paymentIntentId;
        op.currency = currency.code();
        op.amountMinor = part;
        op.path = QStringLiteral("/v1/refunds");
        op.requestBody = PaymentOutbox::encodeParams({ { QStringLiteral("payment_intent"), h.paymentIntentId },
            { QStringLiteral("amount"), QString::number(part) },
            { QStringLiteral("metadata[session_id]"), sessionId } });
        op.idempotencyKey = QString::fromUtf8(PaymentOutbox::idempotencyKey(
            sessionId, OperationKind::Refund, h.holdIndex, refundsPerHold.value(h.holdIndex) + 1));
        steps->append(op);
    }
    auto finish = [this, sessionId, currency, wanted, done]() {
        auto after = m_outbox.holds(sessionId);
        if (!after)
            return done(after.error());
        qint64 capturedTotal = 0;
        qint64 refunded = 0;
        for (const PaymentHold &h : *after) {
            capturedTotal += h.capturedMinor;
            refunded += h.refundedMinor;
        }
        SessionSettlement st;
        st.sessionId = sessionId;
        st.captured = Money::fromMinor(capturedTotal, currency);
        st.refunded = Money::fromMinor(refunded, currency);
        st.status = refunded >= capturedTotal ? SettlementStatus::Refunded : SettlementStatus::PartlyRefunded;
        if (auto s = m_outbox.saveSettlement(st); !s)
            return done(s.error());
        emit sessionRefunded(st, Money::fromMinor(wanted, currency));
        done(st);
    };
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, steps, weak = std::weak_ptr(next), finish, done](qsizetype i) {
        if (i >= steps->size())
            return finish();
        runOperation(steps->at(i), nullptr, [self = weak.lock(), i, done](Result<QJsonObject> r) {
            if (!r)
                return done(r.error());
            (*self)(i + 1);
        });
    };
    (*next)(0);
}

void PaymentService::capturePaymentIntent(
    const QString &paymentIntentId, std::optional<Money> amount, QObject *context, Callback<QJsonObject> doneIn)
{
    auto done = guarded<QJsonObject>(context, std::move(doneIn));
    auto hold = m_outbox.holdByPaymentIntent(paymentIntentId);
    if (!hold)
        return done(hold.error());
    if (hold->has_value()) {
        const PaymentHold &h = **hold;
        if (amount && amount->currency() != h.amount.currency())
            return done(makeError(
                ErrorCode::InvalidInput, QStringLiteral("the hold is in %1").arg(h.amount.currency().code())));
        return runCaptureOrRelease(h, amount ? amount->minor() : h.amount.minor(), done);
    }
    PaymentOperation op;
    op.kind = OperationKind::Capture;
    op.paymentIntentId = paymentIntentId;
    op.path = QStringLiteral("/v1/payment_intents/") + QString::fromLatin1(QUrl::toPercentEncoding(paymentIntentId))
        + QStringLiteral("/capture");
    FormParams p;
    if (amount) {
        p.append({ QStringLiteral("amount_to_capture"), QString::number(amount->minor()) });
        op.amountMinor = amount->minor();
        op.currency = amount->currency().code();
    }
    op.requestBody = PaymentOutbox::encodeParams(p);
    op.idempotencyKey = QString::fromUtf8(PaymentOutbox::idempotencyKey(paymentIntentId, OperationKind::Capture, 0));
    runOperation(op, nullptr, done);
}

void PaymentService::releasePaymentIntent(
    const QString &paymentIntentId, QObject *context, Callback<QJsonObject> doneIn)
{
    auto done = guarded<QJsonObject>(context, std::move(doneIn));
    auto hold = m_outbox.holdByPaymentIntent(paymentIntentId);
    if (!hold)
        return done(hold.error());
    if (hold->has_value())
        return runCaptureOrRelease(**hold, 0, done);
    PaymentOperation op;
    op.kind = OperationKind::Release;
    op.paymentIntentId = paymentIntentId;
    op.path = QStringLiteral("/v1/payment_intents/") + QString::fromLatin1(QUrl::toPercentEncoding(paymentIntentId))
        + QStringLiteral("/cancel");
    op.requestBody
        = PaymentOutbox::encodeParams({ { QStringLiteral("cancellation_reason"), QStringLiteral("abandoned") } });
    op.idempotencyKey = QString::fromUtf8(PaymentOutbox::idempotencyKey(paymentIntentId, OperationKind::Release, 0));
    runOperation(op, nullptr, done);
}

void PaymentService::retrievePaymentIntent(
    const QString &paymentIntentId, QObject *context, Callback<QJsonObject> doneIn)
{
    auto done = guarded<QJsonObject>(context, std::move(doneIn));
    readIntent(paymentIntentId, [this, paymentIntentId, done](Result<QJsonObject> pi) {
        if (pi) {
            auto hold = m_outbox.holdByPaymentIntent(paymentIntentId);
            if (hold && hold->has_value()) {
                PaymentHold h = **hold;
                PaymentOutbox::applyPaymentIntent(h, *pi);
                (void)m_outbox.saveHold(h);
            }
        }
        done(std::move(pi));
    });
}

void PaymentService::reconcileOne(PaymentOperation op, std::function<void(int)> done)
{
    auto resend = [this, op, done]() {
        runOperation(op, nullptr, [this, key = op.idempotencyKey, done](Result<QJsonObject> r) {
            if (r)
                return done(Completed);
            auto now = m_outbox.findOperation(key.toUtf8());
            const bool failed = now && now->has_value() && (*now)->state == OperationState::Failed;
            done(failed ? Failed : Unresolved);
        });
    };
    const bool byIntent
        = (op.kind == OperationKind::Capture || op.kind == OperationKind::Release) && !op.paymentIntentId.isEmpty();
    if (!byIntent) {
        // A creation whose reply was lost: the same request with the same key returns the original
        // result while Stripe keeps the key (24 h). Older than that, a resend could act twice.
        if (op.createdAt.isValid() && op.createdAt.secsTo(m_clock.nowUtc()) > 23 * 3600) {
            (void)m_outbox.resolve(op, OperationState::Failed, {},
                QStringLiteral("unconfirmed for more than 23 hours: check it in the Stripe dashboard"));
            return done(Failed);
        }
        return resend();
    }
    readIntent(op.paymentIntentId, [this, op, done, resend](Result<QJsonObject> pi) mutable {
        if (!pi)
            return done(Unresolved);
        const QString status = pi->value(QStringLiteral("status")).toString();
        if (op.kind == OperationKind::Capture) {
            if (status == QLatin1String("succeeded")) {
                qCInfo(lcPayments).noquote()
                    << "reconcile:" << op.idempotencyKey << "was captured before the interruption";
                (void)m_outbox.resolve(op, OperationState::Succeeded, *pi, QString());
                return done(Completed);
            }
            if (status == QLatin1String("requires_capture"))
                return resend();
            (void)m_outbox.resolve(
                op, OperationState::Failed, *pi, QStringLiteral("not captured: the PaymentIntent is %1").arg(status));
            return done(Failed);
        }
        if (status == QLatin1String("canceled")) {
            (void)m_outbox.resolve(op, OperationState::Succeeded, *pi, QString());
            return done(Completed);
        }
        if (status == QLatin1String("succeeded")) {
            (void)m_outbox.resolve(op, OperationState::Failed, *pi, QStringLiteral("not released: it was captured"));
            return done(Failed);
        }
        resend();
    });
}

void PaymentService::reconcile(QObject *context, Callback<ReconcileReport> doneIn)
{
    auto done = guarded<ReconcileReport>(context, std::move(doneIn));
    auto ops = m_outbox.unfinishedOperations();
    if (!ops)
        return done(ops.error());
    auto list = std::make_shared<QList<PaymentOperation>>(*ops);
    auto report = std::make_shared<ReconcileReport>();
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    *next = [this, list, report, weak = std::weak_ptr(next), done](qsizetype i) {
        if (i >= list->size()) {
            qCInfo(lcPayments) << "reconciled" << report->checked << "operations:" << report->completed << "done,"
                               << report->failed << "failed," << report->unresolved << "still unknown";
            return done(*report);
        }
        report->checked += 1;
        reconcileOne(list->at(i), [report, self = weak.lock(), i](int outcome) {
            if (outcome == Completed)
                report->completed += 1;
            else if (outcome == Failed)
                report->failed += 1;
            else
                report->unresolved += 1;
            (*self)(i + 1);
        });
    };
    (*next)(0);
}

} // namespace minutier
