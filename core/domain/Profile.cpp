#include "Profile.h"

#include "domain/Identifiers.h"

namespace minutier {

QString vatRegimeKey(VatRegime regime)
{
    return regime == VatRegime::Franchise ? QStringLiteral("franchise") : QStringLiteral("standard");
}

std::optional<VatRegime> vatRegimeFromKey(QStringView key)
{
    if (key == u"franchise")
        return VatRegime::Franchise;
    if (key == u"standard")
        return VatRegime::Standard;
    return std::nullopt;
}

Status Profile::normalizeAndValidate()
{
    legalName = legalName.trimmed();
    address = address.trimmed();
    siret = Identifiers::compact(siret);
    vatNumber = Identifiers::compact(vatNumber);
    iban = Identifiers::compact(iban);
    email = email.trimmed();
    if (legalName.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("legal name is required"));
    if (!Identifiers::isValidSiret(siret))
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("SIRET %1 is not valid (14 digits with a valid Luhn checksum expected)").arg(siret));
    if (address.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("address is required"));
    if (vatRegime == VatRegime::Standard && vatNumber.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a VAT number is required under the standard VAT regime"));
    if (!vatNumber.isEmpty() && !Identifiers::isValidVatNumber(vatNumber))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("VAT number %1 is not valid").arg(vatNumber));
    if (!vatNumber.isEmpty() && Identifiers::isFrenchVatNumber(vatNumber) && vatNumber.mid(4) != siren())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("VAT number %1 does not match the SIREN %2").arg(vatNumber, siren()));
    if (!iban.isEmpty() && !Identifiers::isValidIban(iban))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("IBAN %1 is not valid").arg(iban));
    if (!invoicePattern.contains(QLatin1String("{N")) || !creditNotePattern.contains(QLatin1String("{N")))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a numbering pattern must contain {NNNN}"));
    return {};
}

} // namespace minutier
