#include "PaymentOutbox.h"

#include "metering/Clock.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace minutier {

namespace {

const QString kOperationColumns = QStringLiteral(
    "id, idempotency_key, session_id, kind, hold_index, method, path, request_body, amount_minor, currency, state, "
    "attempts, "
    "http_status, error_type, error_code, decline_code, error_message, response_summary, payment_intent_id, object_id, "
    "created_at, sent_at, finished_at");

const QString kHoldColumns = QStringLiteral("id, session_id, hold_index, payment_intent_id, checkout_session_id, "
                                            "checkout_url, customer_id, payment_method_id, currency, "
                                            "amount_minor, captured_minor, refunded_minor, status, failure, "
                                            "link_expires_at, capture_before, created_at, updated_at");

PaymentOperation operationFromRow(const QSqlQuery &q)
{
    PaymentOperation op;
    op.id = q.value(0).toString();
    op.idempotencyKey = q.value(1).toString();
    op.sessionId = q.value(2).toString();
    op.kind = operationKindFromKey(q.value(3).toString()).value_or(OperationKind::Hold);
    op.holdIndex = q.value(4).toInt();
    op.method = q.value(5).toString().toLatin1();
    op.path = q.value(6).toString();
    op.requestBody = q.value(7).toString();
    if (!q.value(8).isNull())
        op.amountMinor = q.value(8).toLongLong();
    op.currency = q.value(9).toString();
    op.state = operationStateFromKey(q.value(10).toString()).value_or(OperationState::Failed);
    op.attempts = q.value(11).toInt();
    op.httpStatus = q.value(12).toInt();
    op.errorType = q.value(13).toString();
    op.errorCode = q.value(14).toString();
    op.declineCode = q.value(15).toString();
    op.errorMessage = q.value(16).toString();
    op.responseSummary = q.value(17).toString();
    op.paymentIntentId = q.value(18).toString();
    op.objectId = q.value(19).toString();
    op.createdAt = SqlUtil::timeFromDb(q.value(20));
    op.sentAt = SqlUtil::timeFromDb(q.value(21));
    op.finishedAt = SqlUtil::timeFromDb(q.value(22));
    return op;
}

PaymentHold holdFromRow(const QSqlQuery &q)
{
    PaymentHold h;
    h.id = q.value(0).toString();
    h.sessionId = q.value(1).toString();
    h.holdIndex = q.value(2).toInt();
    h.paymentIntentId = q.value(3).toString();
    h.checkoutSessionId = q.value(4).toString();
    h.checkoutUrl = q.value(5).toString();
    h.customerId = q.value(6).toString();
    h.paymentMethodId = q.value(7).toString();
    const Currency currency = Currency::fromCode(q.value(8).toString()).value_or(Currency());
    h.amount = Money::fromMinor(q.value(9).toLongLong(), currency);
    h.capturedMinor = q.value(10).toLongLong();
    h.refundedMinor = q.value(11).toLongLong();
    h.status = holdStatusFromKey(q.value(12).toString()).value_or(HoldStatus::Failed);
    h.failure = q.value(13).toString();
    h.linkExpiresAt = SqlUtil::timeFromDb(q.value(14));
    h.captureBefore = SqlUtil::timeFromDb(q.value(15));
    h.createdAt = SqlUtil::timeFromDb(q.value(16));
    h.updatedAt = SqlUtil::timeFromDb(q.value(17));
    return h;
}

QString stringOrId(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : v.toString();
}

} // namespace

QByteArray PaymentOutbox::idempotencyKey(const QString &sessionId, OperationKind kind, int holdIndex, int sequence)
{
    QString key = QStringLiteral("minutier:%1:%2:%3").arg(sessionId, operationKindKey(kind)).arg(holdIndex);
    if (sequence > 0)
        key += u':' + QString::number(sequence);
    return key.toUtf8();
}

QString PaymentOutbox::encodeParams(const FormParams &params)
{
    QJsonArray array;
    for (const auto &p : params)
        array.append(QJsonArray { p.first, p.second });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

FormParams PaymentOutbox::decodeParams(const QString &json)
{
    FormParams params;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        params.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return params;
}

QString PaymentOutbox::summarize(const QJsonObject &object)
{
    static const QStringList keep { QStringLiteral("id"), QStringLiteral("object"), QStringLiteral("status"),
        QStringLiteral("amount"), QStringLiteral("amount_capturable"), QStringLiteral("amount_received"),
        QStringLiteral("amount_total"), QStringLiteral("currency"), QStringLiteral("payment_intent"),
        QStringLiteral("payment_status"), QStringLiteral("customer"), QStringLiteral("payment_method"),
        QStringLiteral("url"), QStringLiteral("expires_at"), QStringLiteral("cancellation_reason"),
        QStringLiteral("capture_method") };
    QJsonObject out;
    for (const QString &k : keep) {
        if (!object.contains(k))
            continue;
        const QJsonValue v = object.value(k);
        out.insert(k, v.isObject() ? QJsonValue(stringOrId(v)) : v);
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<std::optional<PaymentOperation>> PaymentOutbox::findOperation(const QByteArray &idempotencyKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kOperationColumns
        + QStringLiteral(" FROM payment_operations WHERE idempotency_key = ?"));
    q.addBindValue(QString::fromUtf8(idempotencyKey));
    if (auto s = Database::exec(q, "find payment operation"); !s)
        return s.error();
    if (!q.next())
        return std::optional<PaymentOperation>();
    return std::optional<PaymentOperation>(operationFromRow(q));
}

Result<QList<PaymentOperation>> PaymentOutbox::unfinishedOperations() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kOperationColumns
        + QStringLiteral(" FROM payment_operations WHERE state IN ('pending', 'sent') ORDER BY created_at, id"));
    if (auto s = Database::exec(q, "list unfinished payment operations"); !s)
        return s.error();
    QList<PaymentOperation> out;
    while (q.next())
        out << operationFromRow(q);
    return out;
}

Result<QList<PaymentOperation>> PaymentOutbox::operations(const QString &sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kOperationColumns + QStringLiteral(" FROM payment_operations")
        + (sessionId.isEmpty() ? QString() : QStringLiteral(" WHERE session_id = ?"))
        + QStringLiteral(" ORDER BY created_at, id"));
    if (!sessionId.isEmpty())
        q.addBindValue(sessionId);
    if (auto s = Database::exec(q, "list payment operations"); !s)
        return s.error();
    QList<PaymentOperation> out;
    while (q.next())
        out << operationFromRow(q);
    return out;
}

Status PaymentOutbox::recordPending(PaymentOperation &op, const PaymentHold *newHold)
{
    return m_db.inTransaction([&]() -> Status {
        const QDateTime now = m_clock.nowUtc();
        if (newHold) {
            QSqlQuery exists(m_db.connection());
            exists.prepare(QStringLiteral("SELECT 1 FROM payment_holds WHERE id = ?"));
            exists.addBindValue(newHold->id);
            if (auto s = Database::exec(exists, "check hold"); !s)
                return s;
            if (!exists.next()) {
                PaymentHold h = *newHold;
                h.createdAt = h.updatedAt = now;
                QSqlQuery ins(m_db.connection());
                ins.prepare(QStringLiteral("INSERT INTO payment_holds (") + kHoldColumns
                    + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                for (const QVariant &v :
                    { QVariant(h.id), QVariant(h.sessionId), QVariant(h.holdIndex), SqlUtil::text(h.paymentIntentId),
                        SqlUtil::text(h.checkoutSessionId), SqlUtil::text(h.checkoutUrl), SqlUtil::text(h.customerId),
                        SqlUtil::text(h.paymentMethodId), QVariant(h.amount.currency().code()),
                        QVariant(h.amount.minor()), QVariant(h.capturedMinor), QVariant(h.refundedMinor),
                        QVariant(holdStatusKey(h.status)), SqlUtil::text(h.failure), SqlUtil::toDb(h.linkExpiresAt),
                        SqlUtil::toDb(h.captureBefore), SqlUtil::toDb(h.createdAt), SqlUtil::toDb(h.updatedAt) })
                    ins.addBindValue(v);
                if (auto s = Database::exec(ins, "insert hold"); !s)
                    return s;
            }
        }
        op.state = OperationState::Pending;
        if (op.id.isEmpty()) {
            op.id = SqlUtil::newId();
            op.createdAt = now;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO payment_operations (id, idempotency_key, session_id, kind, hold_index, method, path, "
                "request_body, amount_minor, currency, state, payment_intent_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
            q.addBindValue(op.id);
            q.addBindValue(QString::fromUtf8(op.idempotencyKey.toUtf8()));
            q.addBindValue(SqlUtil::text(op.sessionId));
            q.addBindValue(operationKindKey(op.kind));
            q.addBindValue(op.holdIndex);
            q.addBindValue(QString::fromLatin1(op.method));
            q.addBindValue(op.path);
            q.addBindValue(op.requestBody);
            q.addBindValue(op.amountMinor ? QVariant(*op.amountMinor) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(SqlUtil::text(op.currency));
            q.addBindValue(SqlUtil::text(op.paymentIntentId));
            q.addBindValue(SqlUtil::toDb(op.createdAt));
            return Database::exec(q, "record payment operation");
        }
        return updateOperation(op);
    });
}

Status PaymentOutbox::markSent(PaymentOperation &op)
{
    op.state = OperationState::Sent;
    op.sentAt = m_clock.nowUtc();
    return updateOperation(op);
}

Status PaymentOutbox::updateOperation(const PaymentOperation &op)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE payment_operations SET request_body = ?, amount_minor = ?, state = ?, attempts = ?, http_status = ?, "
        "error_type = ?, error_code = ?, decline_code = ?, error_message = ?, response_summary = ?, "
        "payment_intent_id = ?, object_id = ?, sent_at = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(op.requestBody);
    q.addBindValue(op.amountMinor ? QVariant(*op.amountMinor) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(operationStateKey(op.state));
    q.addBindValue(op.attempts);
    q.addBindValue(op.httpStatus);
    q.addBindValue(SqlUtil::text(op.errorType));
    q.addBindValue(SqlUtil::text(op.errorCode));
    q.addBindValue(SqlUtil::text(op.declineCode));
    q.addBindValue(SqlUtil::text(op.errorMessage));
    q.addBindValue(SqlUtil::text(op.responseSummary));
    q.addBindValue(SqlUtil::text(op.paymentIntentId));
    q.addBindValue(SqlUtil::text(op.objectId));
    q.addBindValue(SqlUtil::toDb(op.sentAt));
    q.addBindValue(SqlUtil::toDb(op.finishedAt));
    q.addBindValue(op.id);
    return Database::exec(q, "update payment operation");
}

Status PaymentOutbox::recordOutcome(PaymentOperation &op, const StripeResult &result)
{
    return m_db.inTransaction([&]() -> Status {
        op.attempts += result.attempts;
        op.httpStatus = result.httpStatus;
        op.errorType = result.apiError.type;
        op.errorCode = result.apiError.code;
        op.declineCode = result.apiError.declineCode;
        op.errorMessage = result.ok()
            ? QString()
            : (result.apiError.message.isEmpty() ? result.error.detail : result.apiError.message);
        switch (result.outcome) {
        case StripeResult::Outcome::Succeeded: {
            op.state = OperationState::Succeeded;
            op.responseSummary = summarize(result.object);
            op.objectId = result.object.value(QStringLiteral("id")).toString();
            const QString object = result.object.value(QStringLiteral("object")).toString();
            if (object == QLatin1String("payment_intent"))
                op.paymentIntentId = op.objectId;
            else if (!stringOrId(result.object.value(QStringLiteral("payment_intent"))).isEmpty())
                op.paymentIntentId = stringOrId(result.object.value(QStringLiteral("payment_intent")));
            op.finishedAt = m_clock.nowUtc();
            break;
        }
        case StripeResult::Outcome::Rejected:
            op.state = OperationState::Failed;
            if (!result.apiError.paymentIntent.isEmpty()) {
                op.responseSummary = summarize(result.apiError.paymentIntent);
                op.paymentIntentId = result.apiError.paymentIntent.value(QStringLiteral("id")).toString();
            }
            op.finishedAt = m_clock.nowUtc();
            break;
        case StripeResult::Outcome::Unknown:
            op.state = OperationState::Sent; // reconciled later by reading the PaymentIntent
            break;
        }
        if (auto s = updateOperation(op); !s)
            return s;
        return updateHoldFromOperation(op, result);
    });
}

Status PaymentOutbox::resolve(
    PaymentOperation &op, OperationState state, const QJsonObject &paymentIntent, const QString &note)
{
    return m_db.inTransaction([&]() -> Status {
        op.state = state;
        op.finishedAt = m_clock.nowUtc();
        if (!paymentIntent.isEmpty())
            op.responseSummary = summarize(paymentIntent);
        if (!note.isEmpty())
            op.errorMessage = note;
        if (auto s = updateOperation(op); !s)
            return s;
        if (paymentIntent.isEmpty())
            return {};
        StripeResult r;
        r.outcome
            = state == OperationState::Succeeded ? StripeResult::Outcome::Succeeded : StripeResult::Outcome::Rejected;
        r.object = paymentIntent;
        r.apiError.paymentIntent = paymentIntent;
        return updateHoldFromOperation(op, r);
    });
}

void PaymentOutbox::applyPaymentIntent(PaymentHold &hold, const QJsonObject &pi)
{
    if (pi.isEmpty())
        return;
    hold.paymentIntentId = pi.value(QStringLiteral("id")).toString(hold.paymentIntentId);
    const QString status = pi.value(QStringLiteral("status")).toString();
    const QString customer = stringOrId(pi.value(QStringLiteral("customer")));
    const QString pm = stringOrId(pi.value(QStringLiteral("payment_method")));
    if (!customer.isEmpty())
        hold.customerId = customer;
    if (!pm.isEmpty())
        hold.paymentMethodId = pm;
    if (status == QLatin1String("requires_capture")) {
        hold.status = HoldStatus::Authorized;
        hold.amount
            = Money::fromMinor(pi.value(QStringLiteral("amount_capturable")).toInteger(), hold.amount.currency());
    } else if (status == QLatin1String("requires_action")) {
        hold.status = HoldStatus::RequiresAction;
    } else if (status == QLatin1String("succeeded")) {
        hold.status = HoldStatus::Captured;
        hold.capturedMinor = pi.value(QStringLiteral("amount_received")).toInteger();
    } else if (status == QLatin1String("canceled")) {
        hold.status = hold.status == HoldStatus::Authorized || hold.status == HoldStatus::Pending
                || hold.status == HoldStatus::Released
            ? HoldStatus::Released
            : HoldStatus::Expired;
        if (pi.value(QStringLiteral("cancellation_reason")).toString() == QLatin1String("automatic"))
            hold.status = HoldStatus::Expired;
    } else if (status == QLatin1String("requires_payment_method")) {
        hold.status = HoldStatus::Failed;
        const QString message
            = pi.value(QStringLiteral("last_payment_error")).toObject().value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            hold.failure = message;
    }
    const QJsonObject charge = pi.value(QStringLiteral("latest_charge")).toObject();
    const qint64 before = charge.value(QStringLiteral("payment_method_details"))
                              .toObject()
                              .value(QStringLiteral("card"))
                              .toObject()
                              .value(QStringLiteral("capture_before"))
                              .toInteger();
    if (before > 0)
        hold.captureBefore = QDateTime::fromSecsSinceEpoch(before, Qt::UTC);
}

Status PaymentOutbox::updateHoldFromOperation(const PaymentOperation &op, const StripeResult &result)
{
    if (op.sessionId.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kHoldColumns
        + QStringLiteral(" FROM payment_holds WHERE session_id = ? AND hold_index = ?"));
    q.addBindValue(op.sessionId);
    q.addBindValue(op.holdIndex);
    if (auto s = Database::exec(q, "read hold"); !s)
        return s;
    if (!q.next())
        return {};
    PaymentHold hold = holdFromRow(q);
    const bool ok = result.outcome == StripeResult::Outcome::Succeeded;
    if (result.outcome == StripeResult::Outcome::Unknown)
        return {};
    switch (op.kind) {
    case OperationKind::Checkout:
        if (ok) {
            hold.checkoutSessionId = result.object.value(QStringLiteral("id")).toString();
            hold.checkoutUrl = result.object.value(QStringLiteral("url")).toString();
            const qint64 expires = result.object.value(QStringLiteral("expires_at")).toInteger();
            if (expires > 0)
                hold.linkExpiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
            hold.status = HoldStatus::LinkOpen;
        } else {
            hold.status = HoldStatus::Failed;
            hold.failure = op.errorMessage;
        }
        break;
    case OperationKind::Hold:
        if (ok) {
            applyPaymentIntent(hold, result.object);
            if (hold.captureBefore.isNull() && hold.status == HoldStatus::Authorized)
                hold.captureBefore = m_clock.nowUtc().addDays(7);
        } else {
            applyPaymentIntent(hold, result.apiError.paymentIntent);
            hold.status = HoldStatus::Failed;
            hold.failure = op.errorMessage;
        }
        break;
    case OperationKind::Capture:
    case OperationKind::Release:
        if (ok)
            applyPaymentIntent(hold, result.object);
        else if (!result.apiError.paymentIntent.isEmpty())
            applyPaymentIntent(hold, result.apiError.paymentIntent);
        if (ok && op.kind == OperationKind::Release)
            hold.status = HoldStatus::Released;
        break;
    case OperationKind::Refund:
        if (ok)
            hold.refundedMinor += result.object.value(QStringLiteral("amount")).toInteger();
        break;
    }
    return saveHold(hold);
}

Result<QList<PaymentHold>> PaymentOutbox::holds(const QString &sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kHoldColumns
        + QStringLiteral(" FROM payment_holds WHERE session_id = ? ORDER BY hold_index"));
    q.addBindValue(sessionId);
    if (auto s = Database::exec(q, "list holds"); !s)
        return s.error();
    QList<PaymentHold> out;
    while (q.next())
        out << holdFromRow(q);
    return out;
}

Result<std::optional<PaymentHold>> PaymentOutbox::hold(const QString &holdId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kHoldColumns + QStringLiteral(" FROM payment_holds WHERE id = ?"));
    q.addBindValue(holdId);
    if (auto s = Database::exec(q, "read hold"); !s)
        return s.error();
    if (!q.next())
        return std::optional<PaymentHold>();
    return std::optional<PaymentHold>(holdFromRow(q));
}

Result<std::optional<PaymentHold>> PaymentOutbox::holdByPaymentIntent(const QString &paymentIntentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + kHoldColumns + QStringLiteral(" FROM payment_holds WHERE payment_intent_id = ?"));
    q.addBindValue(paymentIntentId);
    if (auto s = Database::exec(q, "read hold"); !s)
        return s.error();
    if (!q.next())
        return std::optional<PaymentHold>();
    return std::optional<PaymentHold>(holdFromRow(q));
}

Result<int> PaymentOutbox::nextHoldIndex(const QString &sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(hold_index) FROM payment_holds WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (auto s = Database::exec(q, "next hold index"); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return 0;
    return q.value(0).toInt() + 1;
}

Status PaymentOutbox::saveHold(const PaymentHold &h)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE payment_holds SET payment_intent_id = ?, checkout_session_id = ?, checkout_url = ?, customer_id = ?, "
        "payment_method_id = ?, amount_minor = ?, captured_minor = ?, refunded_minor = ?, status = ?, failure = ?, "
        "link_expires_at = ?, capture_before = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(SqlUtil::text(h.paymentIntentId));
    q.addBindValue(SqlUtil::text(h.checkoutSessionId));
    q.addBindValue(SqlUtil::text(h.checkoutUrl));
    q.addBindValue(SqlUtil::text(h.customerId));
    q.addBindValue(SqlUtil::text(h.paymentMethodId));
    q.addBindValue(h.amount.minor());
    q.addBindValue(h.capturedMinor);
    q.addBindValue(h.refundedMinor);
    q.addBindValue(holdStatusKey(h.status));
    q.addBindValue(SqlUtil::text(h.failure));
    q.addBindValue(SqlUtil::toDb(h.linkExpiresAt));
    q.addBindValue(SqlUtil::toDb(h.captureBefore));
    q.addBindValue(SqlUtil::toDb(m_clock.nowUtc()));
    q.addBindValue(h.id);
    return Database::exec(q, "update hold");
}

Result<std::optional<SessionSettlement>> PaymentOutbox::settlement(const QString &sessionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT status, currency, captured_minor, refunded_minor, updated_at FROM "
                             "session_payments WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (auto s = Database::exec(q, "read settlement"); !s)
        return s.error();
    if (!q.next())
        return std::optional<SessionSettlement>();
    SessionSettlement st;
    st.sessionId = sessionId;
    st.status = settlementStatusFromKey(q.value(0).toString()).value_or(SettlementStatus::NotCharged);
    const Currency c = Currency::fromCode(q.value(1).toString()).value_or(Currency());
    st.captured = Money::fromMinor(q.value(2).toLongLong(), c);
    st.refunded = Money::fromMinor(q.value(3).toLongLong(), c);
    st.updatedAt = SqlUtil::timeFromDb(q.value(4));
    return std::optional<SessionSettlement>(st);
}

Status PaymentOutbox::saveSettlement(const SessionSettlement &st)
{
    return m_db.inTransaction([&]() -> Status {
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM session_payments WHERE session_id = ?"));
        del.addBindValue(st.sessionId);
        if (auto s = Database::exec(del, "replace settlement"); !s)
            return s;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO session_payments (session_id, status, currency, captured_minor, refunded_minor, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(st.sessionId);
        q.addBindValue(settlementStatusKey(st.status));
        q.addBindValue(st.captured.currency().code());
        q.addBindValue(st.captured.minor());
        q.addBindValue(st.refunded.minor());
        q.addBindValue(SqlUtil::toDb(m_clock.nowUtc()));
        return Database::exec(q, "save settlement");
    });
}

} // namespace minutier
