#include "navigatormodel.h"

#include "common/displayformat.h"
#include "common/workspace.h"
#include "util/clock.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

#include <algorithm>
#include <map>
#include <tuple>

namespace bd {

struct NavigatorModel::Node {
    NodeKind kind = NodeKind::Page;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool fetched = true; // false for a body whose meetings have not been read yet
    Page page = Page::Agencies;
    BodyGroup group = BodyGroup::BoardAndExecutive;
    int year = 0;
    Body body;
    MeetingSummary meeting;

    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        const auto it
            = std::find_if(siblings.begin(), siblings.end(), [this](const auto &n) { return n.get() == this; });
        return int(it - siblings.begin());
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

QIcon icon(const QString &name)
{
    // QIcon keeps its rendered pixmaps per instance: share one instance per file.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

int kindRank(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Board:
        return 0;
    case BodyKind::Executive:
        return 1;
    case BodyKind::Panel:
        return 2;
    case BodyKind::ReviewGroup:
        return 3;
    case BodyKind::Subgroup:
        return 4;
    case BodyKind::Other:
        return 5;
    }
    return 5;
}

QString pageLabel(NavigatorModel::Page page)
{
    using Page = NavigatorModel::Page;
    switch (page) {
    case Page::Agencies:
        return NavigatorModel::tr("Agencies");
    case Page::People:
        return NavigatorModel::tr("People");
    case Page::Priorities:
        return NavigatorModel::tr("Priorities");
    case Page::Actions:
        return NavigatorModel::tr("Actions and workplans");
    case Page::Risks:
        return NavigatorModel::tr("Risks");
    case Page::Funding:
        return NavigatorModel::tr("Funding");
    case Page::CaseReviews:
        return NavigatorModel::tr("Case reviews");
    case Page::Training:
        return NavigatorModel::tr("Training");
    case Page::KeyFacts:
        return NavigatorModel::tr("Key facts");
    case Page::Newsletters:
        return NavigatorModel::tr("Newsletters");
    }
    return {};
}

QString pageIcon(NavigatorModel::Page page)
{
    using Page = NavigatorModel::Page;
    switch (page) {
    case Page::Agencies:
        return QStringLiteral("agencies");
    case Page::People:
        return QStringLiteral("people");
    case Page::Priorities:
        return QStringLiteral("priorities");
    case Page::Actions:
        return QStringLiteral("actions");
    case Page::Risks:
        return QStringLiteral("risks");
    case Page::Funding:
        return QStringLiteral("funding");
    case Page::CaseReviews:
        return QStringLiteral("case-reviews");
    case Page::Training:
        return QStringLiteral("training");
    case Page::KeyFacts:
        return QStringLiteral("key-facts");
    case Page::Newsletters:
        return QStringLiteral("newsletters");
    }
    return {};
}

QString groupLabel(NavigatorModel::BodyGroup group)
{
    using BodyGroup = NavigatorModel::BodyGroup;
    switch (group) {
    case BodyGroup::BoardAndExecutive:
        return NavigatorModel::tr("Board & executive");
    case BodyGroup::Subgroups:
        return NavigatorModel::tr("Subgroups");
    case BodyGroup::PanelsAndReviewGroups:
        return NavigatorModel::tr("Panels & review groups");
    case BodyGroup::Other:
        return NavigatorModel::tr("Other groups");
    }
    return {};
}

QString meetingStatusText(const MeetingSummary &m)
{
    switch (m.status) {
    case MeetingStatus::Planned:
        return NavigatorModel::tr("planned");
    case MeetingStatus::Cancelled:
        return NavigatorModel::tr("cancelled");
    case MeetingStatus::Held:
        break;
    }
    return m.minutes == MinutesStatus::Approved ? NavigatorModel::tr("minutes approved")
                                                : NavigatorModel::tr("minutes in draft");
}

QString meetingStatusIcon(const MeetingSummary &m)
{
    switch (m.status) {
    case MeetingStatus::Planned:
        return QStringLiteral("status-planned");
    case MeetingStatus::Cancelled:
        return QStringLiteral("status-cancelled");
    case MeetingStatus::Held:
        break;
    }
    return m.minutes == MinutesStatus::Approved ? QStringLiteral("status-approved") : QStringLiteral("status-draft");
}

int countEntries(const QList<Entry> &entries)
{
    int count = int(entries.size());
    for (const Entry &e : entries)
        count += countEntries(e.children);
    return count;
}

MeetingSummary summaryOf(const Meeting &m)
{
    return MeetingSummary {m.id, m.body, m.date, m.time, m.location, m.status, m.minutes, countEntries(m.entries)};
}

} // namespace

NavigatorModel::NavigatorModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_root(std::make_unique<Node>())
{
    build();
    connect(&m_workspace, &Workspace::recordChanged, this, &NavigatorModel::onRecordChanged);
}

NavigatorModel::~NavigatorModel() = default;

NavigatorModel::BodyGroup NavigatorModel::groupOf(BodyKind kind)
{
    switch (kind) {
    case BodyKind::Board:
    case BodyKind::Executive:
        return BodyGroup::BoardAndExecutive;
    case BodyKind::Subgroup:
        return BodyGroup::Subgroups;
    case BodyKind::Panel:
    case BodyKind::ReviewGroup:
        return BodyGroup::PanelsAndReviewGroups;
    case BodyKind::Other:
        return BodyGroup::Other;
    }
    return BodyGroup::Other;
}

void NavigatorModel::reload()
{
    beginResetModel();
    build();
    endResetModel();
}

void NavigatorModel::build()
{
    m_root = std::make_unique<Node>();
    m_bodies.clear();
    m_meetings.clear();

    auto partnership = m_workspace.store().partnership();
    m_partnership = partnership ? *partnership : Partnership {};
    if (!partnership)
        m_workspace.reportError(partnership.errorMessage());

    auto top = std::make_unique<Node>();
    top->kind = NodeKind::Partnership;
    Node *partnershipNode = m_root->add(std::move(top));
    for (Page page : {Page::Agencies, Page::People, Page::Priorities}) {
        auto node = std::make_unique<Node>();
        node->page = page;
        partnershipNode->add(std::move(node));
    }

    auto bodies = m_workspace.store().list<Body>();
    if (!bodies)
        m_workspace.reportError(bodies.errorMessage());
    const QList<Body> list = bodies ? *bodies : QList<Body>();
    const bool anyOther
        = std::any_of(list.begin(), list.end(), [](const Body &b) { return groupOf(b.kind) == BodyGroup::Other; });
    for (BodyGroup group :
         {BodyGroup::BoardAndExecutive, BodyGroup::Subgroups, BodyGroup::PanelsAndReviewGroups, BodyGroup::Other}) {
        if (group == BodyGroup::Other && !anyOther)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::BodyGroup;
        node->group = group;
        Node *groupNodePtr = m_root->add(std::move(node));
        for (const Body &body : list) {
            if (groupOf(body.kind) != group)
                continue;
            auto bodyNode = std::make_unique<Node>();
            bodyNode->kind = NodeKind::Body;
            bodyNode->body = body;
            bodyNode->fetched = false;
            m_bodies.insert(body.id, groupNodePtr->add(std::move(bodyNode)));
        }
        std::stable_sort(groupNodePtr->children.begin(), groupNodePtr->children.end(),
                         [](const auto &a, const auto &b) { return sortsBefore(*a, *b); });
    }

    auto registers = std::make_unique<Node>();
    registers->kind = NodeKind::Registers;
    Node *registersNode = m_root->add(std::move(registers));
    for (Page page : {Page::Actions, Page::Risks, Page::Funding, Page::CaseReviews, Page::Training, Page::KeyFacts,
                      Page::Newsletters}) {
        auto node = std::make_unique<Node>();
        node->page = page;
        registersNode->add(std::move(node));
    }
}

bool NavigatorModel::sortsBefore(const Node &a, const Node &b)
{
    if (a.kind == NodeKind::Body && b.kind == NodeKind::Body) {
        // The board before its executive, then the groups still working, by name.
        const auto key
            = [](const Body &body) { return std::make_tuple(kindRank(body.kind), body.concluded.isValid() ? 1 : 0); };
        if (key(a.body) != key(b.body))
            return key(a.body) < key(b.body);
        return QString::localeAwareCompare(a.body.name, b.body.name) < 0;
    }
    if (a.kind == NodeKind::Year && b.kind == NodeKind::Year)
        return a.year > b.year; // newest first
    if (a.kind == NodeKind::Meeting && b.kind == NodeKind::Meeting) {
        const auto &x = a.meeting;
        const auto &y = b.meeting;
        if (x.date != y.date)
            return x.date > y.date;
        if (x.time != y.time)
            return x.time > y.time;
        return x.id < y.id;
    }
    if (a.kind == NodeKind::BodyGroup && b.kind == NodeKind::BodyGroup)
        return a.group < b.group;
    if (a.kind == NodeKind::Page && b.kind == NodeKind::Page)
        return a.page < b.page;
    // Top level: the partnership, the groups, then the registers.
    const auto rank = [](NodeKind kind) {
        return kind == NodeKind::Partnership ? 0 : kind == NodeKind::BodyGroup ? 1 : 2;
    };
    return rank(a.kind) < rank(b.kind);
}

NavigatorModel::Node *NavigatorModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), NameColumn, const_cast<Node *>(node));
}

QModelIndex NavigatorModel::partnershipIndex() const
{
    return index(0, NameColumn);
}

QModelIndex NavigatorModel::pageIndex(Page page) const
{
    const Node *parentNode = (page == Page::Agencies || page == Page::People || page == Page::Priorities)
        ? nodeOf(partnershipIndex())
        : nodeOf(registersIndex());
    for (const auto &child : parentNode->children) {
        if (child->page == page)
            return indexOf(child.get());
    }
    return {};
}

QModelIndex NavigatorModel::groupIndex(BodyGroup group) const
{
    return indexOf(groupNode(group));
}

QModelIndex NavigatorModel::registersIndex() const
{
    for (const auto &child : m_root->children) {
        if (child->kind == NodeKind::Registers)
            return indexOf(child.get());
    }
    return {};
}

QModelIndex NavigatorModel::bodyIndex(const Id &bodyId) const
{
    return indexOf(m_bodies.value(bodyId));
}

QModelIndex NavigatorModel::meetingIndex(const Id &meetingId)
{
    if (Node *node = m_meetings.value(meetingId))
        return indexOf(node);
    auto meeting = m_workspace.store().get<Meeting>(meetingId);
    if (!meeting || !meeting->has_value())
        return {};
    Node *body = m_bodies.value((*meeting)->body);
    if (!body)
        return {};
    fetchMeetings(body);
    return indexOf(m_meetings.value(meetingId));
}

QModelIndex NavigatorModel::yearIndex(const Id &bodyId, int startYear)
{
    Node *body = m_bodies.value(bodyId);
    if (!body)
        return {};
    fetchMeetings(body);
    for (const auto &child : body->children) {
        if (child->year == startYear)
            return indexOf(child.get());
    }
    return {};
}

NavigatorModel::Node *NavigatorModel::groupNode(BodyGroup group) const
{
    for (const auto &child : m_root->children) {
        if (child->kind == NodeKind::BodyGroup && child->group == group)
            return child.get();
    }
    return nullptr;
}

NavigatorModel::Node *NavigatorModel::ensureGroupNode(BodyGroup group)
{
    if (Node *node = groupNode(group))
        return node;
    auto fresh = std::make_unique<Node>();
    fresh->kind = NodeKind::BodyGroup;
    fresh->group = group;
    Node *node = fresh.get();
    place(m_root.get(), std::move(fresh), nullptr);
    return node;
}

void NavigatorModel::removeGroupIfEmpty(BodyGroup group)
{
    // The three usual groups stay even when empty: a new partnership fills them in.
    if (group != BodyGroup::Other)
        return;
    if (Node *node = groupNode(group); node && node->children.empty())
        removeNode(node);
}

NavigatorModel::Node *NavigatorModel::ensureYearNode(Node *body, int startYear)
{
    for (const auto &child : body->children) {
        if (child->year == startYear)
            return child.get();
    }
    auto fresh = std::make_unique<Node>();
    fresh->kind = NodeKind::Year;
    fresh->year = startYear;
    Node *node = fresh.get();
    place(body, std::move(fresh), nullptr);
    return node;
}

void NavigatorModel::place(Node *parentNode, std::unique_ptr<Node> fresh, Node *existing)
{
    const Node &node = fresh ? *fresh : *existing;
    int target = 0; // the row among the other children
    for (const auto &child : parentNode->children) {
        if (child.get() != existing && sortsBefore(*child, node))
            ++target;
    }
    if (fresh) {
        beginInsertRows(indexOf(parentNode), target, target);
        fresh->parent = parentNode;
        parentNode->children.insert(parentNode->children.begin() + target, std::move(fresh));
        endInsertRows();
        return;
    }
    Node *from = existing->parent;
    const int row = existing->row();
    int destination = target;
    if (from == parentNode) {
        if (target == row)
            return;
        destination = target > row ? target + 1 : target; // beginMoveRows counts the moving row
    }
    beginMoveRows(indexOf(from), row, row, indexOf(parentNode), destination);
    std::unique_ptr<Node> moving = std::move(from->children[std::size_t(row)]);
    from->children.erase(from->children.begin() + row);
    moving->parent = parentNode;
    parentNode->children.insert(parentNode->children.begin() + target, std::move(moving));
    endMoveRows();
}

void NavigatorModel::removeNode(Node *node)
{
    Node *from = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(from), row, row);
    forgetSubtree(node);
    from->children.erase(from->children.begin() + row);
    endRemoveRows();
}

void NavigatorModel::forgetSubtree(const Node *node)
{
    if (node->kind == NodeKind::Body)
        m_bodies.remove(node->body.id);
    if (node->kind == NodeKind::Meeting)
        m_meetings.remove(node->meeting.id);
    for (const auto &child : node->children)
        forgetSubtree(child.get());
}

void NavigatorModel::fetchMeetings(Node *body)
{
    if (body->fetched)
        return;
    body->fetched = true;
    auto summaries = m_workspace.store().meetingSummaries(ListFilter {body->body.id, {}});
    if (!summaries) {
        m_workspace.reportError(summaries.errorMessage());
        return;
    }
    std::map<int, std::vector<std::unique_ptr<Node>>, std::greater<>> byYear;
    for (const MeetingSummary &summary : *summaries) {
        if (m_meetings.contains(summary.id))
            continue; // already shown elsewhere: refreshMeeting() moves it here
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Meeting;
        node->meeting = summary;
        node->year = FinancialYear::containing(summary.date, m_partnership.financialYearStart).startYear();
        m_meetings.insert(summary.id, node.get());
        byYear[node->year].push_back(std::move(node));
    }
    if (byYear.empty())
        return;
    beginInsertRows(indexOf(body), 0, int(byYear.size()) - 1);
    for (auto &[year, meetings] : byYear) {
        auto yearNode = std::make_unique<Node>();
        yearNode->kind = NodeKind::Year;
        yearNode->year = year;
        std::sort(meetings.begin(), meetings.end(), [](const auto &a, const auto &b) { return sortsBefore(*a, *b); });
        for (auto &meeting : meetings)
            yearNode->add(std::move(meeting));
        body->add(std::move(yearNode));
    }
    endInsertRows();
}

void NavigatorModel::refreshBody(const Id &bodyId)
{
    auto found = m_workspace.store().get<Body>(bodyId);
    if (!found) {
        m_workspace.reportError(found.errorMessage());
        return;
    }
    Node *node = m_bodies.value(bodyId);
    if (!found->has_value()) {
        if (node) {
            const BodyGroup group = groupOf(node->body.kind);
            removeNode(node);
            removeGroupIfEmpty(group);
        }
        return;
    }
    const Body &body = **found;
    if (!node) {
        auto fresh = std::make_unique<Node>();
        fresh->kind = NodeKind::Body;
        fresh->body = body;
        fresh->fetched = false;
        m_bodies.insert(body.id, fresh.get());
        place(ensureGroupNode(groupOf(body.kind)), std::move(fresh), nullptr);
        return;
    }
    const BodyGroup oldGroup = groupOf(node->body.kind);
    node->body = body;
    place(ensureGroupNode(groupOf(body.kind)), nullptr, node);
    const QModelIndex changed = indexOf(node);
    emit dataChanged(changed, changed);
    if (oldGroup != groupOf(body.kind))
        removeGroupIfEmpty(oldGroup);
}

void NavigatorModel::refreshMeeting(const Id &meetingId)
{
    auto found = m_workspace.store().get<Meeting>(meetingId);
    if (!found) {
        m_workspace.reportError(found.errorMessage());
        return;
    }
    Node *node = m_meetings.value(meetingId);
    const auto removeMeeting = [this](Node *meeting) {
        Node *year = meeting->parent;
        removeNode(meeting);
        if (year->children.empty())
            removeNode(year);
    };
    Node *body = found->has_value() ? m_bodies.value((*found)->body) : nullptr;
    if (!body) {
        if (node)
            removeMeeting(node);
        return;
    }
    if (!body->fetched) {
        if (!node)
            return; // a body not expanded yet reads its meetings when it is
        // The meeting moved to a body not read yet: read it (without this meeting), then
        // move the node, so a view that has it selected keeps it.
        fetchMeetings(body);
    }
    const MeetingSummary summary = summaryOf(**found);
    const int year = FinancialYear::containing(summary.date, m_partnership.financialYearStart).startYear();
    Node *yearNode = ensureYearNode(body, year);
    if (!node) {
        auto fresh = std::make_unique<Node>();
        fresh->kind = NodeKind::Meeting;
        fresh->meeting = summary;
        fresh->year = year;
        m_meetings.insert(meetingId, fresh.get());
        place(yearNode, std::move(fresh), nullptr);
        return;
    }
    Node *oldYear = node->parent;
    node->meeting = summary;
    node->year = year;
    place(yearNode, nullptr, node);
    const QModelIndex changed = indexOf(node);
    emit dataChanged(changed, changed);
    if (oldYear != yearNode && oldYear->children.empty())
        removeNode(oldYear);
}

void NavigatorModel::onRecordChanged(RecordKind kind, const QString &key)
{
    switch (kind) {
    case RecordKind::Partnership: {
        auto partnership = m_workspace.store().partnership();
        if (!partnership)
            return;
        const bool yearsMoved = !(partnership->financialYearStart == m_partnership.financialYearStart);
        m_partnership = *partnership;
        if (yearsMoved) {
            reload(); // every meeting may change year
        } else {
            const QModelIndex top = partnershipIndex();
            emit dataChanged(top, top);
        }
        break;
    }
    case RecordKind::Body:
        if (key.isEmpty())
            reload();
        else
            refreshBody(key);
        break;
    case RecordKind::Meeting:
        if (key.isEmpty())
            reload();
        else
            refreshMeeting(key);
        break;
    default:
        break;
    }
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != NameColumn || row < 0 || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const Node *parentNode = nodeOf(parent);
    if (row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool NavigatorModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return false;
    const Node *node = nodeOf(parent);
    // An unread body may have meetings: show it as expandable until it is read.
    return !node->children.empty() || !node->fetched;
}

bool NavigatorModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && !nodeOf(parent)->fetched;
}

void NavigatorModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        fetchMeetings(nodeOf(parent));
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case NodeKindRole:
        return QVariant::fromValue(node.kind);
    case PageRole:
        return node.kind == NodeKind::Page ? QVariant::fromValue(node.page) : QVariant();
    case BodyGroupRole:
        return node.kind == NodeKind::BodyGroup ? QVariant::fromValue(node.group) : QVariant();
    case IdRole:
        if (node.kind == NodeKind::Body)
            return node.body.id;
        if (node.kind == NodeKind::Meeting)
            return node.meeting.id;
        return {};
    case BodyIdRole:
        if (node.kind == NodeKind::Body)
            return node.body.id;
        if (node.kind == NodeKind::Year)
            return node.parent->body.id;
        if (node.kind == NodeKind::Meeting)
            return node.meeting.body;
        return {};
    case YearRole:
        return node.kind == NodeKind::Year || node.kind == NodeKind::Meeting ? QVariant(node.year) : QVariant();
    case DateRole:
        if (node.kind == NodeKind::Meeting)
            return node.meeting.date;
        if (node.kind == NodeKind::Body)
            return node.body.concluded;
        return {};
    case MeetingStatusRole:
        return node.kind == NodeKind::Meeting ? QVariant::fromValue(node.meeting.status) : QVariant();
    case MinutesStatusRole:
        return node.kind == NodeKind::Meeting ? QVariant::fromValue(node.meeting.minutes) : QVariant();
    default:
        break;
    }

    switch (node.kind) {
    case NodeKind::Partnership:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_partnership.name.isEmpty() ? tr("New partnership") : m_partnership.name;
        if (role == Qt::ToolTipRole)
            return toolTipText(m_partnership.name.isEmpty() ? tr("New partnership") : m_partnership.name);
        if (role == Qt::DecorationRole)
            return icon(QStringLiteral("partnership"));
        if (role == Qt::FontRole) {
            QFont font = QGuiApplication::font();
            font.setBold(true);
            return font;
        }
        break;
    case NodeKind::Page:
        if (role == Qt::DisplayRole)
            return pageLabel(node.page);
        if (role == Qt::DecorationRole)
            return icon(pageIcon(node.page));
        break;
    case NodeKind::BodyGroup:
        if (role == Qt::DisplayRole)
            return groupLabel(node.group);
        if (role == Qt::DecorationRole)
            return icon(QStringLiteral("group"));
        break;
    case NodeKind::Registers:
        if (role == Qt::DisplayRole)
            return tr("Registers");
        if (role == Qt::DecorationRole)
            return icon(QStringLiteral("registers"));
        break;
    case NodeKind::Body: {
        const QDate concluded = node.body.concluded;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            if (!concluded.isValid())
                return node.body.name;
            return concluded <= Clock::today() ? tr("%1 (concluded %2)").arg(node.body.name, displayDate(concluded))
                                               : tr("%1 (concludes %2)").arg(node.body.name, displayDate(concluded));
        }
        if (role == Qt::DecorationRole)
            return icon(concluded.isValid() && concluded <= Clock::today() ? QStringLiteral("body-concluded")
                                                                           : QStringLiteral("body"));
        if (role == Qt::ForegroundRole && concluded.isValid() && concluded <= Clock::today())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    case NodeKind::Year:
        if (role == Qt::DisplayRole)
            return FinancialYear(node.year).toString();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            // Spelled out for English: no translation file supplies the plural forms yet.
            return node.children.size() == 1
                ? tr("One meeting in %1").arg(FinancialYear(node.year).toString())
                : tr("%1 meetings in %2").arg(node.children.size()).arg(FinancialYear(node.year).toString());
        if (role == Qt::DecorationRole)
            return icon(QStringLiteral("year"));
        break;
    case NodeKind::Meeting:
        if (role == Qt::DisplayRole)
            return displayDate(node.meeting.date);
        if (role == Qt::AccessibleTextRole)
            return tr("%1, %2").arg(displayDate(node.meeting.date), meetingStatusText(node.meeting));
        if (role == Qt::ToolTipRole)
            return meetingToolTip(node);
        if (role == Qt::DecorationRole)
            return icon(meetingStatusIcon(node.meeting));
        if (role == Qt::ForegroundRole && node.meeting.status == MeetingStatus::Cancelled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    return {};
}

QString NavigatorModel::meetingToolTip(const Node &node) const
{
    const MeetingSummary &m = node.meeting;
    QStringList parts;
    parts << displayDayAndDate(m.date);
    if (m.time.isValid())
        parts << m.time.toString(QStringLiteral("HH:mm"));
    if (!m.location.isEmpty())
        parts << m.location;
    return toolTipText(
        tr("%1: %2").arg(parts.join(QStringLiteral(", ")), meetingStatusText(m))); // the location is user text
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const NodeKind kind = nodeOf(index)->kind;
    const bool leaf = kind == NodeKind::Meeting || kind == NodeKind::Page;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (leaf ? Qt::ItemNeverHasChildren : Qt::NoItemFlags);
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == NameColumn)
        return tr("Partnership");
    return {};
}

} // namespace bd
