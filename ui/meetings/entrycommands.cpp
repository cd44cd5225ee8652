#include "entrycommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::EntryCommand", text);
}

// Every entry command has this id, so the undo stack offers each new one to the command
// before it; mergeWith() decides.
constexpr int entryCommandId = 0x42440001;

void unbindTree(EntryHandles &handles, const EntryTree &tree)
{
    handles.unbind(tree.handle);
    for (const EntryTree &child : tree.children)
        unbindTree(handles, child);
}

} // namespace

// EntryHandles -------------------------------------------------------------------------

EntryHandles::EntryHandles(QObject *parent)
    : QObject(parent)
{
}

EntryHandles &EntryHandles::of(Workspace &workspace)
{
    auto *handles = workspace.findChild<EntryHandles *>(QString(), Qt::FindDirectChildrenOnly);
    if (!handles)
        handles = new EntryHandles(&workspace);
    return *handles;
}

EntryHandle EntryHandles::handleFor(qint64 rowId)
{
    if (const auto it = m_handles.constFind(rowId); it != m_handles.cend())
        return *it;
    const EntryHandle handle = newHandle();
    bind(handle, rowId);
    return handle;
}

void EntryHandles::bind(EntryHandle handle, qint64 rowId)
{
    unbind(handle);
    if (const auto it = m_handles.constFind(rowId); it != m_handles.cend())
        m_rowIds.remove(*it);
    m_rowIds.insert(handle, rowId);
    m_handles.insert(rowId, handle);
}

void EntryHandles::unbind(EntryHandle handle)
{
    if (const auto it = m_rowIds.constFind(handle); it != m_rowIds.cend()) {
        m_handles.remove(*it);
        m_rowIds.erase(it);
    }
}

void EntryHandles::restore(const State &state)
{
    m_rowIds = state.rowIds;
    m_handles = state.handles;
}

// EntryCommand -------------------------------------------------------------------------

EntryCommand::EntryCommand(Workspace &workspace, const Id &meeting, const QString &text)
    : StoreCommand(workspace, text)
    , m_handles(EntryHandles::of(workspace))
    , m_meeting(meeting)
{
}

void EntryCommand::addInsert(const EntryPlace &place, const EntryTree &tree)
{
    Step step;
    step.type = StepType::Insert;
    step.to = place;
    step.tree = tree;
    m_steps << step;
}

void EntryCommand::addRemove(const EntryPlace &place, const EntryTree &tree)
{
    Step step;
    step.type = StepType::Remove;
    step.from = place;
    step.tree = tree;
    m_steps << step;
}

void EntryCommand::addMove(EntryHandle handle, const EntryPlace &from, const EntryPlace &to)
{
    Step step;
    step.type = StepType::Move;
    step.handle = handle;
    step.from = from;
    step.to = to;
    m_steps << step;
}

void EntryCommand::addUpdate(EntryHandle handle, EntryKind kind, const EntryContent &before, const EntryContent &after)
{
    Step step;
    step.type = StepType::Update;
    step.handle = handle;
    step.kind = kind;
    step.before = before;
    step.after = after;
    m_steps << step;
}

int EntryCommand::id() const
{
    return entryCommandId;
}

const EntryCommand::Step *EntryCommand::typing() const
{
    if (m_steps.size() != 1)
        return nullptr;
    const Step &step = m_steps.constFirst();
    if (step.type != StepType::Update || step.before.priorities != step.after.priorities)
        return nullptr;
    return &step;
}

bool EntryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EntryCommand *>(other);
    // A command the store refused changed nothing: there is nothing to take in.
    if (!next || next->isObsolete() || next->m_meeting != m_meeting || m_steps.isEmpty())
        return false;
    Step &last = m_steps.last();

    if (const Step *typed = next->typing()) {
        // More typing in the bullet this command changed or added.
        if (last.type == StepType::Update && last.handle == typed->handle && last.after == typed->before) {
            last.after = typed->after;
            if (m_steps.size() == 1 && last.before == last.after)
                setObsolete(true); // typed and then took it back: nothing to undo
            return true;
        }
        if (last.type == StepType::Insert && last.tree.handle == typed->handle && last.tree.children.isEmpty()
            && last.tree.text == typed->before.text && last.tree.priorities == typed->before.priorities) {
            last.tree.text = typed->after.text;
            return true;
        }
        return false;
    }

    // A bullet added and removed again, still empty: as if it had never been.
    if (next->m_steps.size() == 1) {
        const Step &removed = next->m_steps.constFirst();
        if (removed.type == StepType::Remove && last.type == StepType::Insert && last.tree == removed.tree
            && last.to == removed.from) {
            m_steps.removeLast();
            if (m_steps.isEmpty())
                setObsolete(true);
            return true;
        }
    }
    return false;
}

EntryCommand::Step EntryCommand::inverse(const Step &step)
{
    Step back = step;
    switch (step.type) {
    case StepType::Insert:
        back.type = StepType::Remove;
        back.from = step.to;
        break;
    case StepType::Remove:
        back.type = StepType::Insert;
        back.to = step.from;
        break;
    case StepType::Move:
        back.from = step.to;
        back.to = step.from;
        break;
    case StepType::Update:
        back.before = step.after;
        back.after = step.before;
        break;
    }
    return back;
}

Result<void> EntryCommand::apply(bool forward)
{
    // All steps in one transaction: a failure half-way leaves the store, and the handles,
    // as they were.
    Transaction transaction(store().database());
    if (!transaction.started())
        return transaction.started();
    const EntryHandles::State saved = m_handles.state();
    Changes changes;
    auto failed = [&](const Error &error) {
        m_handles.restore(saved);
        return Result<void>(error);
    };
    if (forward) {
        for (const Step &step : std::as_const(m_steps)) {
            if (auto done = run(step, changes); !done)
                return failed(done.error());
        }
    } else {
        for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
            if (auto done = run(inverse(*it), changes); !done)
                return failed(done.error());
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return failed(committed.error());

    // Saved: now tell whoever shows this meeting.
    QList<EntryKind> kinds = changes.structure;
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    for (EntryKind kind : std::as_const(kinds))
        emit m_handles.structureChanged(m_meeting, kind);
    for (const auto &[handle, content] : std::as_const(changes.contents)) {
        emit m_handles.entryChanged(m_meeting, handle, content.text, content.priorities);
        workspace().notifyChanged(RecordKind::Entry, QString::number(m_handles.rowIdOf(handle)));
    }
    if (!kinds.isEmpty())
        workspace().notifyChanged(RecordKind::Meeting, m_meeting); // its number of bullets changed
    return {};
}

Result<qint64> EntryCommand::rowIdOf(EntryHandle handle) const
{
    const qint64 rowId = m_handles.rowIdOf(handle);
    if (rowId == 0)
        return Error {tr("A bullet of meeting %1 is no longer there; it may have been deleted.").arg(m_meeting)};
    return rowId;
}

Result<int> EntryCommand::storePosition(const EntryPlace &place, qint64 excluding)
{
    if (place.parent != 0)
        return place.index; // children all share their parent's heading
    // At the top, both headings share one order: find where the index-th bullet of this
    // heading is (the bullet being moved not counted, as the store counts it).
    auto meeting = store().get<Meeting>(m_meeting);
    if (!meeting)
        return meeting.error();
    if (!*meeting)
        return Error {tr("Meeting %1 no longer exists; it may have been deleted.").arg(m_meeting)};
    QList<EntryKind> top;
    for (const Entry &entry : std::as_const((*meeting)->entries)) {
        if (entry.rowId != excluding)
            top << entry.kind;
    }
    QList<int> ofKind;
    for (int i = 0; i < top.size(); ++i) {
        if (top.at(i) == place.kind)
            ofKind << i;
    }
    if (place.index < ofKind.size())
        return ofKind.at(place.index);
    if (!ofKind.isEmpty())
        return ofKind.last() + 1;
    // The first of its heading: "did" bullets lead, the others follow.
    return place.kind == EntryKind::Did ? 0 : int(top.size());
}

Result<void> EntryCommand::insertTree(const EntryPlace &place, const EntryTree &tree)
{
    qint64 parent = 0;
    if (place.parent != 0) {
        auto found = rowIdOf(place.parent);
        if (!found)
            return found.error();
        parent = *found;
    }
    auto position = storePosition(place, 0);
    if (!position)
        return position.error();
    auto stored
        = store().insertEntry(m_meeting, parent, *position, Entry {0, place.kind, tree.text, tree.priorities, {}});
    if (!stored)
        return stored.error();
    m_handles.bind(tree.handle, stored->rowId);
    for (int i = 0; i < tree.children.size(); ++i) {
        if (auto done = insertTree(EntryPlace {place.kind, tree.handle, i}, tree.children.at(i)); !done)
            return done;
    }
    return {};
}

Result<void> EntryCommand::run(const Step &step, Changes &changes)
{
    switch (step.type) {
    case StepType::Insert:
        changes.structure << step.to.kind;
        return insertTree(step.to, step.tree);
    case StepType::Remove: {
        auto rowId = rowIdOf(step.tree.handle);
        if (!rowId)
            return rowId.error();
        if (auto done = store().removeEntry(*rowId); !done)
            return done;
        unbindTree(m_handles, step.tree); // its children went with it
        changes.structure << step.from.kind;
        return {};
    }
    case StepType::Move: {
        auto rowId = rowIdOf(step.handle);
        if (!rowId)
            return rowId.error();
        qint64 parent = 0;
        if (step.to.parent != 0) {
            auto found = rowIdOf(step.to.parent);
            if (!found)
                return found.error();
            parent = *found;
        }
        auto position = storePosition(step.to, *rowId);
        if (!position)
            return position.error();
        if (auto done = store().moveEntry(*rowId, parent, *position); !done)
            return done;
        changes.structure << step.from.kind << step.to.kind;
        return {};
    }
    case StepType::Update: {
        auto rowId = rowIdOf(step.handle);
        if (!rowId)
            return rowId.error();
        if (auto done = store().updateEntry(Entry {*rowId, step.kind, step.after.text, step.after.priorities, {}});
            !done)
            return done;
        changes.contents << std::pair {step.handle, step.after};
        return {};
    }
    }
    return {};
}

} // namespace bd
