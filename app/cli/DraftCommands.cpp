// invoice draft new / edit / discard / issue / list, invoice uninvoiced: the desktop's invoice
// drafts (New invoice…, Edit draft…, Discard draft…, Issue…) for scripts.
#include "CliCommand.h"
#include "CliJson.h"
#include "CliOptions.h"
#include "JsonWriter.h"

#include "invoicing/InvoiceService.h"
#include "storage/Database.h"

namespace minutier::cli {

namespace {

void printDraftText(CliContext &ctx, const Invoice &draft)
{
    ctx.out() << draft.id << "  " << draft.buyer.value(QLatin1String("name")).toString() << "  "
              << CliContext::tr("net %1, VAT %2, gross %3 %4")
                     .arg(draft.net.toDecimalString(), draft.vat.toDecimalString(), draft.gross.toDecimalString(),
                         draft.currency.code())
              << '\n';
    if (draft.paymentDays)
        ctx.out() << "  "
                  << (*draft.paymentDays == 0 ? CliContext::tr("payable on receipt")
                                              : CliContext::tr("payable within %n day(s)", nullptr, *draft.paymentDays))
                  << '\n';
    for (const InvoiceLine &l : draft.lines)
        ctx.out() << "  " << l.position << ". " << l.sessionId << "  " << l.gross.toDecimalString() << ' '
                  << draft.currency.code() << "  " << l.description << '\n';
}

void printDraft(CliContext &ctx, const Invoice &draft, bool json)
{
    if (json)
        ctx.printJson(draftJson(draft));
    else
        printDraftText(ctx, draft);
}

// The one positional DRAFT_ID of edit / discard / issue.
bool draftIdArgument(CliContext &ctx, const QCommandLineParser &parser, QString *id)
{
    if (parser.positionalArguments().size() != 1) {
        ctx.failUsage(CliContext::tr("give exactly one draft id"));
        return false;
    }
    *id = parser.positionalArguments().constFirst();
    return true;
}

// A draft id that names an issued invoice, or no invoice at all, is bad input (exit 2).
Result<Invoice> findDraft(InvoiceService &service, const QString &id)
{
    auto inv = service.find(id);
    if (!inv)
        return makeError(
            inv.error().code == ErrorCode::NotFound ? ErrorCode::InvalidInput : inv.error().code, inv.error().detail);
    if (inv->status != InvoiceStatus::Draft)
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("%1 is not a draft (it is issued as %2)").arg(id, inv->number));
    return inv;
}

int draftNew(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption session(QStringLiteral("session"),
        CliContext::tr("An ended session to put on the draft (repeat for several sessions of the same client)."),
        QStringLiteral("ID"));
    const QCommandLineOption client(
        QStringLiteral("client"), CliContext::tr("The client, with --all-uninvoiced."), QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all-uninvoiced"),
        CliContext::tr("Every session of --client that may be invoiced (ended, not invoiced, on no other draft)."));
    const ReferenceOptions references;
    parser.addOptions({ session, client, all, jsonOption() });
    parser.addOptions(references.options());
    if (!ctx.parse(parser,
            CliContext::tr("Create an invoice draft: no number is taken until it is issued; it can be edited or "
                           "discarded.")))
        return ctx.exitCode();
    QStringList ids = parser.values(session);
    if (parser.isSet(all) != parser.isSet(client))
        return ctx.failUsage(CliContext::tr("--all-uninvoiced and --client go together"));
    if (parser.isSet(all) && !ids.isEmpty())
        return ctx.failUsage(CliContext::tr("give either --session or --client with --all-uninvoiced, not both"));
    if (!parser.isSet(all) && ids.isEmpty())
        return ctx.failUsage(CliContext::tr("at least one --session (or --client ID --all-uninvoiced) is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    InvoiceService service(*db, ctx.clock());
    if (parser.isSet(all)) {
        auto sessions = service.invoiceableSessions(parser.value(client));
        if (!sessions)
            return ctx.fail(sessions.error());
        if (sessions->isEmpty())
            return ctx.fail(makeError(ErrorCode::InvalidInput,
                QStringLiteral("client %1 has no session that may be invoiced").arg(parser.value(client))));
        for (const Session &s : *sessions)
            ids << s.id;
    }
    auto draft = service.createDraft(ids, references.apply(parser));
    if (!draft)
        return ctx.fail(draft.error());
    printDraft(ctx, *draft, parser.isSet(jsonOption()));
    return ExitOk;
}

int draftEdit(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption add(QStringLiteral("add"),
        CliContext::tr("A session to add (ended, same client, on no other draft; repeatable)."), QStringLiteral("ID"));
    const QCommandLineOption remove(QStringLiteral("remove"),
        CliContext::tr("A session to take off the draft (repeatable)."), QStringLiteral("ID"));
    const ReferenceOptions references;
    parser.addOptions({ add, remove, jsonOption() });
    parser.addOptions(references.options());
    parser.addPositionalArgument(QStringLiteral("draft"), CliContext::tr("The draft id."));
    if (!ctx.parse(parser,
            CliContext::tr("Add sessions to a draft or take them off (the lines are rebuilt from the frozen amounts; to "
                           "take them all off, discard the draft), or change its references and payment term.")))
        return ctx.exitCode();
    QString draftId;
    if (!draftIdArgument(ctx, parser, &draftId))
        return ctx.exitCode();
    if (!parser.isSet(add) && !parser.isSet(remove) && !references.isSet(parser))
        return ctx.failUsage(
            CliContext::tr("give at least one --add, --remove, --buyer-reference, --order-reference or --payment-days"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    InvoiceService service(*db, ctx.clock());
    auto draft = findDraft(service, draftId);
    if (!draft)
        return ctx.fail(draft.error());
    QStringList ids;
    for (const InvoiceLine &l : draft->lines)
        ids << l.sessionId;
    for (const QString &id : parser.values(remove)) {
        if (!ids.removeOne(id))
            return ctx.fail(
                makeError(ErrorCode::InvalidInput, QStringLiteral("session %1 is not on draft %2").arg(id, draftId)));
    }
    for (const QString &id : parser.values(add)) {
        if (ids.contains(id))
            return ctx.fail(makeError(
                ErrorCode::InvalidInput, QStringLiteral("session %1 is already on draft %2").arg(id, draftId)));
        ids << id;
    }
    const InvoiceReferences refs
        = references.apply(parser, { draft->buyerReference, draft->orderReference, draft->paymentDays });
    // One transaction either way: the sessions (with the references), or the references alone.
    const Result<Invoice> updated = parser.isSet(add) || parser.isSet(remove)
        ? service.setDraftSessions(draftId, ids, refs)
        : service.setDraftReferences(draftId, refs);
    if (!updated)
        return ctx.fail(updated.error());
    printDraft(ctx, *updated, parser.isSet(jsonOption()));
    return ExitOk;
}

int draftDiscard(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("draft"), CliContext::tr("The draft id."));
    if (!ctx.parse(
            parser, CliContext::tr("Discard a draft: no number is used and its sessions may be invoiced again.")))
        return ctx.exitCode();
    QString draftId;
    if (!draftIdArgument(ctx, parser, &draftId))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    InvoiceService service(*db, ctx.clock());
    auto draft = findDraft(service, draftId);
    if (!draft)
        return ctx.fail(draft.error());
    if (auto s = service.discardDraft(draftId); !s)
        return ctx.fail(s.error());
    if (parser.isSet(jsonOption())) {
        QList<QByteArray> ids;
        for (const InvoiceLine &l : draft->lines) {
            QByteArray id;
            JsonWriter::appendString(id, l.sessionId);
            ids << id;
        }
        ctx.printJson(
            JsonWriter().add("id", draftId).add("discarded", true).addRaw("session_ids", jsonArray(ids)).finish());
    } else {
        ctx.out() << CliContext::tr(
            "Draft %1 discarded; its %n session(s) may be invoiced again.", nullptr, int(draft->lines.size()))
                         .arg(draftId)
                  << '\n';
    }
    return ExitOk;
}

int draftIssue(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("draft"), CliContext::tr("The draft id."));
    if (!ctx.parse(parser,
            CliContext::tr("Issue a draft: the sessions are checked again, the number is taken and the invoice "
                           "cannot be changed afterwards.")))
        return ctx.exitCode();
    QString draftId;
    if (!draftIdArgument(ctx, parser, &draftId))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto inv = InvoiceService(*db, ctx.clock()).issueDraft(draftId);
    if (!inv)
        return ctx.fail(inv.error());
    ctx.printJson(issuedDocumentJson(*inv)); // as `invoice issue`
    return ExitOk;
}

int draftList(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption client(
        QStringLiteral("client"), CliContext::tr("Only this client's drafts."), QStringLiteral("ID"));
    parser.addOptions({ client, jsonOption() });
    if (!ctx.parse(parser, CliContext::tr("List the invoice drafts (not issued yet).")))
        return ctx.exitCode();
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    InvoiceFilter filter;
    filter.clientId = parser.value(client);
    filter.statuses = { InvoiceStatus::Draft };
    auto list = InvoiceService(*db, ctx.clock()).list(filter);
    if (!list)
        return ctx.fail(list.error());
    if (parser.isSet(jsonOption())) {
        QList<QByteArray> items;
        items.reserve(list->size());
        for (const Invoice &d : *list)
            items << draftJson(d);
        ctx.printJson(jsonArray(items));
    } else {
        for (const Invoice &d : *list)
            printDraftText(ctx, d);
    }
    return ExitOk;
}

int uninvoiced(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption client(QStringLiteral("client"), CliContext::tr("The client."), QStringLiteral("ID"));
    const QCommandLineOption except(QStringLiteral("except-draft"),
        CliContext::tr("Count the sessions of this draft as free (what an edit of it may take)."),
        QStringLiteral("ID"));
    parser.addOptions({ client, except, jsonOption() });
    if (!ctx.parse(parser,
            CliContext::tr("List a client's sessions that a new invoice or draft may take: ended, not invoiced, on no "
                           "draft; oldest first.")))
        return ctx.exitCode();
    if (!parser.isSet(client))
        return ctx.failUsage(CliContext::tr("--client is required"));
    Database *db = ctx.database();
    if (!db)
        return ctx.exitCode();
    auto sessions = InvoiceService(*db, ctx.clock()).invoiceableSessions(parser.value(client), parser.value(except));
    if (!sessions)
        return ctx.fail(sessions.error());
    if (parser.isSet(jsonOption())) {
        QList<QByteArray> items;
        items.reserve(sessions->size());
        for (const Session &s : *sessions)
            items << sessionJson(s);
        ctx.printJson(jsonArray(items));
    } else {
        for (const Session &s : *sessions) {
            ctx.out() << s.id << "  " << s.startedAt.toLocalTime().toString(Qt::ISODate) << "  " << s.durationMs / 1000
                      << " s  " << s.gross.toDecimalString() << ' ' << s.policy.currency.code() << '\n';
        }
    }
    return ExitOk;
}

const bool registered
    = CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("new") },
          QStringLiteral(QT_TRANSLATE_NOOP("cli", "Create an invoice draft (no number yet)")), draftNew })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("edit") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Add or remove sessions on a draft")), draftEdit })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("discard") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Discard a draft (no number is used)")), draftDiscard })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("issue") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Issue a draft: takes the invoice number")), draftIssue })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("draft"), QStringLiteral("list") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "List invoice drafts (--json for scripts)")), draftList })
    && CommandRegistry::add({ { QStringLiteral("invoice"), QStringLiteral("uninvoiced") },
        QStringLiteral(QT_TRANSLATE_NOOP("cli", "Sessions of a client that an invoice may take")), uninvoiced });

} // namespace

} // namespace minutier::cli
