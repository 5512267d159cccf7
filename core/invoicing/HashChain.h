#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace minutier {

class Database;

// The append-only chain of issued documents and payment events (table audit_chain, migration 0003).
// Entry n stores the record's canonical content and
//   hash_n = hex(SHA-256(hash_{n-1} + '\n' + type + '\n' + id + '\n' + content)), hash_0 = 64 zeros.
// append() must run inside the caller's write transaction, so a document and its chain entry are
// committed together. The payment side appends its events the same way (type "payment_event").
class HashChain final
{
public:
    static constexpr char kInvoice[] = "invoice"; // invoices and credit notes

    static Status append(Database &db, const QString &recordType, const QString &recordId, const QByteArray &content,
        const QDateTime &at);

    // The canonical content of an issued document: compact JSON, keys sorted, amounts as strings.
    // Only the fields that never change after issue (the payment status and paid amount are not in it).
    static QByteArray canonical(const Invoice &invoice);

    static QByteArray computeHash(
        const QByteArray &previousHash, const QString &recordType, const QString &recordId, const QByteArray &content);

    struct Broken
    {
        qint64 seq = 0; // 0 when the problem is a document missing from the chain
        QString recordType;
        QString recordId;
        QString label; // "invoice F-2026-0003"
        QString reason;
    };
    struct Report
    {
        qint64 entries = 0;
        std::optional<Broken> firstBroken;
    };
    // Recomputes a record's current canonical content from its live rows, per record type.
    using Recompute = std::function<Result<QByteArray>(const QString &recordId)>;

    // Walks the chain in order: sequence continuity, previous-hash links, each hash, and for each
    // invoice (and each type in `recompute`) that the live record still has the content that was
    // chained; finally that every issued document is in the chain.
    static Result<Report> verify(Database &db, const QHash<QString, Recompute> &recompute = {});
};

} // namespace minutier
