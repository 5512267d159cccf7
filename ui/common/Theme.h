#pragma once

class QApplication;

namespace minutier::Theme {

enum class Mode { System, Light, Dark };

// Fusion style with a light or dark palette (System follows the desktop's palette: Qt 6.4 has no
// colour-scheme hint yet, so we read the window colour's lightness) and Minutier's style sheet.
void apply(QApplication &app, Mode mode = Mode::System);
bool isDark();

} // namespace minutier::Theme
