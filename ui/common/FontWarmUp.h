#pragma once

#include <memory>

class QThread;

namespace minutier {

// Loads the font database (fontconfig's configuration and caches, the system's font list) and the
// application font on a worker thread while the main thread goes on with the database and the
// window: about 4 ms at every start that the first widget measuring text would otherwise wait
// for. Qt supports fonts outside the GUI thread (text may be drawn on a QImage in any thread) and
// guards its font database with its own mutex, so the main thread at worst waits for the worker
// to finish. Construct it right after the QApplication; the destructor waits for the worker.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    // Waits for the worker (what the destructor does); true once the fonts are loaded.
    bool wait();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace minutier
