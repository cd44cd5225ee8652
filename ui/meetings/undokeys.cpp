#include "undokeys.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>
#include <QWidget>

namespace bd {

namespace {

enum class Route { None, Undo, Redo };

Route routeOf(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->matches(QKeySequence::Undo) || (mods == Qt::ControlModifier && event->key() == Qt::Key_Z))
        return Route::Undo;
    if (event->matches(QKeySequence::Redo) || (mods == Qt::ControlModifier && event->key() == Qt::Key_Y)
        || (mods == (Qt::ControlModifier | Qt::ShiftModifier) && event->key() == Qt::Key_Z))
        return Route::Redo;
    return Route::None;
}

} // namespace

UndoKeys::UndoKeys(QUndoStack *stack, std::function<void()> flush, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_flush(std::move(flush))
{
}

void UndoKeys::watch(QWidget *widget)
{
    widget->installEventFilter(this);
    for (QLineEdit *edit : widget->findChildren<QLineEdit *>())
        edit->installEventFilter(this);
}

bool UndoKeys::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QObject::eventFilter(object, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Route route = routeOf(key);
    if (route == Route::None)
        return QObject::eventFilter(object, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Ours, not the window's Edit menu: what is being typed is saved first, below.
        key->accept();
        return true;
    }
    if (m_flush)
        m_flush();
    if (route == Route::Undo)
        m_stack->undo();
    else
        m_stack->redo();
    return true;
}

} // namespace bd
