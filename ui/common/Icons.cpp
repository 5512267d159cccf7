#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

namespace minutier::Icons {

namespace {

// Draws the tinted SVG at the size asked for, when it is asked for (a sidebar entry needs one or
// two sizes, not six rendered up front), and keeps each size drawn.
class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty())
            return {};
        const quint64 key = (quint64(size.width()) << 32) | quint64(size.height()) | (quint64(mode) << 60);
        if (auto it = m_cache.constFind(key); it != m_cache.cend())
            return it.value();
        if (!m_renderer) {
            m_renderer = std::make_unique<QSvgRenderer>(m_svg);
            if (!m_renderer->isValid())
                return {};
        }
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            if (mode == QIcon::Disabled)
                p.setOpacity(0.45);
            m_renderer->render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        m_cache.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg); }
    QString key() const override { return QStringLiteral("minutier-tinted-svg"); }

private:
    QByteArray m_svg;
    std::unique_ptr<QSvgRenderer> m_renderer;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QIcon icon(const QString &name, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QColor ink = color.isValid() ? color : QGuiApplication::palette().color(QPalette::WindowText);
    QByteArray svg = file.readAll();
    svg.replace("currentColor", ink.name().toLatin1());
    return QIcon(new TintedSvgEngine(std::move(svg)));
}

QIcon appIcon()
{
    // Drawn by the engine above (QtSvg is linked anyway) rather than through Qt's SVG icon plugin,
    // which would be looked up and loaded at every start for this one icon.
    static const QIcon logo = [] {
        QFile file(QStringLiteral(":/icons/minutier.svg"));
        return file.open(QIODevice::ReadOnly) ? QIcon(new TintedSvgEngine(file.readAll())) : QIcon();
    }();
    return logo;
}

} // namespace minutier::Icons
