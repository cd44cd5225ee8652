#include "elidedtooltips.h"

#include "displayformat.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>

namespace bd {

namespace {

// The room a cell's text has: its rectangle less the icon, the check box and the margins.
int textRoom(const QAbstractItemView *view, const QModelIndex &index)
{
    const QRect rect = view->visualRect(index);
    int room = rect.width() - 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    if (!index.data(Qt::DecorationRole).isNull())
        room -= view->iconSize().width() > 0 ? view->iconSize().width() + 4 : 20;
    if (index.flags() & Qt::ItemIsUserCheckable)
        room -= 20;
    return room;
}

} // namespace

QString clippedText(QWidget *widget, const QPoint &at)
{
    if (!widget)
        return {};
    if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget()); view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(at);
        if (!index.isValid() || !index.data(Qt::ToolTipRole).isNull())
            return {};
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty() || text.contains(QLatin1Char('\n')))
            return {};
        QFont font = view->font();
        if (const QVariant itemFont = index.data(Qt::FontRole); itemFont.canConvert<QFont>())
            font = itemFont.value<QFont>();
        return QFontMetrics(font).horizontalAdvance(text) > textRoom(view, index) ? text : QString();
    }
    if (!widget->toolTip().isEmpty())
        return {};
    if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap() && label->pixmap().isNull()) {
        const QString text = label->text();
        const int room = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent();
        const bool rich
            = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        return !rich && label->fontMetrics().horizontalAdvance(text) > room ? text : QString();
    }
    if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const QString text = combo->currentText();
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect field
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int room = field.width();
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            room -= combo->iconSize().width() + 4;
        return combo->fontMetrics().horizontalAdvance(text) > room ? text : QString();
    }
    return {};
}

bool ElidedTextToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *widget = qobject_cast<QWidget *>(watched);
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = clippedText(widget, help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), toolTipText(text), widget);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd
