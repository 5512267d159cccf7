// quote: what a call costs, from the one pricing rule in core (PriceCalculator).
//   minutier-cli quote --rate 3.00 --currency EUR --duration-ms 754567 [--free-minutes 2] [--increment 60/60]
//                      [--tier 30:2.50]... [--minimum 1.00] [--cap 50.00] [--vat 20] [--prices-include-vat]
//   minutier-cli quote --batch < lines.jsonl      (one JSON object per line in, one per line out, in order)
#include "CliCommand.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "billing/PriceCalculator.h"
#include "billing/QuoteRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <vector>

namespace minutier::cli {

namespace {

// {"currency":"EUR","duration_ms":754567,"billable_seconds":634,"net_minor":3170,"vat_minor":634,
//  "gross_minor":3804,"capped":false} -- the key order is part of the public interface.
class QuoteLineWriter
{
public:
    explicit QuoteLineWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void write(const Quote &q)
    {
        if (q.gross.currency() != m_currency) {
            m_currency = q.gross.currency();
            m_code = m_currency.code().toLatin1();
        }
        append("{\"currency\":\"");
        m_out.append(m_code);
        append("\",\"duration_ms\":");
        number(q.durationMs);
        append(",\"billable_seconds\":");
        number(q.billableSeconds);
        append(",\"net_minor\":");
        number(q.net.minor());
        append(",\"vat_minor\":");
        number(q.vat.minor());
        append(",\"gross_minor\":");
        number(q.gross.minor());
        append(q.capped ? ",\"capped\":true}\n" : ",\"capped\":false}\n");
    }

    void writeError(const QString &detail)
    {
        append("{\"error\":");
        JsonWriter::appendString(m_out, detail);
        append("}\n");
    }

private:
    void append(const char *text) { m_out.append(text, qsizetype(std::strlen(text))); }
    void number(qint64 v)
    {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        m_out.append(buf, r.ptr - buf);
    }

    QByteArray &m_out;
    Currency m_currency;
    QByteArray m_code;
};

QString errorText(const Error &e)
{
    return e.detail;
}

int quoteBatch(CliContext &ctx)
{
    ctx.out().flush();
    constexpr size_t kChunk = 1 << 20;
    constexpr qsizetype kFlushAt = 1 << 20;
    std::vector<char> in(kChunk);
    size_t have = 0;
    QByteArray out;
    out.reserve(kFlushAt + 4096);
    QuoteLineWriter writer(out);
    QuoteRequest request;
    qint64 lines = 0;
    qint64 failed = 0;
    bool ioError = false;

    auto flush = [&] {
        if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), stdout) != size_t(out.size()))
            ioError = true;
        out.resize(0); // keeps the capacity
    };
    auto handleLine = [&](const char *begin, const char *end) {
        if (end > begin && end[-1] == '\r')
            --end;
        ++lines;
        if (end == begin) {
            ++failed;
            writer.writeError(QStringLiteral("empty line"));
        } else if (auto parsed = QuoteRequest::parseJsonLine(QByteArrayView(begin, end - begin), request); !parsed) {
            ++failed;
            writer.writeError(errorText(parsed.error()));
        } else if (auto q = PriceCalculator::quote(request.policy, request.durationMs, request.capMinor); !q) {
            ++failed;
            writer.writeError(errorText(q.error()));
        } else {
            writer.write(*q);
        }
        if (out.size() >= kFlushAt)
            flush();
    };

    for (;;) {
        if (have == in.size())
            in.resize(in.size() * 2); // a line longer than the buffer
        const size_t n = std::fread(in.data() + have, 1, in.size() - have, stdin);
        const bool eof = n == 0;
        have += n;
        const char *begin = in.data();
        const char *const end = in.data() + have;
        for (;;) {
            const char *newline = static_cast<const char *>(std::memchr(begin, '\n', size_t(end - begin)));
            if (!newline)
                break;
            handleLine(begin, newline);
            begin = newline + 1;
        }
        if (eof) {
            if (begin != end)
                handleLine(begin, end); // last line without a final newline
            break;
        }
        have = size_t(end - begin);
        std::memmove(in.data(), begin, have);
    }
    flush();
    std::fflush(stdout);
    if (std::ferror(stdin) || ioError) {
        ctx.err() << CliContext::tr("minutier-cli: cannot read the input or write the output") << Qt::endl;
        return ExitFailure;
    }
    if (failed > 0) {
        ctx.err() << CliContext::tr("minutier-cli: %1 of %2 lines could not be priced (see their \"error\")")
                         .arg(failed)
                         .arg(lines)
                  << Qt::endl;
    }
    return ExitOk;
}

int quote(CliContext &ctx)
{
    QCommandLineParser parser;
    const PolicyOptions price;
    const QCommandLineOption duration(QStringLiteral("duration-ms"), CliContext::tr("Call duration in milliseconds."), QStringLiteral("MS"));
    const QCommandLineOption cap(QStringLiteral("cap"), CliContext::tr("Pre-authorised amount (gross): the price never exceeds it."), QStringLiteral("AMOUNT"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        CliContext::tr("Read one JSON object per line on stdin and write one JSON line per input, in order; a bad line "
                       "gives {\"error\":...} and the batch goes on."));
    parser.addOptions(price.options());
    parser.addOptions({ duration, cap, batch });
    if (!ctx.parse(parser, CliContext::tr("Price a call with the Minutier rule; prints one JSON object.")))
        return ctx.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return ctx.failUsage(CliContext::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(batch)) {
        QList<const QCommandLineOption *> given = price.singleValued();
        given << &price.tier << &price.inclVat << &duration << &cap;
        for (const QCommandLineOption *o : given) {
            if (parser.isSet(*o))
                return ctx.failUsage(CliContext::tr("--batch reads everything from stdin: --%1 cannot be combined with it")
                                         .arg(o->names().constFirst()));
        }
        return quoteBatch(ctx);
    }
    if (!parser.isSet(price.rate) || !parser.isSet(price.currency) || !parser.isSet(duration))
        return ctx.failUsage(CliContext::tr("--rate, --currency and --duration-ms are required (or --batch)"));
    QList<const QCommandLineOption *> once = price.singleValued();
    once << &duration << &cap;
    for (const QCommandLineOption *o : once) {
        if (parser.values(*o).size() > 1)
            return ctx.failUsage(CliContext::tr("--%1 is given more than once").arg(o->names().constFirst()));
    }

    // The same request as a batch line, so that both forms share one parser and one set of checks.
    QJsonObject json;
    if (const QString bad = price.fill(parser, json); !bad.isEmpty())
        return ctx.failUsage(bad);
    json.insert(QLatin1String("duration_ms"), parser.value(duration));
    if (parser.isSet(cap))
        json.insert(QLatin1String("cap"), parser.value(cap));

    QuoteRequest request;
    if (auto s = QuoteRequest::parseJsonLine(QJsonDocument(json).toJson(QJsonDocument::Compact), request); !s)
        return ctx.fail(s.error());
    auto q = PriceCalculator::quote(request.policy, request.durationMs, request.capMinor);
    if (!q) {
        ctx.fail(q.error());
        return ExitBadInput; // an overflow here comes from absurd arguments
    }
    QByteArray line;
    QuoteLineWriter(line).write(*q);
    ctx.out() << QString::fromLatin1(line);
    ctx.out().flush();
    return ExitOk;
}

const bool registered = CommandRegistry::add({ { QStringLiteral("quote") },
    QStringLiteral(QT_TRANSLATE_NOOP("cli", "Price a call (per-minute rule); --batch prices JSON lines from stdin")), quote });

} // namespace

} // namespace minutier::cli
