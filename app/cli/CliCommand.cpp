#include "CliCommand.h"

#include "metering/RecoveryService.h"
#include "storage/Database.h"

namespace minutier::cli {

namespace {
QList<CliCommand> &registry()
{
    static QList<CliCommand> commands;
    return commands;
}
} // namespace

bool CommandRegistry::add(CliCommand command)
{
    registry().append(std::move(command));
    return true;
}

const QList<CliCommand> &CommandRegistry::all()
{
    return registry();
}

const CliCommand *CommandRegistry::match(const QStringList &words, int *consumed)
{
    const CliCommand *best = nullptr;
    for (const CliCommand &c : registry()) {
        if (c.words.size() > words.size())
            continue;
        bool same = true;
        for (int i = 0; i < c.words.size() && same; ++i)
            same = c.words[i] == words[i];
        if (same && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (best && consumed)
        *consumed = int(best->words.size());
    return best;
}

QString errorHeadline(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return CliContext::tr("Invalid input");
    case ErrorCode::NotFound: return CliContext::tr("Not found");
    case ErrorCode::Conflict: return CliContext::tr("Conflict");
    case ErrorCode::Overflow: return CliContext::tr("Amount too large");
    case ErrorCode::DatabaseUnavailable: return CliContext::tr("Cannot open the database");
    case ErrorCode::DatabaseCorrupt: return CliContext::tr("The database is damaged or is not a Minutier database (left untouched)");
    case ErrorCode::DatabaseTooNew: return CliContext::tr("The database was written by a newer Minutier (left untouched)");
    case ErrorCode::Storage: return CliContext::tr("Database error");
    case ErrorCode::Io: return CliContext::tr("File error");
    case ErrorCode::Network: return CliContext::tr("Network error");
    case ErrorCode::PaymentDeclined: return CliContext::tr("Payment declined");
    case ErrorCode::PaymentApi: return CliContext::tr("Payment provider error");
    case ErrorCode::Keychain: return CliContext::tr("Keychain error");
    case ErrorCode::Internal: return CliContext::tr("Internal error");
    }
    return CliContext::tr("Error");
}

CliContext::CliContext(QString databaseLocation, QStringList args, QTextStream &out, QTextStream &err, const Clock &clock)
    : m_databaseLocation(std::move(databaseLocation))
    , m_args(std::move(args))
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

CliContext::~CliContext() = default;

Database *CliContext::database()
{
    if (m_db)
        return m_db.get();
    const QString location = Database::resolveLocation(m_databaseLocation);
    auto db = Database::open(location, databasePasswordFor(location));
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(db).value();
    // Every start finds the calls a crash left running (issue 5): marked interrupted, never lost;
    // 'call recover' bills or discards them. A live meter elsewhere is never taken (see RecoveryService).
    (void)RecoveryService(*m_db, m_clock).markInterrupted();
    return m_db.get();
}

bool CliContext::parse(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_args)) {
        m_exitCode = failUsage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        m_out.flush();
        m_exitCode = ExitOk;
        return false;
    }
    return true;
}

int CliContext::fail(const Error &error)
{
    m_err << tr("minutier-cli: %1: %2").arg(errorHeadline(error.code), error.detail) << Qt::endl;
    const bool badInput = error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound;
    m_exitCode = badInput ? ExitBadInput : ExitFailure;
    return m_exitCode;
}

int CliContext::failUsage(const QString &message)
{
    m_err << tr("minutier-cli: %1").arg(message) << Qt::endl;
    m_err << tr("Try '%1 --help'.").arg(m_args.value(0)) << Qt::endl;
    m_exitCode = ExitBadInput;
    return m_exitCode;
}

void CliContext::printJson(const QByteArray &json)
{
    m_out << QString::fromUtf8(json) << u'\n';
    m_out.flush();
}

} // namespace minutier::cli
