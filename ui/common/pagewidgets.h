#pragma once

#include <QString>

class QAbstractItemView;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
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
// A table for records: whole-row selection, edit on typing, sensible row height.
QTableView *recordTable(QWidget *parent, const QString &accessibleName);
// A row of buttons aligned left, for "Add" and "Remove" under a table.
QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons);

} // namespace bd
