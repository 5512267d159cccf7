#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>

namespace minutier::LogoImage {

// The box the logo is printed in, top left of the invoice, in points (the aspect ratio is kept).
QSizeF printedBox();
// The image fitted into printedBox() at 300 dpi at most, flattened onto white (PDF/A-1b forbids
// transparency), as PNG bytes: what InvoiceLogo stores. Accepts PNG, JPEG and SVG (and whatever
// else Qt reads); a file that is not an image gives InvalidInput.
Result<QByteArray> prepare(const QByteArray &imageFile);
// Decodes stored bytes for drawing: opaque (flattened onto white again, defensively), or a null
// image when `bytes` is empty or unreadable.
QImage decode(const QByteArray &bytes);
// Where an image of `pixels` is drawn inside printedBox() (top-left aligned), in points.
QSizeF printedSize(QSize pixels);

} // namespace minutier::LogoImage
