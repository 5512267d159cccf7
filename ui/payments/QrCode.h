#pragma once

#include <QImage>
#include <QString>

namespace minutier::QrCode {

// `text` as a QR code (libqrencode, error correction M, UTF-8 bytes), black on white, each module
// `moduleSize` pixels, with the 4-module quiet zone the standard requires. Null on failure.
QImage render(const QString &text, int moduleSize = 6);

// The number of modules per side of the symbol for `text` (without the quiet zone), 0 on failure.
int symbolWidth(const QString &text);

} // namespace minutier::QrCode
