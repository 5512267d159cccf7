#include "Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyleFactory>
#include <QStyleOption>

namespace minutier::Theme {

namespace {
bool s_dark = false;

Colors lightColors()
{
    Colors c;
    c.card = QColor(0xff, 0xff, 0xff);
    c.border = QColor(0xe5, 0xe7, 0xeb);
    c.muted = QColor(0x6b, 0x72, 0x80);
    c.sidebar = QColor(0x1e, 0x29, 0x3b);
    c.sidebarInk = QColor(0xcb, 0xd5, 0xe1);
    c.accent = QColor(0x25, 0x63, 0xeb);
    c.accentHover = QColor(0x1d, 0x4e, 0xd8);
    c.accentText = QColor(0x25, 0x63, 0xeb);
    c.ok = QColor(0x16, 0xa3, 0x4a);
    c.error = QColor(0xdc, 0x26, 0x26);
    c.start = QColor(0x16, 0xa3, 0x4a);
    c.startHover = QColor(0x15, 0x80, 0x3d);
    c.stop = QColor(0xdc, 0x26, 0x26);
    c.stopHover = QColor(0xb9, 0x1c, 0x1c);
    return c;
}

Colors darkColors()
{
    Colors c = lightColors();
    c.card = QColor(0x22, 0x26, 0x2e);
    c.border = QColor(0x34, 0x3a, 0x45);
    c.muted = QColor(0x9c, 0xa3, 0xaf);
    c.sidebar = QColor(0x11, 0x13, 0x18);
    c.accentText = QColor(0x60, 0xa5, 0xfa);
    c.ok = QColor(0x4a, 0xde, 0x80);
    c.error = QColor(0xf8, 0x71, 0x71);
    return c;
}

Colors s_colors = lightColors();

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

// Marks a widget whose font or palette the style set, so that unpolish() gives them back.
constexpr char kStyled[] = "_minutier_styled";

enum class ButtonKind { Plain, Accent, Start, Pause, Stop };

ButtonKind buttonKind(const QWidget *w)
{
    if (!w)
        return ButtonKind::Plain;
    const QString name = w->objectName();
    if (name == QLatin1String("startButton"))
        return ButtonKind::Start;
    if (name == QLatin1String("stopButton"))
        return ButtonKind::Stop;
    if (name == QLatin1String("pauseButton"))
        return ButtonKind::Pause;
    if (w->property("accent").toBool())
        return ButtonKind::Accent;
    return ButtonKind::Plain;
}

bool isBig(ButtonKind kind)
{
    return kind == ButtonKind::Start || kind == ButtonKind::Pause || kind == ButtonKind::Stop;
}

class Style final : public QProxyStyle
{
public:
    Style()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void polish(QWidget *w) override
    {
        QProxyStyle::polish(w);
        if (auto *label = qobject_cast<QLabel *>(w))
            polishLabel(label);
        else if (auto *button = qobject_cast<QPushButton *>(w))
            polishButton(button);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            polishHeader(header);
    }

    void unpolish(QWidget *w) override
    {
        if (w->property(kStyled).toBool()) {
            w->setFont(QFont());
            w->setPalette(QPalette());
            w->setProperty(kStyled, QVariant());
        }
        QProxyStyle::unpolish(w);
    }

    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        switch (element) {
        case CE_ShapedFrame:
            if (widget && widget->property("card").toBool()) {
                drawCard(option->rect, painter);
                return;
            }
            break;
        case CE_PushButtonBevel:
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
                button && !(button->features & QStyleOptionButton::Flat)) {
                drawButton(*button, painter, widget);
                return;
            }
            break;
        case CE_HeaderSection: {
            const Colors &c = s_colors;
            painter->fillRect(option->rect, option->palette.color(QPalette::Base));
            painter->fillRect(QRect(option->rect.left(), option->rect.bottom(), option->rect.width(), 1), c.border);
            return;
        }
        case CE_HeaderLabel:
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                QStyleOptionHeader padded = *header;
                padded.rect.adjust(4, 0, -4, 0);
                QProxyStyle::drawControl(element, &padded, painter, widget);
                return;
            }
            break;
        case CE_HeaderEmptyArea:
            painter->fillRect(option->rect, option->palette.color(QPalette::Base));
            painter->fillRect(QRect(option->rect.left(), option->rect.bottom(), option->rect.width(), 1), s_colors.border);
            return;
        default:
            break;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        if (element == PE_PanelLineEdit) {
            // A line edit's own frame (those inside combo and spin boxes are drawn with their box).
            if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option); frame && frame->lineWidth > 0) {
                drawField(*option, painter, option->state & State_HasFocus);
                return;
            }
        }
        if (element == PE_Frame && widget && widget->inherits("QPlainTextEdit")) {
            drawField(*option, painter, widget->hasFocus(), false);
            return;
        }
        if (element == PE_Frame && qobject_cast<const QAbstractItemView *>(widget)) {
            // Item views: one thin line in the cards' border colour, no sunken bevel.
            painter->save();
            painter->setPen(s_colors.border);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
            painter->restore();
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget) const override
    {
        if (control == CC_ComboBox) {
            if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option); combo && combo->frame) {
                drawField(*option, painter, option->state & State_HasFocus);
                const QRect arrow = proxy()->subControlRect(CC_ComboBox, option, SC_ComboBoxArrow, widget);
                drawChevron(painter, arrow, true, option->state & State_Enabled, option->palette);
                return;
            }
        }
        if (control == CC_SpinBox) {
            if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option); spin && spin->frame) {
                drawField(*option, painter, option->state & State_HasFocus);
                if (spin->buttonSymbols != QAbstractSpinBox::NoButtons) {
                    const bool enabled = option->state & State_Enabled;
                    drawChevron(painter, proxy()->subControlRect(CC_SpinBox, option, SC_SpinBoxUp, widget), false,
                        enabled && (spin->stepEnabled & QAbstractSpinBox::StepUpEnabled), option->palette);
                    drawChevron(painter, proxy()->subControlRect(CC_SpinBox, option, SC_SpinBoxDown, widget), true,
                        enabled && (spin->stepEnabled & QAbstractSpinBox::StepDownEnabled), option->palette);
                }
                return;
            }
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }

    QRect subElementRect(SubElement element, const QStyleOption *option, const QWidget *widget) const override
    {
        QRect rect = QProxyStyle::subElementRect(element, option, widget);
        if (element == SE_LineEditContents) {
            // Text inside a framed line edit keeps off the rounded border.
            if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option); frame && frame->lineWidth > 0)
                rect.adjust(4, 0, -4, 0);
        }
        return rect;
    }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents,
        const QWidget *widget) const override
    {
        switch (type) {
        case CT_PushButton:
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
                button && !(button->features & QStyleOptionButton::Flat)) {
                const ButtonKind kind = buttonKind(widget);
                const bool big = isBig(kind);
                QSize size = contents + QSize(2 * (big ? 24 : 14) + 2, 2 * (big ? 12 : 6) + 2);
                if (button->features & QStyleOptionButton::HasMenu)
                    size.rwidth() += 18;
                if (big)
                    size.setWidth(std::max(size.width(), 120));
                else if (!button->text.isEmpty())
                    size.setWidth(std::max(size.width(), 64));
                return size;
            }
            break;
        case CT_LineEdit:
        case CT_ComboBox:
        case CT_SpinBox:
            // A little more air than Fusion's: the fields line up with the rounded buttons.
            return QProxyStyle::sizeFromContents(type, option, contents, widget) + QSize(4, 6);
        case CT_HeaderSection:
            return QProxyStyle::sizeFromContents(type, option, contents, widget) + QSize(8, 10);
        default:
            break;
        }
        return QProxyStyle::sizeFromContents(type, option, contents, widget);
    }

private:
    static void drawCard(const QRect &rect, QPainter *painter)
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(s_colors.border, 1));
        painter->setBrush(s_colors.card);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
        painter->restore();
    }

    // Text fields, combo and spin boxes: a rounded box on the base colour, its border in the accent
    // colour while it has the focus.
    static void drawField(const QStyleOption &option, QPainter *painter, bool focused, bool fill = true)
    {
        const bool enabled = option.state & State_Enabled;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(focused && enabled ? s_colors.accent : s_colors.border, 1));
        painter->setBrush(!fill ? QBrush(Qt::NoBrush)
                                : QBrush(option.palette.color(enabled ? QPalette::Active : QPalette::Disabled,
                                      enabled ? QPalette::Base : QPalette::Window)));
        painter->drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->restore();
    }

    static void drawChevron(QPainter *painter, const QRect &rect, bool down, bool enabled, const QPalette &palette)
    {
        const QPointF c = QRectF(rect).center();
        const qreal w = 4.0;
        const qreal h = down ? 2.25 : -2.25;
        QPainterPath path;
        path.moveTo(c.x() - w, c.y() - h);
        path.lineTo(c.x(), c.y() + h);
        path.lineTo(c.x() + w, c.y() - h);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(enabled ? s_colors.muted : palette.color(QPalette::Disabled, QPalette::WindowText), 1.5,
            Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->restore();
    }

    void drawButton(const QStyleOptionButton &option, QPainter *painter, const QWidget *widget) const
    {
        const Colors &c = s_colors;
        const ButtonKind kind = buttonKind(widget);
        const bool enabled = option.state & State_Enabled;
        const bool hover = enabled && (option.state & State_MouseOver);
        const bool pressed = enabled && (option.state & (State_Sunken | State_On));
        QColor fill = c.card;
        QColor line = c.border;
        switch (kind) {
        case ButtonKind::Accent:
            fill = !enabled ? c.border : (hover || pressed) ? c.accentHover : c.accent;
            line = Qt::transparent;
            break;
        case ButtonKind::Start:
            fill = !enabled ? c.border : (hover || pressed) ? c.startHover : c.start;
            line = Qt::transparent;
            break;
        case ButtonKind::Stop:
            fill = !enabled ? c.border : (hover || pressed) ? c.stopHover : c.stop;
            line = Qt::transparent;
            break;
        case ButtonKind::Plain:
        case ButtonKind::Pause:
            fill = !enabled ? QColor(Qt::transparent) : pressed ? option.palette.color(QPalette::AlternateBase) : c.card;
            line = hover || pressed ? c.accent : c.border;
            break;
        }
        const qreal radius = isBig(kind) ? 10 : 6;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(line.alpha() ? QPen(line, 1) : QPen(Qt::NoPen));
        painter->setBrush(fill);
        const QRectF r = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->drawRoundedRect(r, radius, radius);
        if ((option.state & State_HasFocus) && (option.state & State_KeyboardFocusChange)) {
            // Keyboard focus: a ring in the accent colour (white on coloured buttons).
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(kind == ButtonKind::Plain || kind == ButtonKind::Pause ? c.accent : QColor(Qt::white), 2));
            painter->drawRoundedRect(r.adjusted(1.5, 1.5, -1.5, -1.5), radius - 1.5, radius - 1.5);
        }
        painter->restore();
        if (option.features & QStyleOptionButton::HasMenu) {
            const int size = 10;
            drawChevron(painter, QRect(option.rect.right() - 10 - size, option.rect.center().y() - size / 2, size, size),
                true, enabled, option.palette);
        }
    }

    static void mark(QWidget *w) { w->setProperty(kStyled, true); }

    static void polishLabel(QLabel *label)
    {
        const Colors &c = s_colors;
        const QString role = label->property("role").toString();
        const QString name = label->objectName();
        QFont font; // only what is set here is resolved; the rest comes from the parent
        bool fontSet = false;
        QColor ink;
        const auto size = [&](qreal points, QFont::Weight weight) {
            font.setPointSizeF(points);
            font.setWeight(weight);
            fontSet = true;
        };
        if (role == QLatin1String("title"))
            size(17, QFont::DemiBold);
        else if (role == QLatin1String("subtitle"))
            size(12, QFont::DemiBold);
        else if (role == QLatin1String("stat"))
            size(16, QFont::DemiBold);
        else if (role == QLatin1String("muted"))
            ink = c.muted;
        else if (role == QLatin1String("ok"))
            ink = c.ok;
        else if (role == QLatin1String("error"))
            ink = c.error;
        if (name == QLatin1String("tickerElapsed")) {
            size(44, QFont::Light);
        } else if (name == QLatin1String("tickerCost")) {
            size(30, QFont::DemiBold);
            ink = c.accentText;
        } else if (name == QLatin1String("callStateLabel") && label->property("live").toBool()) {
            font.setWeight(QFont::DemiBold);
            fontSet = true;
            ink = c.ok;
        }
        if (fontSet)
            label->setFont(font);
        if (ink.isValid()) {
            QPalette palette;
            palette.setColor(QPalette::WindowText, ink);
            palette.setColor(QPalette::Text, ink);
            label->setPalette(palette);
        }
        if (fontSet || ink.isValid())
            mark(label);
    }

    static void polishButton(QPushButton *button)
    {
        button->setAttribute(Qt::WA_Hover);
        const ButtonKind kind = buttonKind(button);
        if (kind == ButtonKind::Plain)
            return;
        QFont font; // one font for the three call buttons (each font and size costs at start-up)
        if (isBig(kind))
            font.setPointSizeF(13);
        font.setWeight(QFont::DemiBold);
        button->setFont(font);
        if (kind != ButtonKind::Pause) {
            QPalette palette;
            palette.setColor(QPalette::Active, QPalette::ButtonText, Qt::white);
            palette.setColor(QPalette::Inactive, QPalette::ButtonText, Qt::white);
            palette.setColor(QPalette::Disabled, QPalette::ButtonText, s_colors.muted);
            button->setPalette(palette);
        }
        mark(button);
    }

    static void polishHeader(QHeaderView *header)
    {
        QFont font;
        font.setWeight(QFont::DemiBold);
        header->setFont(font);
        QPalette palette;
        palette.setColor(QPalette::ButtonText, s_colors.muted);
        header->setPalette(palette);
        mark(header);
    }
};
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
    s_colors = dark ? darkColors() : lightColors();
    if (!dynamic_cast<Style *>(QApplication::style())) {
        // Text in scripts that need no OpenType shaping (Latin, Greek, Cyrillic...) is laid out
        // glyph by glyph, with the font's kerning table; Qt still shapes the scripts that need it
        // (Arabic, Devanagari...). The same text, without a HarfBuzz shaping plan built for every
        // font and size the window shows: about a millisecond less before the first paint.
        QFont font = QApplication::font();
        font.setStyleStrategy(QFont::PreferNoShaping);
        QApplication::setFont(font);
        app.setStyle(new Style); // the application owns it
        app.setPalette(dark ? darkPalette() : lightPalette());
        return;
    }
    // Switched while widgets exist (the tests do): the new palette, then every widget styled again
    // with the new colours.
    app.setPalette(dark ? darkPalette() : lightPalette());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange); // windows get it posted
    QStyle *style = QApplication::style();
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (!w->testAttribute(Qt::WA_WState_Polished) || w->style() != style)
            continue;
        style->unpolish(w);
        style->polish(w);
        w->update();
    }
}

bool isDark()
{
    return s_dark;
}

const Colors &colors()
{
    return s_colors;
}

void setRole(QWidget *widget, const QString &role)
{
    widget->setProperty("role", role.isEmpty() ? QVariant() : QVariant(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace minutier::Theme
