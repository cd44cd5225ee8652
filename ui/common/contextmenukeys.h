#pragma once

#include <QObject>

class QWidget;

namespace bd {

// Opens \a widget's context menu as the Menu key does: a keyboard context menu event at the
// widget's cursor (the current row of a list, the text cursor of a field), or its middle.
// Returns whether the widget took the event.
bool openContextMenuFromKeyboard(QWidget *widget);

// Shift+F10 opens the context menu of the widget with the focus, as the Menu key does (Qt
// gives only the Menu key one). Installed on the application by the main window.
class ContextMenuKeys : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace bd
