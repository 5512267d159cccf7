#include "PaymentText.h"

#include "common/ErrorText.h"

#include <QCoreApplication>

namespace minutier::PaymentText {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("minutier::PaymentText", text); }
} // namespace

QString describe(const Error &error)
{
    switch (error.code) {
    case ErrorCode::PaymentDeclined: {
        // PaymentService puts the translated decline reason first, then " — " and the API's words.
        const QString reason = error.detail.section(QStringLiteral(" — "), 0, 0).trimmed();
        return reason.isEmpty() ? tr("The card was declined.") : reason;
    }
    case ErrorCode::PaymentApi:
        return error.detail.isEmpty() ? tr("The payment provider returned an error.")
                                      : tr("The payment provider answered: %1").arg(error.detail);
    case ErrorCode::Network:
        return tr("Stripe cannot be reached right now (network). Nothing was charged twice: the operation is "
                  "checked again automatically.");
    case ErrorCode::Keychain:
        return tr("The system keychain is not available, so the Stripe key cannot be read. Unlock or install a "
                  "keychain (GNOME Keyring, KWallet), then try again.");
    default:
        return ErrorText::describe(error);
    }
}

} // namespace minutier::PaymentText
