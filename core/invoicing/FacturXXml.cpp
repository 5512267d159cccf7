#include "FacturXXml.h"

#include "invoicing/InvoiceTexts.h"
#include "money/Decimal.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace minutier::FacturXXml {

namespace {

const QString kRsm = QStringLiteral("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
const QString kRam
    = QStringLiteral("urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");
const QString kQdt = QStringLiteral("urn:un:unece:uncefact:data:standard:QualifiedDataType:100");
const QString kUdt = QStringLiteral("urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : m_w(out)
    {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(2);
    }
    QXmlStreamWriter &xml() { return m_w; }
    void start(const QString &ns, const char *name) { m_w.writeStartElement(ns, QLatin1String(name)); }
    void end() { m_w.writeEndElement(); }
    void ram(const char *name, const QString &text) { m_w.writeTextElement(kRam, QLatin1String(name), text); }
    void ramWithAttr(const char *name, const char *attr, const QString &attrValue, const QString &text)
    {
        m_w.writeStartElement(kRam, QLatin1String(name));
        m_w.writeAttribute(QLatin1String(attr), attrValue);
        m_w.writeCharacters(text);
        m_w.writeEndElement();
    }
    void date(const char *name, QDate d)
    {
        start(kRam, name);
        m_w.writeStartElement(kUdt, QStringLiteral("DateTimeString"));
        m_w.writeAttribute(QStringLiteral("format"), QStringLiteral("102"));
        m_w.writeCharacters(d.toString(QStringLiteral("yyyyMMdd")));
        m_w.writeEndElement();
        end();
    }

private:
    QXmlStreamWriter m_w;
};

QString amount(Money m) { return Decimal::formatScaled(m.minor(), m.currency().exponent(), 2); }

QString percent(qint64 basisPoints) { return Decimal::formatScaled(basisPoints, 2, 2); }

QString countryOfVatNumber(const QString &vat)
{
    const QString prefix = vat.left(2).toUpper();
    if (prefix == QLatin1String("EL"))
        return QStringLiteral("GR");
    return prefix;
}

struct Category
{
    QString code; // S, Z, E, AE
    QString reason; // BT-120
    QString reasonCode; // BT-121
};

Category categoryFor(const Invoice &inv, qint64 basisPoints)
{
    switch (inv.vatCategory()) {
    case VatCategory::Franchise:
        return { QStringLiteral("E"), QStringLiteral("TVA non applicable, art. 293 B du CGI"),
            QStringLiteral("VATEX-FR-FRANCHISE") };
    case VatCategory::ReverseCharge:
        return { QStringLiteral("AE"), QStringLiteral("Autoliquidation"), QStringLiteral("VATEX-EU-AE") };
    case VatCategory::Standard:
        break;
    }
    return { basisPoints > 0 ? QStringLiteral("S") : QStringLiteral("Z"), QString(), QString() };
}

void writeAddress(Writer &w, const PostalAddress &a)
{
    w.start(kRam, "PostalTradeAddress");
    if (!a.postcode.isEmpty())
        w.ram("PostcodeCode", a.postcode);
    if (!a.lineOne.isEmpty())
        w.ram("LineOne", a.lineOne);
    if (!a.lineTwo.isEmpty())
        w.ram("LineTwo", a.lineTwo);
    if (!a.city.isEmpty())
        w.ram("CityName", a.city);
    w.ram("CountryID", a.country);
    w.end();
}

} // namespace

PostalAddress parseAddress(const QString &text, const QString &defaultCountry)
{
    static const QRegularExpression postcodeCity(
        QStringLiteral("^\\s*([0-9]{4,5}|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}|[A-Z]-?[0-9]{4,5})\\s+(.+)$"));
    static const QHash<QString, QString> countries {
        { QStringLiteral("france"), QStringLiteral("FR") },
        { QStringLiteral("belgique"), QStringLiteral("BE") },
        { QStringLiteral("belgium"), QStringLiteral("BE") },
        { QStringLiteral("deutschland"), QStringLiteral("DE") },
        { QStringLiteral("germany"), QStringLiteral("DE") },
        { QStringLiteral("allemagne"), QStringLiteral("DE") },
        { QStringLiteral("espagne"), QStringLiteral("ES") },
        { QStringLiteral("spain"), QStringLiteral("ES") },
        { QStringLiteral("italie"), QStringLiteral("IT") },
        { QStringLiteral("italy"), QStringLiteral("IT") },
        { QStringLiteral("luxembourg"), QStringLiteral("LU") },
        { QStringLiteral("suisse"), QStringLiteral("CH") },
        { QStringLiteral("switzerland"), QStringLiteral("CH") },
        { QStringLiteral("netherlands"), QStringLiteral("NL") },
        { QStringLiteral("pays-bas"), QStringLiteral("NL") },
        { QStringLiteral("united kingdom"), QStringLiteral("GB") },
        { QStringLiteral("royaume-uni"), QStringLiteral("GB") },
        { QStringLiteral("ireland"), QStringLiteral("IE") },
        { QStringLiteral("portugal"), QStringLiteral("PT") },
    };
    PostalAddress a;
    a.country = defaultCountry;
    QStringList lines;
    for (const QString &raw : text.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts)) {
        if (!raw.trimmed().isEmpty())
            lines << raw.trimmed();
    }
    if (!lines.isEmpty() && countries.contains(lines.constLast().toLower())) {
        a.country = countries.value(lines.constLast().toLower());
        lines.removeLast();
    }
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        const auto m = postcodeCity.match(lines[i]);
        if (m.hasMatch()) {
            a.postcode = m.captured(1);
            a.city = m.captured(2).trimmed();
            lines.removeAt(i);
            break;
        }
    }
    if (a.city.isEmpty() && lines.size() > 1)
        a.city = lines.takeLast();
    if (!lines.isEmpty())
        a.lineOne = lines.takeFirst();
    if (!lines.isEmpty())
        a.lineTwo = lines.join(QStringLiteral(", "));
    return a;
}

Result<QByteArray> generate(const Invoice &inv)
{
    if (inv.number.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a draft has no Factur-X data"));
    if (inv.lines.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invoice %1 has no line").arg(inv.number));
    const bool credit = inv.kind == InvoiceKind::CreditNote;
    const QString cur = inv.currency.code();
    const QDate issueDate = inv.issuedAt.toLocalTime().date();

    QByteArray out;
    Writer w(&out);
    QXmlStreamWriter &x = w.xml();
    x.writeStartDocument();
    x.writeNamespace(kRsm, QStringLiteral("rsm"));
    x.writeNamespace(kRam, QStringLiteral("ram"));
    x.writeNamespace(kQdt, QStringLiteral("qdt"));
    x.writeNamespace(kUdt, QStringLiteral("udt"));
    w.start(kRsm, "CrossIndustryInvoice");

    w.start(kRsm, "ExchangedDocumentContext");
    w.start(kRam, "BusinessProcessSpecifiedDocumentContextParameter");
    w.ram("ID", QStringLiteral("S1")); // BT-23: services
    w.end();
    w.start(kRam, "GuidelineSpecifiedDocumentContextParameter");
    w.ram("ID", QStringLiteral("urn:cen.eu:en16931:2017"));
    w.end();
    w.end();

    w.start(kRsm, "ExchangedDocument");
    w.ram("ID", inv.number);
    w.ram("TypeCode", credit ? QStringLiteral("381") : QStringLiteral("380"));
    w.date("IssueDateTime", issueDate);
    auto note = [&](const QString &content, const char *subject) {
        w.start(kRam, "IncludedNote");
        w.ram("Content", content);
        w.ram("SubjectCode", QLatin1String(subject));
        w.end();
    };
    note(QStringLiteral("En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal."),
        "PMD");
    note(
        QStringLiteral("Indemnité forfaitaire pour frais de recouvrement : 40 EUR (art. L441-10 du Code de commerce)."),
        "PMT");
    note(QStringLiteral("Pas d'escompte pour paiement anticipé."), "AAB");
    w.end();

    w.start(kRsm, "SupplyChainTradeTransaction");
    for (const InvoiceLine &l : inv.lines) {
        const Category c = categoryFor(inv, l.vatBasisPoints);
        w.start(kRam, "IncludedSupplyChainTradeLineItem");
        w.start(kRam, "AssociatedDocumentLineDocument");
        w.ram("LineID", QString::number(l.position));
        w.end();
        w.start(kRam, "SpecifiedTradeProduct");
        w.ram("Name", l.description);
        w.end();
        w.start(kRam, "SpecifiedLineTradeAgreement");
        w.start(kRam, "NetPriceProductTradePrice");
        w.ram("ChargeAmount", amount(l.net));
        w.end();
        w.end();
        w.start(kRam, "SpecifiedLineTradeDelivery");
        w.ramWithAttr("BilledQuantity", "unitCode", QStringLiteral("C62"), QStringLiteral("1"));
        w.end();
        w.start(kRam, "SpecifiedLineTradeSettlement");
        w.start(kRam, "ApplicableTradeTax");
        w.ram("TypeCode", QStringLiteral("VAT"));
        w.ram("CategoryCode", c.code);
        w.ram("RateApplicablePercent", c.code == QLatin1String("S") ? percent(l.vatBasisPoints) : QStringLiteral("0"));
        w.end();
        if (l.serviceStart.isValid()) {
            w.start(kRam, "BillingSpecifiedPeriod");
            w.date("StartDateTime", l.serviceStart.toLocalTime().date());
            w.date("EndDateTime", (l.serviceEnd.isValid() ? l.serviceEnd : l.serviceStart).toLocalTime().date());
            w.end();
        }
        w.start(kRam, "SpecifiedTradeSettlementLineMonetarySummation");
        w.ram("LineTotalAmount", amount(l.net));
        w.end();
        w.end();
        w.end();
    }

    // Parties.
    const QString sellerSiren = inv.seller.value(QLatin1String("siren")).toString();
    const QString sellerVat = inv.seller.value(QLatin1String("vat_number")).toString();
    w.start(kRam, "ApplicableHeaderTradeAgreement");
    if (!inv.buyerReference.isEmpty())
        w.ram("BuyerReference", inv.buyerReference); // BT-10
    w.start(kRam, "SellerTradeParty");
    QString sellerName = inv.seller.value(QLatin1String("legal_name")).toString();
    if (inv.seller.value(QLatin1String("sole_trader")).toBool() && !sellerName.endsWith(QLatin1String(" EI")))
        sellerName += QStringLiteral(" EI");
    w.ram("Name", sellerName);
    w.start(kRam, "SpecifiedLegalOrganization");
    w.ramWithAttr("ID", "schemeID", QStringLiteral("0002"), sellerSiren);
    w.end();
    writeAddress(w, parseAddress(inv.seller.value(QLatin1String("address")).toString()));
    w.start(kRam, "URIUniversalCommunication");
    w.ramWithAttr("URIID", "schemeID", QStringLiteral("0225"), sellerSiren);
    w.end();
    if (!sellerVat.isEmpty() && inv.vatCategory() != VatCategory::Franchise) {
        w.start(kRam, "SpecifiedTaxRegistration");
        w.ramWithAttr("ID", "schemeID", QStringLiteral("VA"), sellerVat);
        w.end();
    } else {
        w.start(kRam, "SpecifiedTaxRegistration");
        w.ramWithAttr("ID", "schemeID", QStringLiteral("FC"), inv.seller.value(QLatin1String("siret")).toString());
        w.end();
    }
    w.end();

    const QString buyerSiren = inv.buyer.value(QLatin1String("siren")).toString();
    const QString buyerVat = inv.buyer.value(QLatin1String("vat_number")).toString();
    const QString buyerEmail = inv.buyer.value(QLatin1String("email")).toString();
    const QString buyerCompany = inv.buyer.value(QLatin1String("company")).toString();
    w.start(kRam, "BuyerTradeParty");
    w.ram("Name", buyerCompany.isEmpty() ? inv.buyer.value(QLatin1String("name")).toString() : buyerCompany);
    if (!buyerSiren.isEmpty()) {
        w.start(kRam, "SpecifiedLegalOrganization");
        w.ramWithAttr("ID", "schemeID", QStringLiteral("0002"), buyerSiren);
        w.end();
    }
    const QString buyerCountry = !buyerVat.isEmpty() ? countryOfVatNumber(buyerVat) : QStringLiteral("FR");
    writeAddress(w, parseAddress(inv.buyer.value(QLatin1String("address")).toString(), buyerCountry));
    if (!buyerSiren.isEmpty()) {
        w.start(kRam, "URIUniversalCommunication");
        w.ramWithAttr("URIID", "schemeID", QStringLiteral("0225"), buyerSiren);
        w.end();
    } else if (!buyerEmail.isEmpty()) {
        w.start(kRam, "URIUniversalCommunication");
        w.ramWithAttr("URIID", "schemeID", QStringLiteral("EM"), buyerEmail);
        w.end();
    }
    if (!buyerVat.isEmpty()) {
        w.start(kRam, "SpecifiedTaxRegistration");
        w.ramWithAttr("ID", "schemeID", QStringLiteral("VA"), buyerVat);
        w.end();
    }
    w.end();
    if (!inv.orderReference.isEmpty()) {
        w.start(kRam, "BuyerOrderReferencedDocument"); // BT-13
        w.ram("IssuerAssignedID", inv.orderReference);
        w.end();
    }
    w.end(); // agreement

    w.start(kRam, "ApplicableHeaderTradeDelivery");
    w.start(kRam, "ActualDeliverySupplyChainEvent");
    w.date("OccurrenceDateTime", inv.serviceDate.isValid() ? inv.serviceDate : issueDate);
    w.end();
    w.end();

    w.start(kRam, "ApplicableHeaderTradeSettlement");
    w.ram("InvoiceCurrencyCode", cur);
    // One payment means only (CII-SR-467): a transfer to the IBAN for what remains due, else the card
    // payment already made.
    const QString iban = inv.seller.value(QLatin1String("iban")).toString();
    const bool due = inv.gross.minor() - inv.paid.minor() > 0;
    if (!iban.isEmpty() && (due || inv.paid.minor() == 0)) {
        w.start(kRam, "SpecifiedTradeSettlementPaymentMeans");
        w.ram("TypeCode", QStringLiteral("58")); // SEPA credit transfer
        w.start(kRam, "PayeePartyCreditorFinancialAccount");
        w.ram("IBANID", iban);
        w.end();
        w.end();
    } else if (inv.paid.minor() > 0) {
        w.start(kRam, "SpecifiedTradeSettlementPaymentMeans");
        w.ram("TypeCode", QStringLiteral("48")); // bank card
        w.end();
    }
    for (const VatBreakdown &b : inv.vatBreakdown()) {
        const Category c = categoryFor(inv, b.basisPoints);
        w.start(kRam, "ApplicableTradeTax");
        w.ram("CalculatedAmount", amount(b.vat));
        w.ram("TypeCode", QStringLiteral("VAT"));
        if (!c.reason.isEmpty())
            w.ram("ExemptionReason", c.reason);
        w.ram("BasisAmount", amount(b.net));
        w.ram("CategoryCode", c.code);
        if (!c.reasonCode.isEmpty())
            w.ram("ExemptionReasonCode", c.reasonCode);
        if (c.code == QLatin1String("S"))
            w.ram("DueDateTypeCode", QStringLiteral("72")); // VAT on payment (services)
        w.ram("RateApplicablePercent", c.code == QLatin1String("S") ? percent(b.basisPoints) : QStringLiteral("0"));
        w.end();
    }
    w.start(kRam, "SpecifiedTradePaymentTerms");
    if (inv.paid.minor() > 0 && !inv.paymentReference.isEmpty())
        w.ram("Description", QStringLiteral("Réglé par carte, réf. ") + inv.paymentReference);
    w.date("DueDateDateTime", inv.dueDate.isValid() ? inv.dueDate : issueDate);
    w.end();
    w.start(kRam, "SpecifiedTradeSettlementHeaderMonetarySummation");
    w.ram("LineTotalAmount", amount(inv.net));
    w.ram("TaxBasisTotalAmount", amount(inv.net));
    w.ramWithAttr("TaxTotalAmount", "currencyID", cur, amount(inv.vat));
    w.ram("GrandTotalAmount", amount(inv.gross));
    if (inv.paid.minor() > 0)
        w.ram("TotalPrepaidAmount", amount(inv.paid));
    w.ram("DuePayableAmount", amount(Money::fromMinor(inv.gross.minor() - inv.paid.minor(), inv.currency)));
    w.end();
    if (credit && !inv.creditedInvoiceNumber.isEmpty()) {
        w.start(kRam, "InvoiceReferencedDocument");
        w.ram("IssuerAssignedID", inv.creditedInvoiceNumber);
        if (inv.creditedInvoiceDate.isValid()) {
            w.start(kRam, "FormattedIssueDateTime");
            x.writeStartElement(kQdt, QStringLiteral("DateTimeString"));
            x.writeAttribute(QStringLiteral("format"), QStringLiteral("102"));
            x.writeCharacters(inv.creditedInvoiceDate.toString(QStringLiteral("yyyyMMdd")));
            x.writeEndElement();
            w.end();
        }
        w.end();
    }
    w.end(); // settlement
    w.end(); // transaction
    w.end(); // CrossIndustryInvoice
    x.writeEndDocument();
    if (x.hasError())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write the CII XML of %1").arg(inv.number));
    return out;
}

} // namespace minutier::FacturXXml
