#pragma once

#include <QString>
#include <QStringView>

namespace minutier::Identifiers {

// Strips spaces, dots and dashes that people type in identifiers ("123 456 789 00012").
QString compact(QStringView text);

// Luhn checksum over decimal digits.
bool luhnValid(QStringView digits);

// SIREN: 9 digits, Luhn. SIRET: 14 digits, Luhn (La Poste's establishments, SIREN 356000000, use
// the sum of digits modulo 5 instead, as INSEE documents).
bool isValidSiren(QStringView text);
bool isValidSiret(QStringView text);

// French intra-community VAT number: FR + 2-digit key + SIREN, key = (12 + 3 * (SIREN mod 97)) mod 97.
// Other EU numbers: two letters and 2 to 13 alphanumerics (format only).
bool isValidVatNumber(QStringView text);
bool isFrenchVatNumber(QStringView text);

// IBAN: ISO 13616 mod-97 check.
bool isValidIban(QStringView text);

// "123 456 789 00012" for display.
QString formatSiret(QStringView siret);

} // namespace minutier::Identifiers
