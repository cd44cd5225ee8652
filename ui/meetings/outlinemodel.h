#pragma once

#include "entrycommands.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace bd {

// The bullets of one meeting under one heading ("What did we do?", ...), as a tree: a
// bullet's children are its sub-bullets. Every change is made through an EntryCommand on the
// workspace's undo stack, so it is saved at once and can be undone; the model follows the
// store as the commands announce their changes (also on undo and redo).
class OutlineModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TextColumn, ColumnCount };
    enum Role {
        HandleRole = Qt::UserRole + 1, // EntryHandle
        RowIdRole, // the rowId in the store
        PrioritiesRole, // QStringList of priority ids
        PriorityTitlesRole, // QStringList of their titles, for chips
        DepthRole, // 0 at the top
    };
    // Bullets nest at most this many levels below the top (archive-v1.md).
    static constexpr int maxDepth = 2;

    OutlineModel(Workspace &workspace, EntryKind kind, QObject *parent = nullptr);
    ~OutlineModel() override;

    EntryKind kind() const { return m_kind; }
    Id meetingId() const { return m_meeting; }
    // Shows the bullets of \a kind among \a entries, the bullets of meeting \a meeting.
    void setMeeting(const Id &meeting, const QList<Entry> &entries);
    // Reads the meeting's bullets again; nothing happens when they are as shown.
    void reload();
    // Priority ids to titles, for the chips.
    void setPriorityTitles(const QHash<Id, QString> &titles);

    QModelIndex indexOf(EntryHandle handle) const;
    EntryHandle handleAt(const QModelIndex &index) const;
    int depthOf(const QModelIndex &index) const;
    int bulletCount() const; // at every level
    // The bullet shown just above \a index (0 for the first).
    EntryHandle handleAbove(const QModelIndex &index) const;

    // What a user does to the bullets. Each is one undoable change, saved at once; each
    // returns the bullet the cursor belongs in afterwards, or 0 if nothing changed (the store
    // refused: the workspace has said why).
    //
    // A new empty bullet after the last one.
    EntryHandle appendBullet(const QString &text = QString());
    // Enter: \a index keeps \a keep, and a new bullet holding \a moveOn follows it (its first
    // child when it has children).
    EntryHandle splitBullet(const QModelIndex &index, const QString &keep, const QString &moveOn);
    // Tab: becomes the last child of the bullet above (no deeper than maxDepth).
    EntryHandle indent(const QModelIndex &index);
    // Shift+Tab: becomes a sibling of its parent, just after it; the bullets that followed it
    // become its children, so nothing moves on the page.
    EntryHandle outdent(const QModelIndex &index);
    // Alt+Up, Alt+Down: swaps with the sibling above or below.
    EntryHandle moveUp(const QModelIndex &index);
    EntryHandle moveDown(const QModelIndex &index);
    // Removes the bullet; its sub-bullets are kept, one level up, unless \a withChildren.
    // Returns the bullet above it (or below, for the first; 0 when none is left), nothing
    // when the store refused.
    std::optional<EntryHandle> removeBullet(const QModelIndex &index, bool withChildren = false);
    bool setPriorities(const QModelIndex &index, const QStringList &priorities);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // EditRole: the bullet's new Markdown text, saved as typing (merging into one undo step).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node {
        EntryHandle handle = 0;
        qint64 rowId = 0;
        QString text;
        QStringList priorities;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    std::unique_ptr<Node> build(const QList<Entry> &entries);
    void addNodes(Node *parent, const QList<Entry> &entries);
    void rehash();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    static int rowOf(const Node *node);
    static int depthOf(const Node *node);
    static int heightOf(const Node *node);
    EntryPlace placeOf(const Node *node) const;
    static EntryTree treeOf(const Node *node, bool withChildren = true);
    const Node *nodeAbove(const Node *node) const;
    EntryHandle push(EntryCommand *command, EntryHandle focus);
    void onEntryChanged(const Id &meeting, quint64 handle, const QString &text, const QStringList &priorities);

    Workspace &m_workspace;
    EntryHandles &m_handles;
    EntryKind m_kind;
    Id m_meeting;
    std::unique_ptr<Node> m_root;
    QHash<EntryHandle, Node *> m_byHandle;
    QHash<Id, QString> m_priorityTitles;
};

} // namespace bd
