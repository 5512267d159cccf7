#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace minutier::Theme {

namespace {
bool s_dark = false;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Button, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x37));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Link, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xd1, 0xd5, 0xdb));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9c, 0xa3, 0xaf));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x18, 0x1b, 0x21));
    p.setColor(QPalette::WindowText, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Base, QColor(0x22, 0x26, 0x2e));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2c, 0x35));
    p.setColor(QPalette::Text, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xe5, 0xe7, 0xeb));
    p.setColor(QPalette::ToolTipText, QColor(0x18, 0x1b, 0x21));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x40, 0x4a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    return p;
}

QString styleSheet(bool dark)
{
    const QString card = dark ? QStringLiteral("#22262e") : QStringLiteral("#ffffff");
    const QString border = dark ? QStringLiteral("#343a45") : QStringLiteral("#e5e7eb");
    const QString muted = dark ? QStringLiteral("#9ca3af") : QStringLiteral("#6b7280");
    const QString sidebar = dark ? QStringLiteral("#111318") : QStringLiteral("#1e293b");
    QString css = QStringLiteral(R"(
QListWidget#navigation { background: %4; border: none; color: #cbd5e1; font-size: 11pt; padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 10px 14px; margin: 2px 8px; border-radius: 8px; }
QListWidget#navigation::item:selected { background: #2563eb; color: white; }
QListWidget#navigation::item:hover:!selected { background: rgba(255,255,255,0.08); }
QFrame[card="true"] { background: %1; border: 1px solid %2; border-radius: 12px; }
QLabel[role="title"] { font-size: 17pt; font-weight: 600; }
QLabel[role="subtitle"] { font-size: 12pt; font-weight: 600; }
QLabel[role="muted"] { color: %3; }
QLabel#tickerElapsed { font-size: 44pt; font-weight: 300; }
QLabel#tickerCost { font-size: 30pt; font-weight: 600; color: %5; }
QLabel[role="ok"] { color: #16a34a; }
QLabel[role="error"] { color: #dc2626; }
QLabel[role="stat"] { font-size: 16pt; font-weight: 600; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid %2; background: %1; }
QPushButton:hover { border-color: #2563eb; }
QPushButton:disabled { background: transparent; }
QPushButton[accent="true"] { background: #2563eb; color: white; border: none; font-weight: 600; }
QPushButton[accent="true"]:hover { background: #1d4ed8; }
QPushButton[accent="true"]:disabled { background: %2; color: %3; }
QPushButton#startButton, QPushButton#pauseButton, QPushButton#stopButton { font-size: 13pt; padding: 12px 24px; border-radius: 10px; min-width: 120px; }
QPushButton#startButton { background: #16a34a; color: white; border: none; font-weight: 600; }
QPushButton#startButton:hover { background: #15803d; }
QPushButton#stopButton { background: #dc2626; color: white; border: none; font-weight: 600; }
QPushButton#stopButton:hover { background: #b91c1c; }
QPushButton#startButton:disabled, QPushButton#stopButton:disabled { background: %2; color: %3; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QDateEdit { padding: 5px 8px; border: 1px solid %2; border-radius: 6px; background: palette(base); }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QDateEdit:focus { border-color: #2563eb; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 24px; border: none; }
QComboBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 12px; height: 12px; }
QComboBox::down-arrow:disabled { image: none; }
QSpinBox::up-button, QSpinBox::down-button { width: 20px; border: none; background: transparent; }
QSpinBox::up-arrow { image: url(:/icons/chevron-up.svg); width: 10px; height: 10px; }
QSpinBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 10px; height: 10px; }
QListWidget#offerList { border: 1px solid %2; border-radius: 8px; padding: 4px; }
QListWidget#offerList::item { padding: 6px; }
QLabel#callStateLabel[live="true"] { color: #16a34a; font-weight: 600; }
QTableView { border: 1px solid %2; border-radius: 8px; gridline-color: transparent; selection-background-color: #2563eb; }
QHeaderView::section { background: transparent; border: none; border-bottom: 1px solid %2; padding: 6px; font-weight: 600; color: %3; }
)");
    const QString accentText = dark ? QStringLiteral("#60a5fa") : QStringLiteral("#2563eb");
    return css.arg(card, border, muted, sidebar, accentText);
}
} // namespace

void apply(QApplication &app, Mode mode)
{
    const QPalette system = QApplication::palette();
    bool dark = false;
    if (mode == Mode::Dark)
        dark = true;
    else if (mode == Mode::System)
        dark = system.color(QPalette::Window).lightness() < 128;
    s_dark = dark;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(dark ? darkPalette() : lightPalette());
    app.setStyleSheet(styleSheet(dark));
}

bool isDark()
{
    return s_dark;
}

} // namespace minutier::Theme
