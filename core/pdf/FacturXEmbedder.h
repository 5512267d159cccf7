#pragma once

#include "common/Result.h"
#include "invoicing/Invoice.h"

#include <QByteArray>
#include <QString>

namespace minutier::FacturXEmbedder {

// Turns the PDF/A-1b written by QPdfWriter into a Factur-X PDF/A-3b with libqpdf: `xml` embedded
// as factur-x.xml (/AFRelationship /Alternative, /Subtype text/xml, /Params with size, MD5 checksum
// and dates), /AF in the catalog, XMP rebuilt as PDF/A-3 B with the fx extension schema (profile
// EN 16931), Info matching the XMP. `inputPath` and `outputPath` may be the same file.
Status embed(const QString &inputPath, const QByteArray &xml, const Invoice &invoice, const QString &outputPath);

// The XMP packet written by embed() (exposed for tests).
QByteArray xmpPacket(const QString &title, const QString &author, const QDateTime &created, const QDateTime &modified);

} // namespace minutier::FacturXEmbedder
