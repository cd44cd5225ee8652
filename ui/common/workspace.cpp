#include "workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace bd {

Workspace::Workspace(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

Workspace::~Workspace()
{
    // Commands refer to the store: they go first.
    m_undoStack.clear();
}

bool Workspace::push(StoreCommand *command)
{
    m_lastPushFailed = false;
    if (m_store->isReadOnly()) {
        // Refused here, before the command runs: an editor that let a change through is
        // told no, whatever the store would say.
        delete command;
        reportError(QCoreApplication::translate("bd::Workspace", "%1 is open read-only; nothing can be changed.")
                        .arg(QDir::toNativeSeparators(m_store->path())));
        return false;
    }
    m_undoStack.push(command); // runs redo(): the change is saved now
    return !m_lastPushFailed;
}

void Workspace::notifyChanged(RecordKind kind, const QString &key)
{
    emit recordChanged(kind, key);
}

void Workspace::reportError(const QString &message)
{
    m_lastPushFailed = true;
    emit errorOccurred(message);
}

void Workspace::noteRowIdReplaced(RecordKind kind, qint64 oldRowId, qint64 newRowId)
{
    if (oldRowId == 0 || oldRowId == newRowId)
        return;
    auto &moves = m_rowIdMoves[int(kind)];
    // newRowId belongs to a live record now: whatever it used to forward to is stale.
    moves.remove(newRowId);
    moves.insert(oldRowId, newRowId);
}

qint64 Workspace::currentRowId(RecordKind kind, qint64 rowId) const
{
    const auto moves = m_rowIdMoves.constFind(int(kind));
    if (moves == m_rowIdMoves.cend())
        return rowId;
    // A record removed and added back twice moved twice: follow the chain. SQLite can hand
    // out a freed rowId again, so the walk is bounded rather than trusted to end.
    qint64 current = rowId;
    for (qsizetype steps = 0; steps < moves->size(); ++steps) {
        const auto next = moves->constFind(current);
        if (next == moves->cend())
            break;
        current = *next;
    }
    return current;
}

StoreCommand::StoreCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

void StoreCommand::redo()
{
    run(true);
}

void StoreCommand::undo()
{
    run(false);
}

void StoreCommand::run(bool forward)
{
    auto done = apply(forward);
    if (!done) {
        // Nothing of this change was saved; the stack drops the command.
        setObsolete(true);
        m_workspace.reportError(done.errorMessage());
    }
}

} // namespace bd
