#pragma once

#include <functional>

class QApplication;

namespace minutier {

class Database;
class MainWindow;

// The desktop application's start: settings, language, theme, single instance, database (opened
// on a worker thread while the window is built), keychain, payment provider, main window. main()
// calls it; bench_startup too, so that the start-up it measures is the application's own.
namespace Desktop {

struct Hooks {
    // Called once the window is built, right before it is shown.
    std::function<void(MainWindow &, Database &)> beforeShow;
};

// Runs the application's event loop; returns its exit code (1 when the database cannot be opened).
int run(QApplication &app, const Hooks &hooks = {});

} // namespace Desktop

} // namespace minutier
