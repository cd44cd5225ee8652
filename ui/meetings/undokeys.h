#pragma once

#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;

namespace bd {

// Makes Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in a field undo and redo through the workspace's
// undo stack (first saving what is being typed), instead of the field's own little undo:
// every change is a saved command, and undo must take back exactly those.
class UndoKeys : public QObject {
    Q_OBJECT

public:
    UndoKeys(QUndoStack *stack, std::function<void()> flush, QObject *parent = nullptr);
    // Routes the keys of \a widget and of the line edits inside it (spin boxes, date edits).
    void watch(QWidget *widget);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QUndoStack *m_stack;
    std::function<void()> m_flush;
};

} // namespace bd
