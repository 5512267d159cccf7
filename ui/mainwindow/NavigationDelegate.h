#pragma once

#include <QStyledItemDelegate>

namespace minutier {

// The sidebar's entries: icon and text on the dark sidebar, the current page on a rounded accent
// background, a lighter one under the mouse, a ring for keyboard focus.
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace minutier
