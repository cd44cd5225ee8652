#pragma once

#include <QFrame>
#include <QString>

class QAbstractItemView;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPainter;
class QPushButton;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace bd {

// The parts every page on the right of the main window is made of, so the pages read alike:
// a heading, a line saying what the page is for, tables that edit as you type.

// A page's layout with the house margins and spacing.
QVBoxLayout *pageLayout(QWidget *page);
// The page's title (plain text: it may be a name the user typed).
QLabel *pageHeading(const QString &text, QWidget *parent);
// A muted line under the heading.
QLabel *pageNote(const QString &text, QWidget *parent);
// A table for records: whole-row selection, edit on typing, sensible row height; its columns
// take the width of their contents (within limits, see fitColumnsToContents) once its model
// first has rows, then keep what the user makes them.
QTableView *recordTable(QWidget *parent, const QString &accessibleName);
// Each column of \a table as wide as its header and contents, but no narrower than a few
// characters and no wider than \a mostChars of them (longer text is cut short with "…" and
// shown whole in its tooltip). Stretching columns are left to stretch.
void fitColumnsToContents(QTableView *table, int mostChars = 40);
// A row of buttons aligned left, for "Add" and "Remove" under a table.
QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons);

// A white panel with a hairline border and rounded corners, on the grey page.
class Card : public QFrame {
public:
    explicit Card(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};
// A button that reads as a link ("+ Add bullet"): flat, in the link colour, with a ring
// around it while it has the focus (a flat button's style draws none).
QPushButton *linkButton(const QString &text, QWidget *parent);
// Paints the ring that shows \a widget has the focus, inside its rect (for widgets whose
// style shows none: flat buttons, empty lists).
void paintFocusRing(QWidget *widget, QPainter &painter);
// A card's title (plain text).
QLabel *cardTitle(const QString &text, QWidget *parent);
// A muted, smaller line of help that wraps (plain text).
QLabel *hint(const QString &text, QWidget *parent);

} // namespace bd
