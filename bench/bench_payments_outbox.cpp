// Prints what the exactly-once bookkeeping costs per payment operation (figures, never a pass/fail):
// each Stripe POST is recorded as pending, then sent, then its outcome, i.e. three durable writes
// (SQLite WAL, synchronous=FULL) around one network round trip of typically 300-800 ms to Stripe.
// Usage: bench_payments_outbox [operations, default 2000] [database location, default a temporary file]
#include "metering/Clock.h"
#include "payments/PaymentOutbox.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace minutier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    const QString location = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().detail));
        return 1;
    }
    SystemClock clock;
    PaymentOutbox outbox(**db, clock);

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QString session = QStringLiteral("bench-%1").arg(i);
        PaymentHold hold;
        hold.id = QStringLiteral("h-%1").arg(i);
        hold.sessionId = session;
        hold.amount = Money::fromMinor(3000, Currency::eur());
        PaymentOperation op;
        op.idempotencyKey = QString::fromUtf8(PaymentOutbox::idempotencyKey(session, OperationKind::Hold, 0));
        op.sessionId = session;
        op.kind = OperationKind::Hold;
        op.path = QStringLiteral("/v1/payment_intents");
        op.requestBody = PaymentOutbox::encodeParams({ { QStringLiteral("amount"), QStringLiteral("3000") },
            { QStringLiteral("currency"), QStringLiteral("eur") },
            { QStringLiteral("capture_method"), QStringLiteral("manual") } });
        op.amountMinor = 3000;
        op.currency = QStringLiteral("EUR");
        if (!outbox.recordPending(op, &hold) || !outbox.markSent(op)) {
            std::fprintf(stderr, "recording failed\n");
            return 1;
        }
        StripeResult r;
        r.outcome = StripeResult::Outcome::Succeeded;
        r.httpStatus = 200;
        r.attempts = 1;
        r.object = QJsonObject { { QStringLiteral("id"), QStringLiteral("pi_%1").arg(i) },
            { QStringLiteral("object"), QStringLiteral("payment_intent") },
            { QStringLiteral("status"), QStringLiteral("requires_capture") }, { QStringLiteral("amount"), 3000 },
            { QStringLiteral("amount_capturable"), 3000 }, { QStringLiteral("currency"), QStringLiteral("eur") } };
        if (!outbox.recordOutcome(op, r)) {
            std::fprintf(stderr, "recording the outcome failed\n");
            return 1;
        }
    }
    const qint64 ms = timer.elapsed();
    std::printf("outbox: %d operations (pending + sent + outcome + hold row) in %lld ms on %s\n", count, ms,
        (*db)->engine() == Database::Engine::Sqlite ? "SQLite (WAL, synchronous=FULL)" : "PostgreSQL");
    std::printf("        %.3f ms of bookkeeping per payment operation, %.0f operations/s\n",
        count ? double(ms) / count : 0.0, ms ? count * 1000.0 / ms : 0.0);

    timer.restart();
    auto unfinished = outbox.unfinishedOperations();
    std::printf("start-up scan of %d operations for unfinished ones: %lld ms (%lld found)\n", count,
        qint64(timer.elapsed()), unfinished ? qint64(unfinished->size()) : -1);
    return 0;
}
