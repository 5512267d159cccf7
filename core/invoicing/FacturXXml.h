#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QByteArray>

namespace minutier::FacturXXml {

// The Cross Industry Invoice (UN/CEFACT CII D16B) of an issued invoice or credit note, profile
// Factur-X EN 16931 (urn:cen.eu:en16931:2017), with the French CTC (BR-FR) fields for business
// buyers: SIREN (scheme 0002) and electronic address (scheme 0225).
Result<QByteArray> generate(const Invoice &invoice);

struct PostalAddress
{
    QString postcode;
    QString lineOne;
    QString lineTwo;
    QString city;
    QString country = QStringLiteral("FR");
};
// Splits a free-text address ("12 rue X\n75001 Paris") into its CII parts; the country comes from
// a last line naming it or from `defaultCountry`.
PostalAddress parseAddress(const QString &text, const QString &defaultCountry = QStringLiteral("FR"));

} // namespace minutier::FacturXXml
