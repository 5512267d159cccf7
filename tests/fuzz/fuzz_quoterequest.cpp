// libFuzzer harness for the pricing parsers: QuoteRequest::parseJsonLine (both its fast path and the
// QJsonDocument path), BillingPolicy::fromJson, Decimal::parseScaled, Increment::parse, then the calculator.
// Not part of the normal build. Build and run from the repository root (clang 14 with libFuzzer):
//
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fPIC -Icore \
//       $(pkg-config --cflags Qt6Core) tests/fuzz/fuzz_quoterequest.cpp \
//       core/billing/BillingPolicy.cpp core/billing/PriceCalculator.cpp core/billing/QuoteRequest.cpp \
//       core/money/Currency.cpp core/money/Decimal.cpp core/money/Money.cpp \
//       $(pkg-config --libs Qt6Core) -o build/fuzz_quoterequest
//   mkdir -p build/fuzz-corpus && build/fuzz_quoterequest -max_total_time=60 build/fuzz-corpus tests/fuzz/corpus
//
// Besides crashes and sanitizer reports it checks invariants: a priced quote has net + VAT = gross, no
// negative amount, a capped gross equal to the cap; a policy survives its own JSON round trip; a line and
// its plain re-serialisation give the same request (the fast parser agrees with QJsonDocument).
#include "billing/BillingPolicy.h"
#include "billing/PriceCalculator.h"
#include "billing/QuoteRequest.h"
#include "money/Decimal.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace minutier;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QuoteRequest request;
    const bool parsed = QuoteRequest::parseJsonLine(bytes, request).ok();
    if (parsed) {
        check(request.policy.validate().ok());
        if (const auto q = PriceCalculator::quote(request.policy, request.durationMs, request.capMinor)) {
            check(q->net.minor() >= 0 && q->vat.minor() >= 0 && q->gross.minor() >= 0);
            check(q->net.minor() + q->vat.minor() == q->gross.minor());
            check(!q->capped || q->gross.minor() == *request.capMinor);
            check(q->billableSeconds >= q->chargedSeconds - q->freeSecondsUsed);
        }
        const auto back = BillingPolicy::fromJson(request.policy.toJson());
        check(back.ok() && *back == request.policy);
    }

    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray());
    if (doc.isObject()) {
        // Differential: the same object re-serialised plainly (mostly the fast path) gives the same answer
        // as the original text (often the QJsonDocument path).
        QuoteRequest again;
        const bool parsedAgain = QuoteRequest::parseJsonLine(doc.toJson(QJsonDocument::Compact), again).ok();
        check(parsedAgain == parsed);
        if (parsed)
            check(again.policy == request.policy && again.durationMs == request.durationMs && again.capMinor == request.capMinor);

        if (const auto policy = BillingPolicy::fromJson(doc.object())) {
            const auto back = BillingPolicy::fromJson(policy->toJson());
            check(back.ok() && *back == *policy);
        }
    }

    const QString text = QString::fromUtf8(bytes);
    for (int scale : { 0, 2, 4 }) {
        if (const auto v = Decimal::parseScaled(text, scale, true)) {
            const auto again = Decimal::parseScaled(Decimal::formatScaled(*v, scale, 0), scale, true);
            check(again.ok() && *again == *v);
        }
    }
    if (const auto inc = Increment::parse(text))
        check(Increment::parse(inc->toString()).ok());
    return 0;
}
