#pragma once

#include "recordtablemodel.h"

#include <QHash>

namespace bd {

// Who sits on one body, in what role, from when to when: current members first (chair,
// vice-chair, members...), then those who have left.
class MembershipTableModel : public RecordListModel<Membership> {
    Q_OBJECT

public:
    enum Column { PersonColumn, RoleColumn, FromColumn, ToColumn, ColumnCount };

    explicit MembershipTableModel(Workspace &workspace, QObject *parent = nullptr);

    void setBody(const Id &bodyId);
    Id bodyId() const { return m_body; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    Result<QList<Membership>> fetch() override;
    bool dependsOn(RecordKind kind) const override { return kind == RecordKind::Person || kind == RecordKind::Agency; }

private:
    Id m_body;
    QHash<Id, QString> m_personNames;
};

// The memberships of \a bodyId active on \a date (from and to inclusive, open ends open),
// one per person, chair first: who is expected at a meeting that day.
QList<Membership> membersOn(const QList<Membership> &memberships, const Id &bodyId, const QDate &date);

} // namespace bd
