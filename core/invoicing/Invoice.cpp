#include "Invoice.h"

namespace minutier {

QString invoiceKindKey(InvoiceKind kind)
{
    return kind == InvoiceKind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
}

QString invoiceStatusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("draft");
    case InvoiceStatus::Issued:
        return QStringLiteral("issued");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::PartlyRefunded:
        return QStringLiteral("partly_refunded");
    case InvoiceStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return QStringLiteral("draft");
}

std::optional<InvoiceKind> invoiceKindFromKey(QStringView key)
{
    if (key == u"invoice")
        return InvoiceKind::Invoice;
    if (key == u"credit_note")
        return InvoiceKind::CreditNote;
    return std::nullopt;
}

std::optional<InvoiceStatus> invoiceStatusFromKey(QStringView key)
{
    for (InvoiceStatus s : { InvoiceStatus::Draft, InvoiceStatus::Issued, InvoiceStatus::Paid,
             InvoiceStatus::PartlyRefunded, InvoiceStatus::Refunded }) {
        if (key == invoiceStatusKey(s))
            return s;
    }
    return std::nullopt;
}

Money Invoice::amountDue() const
{
    const qint64 due = gross.minor() - paid.minor();
    return Money::fromMinor(due > 0 ? due : 0, currency);
}

VatCategory Invoice::vatCategory() const
{
    if (seller.value(QLatin1String("vat_regime")).toString() == QLatin1String("franchise"))
        return VatCategory::Franchise;
    if (buyer.value(QLatin1String("reverse_charge")).toBool())
        return VatCategory::ReverseCharge;
    return VatCategory::Standard;
}

bool Invoice::isBusinessBuyer() const { return buyer.value(QLatin1String("business")).toBool(); }

QList<VatBreakdown> Invoice::vatBreakdown() const
{
    QList<VatBreakdown> out;
    for (const InvoiceLine &line : lines) {
        auto it = std::find_if(
            out.begin(), out.end(), [&](const VatBreakdown &b) { return b.basisPoints == line.vatBasisPoints; });
        if (it == out.end()) {
            out.append(
                VatBreakdown { line.vatBasisPoints, Money::fromMinor(0, currency), Money::fromMinor(0, currency) });
            it = out.end() - 1;
        }
        it->net = Money::fromMinor(it->net.minor() + line.net.minor(), currency);
        it->vat = Money::fromMinor(it->vat.minor() + line.vat.minor(), currency);
    }
    std::sort(out.begin(), out.end(),
        [](const VatBreakdown &a, const VatBreakdown &b) { return a.basisPoints > b.basisPoints; });
    return out;
}

} // namespace minutier
