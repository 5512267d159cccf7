// The smallest Qt Widgets program: an empty 1180x760 window, "painted" on stdout at its first paint.
// bench_startup starts it as a second point of comparison (a binary that loads Qt Widgets alone).
#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {
class Window final : public QWidget
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_painted)
            return;
        m_painted = true;
        std::printf("painted\n");
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1180, 760);
    window.show();
    return app.exec();
}
