#pragma once

#include "common/Result.h"

#include <QString>

namespace minutier {

enum class VatRegime {
    Franchise, // "TVA non applicable, art. 293 B du CGI"
    Standard, // liable to VAT, has a VAT number
};

QString vatRegimeKey(VatRegime regime); // "franchise" | "standard"
std::optional<VatRegime> vatRegimeFromKey(QStringView key);

// The expert's business identity, printed on every invoice.
struct Profile {
    QString legalName;
    QString siret; // 14 digits, compact
    QString address; // multi-line
    VatRegime vatRegime = VatRegime::Franchise;
    QString vatNumber; // required when Standard
    QString iban; // optional: bank transfer details on invoices
    QString email;
    bool soleTrader = true; // "EI" after the name (entrepreneur individuel)
    QString invoicePattern = QStringLiteral("F-{YYYY}-{NNNN}");
    QString creditNotePattern = QStringLiteral("A-{YYYY}-{NNNN}");

    QString siren() const { return siret.left(9); }
    // Normalises identifiers and checks the whole profile; the error detail names the field.
    Status normalizeAndValidate();
};

} // namespace minutier
