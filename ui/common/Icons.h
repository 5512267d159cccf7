#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace minutier::Icons {

// A stroke icon from resources/icons/<name>.svg drawn in `color` (default: the palette's text
// colour), drawn at the size (and device pixel ratio) each use asks for.
QIcon icon(const QString &name, const QColor &color = QColor());
// The application logo.
QIcon appIcon();

} // namespace minutier::Icons
