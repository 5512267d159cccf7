#include "LogoImage.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace minutier::LogoImage {

namespace {
constexpr qreal kBoxWidth = 160; // points
constexpr qreal kBoxHeight = 56;
constexpr qreal kDpi = 300;

QSize maxPixels()
{
    return QSize(qRound(kBoxWidth / 72.0 * kDpi), qRound(kBoxHeight / 72.0 * kDpi));
}

QImage flatten(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage out(image.size(), QImage::Format_RGB32);
    out.setDevicePixelRatio(1);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, image);
    p.end();
    return out;
}
} // namespace

QSizeF printedBox()
{
    return QSizeF(kBoxWidth, kBoxHeight);
}

QSizeF printedSize(QSize pixels)
{
    if (pixels.isEmpty())
        return {};
    return QSizeF(pixels).scaled(printedBox(), Qt::KeepAspectRatio);
}

Result<QByteArray> prepare(const QByteArray &imageFile)
{
    QBuffer buffer;
    buffer.setData(imageFile);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize natural = reader.size();
    const QSize box = maxPixels();
    // Vector images (SVG) are drawn straight at the size they are printed at; raster images are
    // only ever scaled down.
    const bool vector = reader.format() == "svg" || reader.format() == "svgz";
    if (natural.isValid() && (vector || natural.width() > box.width() || natural.height() > box.height()))
        reader.setScaledSize(natural.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the logo is not an image that can be read (%1)").arg(reader.errorString()));
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QImage flat = flatten(image);
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    if (!writer.write(flat))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot encode the logo: %1").arg(writer.errorString()));
    return png;
}

QImage decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    return flatten(image);
}

} // namespace minutier::LogoImage
