#pragma once

#include "outlinemodel.h"

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

#include <optional>

namespace bd {

// The editor of one bullet: its Markdown source, wrapped, as tall as its text. It has no
// undo of its own (Ctrl+Z goes to the workspace's undo stack) and says when typing pauses,
// so what was typed is saved within a fraction of a second.
class BulletEdit : public QTextEdit {
    Q_OBJECT

public:
    explicit BulletEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    void setText(const QString &text);
    int cursorPosition() const { return textCursor().position(); }
    void setCursorPosition(int position); // -1: at the end
    bool onFirstLine() const;
    bool onLastLine() const;
    // How long typing may pause before it is saved.
    static constexpr int savePauseMs = 400;

signals:
    // Typing paused (or the text was set): time to save it.
    void settled();
    // The context menu was asked for (a right-click, the Menu key, Shift+F10), at \a globalPos.
    void menuRequested(const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QTimer m_pause;
};

class OutlineView;

// Paints a bullet from its Markdown (bold, italic, links; the rest escaped), its priorities as
// chips on the right, and edits it with a BulletEdit whose keys it passes to the view.
class OutlineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit OutlineDelegate(OutlineView *view);

    // Vertical room above and below each bullet's text.
    static constexpr int rowGap = 3;
    static constexpr int textMargin = 4; // the text documents' margin, shown and edited alike

    BulletEdit *editor() const { return m_editor; }
    QModelIndex editedIndex() const { return m_editedIndex; }
    // Where the chips of \a index are drawn, in view coordinates.
    QRect chipsRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    int chipsWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    OutlineView *m_view;
    mutable QPointer<BulletEdit> m_editor;
    mutable QPersistentModelIndex m_editedIndex;
    mutable int m_editorHeight = 0;
};

// An outline editor for the bullets under one heading: Enter starts the next bullet, Tab and
// Shift+Tab indent and outdent, Alt+Up and Alt+Down move a bullet, Backspace or Delete on an
// empty bullet removes it, Ctrl+B, Ctrl+I and Ctrl+K give bold, italic and a link, Ctrl+T tags
// the bullet with priorities. Escape stops editing (then Tab leaves the list), and so does
// Ctrl+Tab. It is as tall as its bullets: the page around it scrolls.
class OutlineView : public QTreeView {
    Q_OBJECT

public:
    OutlineView(Workspace &workspace, OutlineModel *model, QWidget *parent = nullptr);

    OutlineModel *outlineModel() const { return m_model; }
    // Puts the cursor in bullet \a handle, at \a position (-1: the end).
    void editBullet(EntryHandle handle, int position = -1);
    // Adds a bullet at the end and puts the cursor in it.
    void addBullet();
    // The bullet being typed in, if any.
    BulletEdit *activeEditor() const;
    // Saves what is being typed now rather than after the pause. False when the store
    // refused it (the editor keeps the text).
    bool commitTyping();
    // The priorities a bullet may be tagged with (those of the meeting's year).
    void setPriorityChoices(const QList<Priority> &priorities);
    // Opens the priorities menu for the current bullet.
    void showPriorityMenu();
    // Words shown in the empty list.
    void setPlaceholderText(const QString &text);
    // Shows the bullets without letting them change (a file open read-only).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Up on the first bullet, Down on the last: the neighbouring list may take the cursor.
    void leaveUp();
    void leaveDown();

protected:
    void drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void updateGeometries() override;

private:
    friend class OutlineDelegate;
    // A key typed in the bullet editor; true when it was handled here.
    bool editorKey(BulletEdit *editor, QKeyEvent *event);
    static bool isEditorShortcut(const QKeyEvent *event);
    void formatBullet(BulletEdit *editor, const QString &mark);
    void afterChange(std::optional<EntryHandle> focus, int position);
    void populateMenu(class QMenu *menu, const QModelIndex &index);
    // The bullet's menu for the bullet being edited, with the field's own (cut, copy, paste).
    void editorMenu(BulletEdit *editor, const QPoint &globalPos);
    void removeIfEmpty(EntryHandle handle);
    int contentHeight() const;
    void onAboutToReset();
    void onReset();

    Workspace &m_workspace;
    OutlineModel *m_model;
    OutlineDelegate *m_delegate;
    QList<Priority> m_priorityChoices;
    QString m_placeholder;
    // Across a model reset: where the cursor was, to put it back.
    struct Spot {
        EntryHandle handle = 0;
        EntryHandle above = 0;
        int position = -1;
        bool editing = false;
    };
    std::optional<Spot> m_spot;
    bool m_readOnly = false;
    bool m_changing = false; // a change of ours is being saved: the caller puts the cursor back
    bool m_resetting = false; // editors close because the model resets, not because the user left
    bool m_inCurrentChange = false; // the view is moving its cursor: the model must not change under it
};

} // namespace bd
