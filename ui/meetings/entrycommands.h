#pragma once

#include "common/workspace.h"

#include <QHash>
#include <QObject>

#include <utility>

namespace bd {

// A bullet as the editor and its undo commands know it. The store's rowId is not stable:
// undoing a deletion puts the bullet back under a new rowId. A handle stays the same for as
// long as the workspace is open, and maps to whatever rowId the bullet has now.
using EntryHandle = quint64;

// The handles of one workspace's bullets, shared by every meeting editor and every entry
// command of that workspace (it is a child of the Workspace, so it lives as long as the
// undo stack does). Also where a change to the bullets is announced, so views showing the
// meeting follow undo and redo.
class EntryHandles : public QObject {
    Q_OBJECT

public:
    // The workspace's handles, created on first use.
    static EntryHandles &of(Workspace &workspace);

    // The handle of the bullet stored under \a rowId (a new one if it has none yet).
    EntryHandle handleFor(qint64 rowId);
    // The bullet's rowId now; 0 when it is not in the store (deleted, or never stored).
    qint64 rowIdOf(EntryHandle handle) const { return m_rowIds.value(handle); }
    // The handle for a bullet that is about to be stored.
    EntryHandle newHandle() { return ++m_last; }
    // Records that the bullet \a handle is now stored under \a rowId.
    void bind(EntryHandle handle, qint64 rowId);
    void unbind(EntryHandle handle);

    // For a command that fails half-way: the bindings as they were.
    struct State {
        QHash<EntryHandle, qint64> rowIds;
        QHash<qint64, EntryHandle> handles;
    };
    State state() const { return {m_rowIds, m_handles}; }
    void restore(const State &state);

signals:
    // Bullets of \a meeting under the heading \a kind were added, removed or moved.
    void structureChanged(const bd::Id &meeting, bd::EntryKind kind);
    // One bullet's text or priorities changed.
    void entryChanged(const bd::Id &meeting, quint64 handle, const QString &text, const QStringList &priorities);

private:
    explicit EntryHandles(QObject *parent);

    QHash<EntryHandle, qint64> m_rowIds;
    QHash<qint64, EntryHandle> m_handles;
    EntryHandle m_last = 0;
};

// Where a bullet is: under which heading, under which parent bullet (0: at the top), and
// its index among its siblings of that heading. (At the top, bullets of both headings share
// one order in the store; this index counts only those of \a kind.)
struct EntryPlace {
    EntryKind kind = EntryKind::Did;
    EntryHandle parent = 0;
    int index = 0;
    friend bool operator==(const EntryPlace &, const EntryPlace &) = default;
};

// A bullet and the bullets under it, as a command puts them back.
struct EntryTree {
    EntryHandle handle = 0;
    QString text; // md
    QStringList priorities;
    QList<EntryTree> children;
    friend bool operator==(const EntryTree &, const EntryTree &) = default;
};

// What one bullet says.
struct EntryContent {
    QString text; // md
    QStringList priorities;
    friend bool operator==(const EntryContent &, const EntryContent &) = default;
};

// One undoable change to the bullets of a meeting: a few steps (add, remove, move, change)
// that are saved together in one transaction, or not at all. Typing in one bullet makes one
// command: a text change merges into the command before it when that one changed or added
// the same bullet; removing an empty bullet just added cancels the adding.
class EntryCommand : public StoreCommand {
public:
    EntryCommand(Workspace &workspace, const Id &meeting, const QString &text);

    void addInsert(const EntryPlace &place, const EntryTree &tree);
    void addRemove(const EntryPlace &place, const EntryTree &tree);
    void addMove(EntryHandle handle, const EntryPlace &from, const EntryPlace &to);
    void addUpdate(EntryHandle handle, EntryKind kind, const EntryContent &before, const EntryContent &after);
    bool isEmpty() const { return m_steps.isEmpty(); }

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Result<void> apply(bool forward) override;

private:
    enum class StepType { Insert, Remove, Move, Update };
    struct Step {
        StepType type = StepType::Update;
        EntryPlace from; // Remove, Move
        EntryPlace to; // Insert, Move
        EntryTree tree; // Insert, Remove
        EntryHandle handle = 0; // Move, Update
        EntryKind kind = EntryKind::Did; // Update
        EntryContent before; // Update
        EntryContent after; // Update
    };
    static Step inverse(const Step &step);
    struct Changes {
        QList<EntryKind> structure; // headings whose bullets moved
        QList<std::pair<EntryHandle, EntryContent>> contents; // bullets that say something new
    };
    Result<void> run(const Step &step, Changes &changes);
    Result<void> insertTree(const EntryPlace &place, const EntryTree &tree);
    Result<int> storePosition(const EntryPlace &place, qint64 excluding);
    Result<qint64> rowIdOf(EntryHandle handle) const;
    // The text change of one bullet this command is, if that is all it is.
    const Step *typing() const;

    EntryHandles &m_handles;
    Id m_meeting;
    QList<Step> m_steps;
};

} // namespace bd
