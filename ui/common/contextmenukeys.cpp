#include "contextmenukeys.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QWidget>

namespace bd {

bool openContextMenuFromKeyboard(QWidget *widget)
{
    if (!widget || !widget->isEnabled())
        return false;
    // Where Qt puts a Menu key's menu (QWidgetWindow::handleContextMenuEvent).
    QPoint at = widget->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    if (!widget->rect().contains(at))
        at = widget->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, widget->mapToGlobal(at),
                            QApplication::keyboardModifiers());
    // Accepted unless a widget passes it on (QWidget's own handler ignores it).
    QApplication::sendEvent(widget, &event);
    return event.isAccepted();
}

bool ContextMenuKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_F10 && mods == Qt::ShiftModifier && watched == QApplication::focusWidget()) {
            openContextMenuFromKeyboard(QApplication::focusWidget());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd
