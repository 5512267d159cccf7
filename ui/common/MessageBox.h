#pragma once

#include <QMessageBox>

namespace minutier {

// Every modal message box goes through here so tests can answer in advance (KeePassXC's seam):
// MessageBox::setNextAnswer(QMessageBox::Yes) makes the next call return Yes without showing anything.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // Test seam: the next box returns `answer` at once; several calls queue answers for the next
    // boxes in order (NoButton clears the queue).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: the text of the last box shown or answered automatically.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace minutier
