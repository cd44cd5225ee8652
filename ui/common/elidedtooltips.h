#pragma once

#include <QObject>
#include <QString>

class QWidget;
class QPoint;

namespace bd {

// The whole of a text cut short where it is shown ("Bethany Cr…"), for its tooltip: a cell of
// a list or table, a label that does not wrap, a combo box's current choice. Empty when the
// text shows whole (or the widget has a tooltip of its own). \a at is in \a widget's
// coordinates (a view's viewport for a cell).
QString clippedText(QWidget *widget, const QPoint &at);

// Shows clippedText() as the tooltip wherever the pointer rests on text cut short, for every
// widget of the application. Installed on the application by the main window.
class ElidedTextToolTips : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace bd
