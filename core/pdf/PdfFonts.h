#pragma once

#include <QString>

namespace minutier::PdfFonts {

// Registers the bundled DejaVu Sans (regular and bold) once and returns its family name, so that
// invoices embed the same font on every machine. Needs a QGuiApplication.
QString family();

} // namespace minutier::PdfFonts
