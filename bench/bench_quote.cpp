// Prints how fast prices are computed (figures, never a pass/fail):
//   1. PriceCalculator::quote in process, on one core (target >= 5 million quotes/s);
//   2. QuoteRequest::parseJsonLine + quote in process (the batch's work without I/O);
//   3. `minutier-cli quote --batch` on generated lines through a pipe (target >= 200,000 lines/s).
// Usage: bench_quote [lines for the CLI run, default 1000000] [path to minutier-cli]
// Build in Release for meaningful figures: cmake -DCMAKE_BUILD_TYPE=Release ... && cmake --build . --target bench_quote
#include "billing/PriceCalculator.h"
#include "billing/QuoteRequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <cstdlib>

using namespace minutier;

// Counts heap allocations (glibc: the executable's malloc interposes the library's), to show that a
// quote allocates nothing. Not under a sanitizer, which brings its own allocator.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MINUTIER_SANITIZED 1
#endif
#endif
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(MINUTIER_SANITIZED)
#define MINUTIER_COUNT_ALLOCATIONS 1
#endif

namespace {
std::atomic<qint64> g_allocations { 0 };
}

#ifdef MINUTIER_COUNT_ALLOCATIONS
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
}
extern "C" void *malloc(size_t size) noexcept
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
extern "C" void *calloc(size_t count, size_t size) noexcept
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}
extern "C" void *realloc(void *pointer, size_t size) noexcept
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(pointer, size);
}
#endif

namespace {

BillingPolicy policyFrom(const char *json)
{
    QuoteRequest r;
    const Status s = QuoteRequest::parseJsonLine(QByteArrayView(json, qstrlen(json)), r);
    Q_ASSERT(s.ok());
    return r.policy;
}

void benchCalculator(const char *name, const BillingPolicy &policy, std::optional<qint64> cap)
{
    constexpr qint64 kQuotes = 5'000'000;
    qint64 checksum = 0;
    const qint64 allocationsBefore = g_allocations.load();
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < kQuotes; ++i) {
        const auto q = PriceCalculator::quote(policy, (i * 7919) % 7'200'000, cap);
        checksum += q ? q->gross.minor() : -1;
    }
    const qint64 ns = timer.nsecsElapsed();
    const qint64 allocations = g_allocations.load() - allocationsBefore;
    std::printf("calculator  %-44s %12.0f quotes/s  (%.1f ns/quote, %lld heap allocations, checksum %lld)\n", name,
        double(kQuotes) * 1e9 / double(ns), double(ns) / double(kQuotes), static_cast<long long>(allocations),
        static_cast<long long>(checksum));
}

QByteArray generateLines(qint64 count)
{
    QRandomGenerator rng(20261124);
    static const char *const shapes[] = {
        R"({"rate":"3.00","currency":"EUR","duration_ms":%1,"free_minutes":2,"vat":"20"})",
        R"({"rate":"3.00","currency":"EUR","duration_ms":%1,"free_minutes":2,"increment":"60/60","tiers":[{"from_minute":30,"rate":"2.50"}],"minimum":"1.00","cap":"50.00","vat":"20","prices_include_vat":false})",
        R"({"rate":"150","currency":"JPY","duration_ms":%1,"increment":"30/6","vat":"10","prices_include_vat":true})",
        R"({"rate":"1.2345","currency":"BHD","duration_ms":%1,"tiers":[{"from_minute":10,"rate":"1"},{"from_minute":20,"rate":"0.5"}],"vat":"5.5"})",
    };
    QByteArray out;
    out.reserve(count * 160);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray shape(shapes[i % 4]);
        const qsizetype at = shape.indexOf("%1");
        out += shape.left(at);
        out += QByteArray::number(rng.bounded(7'200'000));
        out += shape.mid(at + 2);
        out += '\n';
    }
    return out;
}

void benchParse(const QByteArray &lines)
{
    QuoteRequest request;
    qint64 count = 0;
    qint64 checksum = 0;
    const qint64 allocationsBefore = g_allocations.load();
    QElapsedTimer timer;
    timer.start();
    qsizetype begin = 0;
    while (begin < lines.size()) {
        const qsizetype end = lines.indexOf('\n', begin);
        if (QuoteRequest::parseJsonLine(QByteArrayView(lines.constData() + begin, end - begin), request)) {
            const auto q = PriceCalculator::quote(request.policy, request.durationMs, request.capMinor);
            checksum += q ? q->gross.minor() : -1;
        }
        ++count;
        begin = end + 1;
    }
    const qint64 ns = timer.nsecsElapsed();
    const qint64 allocations = g_allocations.load() - allocationsBefore;
    std::printf("in-process  parse + quote of JSON lines                    %12.0f lines/s   (%.1f ns/line, %.3f heap allocations/line, checksum %lld)\n",
        double(count) * 1e9 / double(ns), double(ns) / double(count), double(allocations) / double(count),
        static_cast<long long>(checksum));
}

void benchCli(const QString &cli, const QByteArray &lines, qint64 count)
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("lines.jsonl"));
    const QString output = dir.filePath(QStringLiteral("out.jsonl"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size()) {
        std::printf("cannot write %s\n", qPrintable(input));
        return;
    }
    file.close();

    QProcess process;
    process.setStandardInputFile(input);
    process.setStandardOutputFile(output);
    QElapsedTimer timer;
    timer.start();
    process.start(cli, { QStringLiteral("quote"), QStringLiteral("--batch") });
    if (!process.waitForFinished(600'000) || process.exitCode() != 0) {
        std::printf("minutier-cli quote --batch failed: %s\n", process.readAllStandardError().constData());
        return;
    }
    const qint64 ns = timer.nsecsElapsed();
    QFile result(output);
    qint64 outLines = 0;
    qint64 errors = 0;
    if (result.open(QIODevice::ReadOnly)) {
        const QByteArray all = result.readAll();
        outLines = all.count('\n');
        errors = all.count("\"error\"");
    }
    std::printf("minutier-cli quote --batch, %lld lines (%.1f MB in)         %12.0f lines/s   (%.2f s wall, %lld lines out, %lld errors)\n",
        static_cast<long long>(count), double(lines.size()) / 1e6, double(count) * 1e9 / double(ns), double(ns) / 1e9,
        static_cast<long long>(outLines), static_cast<long long>(errors));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 cliLines = args.size() > 1 ? args[1].toLongLong() : 1'000'000;
    const QString cli = args.size() > 2 ? args[2] : QStringLiteral(MINUTIER_CLI_PATH);

#ifndef NDEBUG
    std::printf("warning: this is not a Release build; figures are not representative\n");
#endif
#ifndef MINUTIER_COUNT_ALLOCATIONS
    std::printf("note: heap allocations are not counted in this build (sanitizer or not glibc)\n");
#endif
    benchCalculator("per second, EUR", policyFrom(R"({"rate":"3.00","currency":"EUR","duration_ms":0})"), std::nullopt);
    benchCalculator("free 2, VAT 20", policyFrom(R"({"rate":"3.00","currency":"EUR","duration_ms":0,"free_minutes":2,"vat":"20"})"),
        std::nullopt);
    benchCalculator("60/60, 2 tiers, minimum, VAT incl., cap",
        policyFrom(R"({"rate":"3.00","currency":"EUR","duration_ms":0,"increment":"60/60","tiers":[{"from_minute":30,"rate":"2.50"},{"from_minute":60,"rate":"2"}],"minimum":"1.00","vat":"5.5","prices_include_vat":true})"),
        5000);

    const QByteArray lines = generateLines(cliLines);
    benchParse(lines);
    benchCli(cli, lines, cliLines);
    std::printf("(allocation counter check: %lld heap allocations in the whole run)\n", static_cast<long long>(g_allocations.load()));
    return 0;
}
