#pragma once

#include "domain/recordkind.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace bd {

class StoreCommand;

// One open partnership database as the ui sees it: the store, the undo stack that every
// change goes through, and the signals views listen to. Every user change is a StoreCommand
// pushed here; it is saved the moment it is made.
class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~Workspace() override;

    Store &store() { return *m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Saves the change \a command makes and puts it on the undo stack. Returns false (and
    // emits errorOccurred) when the store refused it: nothing was saved, and the command is
    // dropped, so the editor keeps what the user typed and can offer it again. A read-only
    // store refuses every command.
    bool push(StoreCommand *command);

    // Called by commands after they changed the store.
    void notifyChanged(RecordKind kind, const QString &key);
    void reportError(const QString &message);

    // Records keyed by the database's rowId (memberships, spending, entries) come back with
    // a new rowId when an undo or a redo adds them again, while commands further along the
    // stack still hold the old one. A command that re-adds such a record says so here, and
    // every command looks its rowId up before using it.
    void noteRowIdReplaced(RecordKind kind, qint64 oldRowId, qint64 newRowId);
    // The rowId the record first stored as \a rowId has now (\a rowId if it never moved).
    qint64 currentRowId(RecordKind kind, qint64 rowId) const;

signals:
    // A record was added, changed or removed. \a key is its id (or rowId as text), empty when
    // many changed at once (an import).
    void recordChanged(bd::RecordKind kind, const QString &key);
    // A write failed. The message names what and why, for a status bar or a dialog.
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
    bool m_lastPushFailed = false;
    QHash<int, QHash<qint64, qint64>> m_rowIdMoves; // by RecordKind
    friend class StoreCommand;
};

// A change to the store that can be undone. Subclasses implement apply(): forward == true
// makes the change (redo), false takes it back (undo). A change the store refuses makes the
// command obsolete, so the undo stack drops it.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Workspace &workspace, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual Result<void> apply(bool forward) = 0;
    Workspace &workspace() { return m_workspace; }
    Store &store() { return m_workspace.store(); }

private:
    void run(bool forward);
    Workspace &m_workspace;
};

// Adds, changes or removes one record: \a before empty means it is new, \a after empty that
// it is deleted. A new record must already carry its id (bd::newId), so redo after undo
// brings back the same record.
template<typename T> class SaveRecordCommand : public StoreCommand {
public:
    SaveRecordCommand(Workspace &workspace, const QString &text, std::optional<T> before, std::optional<T> after)
        : StoreCommand(workspace, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

protected:
    Result<void> apply(bool forward) override
    {
        const std::optional<T> &from = forward ? m_before : m_after;
        const std::optional<T> &to = forward ? m_after : m_before;
        Result<void> result;
        if (!from && to) {
            auto inserted = store().insert(*to);
            result = inserted ? Result<void>() : Result<void>(inserted.error());
        } else if (from && to) {
            result = store().update(*to);
        } else if (from) {
            result = store().remove(*from);
        }
        if (result)
            workspace().notifyChanged(recordKindOf<T>(), keyOf(to ? *to : *from));
        return result;
    }

private:
    static QString keyOf(const T &record)
    {
        if constexpr (requires { record.id; })
            return QString(record.id);
        else if constexpr (requires { record.rowId; })
            return QString::number(record.rowId);
        else
            return QString();
    }

protected:
    // What the record was and becomes (a subclass merging commands may move m_after on).
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace bd
