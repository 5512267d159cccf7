#include "InvoicePdfRenderer.h"

#include "invoicing/FacturXXml.h"
#include "invoicing/InvoiceTexts.h"
#include "money/Decimal.h"
#include "pdf/FacturXEmbedder.h"
#include "pdf/LogoImage.h"
#include "pdf/PdfFonts.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>

namespace minutier {

namespace {

namespace T = InvoiceTexts;

constexpr qreal kPageWidth = 595.28; // A4 in points (the writer works at 72 dpi)
constexpr qreal kPageHeight = 841.89;
constexpr qreal kMargin = 45;
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kFooterTop = kPageHeight - 62;

const QColor kAccent(0x1F, 0x3A, 0x5F);
const QColor kMuted(0x5F, 0x66, 0x70);
const QColor kRule(0xC9, 0xCE, 0xD6);
const QColor kShade(0xEE, 0xF1, 0xF5);

// Lays the document out; run once without painting to count the pages, then for real.
class Layout
{
public:
    Layout(const Invoice &inv, QPdfWriter *writer, QPainter *painter, QHash<QString, qreal> *heights,
        const QImage &logo)
        : m_heights(heights)
        , m_logo(logo)
        , m_inv(inv)
        , m_lang(inv.language)
        , m_writer(writer)
        , m_painter(painter)
        , m_family(PdfFonts::family())
    {
    }

    int run(int totalPages)
    {
        m_totalPages = totalPages;
        m_page = 1;
        header();
        parties();
        linesTable();
        totals();
        mentions();
        footer();
        return m_page;
    }

private:
    QFont font(qreal size, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(size);
        f.setBold(bold);
        // No typographic ligatures, so "offertes" stays searchable and copyable from the PDF
        // (Qt 6.4 has no QFont::setFeature; Latin text needs no shaping).
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // Text layout is the costly part of a render: heights measured by the counting pass are reused
    // by the painting pass.
    qreal textHeight(const QString &text, const QFont &f, qreal width, int flags = Qt::TextWordWrap) const
    {
        const QString key = QString::number(f.pointSizeF()) + (f.bold() ? u'b' : u'r') + QString::number(width) + u'/'
            + QString::number(flags) + u'/' + text;
        const auto it = m_heights->constFind(key);
        if (it != m_heights->constEnd())
            return *it;
        const QFontMetricsF fm(f, m_writer);
        const qreal h = fm.boundingRect(QRectF(0, 0, width, 10000), flags, text).height();
        m_heights->insert(key, h);
        return h;
    }

    // Draws `text` in a box at (x, y) of `width`; returns its height.
    qreal draw(qreal x, qreal y, qreal width, const QString &text, const QFont &f, const QColor &color = Qt::black,
        int align = Qt::AlignLeft)
    {
        const int flags = align | Qt::AlignTop | Qt::TextWordWrap;
        const qreal h = textHeight(text, f, width, flags);
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(color);
            m_painter->drawText(QRectF(x, y, width, h + 1), flags, text);
        }
        return h;
    }

    void fill(const QRectF &r, const QColor &c)
    {
        if (m_painter)
            m_painter->fillRect(r, c);
    }

    void rule(qreal y, qreal x = kMargin, qreal width = kContentWidth, const QColor &c = kRule, qreal w = 0.6)
    {
        if (m_painter) {
            m_painter->setPen(QPen(c, w));
            m_painter->drawLine(QPointF(x, y), QPointF(x + width, y));
        }
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = kMargin;
        const QString title = (m_inv.kind == InvoiceKind::CreditNote ? T::text(m_lang, "credit_note_title")
                                                                     : T::text(m_lang, "invoice_title"))
            + u' ' + m_inv.number;
        m_y += draw(kMargin, m_y, kContentWidth, title, font(9, true), kAccent) + 14;
    }

    void ensure(qreal height)
    {
        if (m_y + height > kFooterTop - 10)
            newPage();
    }

    QString sellerName() const
    {
        QString name = m_inv.seller.value(QLatin1String("legal_name")).toString();
        if (m_inv.seller.value(QLatin1String("sole_trader")).toBool() && !name.endsWith(QLatin1String(" EI")))
            name += QStringLiteral(" EI");
        return name;
    }

    void header()
    {
        const bool credit = m_inv.kind == InvoiceKind::CreditNote;
        fill(QRectF(0, 0, kPageWidth, 8), kAccent);
        qreal y = kMargin;
        // Seller, top left, under the logo when there is one.
        const qreal leftWidth = kContentWidth * 0.55;
        if (!m_logo.isNull()) {
            const QSizeF size = LogoImage::printedSize(m_logo.size());
            if (m_painter)
                m_painter->drawImage(QRectF(QPointF(kMargin, y), size), m_logo);
            y += size.height() + 10;
        }
        y += draw(kMargin, y, leftWidth, sellerName(), font(15, true), kAccent) + 4;
        QStringList lines;
        lines << m_inv.seller.value(QLatin1String("address")).toString();
        lines << T::text(m_lang, "siret") + u' ' + m_inv.seller.value(QLatin1String("siret")).toString();
        const QString sellerVat = m_inv.seller.value(QLatin1String("vat_number")).toString();
        if (!sellerVat.isEmpty() && m_inv.vatCategory() != VatCategory::Franchise)
            lines << T::text(m_lang, "vat_number") + u' ' + sellerVat;
        const QString email = m_inv.seller.value(QLatin1String("email")).toString();
        if (!email.isEmpty())
            lines << email;
        y += draw(kMargin, y, leftWidth, lines.join(u'\n'), font(9), kMuted);

        // Title block, top right.
        const qreal rx = kMargin + kContentWidth * 0.58;
        const qreal rw = kContentWidth * 0.42;
        qreal ry = kMargin;
        ry += draw(rx, ry, rw, credit ? T::text(m_lang, "credit_note_title") : T::text(m_lang, "invoice_title"),
                  font(24, true), kAccent, Qt::AlignRight)
            + 2;
        ry += draw(rx, ry, rw, T::text(m_lang, "number") + u' ' + m_inv.number, font(12, true), Qt::black,
                  Qt::AlignRight)
            + 8;
        auto meta = [&](const char *label, const QString &value) {
            const QFont f = font(9);
            draw(rx, ry, rw * 0.55, T::text(m_lang, label), f, kMuted, Qt::AlignLeft);
            ry += draw(rx + rw * 0.55, ry, rw * 0.45, value, font(9, true), Qt::black, Qt::AlignRight) + 2;
        };
        meta("issue_date", T::date(m_inv.issuedAt.toLocalTime().date(), m_lang));
        QDate first, last;
        for (const InvoiceLine &l : m_inv.lines) {
            if (!l.serviceStart.isValid())
                continue;
            const QDate d = l.serviceStart.toLocalTime().date();
            first = first.isValid() ? qMin(first, d) : d;
            last = last.isValid() ? qMax(last, d) : d;
        }
        if (first.isValid() && first != last)
            meta("service_date", T::date(first, m_lang) + QStringLiteral(" – ") + T::date(last, m_lang));
        else if (m_inv.serviceDate.isValid())
            meta("service_date", T::date(m_inv.serviceDate, m_lang));
        if (m_inv.kind == InvoiceKind::Invoice) {
            const bool onReceipt = !m_inv.dueDate.isValid() || m_inv.dueDate <= m_inv.issuedAt.toLocalTime().date();
            meta("due_date", onReceipt ? T::text(m_lang, "payable_on_receipt") : T::date(m_inv.dueDate, m_lang));
        }
        if (!m_inv.buyerReference.isEmpty())
            meta("buyer_reference", m_inv.buyerReference);
        if (!m_inv.orderReference.isEmpty())
            meta("order_reference", m_inv.orderReference);
        m_y = qMax(y, ry) + 18;
    }

    void parties()
    {
        // Buyer box on the right.
        const qreal bx = kMargin + kContentWidth * 0.50;
        const qreal bw = kContentWidth * 0.50;
        QStringList lines;
        const QString company = m_inv.buyer.value(QLatin1String("company")).toString();
        const QString name = m_inv.buyer.value(QLatin1String("name")).toString();
        QString head = company.isEmpty() ? name : company;
        if (!company.isEmpty() && !name.isEmpty() && name != company)
            lines << name;
        const QString address = m_inv.buyer.value(QLatin1String("address")).toString();
        if (!address.isEmpty())
            lines << address;
        const QString siren = m_inv.buyer.value(QLatin1String("siren")).toString();
        if (!siren.isEmpty())
            lines << T::text(m_lang, "siren") + u' ' + siren;
        const QString vat = m_inv.buyer.value(QLatin1String("vat_number")).toString();
        if (!vat.isEmpty())
            lines << T::text(m_lang, "vat_number") + u' ' + vat;
        const QString email = m_inv.buyer.value(QLatin1String("email")).toString();
        if (!email.isEmpty())
            lines << email;
        const qreal pad = 10;
        const qreal labelH = textHeight(T::text(m_lang, "buyer"), font(8, true), bw - 2 * pad);
        const qreal headH = textHeight(head, font(11, true), bw - 2 * pad);
        const qreal bodyH = lines.isEmpty() ? 0 : textHeight(lines.join(u'\n'), font(9), bw - 2 * pad);
        const qreal boxH = pad + labelH + 3 + headH + 2 + bodyH + pad;
        fill(QRectF(bx, m_y, bw, boxH), kShade);
        qreal y = m_y + pad;
        y += draw(bx + pad, y, bw - 2 * pad, T::text(m_lang, "buyer").toUpper(), font(8, true), kMuted) + 3;
        y += draw(bx + pad, y, bw - 2 * pad, head, font(11, true)) + 2;
        if (!lines.isEmpty())
            draw(bx + pad, y, bw - 2 * pad, lines.join(u'\n'), font(9));
        m_y += boxH + 18;

        if (m_inv.kind == InvoiceKind::CreditNote && !m_inv.creditedInvoiceNumber.isEmpty()) {
            const QString cited
                = T::text(m_lang, "credits_invoice")
                      .arg(m_inv.creditedInvoiceNumber,
                          m_inv.creditedInvoiceDate.isValid() ? T::date(m_inv.creditedInvoiceDate, m_lang) : QString());
            m_y += draw(kMargin, m_y, kContentWidth, cited.trimmed(), font(10, true), kAccent) + 12;
        }
    }

    struct Columns
    {
        qreal desc, qty, unit, vat, net;
    };
    Columns columns() const
    {
        const qreal qty = 78, unit = 78, vat = 48, net = 78;
        return { kContentWidth - qty - unit - vat - net, qty, unit, vat, net };
    }

    void tableHeader()
    {
        const Columns c = columns();
        const QFont f = font(8, true);
        const qreal h = textHeight(T::text(m_lang, "unit_price"), f, c.unit - 8) + 10;
        fill(QRectF(kMargin, m_y, kContentWidth, h), kAccent);
        qreal x = kMargin;
        const qreal y = m_y + 5;
        draw(x + 6, y, c.desc - 10, T::text(m_lang, "description"), f, Qt::white);
        x += c.desc;
        draw(x, y, c.qty - 4, T::text(m_lang, "quantity"), f, Qt::white, Qt::AlignRight);
        x += c.qty;
        draw(x, y, c.unit - 4, T::text(m_lang, "unit_price"), f, Qt::white, Qt::AlignRight);
        x += c.unit;
        draw(x, y, c.vat - 4, T::text(m_lang, "vat"), f, Qt::white, Qt::AlignRight);
        x += c.vat;
        draw(x, y, c.net - 6, T::text(m_lang, "net"), f, Qt::white, Qt::AlignRight);
        m_y += h;
    }

    QString unitPriceText(const InvoiceLine &l) const
    {
        return T::perMinuteRate(l.unitPrice, m_inv.currency, m_lang) + T::text(m_lang, "per_minute");
    }

    void linesTable()
    {
        const Columns c = columns();
        ensure(60);
        tableHeader();
        const QFont f = font(9);
        bool shade = false;
        for (const InvoiceLine &l : m_inv.lines) {
            const QString vatText = m_inv.vatCategory() == VatCategory::Standard ? T::vatRate(l.vatBasisPoints, m_lang)
                                                                                 : QStringLiteral("—");
            const bool hasQuantity = !l.sessionId.isEmpty();
            const qreal h = textHeight(l.description, f, c.desc - 12) + 12;
            if (m_y + h > kFooterTop - 10) {
                newPage();
                tableHeader();
            }
            if (shade)
                fill(QRectF(kMargin, m_y, kContentWidth, h), kShade);
            shade = !shade;
            const qreal y = m_y + 6;
            qreal x = kMargin;
            draw(x + 6, y, c.desc - 12, l.description, f);
            x += c.desc;
            draw(x, y, c.qty - 4, hasQuantity ? T::duration(l.quantitySeconds, m_lang) : QString(), f, Qt::black,
                Qt::AlignRight);
            x += c.qty;
            draw(x, y, c.unit - 4, hasQuantity ? unitPriceText(l) : QString(), f, Qt::black, Qt::AlignRight);
            x += c.unit;
            draw(x, y, c.vat - 4, vatText, f, Qt::black, Qt::AlignRight);
            x += c.vat;
            draw(x, y, c.net - 6, T::money(l.net, m_lang), f, Qt::black, Qt::AlignRight);
            m_y += h;
        }
        rule(m_y, kMargin, kContentWidth, kAccent, 0.8);
        m_y += 14;
    }

    void totals()
    {
        QList<std::tuple<QString, QString, bool>> rows; // label, amount, emphasis
        const VatCategory cat = m_inv.vatCategory();
        rows.append({ T::text(m_lang, "total_net"), T::money(m_inv.net, m_lang), false });
        if (cat == VatCategory::Standard) {
            for (const VatBreakdown &b : m_inv.vatBreakdown())
                rows.append({ T::text(m_lang, "vat_at").arg(T::vatRate(b.basisPoints, m_lang)), T::money(b.vat, m_lang),
                    false });
        } else {
            rows.append({ T::text(m_lang, "total_vat"), T::money(m_inv.vat, m_lang), false });
        }
        const bool credit = m_inv.kind == InvoiceKind::CreditNote;
        rows.append({ credit ? T::text(m_lang, "credit_total") : T::text(m_lang, "total_gross"),
            T::money(m_inv.gross, m_lang), true });
        if (!credit) {
            if (m_inv.paid.minor() > 0) {
                QString label = T::text(m_lang, "already_paid");
                if (!m_inv.paymentReference.isEmpty())
                    label += u' ' + T::text(m_lang, "payment_ref").arg(m_inv.paymentReference);
                rows.append({ label, u'-' + T::money(m_inv.paid, m_lang), false });
            }
        }
        const qreal w = kContentWidth * 0.48;
        const qreal x = kMargin + kContentWidth - w;
        ensure(rows.size() * 18 + 40);
        for (const auto &[label, amount, strong] : rows) {
            const QFont f = font(strong ? 10 : 9, strong);
            const qreal h = textHeight(label, f, w * 0.62) + 6;
            if (strong)
                rule(m_y, x, w, kRule);
            draw(x + 6, m_y + 3, w * 0.62, label, f, strong ? Qt::black : kMuted);
            draw(x + w * 0.62, m_y + 3, w * 0.38 - 6, amount, f, Qt::black, Qt::AlignRight);
            m_y += h;
        }
        if (!credit) {
            m_y += 4;
            const QFont f = font(11, true);
            const qreal h = textHeight(T::text(m_lang, "amount_due"), f, w * 0.6) + 12;
            fill(QRectF(x, m_y, w, h), kAccent);
            draw(x + 6, m_y + 6, w * 0.6, T::text(m_lang, "amount_due"), f, Qt::white);
            draw(x + w * 0.6, m_y + 6, w * 0.4 - 6, T::money(m_inv.amountDue(), m_lang), f, Qt::white, Qt::AlignRight);
            m_y += h;
        }
        m_y += 22;
    }

    void mentions()
    {
        QStringList paragraphs;
        switch (m_inv.vatCategory()) {
        case VatCategory::Franchise:
            paragraphs << T::text(m_lang, "franchise");
            break;
        case VatCategory::ReverseCharge:
            paragraphs << T::text(m_lang, "reverse_charge");
            break;
        case VatCategory::Standard:
            break;
        }
        if (m_inv.kind == InvoiceKind::Invoice) {
            if (m_inv.isBusinessBuyer())
                paragraphs << T::text(m_lang, "late_penalties");
            const QString iban = m_inv.seller.value(QLatin1String("iban")).toString();
            if (!iban.isEmpty() && m_inv.amountDue().minor() > 0)
                paragraphs << T::text(m_lang, "iban").arg(iban);
        }
        for (const QString &p : std::as_const(paragraphs)) {
            const QFont f = font(8.5, p == paragraphs.constFirst() && m_inv.vatCategory() != VatCategory::Standard);
            const qreal h = textHeight(p, f, kContentWidth);
            ensure(h + 6);
            m_y += draw(kMargin, m_y, kContentWidth, p, f, Qt::black) + 6;
        }
    }

    void footer()
    {
        rule(kFooterTop + 14);
        QStringList parts;
        parts << sellerName();
        parts << m_inv.seller.value(QLatin1String("address")).toString().simplified();
        parts << T::text(m_lang, "siret") + u' ' + m_inv.seller.value(QLatin1String("siret")).toString();
        const QFont f = font(7);
        draw(kMargin, kFooterTop + 20, kContentWidth * 0.8, parts.join(QStringLiteral(" · ")), f, kMuted);
        draw(kMargin + kContentWidth * 0.8, kFooterTop + 20, kContentWidth * 0.2,
            T::text(m_lang, "page").arg(m_page).arg(qMax(m_totalPages, m_page)), f, kMuted, Qt::AlignRight);
    }

    QHash<QString, qreal> *m_heights;
    QImage m_logo;
    const Invoice &m_inv;
    QString m_lang;
    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_family;
    qreal m_y = kMargin;
    int m_page = 1;
    int m_totalPages = 1;
};

Status renderPdfA1b(const Invoice &invoice, const QString &path, const QImage &logo)
{
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle((invoice.kind == InvoiceKind::CreditNote ? T::text(invoice.language, "credit_note_title")
                                                             : T::text(invoice.language, "invoice_title"))
        + u' ' + invoice.number);
    writer.setCreator(QStringLiteral("Minutier"));
    QHash<QString, qreal> heights;
    Layout measure(invoice, &writer, nullptr, &heights, logo);
    const int pages = measure.run(1);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    painter.setRenderHint(QPainter::Antialiasing);
    Layout layout(invoice, &writer, &painter, &heights, logo);
    layout.run(pages);
    if (!painter.end())
        return makeError(ErrorCode::Io, QStringLiteral("cannot finish %1").arg(path));
    if (QFileInfo(path).size() <= 0)
        return makeError(ErrorCode::Io, QStringLiteral("nothing was written to %1").arg(path));
    return {};
}

} // namespace

Status InvoicePdfRenderer::render(const Invoice &invoice, const QString &outputPath, Format format)
{
    return render(invoice, outputPath, format, QByteArray());
}

Status InvoicePdfRenderer::render(
    const Invoice &invoice, const QString &outputPath, Format format, const QByteArray &logo)
{
    if (invoice.number.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("only issued documents are rendered"));
    const QFileInfo out(outputPath);
    if (!QDir().mkpath(out.absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create folder %1").arg(out.absolutePath()));
    // Render next to the target and move into place, so a failure never leaves half a file.
    QTemporaryFile tmp(out.absolutePath() + QStringLiteral("/.minutier-XXXXXX.pdf"));
    if (!tmp.open())
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot write in %1: %2").arg(out.absolutePath(), tmp.errorString()));
    tmp.close();
    if (auto s = renderPdfA1b(invoice, tmp.fileName(), LogoImage::decode(logo)); !s)
        return s;
    if (format == Format::FacturX) {
        auto xml = FacturXXml::generate(invoice);
        if (!xml)
            return xml.error();
        if (auto s = FacturXEmbedder::embed(tmp.fileName(), *xml, invoice, tmp.fileName()); !s)
            return s;
    }
    if (QFile::exists(outputPath) && !QFile::remove(outputPath))
        return makeError(ErrorCode::Io, QStringLiteral("cannot replace %1").arg(outputPath));
    if (!QFile::rename(tmp.fileName(), outputPath))
        return makeError(ErrorCode::Io, QStringLiteral("cannot move the PDF to %1").arg(outputPath));
    tmp.setAutoRemove(false);
    return {};
}

} // namespace minutier
