#include "FakeStripeServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace minutier::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Request Failed";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

// a[b][c] -> {"a","b","c"}; a[] -> {"a",""}
QStringList splitKey(const QString &key)
{
    QStringList parts;
    const qsizetype open = key.indexOf(u'[');
    if (open < 0)
        return { key };
    parts << key.left(open);
    qsizetype i = open;
    while (i < key.size() && key[i] == u'[') {
        const qsizetype close = key.indexOf(u']', i);
        if (close < 0) {
            parts << key.mid(i + 1);
            break;
        }
        parts << key.mid(i + 1, close - i - 1);
        i = close + 1;
    }
    return parts;
}

void setPath(QJsonObject &object, QStringList path, const QString &value)
{
    QString head = path.takeFirst();
    if (head.isEmpty()) // a[] appends
        head = QString::number(object.size());
    if (path.isEmpty()) {
        object.insert(head, value);
        return;
    }
    QJsonObject child = object.value(head).toObject();
    setPath(child, path, value);
    object.insert(head, child);
}

bool isTrue(const QJsonValue &v) { return v.toString() == QLatin1String("true"); }

qint64 toInt(const QJsonValue &v, bool *ok) { return v.toString().toLongLong(ok); }

qint64 minimumFor(const QString &currency)
{
    if (currency == QLatin1String("gbp"))
        return 30;
    if (currency == QLatin1String("eur") || currency == QLatin1String("usd") || currency == QLatin1String("chf"))
        return 50;
    return 1;
}

} // namespace

FakeStripeServer::FakeStripeServer(QString apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(std::move(apiKey))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeStripeServer::onNewConnection);
}

FakeStripeServer::~FakeStripeServer() = default;

bool FakeStripeServer::listen() { return m_server->listen(QHostAddress::LocalHost, 0); }

QUrl FakeStripeServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeStripeServer::injectFault(Fault fault, const QString &pathContains, int times, const QByteArray &method)
{
    m_faults.append(FaultRule { fault, pathContains, times, method });
}

int FakeStripeServer::requestCount(const QByteArray &method, const QString &pathContains) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += (r.method == method && r.path.contains(pathContains)) ? 1 : 0;
    return n;
}

int FakeStripeServer::totalCaptureCount() const
{
    int n = 0;
    for (int c : m_captures)
        n += c;
    return n;
}

QJsonObject FakeStripeServer::parseForm(const QByteArray &body)
{
    QJsonObject out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decodeComponent(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1));
        setPath(out, splitKey(key), value);
    }
    return out;
}

QString FakeStripeServer::newId(const char *prefix)
{
    return QString::fromLatin1(prefix) + QStringLiteral("_test_%1").arg(++m_counter, 14, 10, QLatin1Char('0'));
}

void FakeStripeServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeStripeServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype q = target.indexOf('?');
        request.path = QString::fromUtf8(q < 0 ? target : target.left(q));
        request.query = q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.params = parseForm(request.body);
        request.idempotencyKey = QString::fromUtf8(request.headers.value("idempotency-key"));
        handle(socket, std::move(request));
        if (!m_buffers.contains(socket))
            return; // the connection was closed by a fault
    }
}

bool FakeStripeServer::takeFault(const QByteArray &method, const QString &path, Fault *fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if ((rule.pathContains.isEmpty() || path.contains(rule.pathContains))
            && (rule.method.isEmpty() || rule.method == method)) {
            *fault = rule.fault;
            if (--rule.remaining <= 0)
                m_faults.removeAt(i);
            return true;
        }
    }
    return false;
}

bool FakeStripeServer::authorised(const Request &request) const
{
    const QByteArray auth = request.headers.value("authorization");
    if (auth.startsWith("Bearer "))
        return QString::fromUtf8(auth.mid(7).trimmed()) == m_apiKey;
    if (auth.startsWith("Basic ")) {
        QByteArray user = QByteArray::fromBase64(auth.mid(6).trimmed());
        if (user.endsWith(':'))
            user.chop(1);
        return QString::fromUtf8(user) == m_apiKey;
    }
    return false;
}

void FakeStripeServer::handle(QTcpSocket *socket, Request request)
{
    m_requests.append(request);
    Request &recorded = m_requests.last();
    const qsizetype index = m_requests.size() - 1;

    if (!authorised(request)) {
        const Reply r = error(
            401, QStringLiteral("invalid_request_error"), QString(), QStringLiteral("Invalid API Key provided."));
        m_requests[index].status = r.status;
        send(socket, r);
        return;
    }
    Fault fault {};
    const bool faulty = takeFault(request.method, request.path, &fault);
    bool forceDecline = false;
    bool forceAction = false;
    if (faulty) {
        switch (fault) {
        case Fault::Status500:
        case Fault::Status500NoRetry: {
            Reply r = error(500, QStringLiteral("api_error"), QString(), QStringLiteral("An unknown error occurred"));
            if (fault == Fault::Status500NoRetry)
                r.headers.append(qMakePair(QByteArray("Stripe-Should-Retry"), QByteArray("false")));
            recorded.status = 500;
            send(socket, r);
            return;
        }
        case Fault::Status429: {
            Reply r = error(429, QStringLiteral("invalid_request_error"), QStringLiteral("rate_limit"),
                QStringLiteral("Too many requests hit the API too quickly."));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(m_retryAfterSeconds)));
            recorded.status = 429;
            send(socket, r);
            return;
        }
        case Fault::Reset:
            m_buffers.remove(socket);
            socket->abort();
            return;
        case Fault::Hang:
            return;
        case Fault::MalformedJson: {
            Reply r;
            r.status = 200;
            r.body = "{\"id\": \"pi_3Mtw\", \"object\": \"payment_intent\", \"amount\": 30";
            recorded.status = 200;
            send(socket, r);
            return;
        }
        case Fault::Decline402:
            forceDecline = true;
            break;
        case Fault::RequiresAction:
            forceAction = true;
            break;
        case Fault::ResetAfterProcessing:
        case Fault::HangAfterProcessing:
            break;
        }
    }
    const Reply reply = process(m_requests[index], forceDecline, forceAction);
    if (faulty && fault == Fault::ResetAfterProcessing) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    if (faulty && fault == Fault::HangAfterProcessing)
        return;
    m_requests[index].status = reply.status;
    send(socket, reply);
}

FakeStripeServer::Reply FakeStripeServer::process(const Request &request, bool forceDecline, bool forceAction)
{
    if (request.method != "POST" || request.idempotencyKey.isEmpty())
        return route(request, forceDecline, forceAction);
    const QByteArray fingerprint = request.path.toUtf8() + '\n' + request.body;
    const auto stored = m_idempotency.constFind(request.idempotencyKey);
    if (stored != m_idempotency.constEnd()) {
        if (stored->fingerprint != fingerprint) {
            return error(400, QStringLiteral("idempotency_error"), QString(),
                QStringLiteral(
                    "Keys for idempotent requests can only be used with the same parameters they were first "
                    "used with. Try using a key other than '%1' if you meant to execute a different request.")
                    .arg(request.idempotencyKey));
        }
        m_requests.last().replayed = true;
        Reply replay = stored->reply;
        replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
        return replay;
    }
    Reply reply = route(request, forceDecline, forceAction);
    if (reply.status != 401 && reply.status != 429)
        m_idempotency.insert(request.idempotencyKey, StoredReply { fingerprint, reply });
    return reply;
}

FakeStripeServer::Reply FakeStripeServer::route(const Request &request, bool forceDecline, bool forceAction)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // v1, payment_intents, id, action
    if (parts.value(0) != QLatin1String("v1"))
        return error(
            404, QStringLiteral("invalid_request_error"), QString(), QStringLiteral("Unrecognized request URL."));
    const QString resource = parts.value(1);
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    if (resource == QLatin1String("payment_intents")) {
        if (parts.size() == 2 && post)
            return createPaymentIntent(request.params, forceDecline, forceAction);
        if (parts.size() == 2 && get)
            return listPaymentIntents(request.query);
        if (parts.size() == 3 && get)
            return retrievePaymentIntent(parts[2], request.query);
        if (parts.size() == 4 && post) {
            if (parts[3] == QLatin1String("confirm"))
                return confirmPaymentIntent(parts[2], request.params, forceDecline, forceAction);
            if (parts[3] == QLatin1String("capture"))
                return capturePaymentIntent(parts[2], request.params);
            if (parts[3] == QLatin1String("cancel"))
                return cancelPaymentIntent(parts[2], request.params);
        }
    } else if (resource == QLatin1String("checkout") && parts.value(2) == QLatin1String("sessions")) {
        if (parts.size() == 3 && post)
            return createCheckoutSession(request.params);
        if (parts.size() == 4 && get)
            return retrieveCheckoutSession(parts[3]);
    } else if (resource == QLatin1String("refunds") && parts.size() == 2 && post) {
        return createRefund(request.params);
    }
    return error(404, QStringLiteral("invalid_request_error"), QString(),
        QStringLiteral("Unrecognized request URL (%1: %2).").arg(QString::fromLatin1(request.method), request.path));
}

FakeStripeServer::Reply FakeStripeServer::listPaymentIntents(const QString &query)
{
    // GET /v1/payment_intents?limit=N: newest first, as Stripe lists them.
    const QJsonObject q = parseForm(query.toUtf8());
    const int limit = q.value(QStringLiteral("limit")).toString().isEmpty()
        ? 10
        : q.value(QStringLiteral("limit")).toString().toInt();
    if (limit < 1 || limit > 100)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_invalid_integer"),
            QStringLiteral("Invalid integer: limit must be between 1 and 100."), {}, QStringLiteral("limit"));
    QList<QJsonObject> all = m_paymentIntents.values();
    std::sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("created")).toInteger() > b.value(QStringLiteral("created")).toInteger();
    });
    QJsonArray data;
    for (qsizetype i = 0; i < all.size() && i < limit; ++i)
        data.append(all[i]);
    return json(200,
        QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
            { QStringLiteral("url"), QStringLiteral("/v1/payment_intents") },
            { QStringLiteral("has_more"), all.size() > limit }, { QStringLiteral("data"), data } });
}

void FakeStripeServer::send(QTcpSocket *socket, const Reply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Request-Id: req_" + QByteArray::number(++m_counter) + "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += reply.body;
    socket->write(out);
}

FakeStripeServer::Reply FakeStripeServer::json(int status, const QJsonObject &object)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Indented);
    return r;
}

FakeStripeServer::Reply FakeStripeServer::error(int status, const QString &type, const QString &code,
    const QString &message, const QString &declineCode, const QString &param, const QJsonObject &paymentIntent)
{
    QJsonObject e { { QStringLiteral("type"), type }, { QStringLiteral("message"), message } };
    if (!code.isEmpty())
        e.insert(QStringLiteral("code"), code);
    if (!declineCode.isEmpty())
        e.insert(QStringLiteral("decline_code"), declineCode);
    if (!param.isEmpty())
        e.insert(QStringLiteral("param"), param);
    if (!paymentIntent.isEmpty())
        e.insert(QStringLiteral("payment_intent"), paymentIntent);
    return json(status, QJsonObject { { QStringLiteral("error"), e } });
}

FakeStripeServer::Reply FakeStripeServer::createPaymentIntent(const QJsonObject &p, bool forceDecline, bool forceAction)
{
    bool ok = false;
    const qint64 amount = toInt(p.value(QStringLiteral("amount")), &ok);
    if (!ok || amount <= 0)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_invalid_integer"),
            QStringLiteral("Invalid integer: %1").arg(p.value(QStringLiteral("amount")).toString()), {},
            QStringLiteral("amount"));
    const QString currency = p.value(QStringLiteral("currency")).toString().toLower();
    if (currency.size() != 3)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_missing"),
            QStringLiteral("Missing required param: currency."), {}, QStringLiteral("currency"));
    if (amount < minimumFor(currency))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("amount_too_small"),
            QStringLiteral("Amount must be at least the minimum charge amount."), {}, QStringLiteral("amount"));
    const QString captureMethod = p.value(QStringLiteral("capture_method")).toString(QStringLiteral("automatic"));
    const QString paymentMethod = p.value(QStringLiteral("payment_method")).toString();
    QJsonObject pi {
        { QStringLiteral("id"), newId("pi") },
        { QStringLiteral("object"), QStringLiteral("payment_intent") },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("amount_capturable"), 0 },
        { QStringLiteral("amount_received"), 0 },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("capture_method"), captureMethod },
        { QStringLiteral("status"),
            paymentMethod.isEmpty() ? QStringLiteral("requires_payment_method")
                                    : QStringLiteral("requires_confirmation") },
        { QStringLiteral("payment_method"), paymentMethod.isEmpty() ? QJsonValue() : QJsonValue(paymentMethod) },
        { QStringLiteral("customer"),
            p.contains(QStringLiteral("customer")) ? p.value(QStringLiteral("customer")) : QJsonValue() },
        { QStringLiteral("metadata"), p.value(QStringLiteral("metadata")).toObject() },
        { QStringLiteral("latest_charge"), QJsonValue() },
        { QStringLiteral("cancellation_reason"), QJsonValue() },
        { QStringLiteral("next_action"), QJsonValue() },
        { QStringLiteral("last_payment_error"), QJsonValue() },
        { QStringLiteral("livemode"), false },
        { QStringLiteral("created"), QDateTime::currentSecsSinceEpoch() },
    };
    pi.insert(QStringLiteral("client_secret"),
        QString(pi.value(QStringLiteral("id")).toString() + QStringLiteral("_secret_fake")));
    if (isTrue(p.value(QStringLiteral("confirm")))) {
        if (paymentMethod.isEmpty())
            return error(400, QStringLiteral("invalid_request_error"),
                QStringLiteral("payment_intent_unexpected_state"),
                QStringLiteral("You cannot confirm this PaymentIntent because it's missing a payment method."));
        return authorise(pi, paymentMethod, isTrue(p.value(QStringLiteral("off_session"))), forceDecline, forceAction);
    }
    m_paymentIntents.insert(pi.value(QStringLiteral("id")).toString(), pi);
    return json(200, pi);
}

FakeStripeServer::Reply FakeStripeServer::confirmPaymentIntent(
    const QString &id, const QJsonObject &p, bool forceDecline, bool forceAction)
{
    if (!m_paymentIntents.contains(id))
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
            QStringLiteral("No such payment_intent: '%1'").arg(id), {}, QStringLiteral("intent"));
    QJsonObject pi = m_paymentIntents.value(id);
    const QString status = pi.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("requires_confirmation") && status != QLatin1String("requires_payment_method"))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("payment_intent_unexpected_state"),
            QStringLiteral("This PaymentIntent's status is %1 and cannot be confirmed.").arg(status));
    QString pm
        = p.value(QStringLiteral("payment_method")).toString(pi.value(QStringLiteral("payment_method")).toString());
    return authorise(pi, pm, isTrue(p.value(QStringLiteral("off_session"))), forceDecline, forceAction);
}

FakeStripeServer::Reply FakeStripeServer::authorise(
    QJsonObject &pi, const QString &pm, bool offSession, bool forceDecline, bool forceAction)
{
    const QString id = pi.value(QStringLiteral("id")).toString();
    pi.insert(QStringLiteral("payment_method"), pm);
    const bool insufficient = pm == QLatin1String("pm_card_chargeDeclinedInsufficientFunds");
    if (forceDecline || insufficient || pm == QLatin1String("pm_card_chargeDeclined")) {
        const QString declineCode
            = insufficient ? QStringLiteral("insufficient_funds") : QStringLiteral("generic_decline");
        const QString message = insufficient ? QStringLiteral("Your card has insufficient funds.")
                                             : QStringLiteral("Your card was declined.");
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        pi.insert(QStringLiteral("last_payment_error"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("card_error") },
                { QStringLiteral("code"), QStringLiteral("card_declined") },
                { QStringLiteral("decline_code"), declineCode }, { QStringLiteral("message"), message } });
        m_paymentIntents.insert(id, pi);
        return error(402, QStringLiteral("card_error"), QStringLiteral("card_declined"), message, declineCode, {}, pi);
    }
    if (pm == QLatin1String("pm_card_authenticationRequired") && offSession && !forceAction) {
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_payment_method"));
        m_paymentIntents.insert(id, pi);
        return error(402, QStringLiteral("card_error"), QStringLiteral("authentication_required"),
            QStringLiteral("Your card was declined. This transaction requires authentication."),
            QStringLiteral("authentication_required"), {}, pi);
    }
    if (forceAction || pm == QLatin1String("pm_card_authenticationRequired")) {
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_action"));
        pi.insert(QStringLiteral("next_action"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("redirect_to_url") },
                { QStringLiteral("redirect_to_url"),
                    QJsonObject {
                        { QStringLiteral("url"), QString(baseUrl().toString() + QStringLiteral("/3ds/") + id) } } } });
        m_paymentIntents.insert(id, pi);
        return json(200, pi);
    }
    const qint64 amount = pi.value(QStringLiteral("amount")).toInteger();
    const QString chargeId = newId("ch");
    QJsonObject charge {
        { QStringLiteral("id"), chargeId },
        { QStringLiteral("object"), QStringLiteral("charge") },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("amount_captured"), 0 },
        { QStringLiteral("captured"), false },
        { QStringLiteral("payment_intent"), id },
        { QStringLiteral("payment_method_details"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("card") },
                { QStringLiteral("card"),
                    QJsonObject { { QStringLiteral("brand"), QStringLiteral("visa") },
                        { QStringLiteral("last4"), QStringLiteral("4242") },
                        { QStringLiteral("capture_before"), QDateTime::currentSecsSinceEpoch() + 7 * 86400 } } } } },
    };
    pi.insert(QStringLiteral("latest_charge"), chargeId);
    if (pi.value(QStringLiteral("capture_method")).toString() == QLatin1String("manual")) {
        pi.insert(QStringLiteral("status"), QStringLiteral("requires_capture"));
        pi.insert(QStringLiteral("amount_capturable"), amount);
    } else {
        pi.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
        pi.insert(QStringLiteral("amount_received"), amount);
        charge.insert(QStringLiteral("captured"), true);
        charge.insert(QStringLiteral("amount_captured"), amount);
    }
    m_charges.insert(chargeId, charge);
    m_paymentIntents.insert(id, pi);
    return json(200, pi);
}

FakeStripeServer::Reply FakeStripeServer::capturePaymentIntent(const QString &id, const QJsonObject &p)
{
    if (!m_paymentIntents.contains(id))
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
            QStringLiteral("No such payment_intent: '%1'").arg(id), {}, QStringLiteral("intent"));
    QJsonObject pi = m_paymentIntents.value(id);
    const QString status = pi.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("requires_capture"))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("payment_intent_unexpected_state"),
            QStringLiteral("This PaymentIntent could not be captured because it has a status of %1.").arg(status), {},
            {}, pi);
    const qint64 capturable = pi.value(QStringLiteral("amount_capturable")).toInteger();
    qint64 amount = capturable;
    if (p.contains(QStringLiteral("amount_to_capture"))) {
        bool ok = false;
        amount = toInt(p.value(QStringLiteral("amount_to_capture")), &ok);
        if (!ok || amount <= 0)
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_invalid_integer"),
                QStringLiteral("Invalid integer: %1").arg(p.value(QStringLiteral("amount_to_capture")).toString()), {},
                QStringLiteral("amount_to_capture"));
    }
    if (amount > capturable)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("amount_too_large"),
            QStringLiteral("The amount to capture (%1) is greater than the amount capturable (%2).")
                .arg(amount)
                .arg(capturable),
            {}, QStringLiteral("amount_to_capture"));
    if (amount < minimumFor(pi.value(QStringLiteral("currency")).toString()))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("amount_too_small"),
            QStringLiteral("Amount must be at least the minimum charge amount."), {},
            QStringLiteral("amount_to_capture"));
    pi.insert(QStringLiteral("status"), QStringLiteral("succeeded"));
    pi.insert(QStringLiteral("amount_received"), amount);
    pi.insert(QStringLiteral("amount_capturable"), 0);
    const QString chargeId = pi.value(QStringLiteral("latest_charge")).toString();
    QJsonObject charge = m_charges.value(chargeId);
    charge.insert(QStringLiteral("captured"), true);
    charge.insert(QStringLiteral("amount_captured"), amount);
    m_charges.insert(chargeId, charge);
    m_paymentIntents.insert(id, pi);
    m_captures[id] += 1;
    return json(200, pi);
}

FakeStripeServer::Reply FakeStripeServer::cancelPaymentIntent(const QString &id, const QJsonObject &p)
{
    if (!m_paymentIntents.contains(id))
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
            QStringLiteral("No such payment_intent: '%1'").arg(id), {}, QStringLiteral("intent"));
    QJsonObject pi = m_paymentIntents.value(id);
    const QString status = pi.value(QStringLiteral("status")).toString();
    static const QStringList cancellable { QStringLiteral("requires_payment_method"),
        QStringLiteral("requires_capture"), QStringLiteral("requires_confirmation"), QStringLiteral("requires_action"),
        QStringLiteral("processing") };
    if (!cancellable.contains(status))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("payment_intent_unexpected_state"),
            QStringLiteral("You cannot cancel this PaymentIntent because it has a status of %1.").arg(status), {}, {},
            pi);
    pi.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    pi.insert(QStringLiteral("amount_capturable"), 0);
    pi.insert(QStringLiteral("cancellation_reason"),
        p.contains(QStringLiteral("cancellation_reason")) ? p.value(QStringLiteral("cancellation_reason"))
                                                          : QJsonValue());
    m_paymentIntents.insert(id, pi);
    return json(200, pi);
}

FakeStripeServer::Reply FakeStripeServer::retrievePaymentIntent(const QString &id, const QString &query)
{
    if (!m_paymentIntents.contains(id))
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
            QStringLiteral("No such payment_intent: '%1'").arg(id), {}, QStringLiteral("intent"));
    QJsonObject pi = m_paymentIntents.value(id);
    const QJsonObject q = parseForm(query.toUtf8());
    const QJsonObject expand = q.value(QStringLiteral("expand")).toObject();
    for (const QJsonValue &field : expand) {
        if (field.toString() == QLatin1String("latest_charge")
            && m_charges.contains(pi.value(QStringLiteral("latest_charge")).toString()))
            pi.insert(
                QStringLiteral("latest_charge"), m_charges.value(pi.value(QStringLiteral("latest_charge")).toString()));
    }
    return json(200, pi);
}

FakeStripeServer::Reply FakeStripeServer::createCheckoutSession(const QJsonObject &p)
{
    if (p.value(QStringLiteral("mode")).toString() != QLatin1String("payment"))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_invalid_empty"),
            QStringLiteral("This fake supports mode=payment only."), {}, QStringLiteral("mode"));
    const QJsonObject item = p.value(QStringLiteral("line_items")).toObject().value(QStringLiteral("0")).toObject();
    const QJsonObject priceData = item.value(QStringLiteral("price_data")).toObject();
    bool ok1 = false;
    bool ok2 = false;
    const qint64 unit = toInt(priceData.value(QStringLiteral("unit_amount")), &ok1);
    const qint64 quantity = toInt(item.value(QStringLiteral("quantity")), &ok2);
    const QString currency = priceData.value(QStringLiteral("currency")).toString().toLower();
    if (!ok1 || !ok2 || unit <= 0 || quantity <= 0 || currency.size() != 3)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_missing"),
            QStringLiteral("Missing required param: line_items[0][price_data]."), {}, QStringLiteral("line_items"));
    if (unit * quantity < minimumFor(currency))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("amount_too_small"),
            QStringLiteral(
                "The Checkout Session's total amount due must add up to at least the minimum charge amount."));
    const QString id = newId("cs");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject session {
        { QStringLiteral("id"), id },
        { QStringLiteral("object"), QStringLiteral("checkout.session") },
        { QStringLiteral("mode"), QStringLiteral("payment") },
        { QStringLiteral("url"), QString(baseUrl().toString() + QStringLiteral("/pay/") + id) },
        { QStringLiteral("status"), QStringLiteral("open") },
        { QStringLiteral("payment_status"), QStringLiteral("unpaid") },
        { QStringLiteral("payment_intent"), QJsonValue() },
        { QStringLiteral("amount_total"), unit * quantity },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("customer"),
            p.contains(QStringLiteral("customer")) ? p.value(QStringLiteral("customer")) : QJsonValue() },
        { QStringLiteral("metadata"), p.value(QStringLiteral("metadata")).toObject() },
        { QStringLiteral("created"), now },
        { QStringLiteral("expires_at"),
            p.contains(QStringLiteral("expires_at")) ? p.value(QStringLiteral("expires_at")).toString().toLongLong()
                                                     : now + 86400 },
        { QStringLiteral("success_url"), p.value(QStringLiteral("success_url")) },
        // kept for simulatePayment(), not part of Stripe's reply shape
        { QStringLiteral("x_payment_intent_data"), p.value(QStringLiteral("payment_intent_data")).toObject() },
        { QStringLiteral("x_customer_creation"), p.value(QStringLiteral("customer_creation")) },
    };
    m_checkoutSessions.insert(id, session);
    return retrieveCheckoutSession(id);
}

FakeStripeServer::Reply FakeStripeServer::retrieveCheckoutSession(const QString &id)
{
    if (!m_checkoutSessions.contains(id))
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
            QStringLiteral("No such checkout.session: '%1'").arg(id), {}, QStringLiteral("session"));
    QJsonObject session = m_checkoutSessions.value(id);
    session.remove(QStringLiteral("x_payment_intent_data"));
    session.remove(QStringLiteral("x_customer_creation"));
    return json(200, session);
}

FakeStripeServer::Reply FakeStripeServer::createRefund(const QJsonObject &p)
{
    const QString piId = p.value(QStringLiteral("payment_intent")).toString();
    if (!m_paymentIntents.contains(piId))
        return error(404, QStringLiteral("invalid_request_error"), QStringLiteral("resource_missing"),
            QStringLiteral("No such payment_intent: '%1'").arg(piId), {}, QStringLiteral("payment_intent"));
    const QJsonObject pi = m_paymentIntents.value(piId);
    if (pi.value(QStringLiteral("status")).toString() != QLatin1String("succeeded"))
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("charge_not_captured"),
            QStringLiteral("This PaymentIntent has not been captured; cancel it instead of refunding it."));
    const qint64 remaining = pi.value(QStringLiteral("amount_received")).toInteger() - m_refunded.value(piId);
    qint64 amount = remaining;
    if (p.contains(QStringLiteral("amount"))) {
        bool ok = false;
        amount = toInt(p.value(QStringLiteral("amount")), &ok);
        if (!ok || amount <= 0)
            return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("parameter_invalid_integer"),
                QStringLiteral("Invalid integer: %1").arg(p.value(QStringLiteral("amount")).toString()), {},
                QStringLiteral("amount"));
    }
    if (amount > remaining || remaining <= 0)
        return error(400, QStringLiteral("invalid_request_error"), QStringLiteral("charge_already_refunded"),
            QStringLiteral("Refund amount (%1) is greater than unrefunded amount on charge (%2)")
                .arg(amount)
                .arg(remaining));
    m_refunded[piId] += amount;
    return json(200,
        QJsonObject { { QStringLiteral("id"), newId("re") }, { QStringLiteral("object"), QStringLiteral("refund") },
            { QStringLiteral("amount"), amount }, { QStringLiteral("currency"), pi.value(QStringLiteral("currency")) },
            { QStringLiteral("payment_intent"), piId }, { QStringLiteral("status"), QStringLiteral("succeeded") },
            { QStringLiteral("metadata"), p.value(QStringLiteral("metadata")).toObject() } });
}

QString FakeStripeServer::simulatePayment(const QString &checkoutSessionId, const QString &paymentMethod)
{
    if (!m_checkoutSessions.contains(checkoutSessionId))
        return {};
    QJsonObject session = m_checkoutSessions.value(checkoutSessionId);
    if (session.value(QStringLiteral("status")).toString() != QLatin1String("open"))
        return {};
    const QJsonObject pid = session.value(QStringLiteral("x_payment_intent_data")).toObject();
    QString customer = session.value(QStringLiteral("customer")).toString();
    if (customer.isEmpty()
        && (session.value(QStringLiteral("x_customer_creation")).toString() == QLatin1String("always")
            || pid.contains(QStringLiteral("setup_future_usage"))))
        customer = newId("cus");
    QJsonObject pi {
        { QStringLiteral("id"), newId("pi") },
        { QStringLiteral("object"), QStringLiteral("payment_intent") },
        { QStringLiteral("amount"), session.value(QStringLiteral("amount_total")) },
        { QStringLiteral("amount_capturable"), 0 },
        { QStringLiteral("amount_received"), 0 },
        { QStringLiteral("currency"), session.value(QStringLiteral("currency")) },
        { QStringLiteral("capture_method"),
            pid.value(QStringLiteral("capture_method")).toString(QStringLiteral("automatic")) },
        { QStringLiteral("setup_future_usage"),
            pid.contains(QStringLiteral("setup_future_usage")) ? pid.value(QStringLiteral("setup_future_usage"))
                                                               : QJsonValue() },
        { QStringLiteral("customer"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer) },
        { QStringLiteral("metadata"), pid.value(QStringLiteral("metadata")).toObject() },
        { QStringLiteral("latest_charge"), QJsonValue() },
        { QStringLiteral("cancellation_reason"), QJsonValue() },
        { QStringLiteral("next_action"), QJsonValue() },
        { QStringLiteral("last_payment_error"), QJsonValue() },
        { QStringLiteral("livemode"), false },
        { QStringLiteral("created"), QDateTime::currentSecsSinceEpoch() },
    };
    const Reply r = authorise(pi, paymentMethod, false, false, false);
    if (r.status != 200)
        return {};
    const QString piId = pi.value(QStringLiteral("id")).toString();
    session.insert(QStringLiteral("status"), QStringLiteral("complete"));
    session.insert(QStringLiteral("payment_status"),
        pi.value(QStringLiteral("status")).toString() == QLatin1String("succeeded") ? QStringLiteral("paid")
                                                                                    : QStringLiteral("unpaid"));
    session.insert(QStringLiteral("payment_intent"), piId);
    session.insert(QStringLiteral("customer"), customer.isEmpty() ? QJsonValue() : QJsonValue(customer));
    m_checkoutSessions.insert(checkoutSessionId, session);
    return piId;
}

void FakeStripeServer::expireCheckoutSession(const QString &checkoutSessionId)
{
    if (!m_checkoutSessions.contains(checkoutSessionId))
        return;
    QJsonObject session = m_checkoutSessions.value(checkoutSessionId);
    session.insert(QStringLiteral("status"), QStringLiteral("expired"));
    m_checkoutSessions.insert(checkoutSessionId, session);
}

void FakeStripeServer::cancelPaymentIntentOutside(const QString &paymentIntentId)
{
    if (!m_paymentIntents.contains(paymentIntentId))
        return;
    QJsonObject pi = m_paymentIntents.value(paymentIntentId);
    pi.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    pi.insert(QStringLiteral("cancellation_reason"), QStringLiteral("requested_by_customer"));
    pi.insert(QStringLiteral("amount_capturable"), 0);
    m_paymentIntents.insert(paymentIntentId, pi);
}

void FakeStripeServer::setCaptureBefore(const QString &paymentIntentId, qint64 unixSeconds)
{
    const QString chargeId = m_paymentIntents.value(paymentIntentId).value(QStringLiteral("latest_charge")).toString();
    if (!m_charges.contains(chargeId))
        return;
    QJsonObject charge = m_charges.value(chargeId);
    QJsonObject details = charge.value(QStringLiteral("payment_method_details")).toObject();
    QJsonObject card = details.value(QStringLiteral("card")).toObject();
    card.insert(QStringLiteral("capture_before"), unixSeconds);
    details.insert(QStringLiteral("card"), card);
    charge.insert(QStringLiteral("payment_method_details"), details);
    m_charges.insert(chargeId, charge);
}

} // namespace minutier::test
