#include "QrCode.h"

#include <qrencode.h>

#include <QPainter>

#include <memory>

namespace minutier::QrCode {

namespace {
struct Free
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using Code = std::unique_ptr<QRcode, Free>;

Code encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return Code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
}
} // namespace

int symbolWidth(const QString &text)
{
    const Code code = encode(text);
    return code ? code->width : 0;
}

QImage render(const QString &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const Code code = encode(text);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int side = (code->width + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // bit 0: dark module
                painter.drawRect((x + quiet) * moduleSize, (y + quiet) * moduleSize, moduleSize, moduleSize);
        }
    }
    return image;
}

} // namespace minutier::QrCode
