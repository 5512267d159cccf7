#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace minutier::Icons {

QIcon icon(const QString &name, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QColor ink = color.isValid() ? color : QGuiApplication::palette().color(QPalette::WindowText);
    QByteArray svg = file.readAll();
    svg.replace("currentColor", ink.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon result;
    for (const int size : { 16, 20, 24, 32, 48, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/minutier.svg"));
}

} // namespace minutier::Icons
