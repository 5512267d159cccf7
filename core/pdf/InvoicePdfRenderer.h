#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QString>

namespace minutier {

// Renders an issued invoice or credit note as an A4 PDF (PDF/A-1b, fonts embedded) in the invoice's
// language; Format::FacturX then turns it into PDF/A-3b with the EN 16931 CII XML embedded.
class InvoicePdfRenderer final
{
public:
    enum class Format { Pdf, FacturX };
    static Status render(const Invoice &invoice, const QString &outputPath, Format format = Format::FacturX);
    // With the expert's logo (InvoiceLogo bytes, see LogoImage) drawn top left; empty: none.
    static Status render(const Invoice &invoice, const QString &outputPath, Format format, const QByteArray &logo);
};

} // namespace minutier
