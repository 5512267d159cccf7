// minutier: the desktop application. Construction and wiring only (see Desktop::run()).
#include "Desktop.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return minutier::Desktop::run(app);
}
