#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QMenuBar;
class QTableWidget;
class QTextBrowser;

namespace bd {

// One line of Help > Keyboard shortcuts.
struct ShortcutLine {
    QString where; // "File", "In the meeting editor"
    QString what; // "Open...", "Indent a bullet"
    QString keys; // "Ctrl+O"
};

// Every shortcut of the menus' actions, read from the actions themselves (so the list is
// never out of date), menu by menu, then the keys of the editors, which are not actions.
QList<ShortcutLine> shortcutLines(const QMenuBar *menuBar);

// Help > Keyboard shortcuts: shortcutLines() as a table, filterable by typing.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    QTableWidget *table() { return m_table; }

private:
    QTableWidget *m_table;
};

// Help > User guide (F1): the short guide that ships inside BoardDesk, opened at \a section
// (an anchor of resources/help/guide.html, such as "minutes"); links to the web open in the
// browser.
class UserGuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    void showSection(const QString &section);
    QTextBrowser *browser() { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace bd
