#include "NavigationDelegate.h"

#include "common/Theme.h"

#include <QPainter>

namespace minutier {

namespace {
constexpr int kMarginX = 8; // between the sidebar's edge and an entry's background
constexpr int kMarginY = 2;
constexpr int kPaddingX = 14; // inside an entry's background
constexpr int kPaddingY = 10;
constexpr int kGap = 10; // between the icon and the text
} // namespace

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Theme::Colors &c = Theme::colors();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool hover = opt.state & QStyle::State_MouseOver;
    const QRectF box = QRectF(opt.rect).adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hover) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? c.accent : QColor(255, 255, 255, 20));
        painter->drawRoundedRect(box, 8, 8);
    }
    if ((opt.state & QStyle::State_HasFocus) && (opt.state & QStyle::State_KeyboardFocusChange)) {
        painter->setPen(QPen(QColor(255, 255, 255, 180), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(1, 1, -1, -1), 7, 7);
    }
    const QRect inner = box.toAlignedRect().adjusted(kPaddingX, 0, -kPaddingX, 0);
    int x = inner.left();
    if (!opt.icon.isNull()) {
        const QSize iconSize = opt.decorationSize;
        const QRect iconRect(QPoint(x, inner.center().y() - iconSize.height() / 2 + 1), iconSize);
        opt.icon.paint(painter, iconRect, Qt::AlignCenter, QIcon::Normal, QIcon::Off);
        x = iconRect.right() + 1 + kGap;
    }
    painter->setFont(opt.font);
    painter->setPen(selected ? QColor(Qt::white) : c.sidebarInk);
    const QRect textRect(x, inner.top(), inner.right() - x, inner.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int content = std::max(opt.decorationSize.height(), opt.fontMetrics.height());
    const int textWidth = opt.fontMetrics.horizontalAdvance(opt.text);
    return QSize(2 * (kMarginX + kPaddingX) + opt.decorationSize.width() + kGap + textWidth,
        content + 2 * (kMarginY + kPaddingY));
}

} // namespace minutier
