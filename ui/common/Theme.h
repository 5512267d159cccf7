#pragma once

#include <QColor>

class QApplication;
class QWidget;

namespace minutier::Theme {

enum class Mode { System, Light, Dark };

// Fusion with a light or dark palette (System follows the desktop's palette: Qt 6.4 has no
// colour-scheme hint yet, so we read the window colour's lightness) and Minutier's look drawn by a
// proxy style: cards (QFrame with the "card" property), rounded buttons ("accent" property, the
// call's start/pause/stop buttons), label roles ("role": title, subtitle, muted, ok, error, stat),
// flat table headers. A style, not an application style sheet: a style sheet makes every widget's
// polish and paint go through its selector matching, about a third of the window's start-up.
void apply(QApplication &app, Mode mode = Mode::System);
bool isDark();

// Sets a label's role ("muted", "ok", "error", ... or empty) and restyles it at once (a dynamic
// property alone does not restyle a widget that is already polished).
void setRole(QWidget *widget, const QString &role);

// The colours of the current palette (light or dark).
struct Colors {
    QColor card;
    QColor border;
    QColor muted;
    QColor sidebar;
    QColor sidebarInk;
    QColor accent;
    QColor accentHover;
    QColor accentText; // accent-coloured text readable on the window (lighter on dark)
    QColor ok;
    QColor error;
    QColor stop;
    QColor stopHover;
    QColor start;
    QColor startHover;
};
const Colors &colors();

} // namespace minutier::Theme
