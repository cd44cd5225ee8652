#pragma once

#include "domain/newsletterrules.h"
#include "domain/types.h"
#include "util/result.h"

#include <QTreeWidget>
#include <QWidget>

#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTimer;

namespace bd {

class DateField;
class Workspace;

// The items of one issue as the reader meets them: each section heading with its items
// under it. Ctrl+Up/Down (or Alt+Up/Down) moves the selected item or section; an item or
// section may be dragged to its new place. The tree only says what was asked for: the page
// makes the change, as an undoable command, and shows the issue again.
class NewsletterItemTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit NewsletterItemTree(QWidget *parent = nullptr);

    // Data of a row: the item's index in the issue's (grouped) items, -1 on a section's row;
    // and the section's name on every row.
    static constexpr int IndexRole = Qt::UserRole;
    static constexpr int SectionRole = Qt::UserRole + 1;

signals:
    void stepRequested(int step);
    // An item dropped to stand before item \a before (-1: at the end of \a section).
    void itemDropped(int from, int before, const QString &section);
    // A section dropped to stand before section \a before (empty: at the end).
    void sectionDropped(const QString &section, const QString &before);
    void addRequested();
    void editRequested();
    void deleteRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // A drag of one of this tree's rows (the current one), not something from elsewhere.
    bool isOwnDrag(const QDropEvent *event) const;
};

// The Information Update: the list of issues and the open issue's editor (number, date,
// title, the manager's message, its items under their section headings), with "Check
// links", Export (HTML for email, plain text, PDF, ODT), Print and "Copy as HTML". Every
// change is saved as it is made, as one command on the workspace's undo stack.
class NewsletterPage : public QWidget {
    Q_OBJECT

public:
    explicit NewsletterPage(Workspace &workspace, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly);

    // Adds an issue numbered one past the highest, dated today, and opens it.
    bool newIssue();
    // Opens the issue \a id; false if there is none.
    bool selectIssue(const Id &id);
    // The issue open in the editor, as stored.
    std::optional<Newsletter> currentIssue() const { return m_issue; }
    // The index (in the issue's grouped items) of the selected item; -1 when a section or
    // nothing is selected.
    int currentItemIndex() const;
    void setCurrentItemIndex(int index);

    // The changes the editor makes, each one undoable command; false (with the reason on the
    // workspace) when nothing was changed.
    bool addItem(const NewsletterItem &item);
    bool replaceItem(int index, const NewsletterItem &item);
    bool deleteItem(int index);
    bool moveSelected(int step);
    bool dropItem(int from, int before, const QString &section);
    bool dropSection(const QString &section, const QString &before);
    bool deleteIssue();

    // What the link checker finds in the open issue.
    QList<LinkFinding> linkFindings() const;
    // "Check links": the findings, one a line; Enter on one closes the dialog (accepted),
    // setting \a chosen to its item's index (-1: the manager's message).
    std::unique_ptr<QDialog> linkCheckDialog(int *chosen = nullptr);
    // Puts the open issue on the clipboard: text/html (the email HTML) and text/plain.
    Result<void> copyAsHtml();
    // Writes the open issue to \a path in the format its extension asks for.
    Result<void> exportTo(const QString &path);
    // Paints the open issue on \a printer, as the PDF.
    Result<void> printTo(QPrinter *printer);

    QListWidget *issueList() { return m_issues; }
    NewsletterItemTree *itemTree() { return m_tree; }
    QSpinBox *numberBox() { return m_number; }
    DateField *dateField() { return m_date; }
    QLineEdit *titleEdit() { return m_title; }
    QPlainTextEdit *messageEdit() { return m_message; }

    // Saves what is being typed (the title, the message) now.
    void commitPendingEdits();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadIssues(const Id &select);
    void showIssue();
    void showItems(int selectIndex, const QString &selectSection = {});
    bool save(const QString &what, const Newsletter &after,
              int typing = 0); // SaveNewsletterCommand::Typing
    bool saveItems(const QString &what, const QList<NewsletterItem> &items, int select);
    void commitNumber();
    void commitTitle();
    void commitMessage();
    void addItemByDialog();
    // Opens the item dialog filled in with \a item (started from a case review, a course, a
    // bullet); OK adds it.
    void addPrefilled(const NewsletterItem &item);
    void addFromCaseReview();
    void addFromCourse();
    void addFromBullet();
    void editItemByDialog();
    void deleteItemAsked();
    void showLinkCheck();
    void exportByDialog();
    void printByDialog();
    void copyAsked();

    Workspace &m_workspace;
    bool m_readOnly = false;
    bool m_showing = false; // filling the fields from the store: not a user's change
    std::optional<Newsletter> m_issue;
    QListWidget *m_issues;
    QPushButton *m_new;
    QPushButton *m_delete;
    QWidget *m_editor;
    QLabel *m_empty;
    QSpinBox *m_number;
    DateField *m_date;
    QLineEdit *m_title;
    QPlainTextEdit *m_message;
    QTimer *m_messageTimer;
    NewsletterItemTree *m_tree;
    QList<QWidget *> m_editing; // disabled when read-only
    QLabel *m_status;
};

} // namespace bd
