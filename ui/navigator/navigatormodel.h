#pragma once

#include "domain/types.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace bd {

class Workspace;
enum class RecordKind;

// The tree on the left of the main window: the partnership (with its agencies, people and
// priorities), its bodies grouped by kind, each body's meetings by financial year (newest
// first), and the registers.
//
// A body's meetings are read when the body is first expanded (canFetchMore/fetchMore), so
// opening twenty years of history reads only the bodies. The model follows the workspace:
// a record saved, undone or redone moves, relabels, adds or removes its node in place, so
// the view keeps its selection and what is expanded.
class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ColumnCount };

    enum class NodeKind { Partnership, Page, BodyGroup, Body, Year, Meeting, Registers };
    Q_ENUM(NodeKind)

    // The pages that are not a body or a meeting.
    enum class Page {
        Agencies,
        People,
        Priorities,
        Actions,
        Risks,
        Funding,
        CaseReviews,
        Training,
        KeyFacts,
        Newsletters
    };
    Q_ENUM(Page)

    enum class BodyGroup { BoardAndExecutive, Subgroups, PanelsAndReviewGroups, Other };
    Q_ENUM(BodyGroup)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind
        IdRole, // a body's or a meeting's id
        BodyIdRole, // the body a body, year or meeting node belongs to
        YearRole, // FinancialYear::startYear() of a year or meeting node
        PageRole, // Page of a page node
        BodyGroupRole, // BodyGroup of a group node
        DateRole, // a meeting's date, a body's concluded date
        MeetingStatusRole, // MeetingStatus
        MinutesStatusRole, // MinutesStatus
    };

    explicit NavigatorModel(Workspace &workspace, QObject *parent = nullptr);
    ~NavigatorModel() override;

    // Reads the partnership and its bodies again; meetings are read again on expand.
    void reload();

    QModelIndex partnershipIndex() const;
    QModelIndex pageIndex(Page page) const;
    QModelIndex groupIndex(BodyGroup group) const;
    QModelIndex registersIndex() const;
    QModelIndex bodyIndex(const Id &bodyId) const;
    // The meeting's node, reading its body's meetings first if need be; invalid if there is
    // no such meeting.
    QModelIndex meetingIndex(const Id &meetingId);
    // The node of the financial year starting in \a startYear under the body, reading the
    // body's meetings first if need be; invalid if the body met in no such year.
    QModelIndex yearIndex(const Id &bodyId, int startYear);

    // Re-reads one body or one meeting (after the meeting editor changed it, for instance).
    void refreshBody(const Id &bodyId);
    void refreshMeeting(const Id &meetingId);

    // The group a body of this kind is listed in.
    static BodyGroup groupOf(BodyKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    void onRecordChanged(RecordKind kind, const QString &key);
    void build();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    Node *groupNode(BodyGroup group) const;
    Node *ensureGroupNode(BodyGroup group);
    void removeGroupIfEmpty(BodyGroup group);
    void fetchMeetings(Node *body);
    Node *ensureYearNode(Node *body, int startYear);
    // Puts \a node (already a child of some node, or new with no parent) where it sorts
    // under \a parent, with the model's move/insert signals.
    void place(Node *parent, std::unique_ptr<Node> fresh, Node *existing);
    void removeNode(Node *node);
    void forgetSubtree(const Node *node);
    static bool sortsBefore(const Node &a, const Node &b);
    QString meetingToolTip(const Node &node) const;

    Workspace &m_workspace;
    std::unique_ptr<Node> m_root;
    QHash<Id, Node *> m_bodies;
    QHash<Id, Node *> m_meetings;
    Partnership m_partnership;
};

} // namespace bd
