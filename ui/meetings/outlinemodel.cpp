#include "outlinemodel.h"
#include "text/markdown.h"

#include "store/search.h"

#include <algorithm>
#include <functional>

namespace bd {

OutlineModel::OutlineModel(Workspace &workspace, EntryKind kind, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_handles(EntryHandles::of(workspace))
    , m_kind(kind)
    , m_root(std::make_unique<Node>())
{
    connect(&m_handles, &EntryHandles::structureChanged, this, [this](const Id &meeting, EntryKind changed) {
        if (meeting == m_meeting && changed == m_kind)
            reload();
    });
    connect(&m_handles, &EntryHandles::entryChanged, this, &OutlineModel::onEntryChanged);
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::setMeeting(const Id &meeting, const QList<Entry> &entries)
{
    std::unique_ptr<Node> root = build(entries);
    beginResetModel();
    m_meeting = meeting;
    m_root = std::move(root);
    rehash();
    endResetModel();
}

std::unique_ptr<OutlineModel::Node> OutlineModel::build(const QList<Entry> &entries)
{
    auto root = std::make_unique<Node>();
    QList<Entry> ofKind;
    std::copy_if(entries.cbegin(), entries.cend(), std::back_inserter(ofKind),
                 [this](const Entry &e) { return e.kind == m_kind; });
    addNodes(root.get(), ofKind);
    return root;
}

void OutlineModel::addNodes(Node *parent, const QList<Entry> &entries)
{
    for (const Entry &entry : entries) {
        auto node = std::make_unique<Node>();
        node->handle = m_handles.handleFor(entry.rowId);
        node->rowId = entry.rowId;
        node->text = entry.text;
        node->priorities = entry.priorities;
        node->parent = parent;
        addNodes(node.get(), entry.children);
        parent->children.push_back(std::move(node));
    }
}

void OutlineModel::rehash()
{
    m_byHandle.clear();
    std::function<void(Node *)> walk = [&](Node *node) {
        for (const auto &child : node->children) {
            m_byHandle.insert(child->handle, child.get());
            walk(child.get());
        }
    };
    walk(m_root.get());
}

void OutlineModel::reload()
{
    if (m_meeting.isEmpty())
        return;
    auto meeting = m_workspace.store().get<Meeting>(m_meeting);
    if (!meeting) {
        m_workspace.reportError(meeting.errorMessage());
        return;
    }
    if (!*meeting) {
        setMeeting(Id(), {});
        return;
    }
    std::unique_ptr<Node> fresh = build((*meeting)->entries);

    // Same bullets in the same places: only what they say may differ, and the view keeps its
    // editor and selection.
    std::function<bool(const Node *, const Node *)> sameShape = [&](const Node *a, const Node *b) {
        if (a->handle != b->handle || a->children.size() != b->children.size())
            return false;
        for (std::size_t i = 0; i < a->children.size(); ++i) {
            if (!sameShape(a->children[i].get(), b->children[i].get()))
                return false;
        }
        return true;
    };
    if (!sameShape(m_root.get(), fresh.get())) {
        beginResetModel();
        m_root = std::move(fresh);
        rehash();
        endResetModel();
        return;
    }
    std::function<void(Node *, const Node *)> update = [&](Node *mine, const Node *theirs) {
        for (std::size_t i = 0; i < mine->children.size(); ++i) {
            Node *a = mine->children[i].get();
            const Node *b = theirs->children[i].get();
            if (a->text != b->text || a->priorities != b->priorities || a->rowId != b->rowId) {
                a->text = b->text;
                a->priorities = b->priorities;
                a->rowId = b->rowId;
                const QModelIndex at = indexOf(a);
                emit dataChanged(at, at);
            }
            update(a, b);
        }
    };
    update(m_root.get(), fresh.get());
}

void OutlineModel::setPriorityTitles(const QHash<Id, QString> &titles)
{
    m_priorityTitles = titles;
    if (!m_root->children.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {PriorityTitlesRole});
}

void OutlineModel::onEntryChanged(const Id &meeting, quint64 handle, const QString &text, const QStringList &priorities)
{
    if (meeting != m_meeting)
        return;
    Node *node = m_byHandle.value(handle);
    if (!node || (node->text == text && node->priorities == priorities))
        return;
    node->text = text;
    node->priorities = priorities;
    node->rowId = m_handles.rowIdOf(handle);
    const QModelIndex at = indexOf(node);
    emit dataChanged(at, at);
}

// Looking things up ----------------------------------------------------------------------

OutlineModel::Node *OutlineModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

int OutlineModel::rowOf(const Node *node)
{
    const auto &siblings = node->parent->children;
    const auto it = std::find_if(siblings.cbegin(), siblings.cend(), [&](const auto &n) { return n.get() == node; });
    return int(it - siblings.cbegin());
}

int OutlineModel::depthOf(const Node *node)
{
    int depth = -1;
    for (const Node *n = node; n->parent; n = n->parent)
        ++depth;
    return depth;
}

int OutlineModel::heightOf(const Node *node)
{
    int height = 0;
    for (const auto &child : node->children)
        height = std::max(height, 1 + heightOf(child.get()));
    return height;
}

QModelIndex OutlineModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), TextColumn, const_cast<Node *>(node));
}

QModelIndex OutlineModel::indexOf(EntryHandle handle) const
{
    return indexOf(m_byHandle.value(handle));
}

EntryHandle OutlineModel::handleAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->handle : 0;
}

int OutlineModel::depthOf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? depthOf(node) : 0;
}

int OutlineModel::bulletCount() const
{
    return int(m_byHandle.size());
}

const OutlineModel::Node *OutlineModel::nodeAbove(const Node *node) const
{
    // The last descendant of the sibling above, or else the parent.
    const int row = rowOf(node);
    if (row > 0) {
        const Node *above = node->parent->children[std::size_t(row - 1)].get();
        while (!above->children.empty())
            above = above->children.back().get();
        return above;
    }
    return node->parent != m_root.get() ? node->parent : nullptr;
}

EntryHandle OutlineModel::handleAbove(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    const Node *above = node ? nodeAbove(node) : nullptr;
    return above ? above->handle : 0;
}

EntryPlace OutlineModel::placeOf(const Node *node) const
{
    return EntryPlace {m_kind, node->parent == m_root.get() ? 0 : node->parent->handle, rowOf(node)};
}

EntryTree OutlineModel::treeOf(const Node *node, bool withChildren)
{
    EntryTree tree {node->handle, node->text, node->priorities, {}};
    if (withChildren) {
        for (const auto &child : node->children)
            tree.children << treeOf(child.get());
    }
    return tree;
}

// Changes --------------------------------------------------------------------------------

EntryHandle OutlineModel::push(EntryCommand *command, EntryHandle focus)
{
    if (command->isEmpty()) {
        delete command;
        return 0;
    }
    return m_workspace.push(command) ? focus : 0;
}

EntryHandle OutlineModel::appendBullet(const QString &text)
{
    if (m_meeting.isEmpty())
        return 0;
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Add bullet"));
    const EntryHandle handle = m_handles.newHandle();
    command->addInsert(EntryPlace {m_kind, 0, int(m_root->children.size())}, EntryTree {handle, text, {}, {}});
    return push(command, handle);
}

EntryHandle OutlineModel::splitBullet(const QModelIndex &index, const QString &keep, const QString &moveOn)
{
    const Node *node = nodeOf(index);
    if (!node)
        return appendBullet(moveOn);
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Add bullet"));
    if (keep != node->text)
        command->addUpdate(node->handle, m_kind, {node->text, node->priorities}, {keep, node->priorities});
    const EntryHandle handle = m_handles.newHandle();
    const EntryPlace place = node->children.empty() ? EntryPlace {m_kind, placeOf(node).parent, rowOf(node) + 1}
                                                    : EntryPlace {m_kind, node->handle, 0};
    command->addInsert(place, EntryTree {handle, moveOn, {}, {}});
    return push(command, handle);
}

EntryHandle OutlineModel::indent(const QModelIndex &index)
{
    const Node *node = nodeOf(index);
    if (!node)
        return 0;
    const int row = rowOf(node);
    if (row == 0 || depthOf(node) + 1 + heightOf(node) > maxDepth)
        return 0;
    const Node *above = node->parent->children[std::size_t(row - 1)].get();
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Indent bullet"));
    command->addMove(node->handle, placeOf(node), EntryPlace {m_kind, above->handle, int(above->children.size())});
    return push(command, node->handle);
}

EntryHandle OutlineModel::outdent(const QModelIndex &index)
{
    const Node *node = nodeOf(index);
    if (!node || node->parent == m_root.get())
        return 0;
    const Node *parentNode = node->parent;
    const int row = rowOf(node);
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Outdent bullet"));
    // The bullets below it under the same parent come along as its children, in order.
    const int following = int(parentNode->children.size()) - row - 1;
    for (int i = 0; i < following; ++i) {
        const Node *sibling = parentNode->children[std::size_t(row + 1 + i)].get();
        command->addMove(sibling->handle, EntryPlace {m_kind, parentNode->handle, row + 1},
                         EntryPlace {m_kind, node->handle, int(node->children.size()) + i});
    }
    command->addMove(node->handle, EntryPlace {m_kind, parentNode->handle, row},
                     EntryPlace {m_kind, placeOf(parentNode).parent, rowOf(parentNode) + 1});
    return push(command, node->handle);
}

EntryHandle OutlineModel::moveUp(const QModelIndex &index)
{
    const Node *node = nodeOf(index);
    if (!node || rowOf(node) == 0)
        return 0;
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Move bullet up"));
    EntryPlace to = placeOf(node);
    --to.index;
    command->addMove(node->handle, placeOf(node), to);
    return push(command, node->handle);
}

EntryHandle OutlineModel::moveDown(const QModelIndex &index)
{
    const Node *node = nodeOf(index);
    if (!node || rowOf(node) + 1 >= int(node->parent->children.size()))
        return 0;
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Move bullet down"));
    EntryPlace to = placeOf(node);
    ++to.index;
    command->addMove(node->handle, placeOf(node), to);
    return push(command, node->handle);
}

std::optional<EntryHandle> OutlineModel::removeBullet(const QModelIndex &index, bool withChildren)
{
    const Node *node = nodeOf(index);
    if (!node)
        return std::nullopt;
    // The cursor goes to the bullet shown above; for the very first bullet, the one below.
    EntryHandle focus = 0;
    if (const Node *above = nodeAbove(node)) {
        focus = above->handle;
    } else if (!node->children.empty() && !withChildren) {
        focus = node->children.front()->handle;
    } else if (node->parent->children.size() > 1) {
        focus = node->parent->children[1]->handle;
    }

    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Delete bullet"));
    const EntryPlace place = placeOf(node);
    if (!withChildren) {
        for (int i = 0; i < int(node->children.size()); ++i) {
            command->addMove(node->children[std::size_t(i)]->handle, EntryPlace {m_kind, node->handle, 0},
                             EntryPlace {m_kind, place.parent, place.index + 1 + i});
        }
    }
    command->addRemove(place, treeOf(node, withChildren));
    if (!m_workspace.push(command))
        return std::nullopt;
    return focus;
}

bool OutlineModel::setPriorities(const QModelIndex &index, const QStringList &priorities)
{
    const Node *node = nodeOf(index);
    if (!node || node->priorities == priorities)
        return false;
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Tag bullet with priorities"));
    command->addUpdate(node->handle, m_kind, {node->text, node->priorities}, {node->text, priorities});
    return m_workspace.push(command);
}

// QAbstractItemModel -------------------------------------------------------------------

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != TextColumn || row < 0)
        return {};
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!parentNode || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent == m_root.get())
        return {};
    return indexOf(node->parent);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != TextColumn)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node ? int(node->children.size()) : 0;
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return markdownToPlainText(node->text);
    case Qt::EditRole:
        return node->text;
    case Qt::AccessibleTextRole: {
        QString text = markdownToPlainText(node->text);
        const QStringList titles = data(index, PriorityTitlesRole).toStringList();
        if (!titles.isEmpty())
            text += QLatin1Char(' ') + tr("(priorities: %1)").arg(titles.join(QStringLiteral(", ")));
        return text;
    }
    case HandleRole:
        return QVariant::fromValue(node->handle);
    case RowIdRole:
        return QVariant::fromValue(node->rowId);
    case PrioritiesRole:
        return node->priorities;
    case PriorityTitlesRole: {
        QStringList titles;
        for (const Id &id : node->priorities)
            titles << m_priorityTitles.value(id, id);
        return titles;
    }
    case DepthRole:
        return depthOf(node);
    default:
        return {};
    }
}

bool OutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (!node || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (text == node->text)
        return true;
    auto *command = new EntryCommand(m_workspace, m_meeting, tr("Type in bullet"));
    command->addUpdate(node->handle, m_kind, {node->text, node->priorities}, {text, node->priorities});
    return m_workspace.push(command);
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    if (!nodeOf(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace bd
