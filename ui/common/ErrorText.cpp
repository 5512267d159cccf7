#include "ErrorText.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUiErrors, "minutier.ui.errors")

namespace minutier::ErrorText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("minutier::ErrorText", text);
}
} // namespace

QString describe(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return tr("Some of the values entered are not valid.");
    case ErrorCode::NotFound:
        return tr("The requested item no longer exists.");
    case ErrorCode::Conflict:
        return tr("This change conflicts with the current state (was it already done elsewhere?).");
    case ErrorCode::Overflow:
        return tr("The amount is too large to be computed.");
    case ErrorCode::DatabaseUnavailable:
        return tr("The database cannot be opened.");
    case ErrorCode::DatabaseCorrupt:
        return tr("The database file is damaged or is not a Minutier database. It was left untouched.");
    case ErrorCode::DatabaseTooNew:
        return tr("The database was created by a newer version of Minutier. Please update Minutier; "
                  "the database was left untouched.");
    case ErrorCode::Storage:
        return tr("The data could not be saved.");
    case ErrorCode::Io:
        return tr("A file could not be read or written.");
    case ErrorCode::Network:
        return tr("The network is unavailable.");
    case ErrorCode::PaymentDeclined:
        return tr("The payment was declined.");
    case ErrorCode::PaymentApi:
        return tr("The payment provider returned an error.");
    case ErrorCode::Keychain:
        return tr("The system keychain is not available.");
    case ErrorCode::Internal:
        break;
    }
    return tr("An unexpected error occurred.");
}

QString describe(const Error &error)
{
    qCWarning(lcUiErrors) << "error" << int(error.code) << error.detail;
    return describe(error.code);
}

} // namespace minutier::ErrorText
