#include "membershipmodel.h"

#include "common/displayformat.h"
#include "util/clock.h"

#include <QPalette>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

bool activeOn(const Membership &m, const QDate &date)
{
    return (!m.from.isValid() || m.from <= date) && (!m.to.isValid() || m.to >= date);
}

} // namespace

QList<Membership> membersOn(const QList<Membership> &memberships, const Id &bodyId, const QDate &date)
{
    QList<Membership> active;
    for (const Membership &m : memberships) {
        if (m.body == bodyId && activeOn(m, date))
            active << m;
    }
    // Role order is the enum's: chair, vice-chair, member, adviser, secretariat.
    std::stable_sort(active.begin(), active.end(),
                     [](const Membership &a, const Membership &b) { return a.role < b.role; });
    QSet<Id> seen;
    QList<Membership> once;
    for (const Membership &m : active) {
        if (!seen.contains(m.person)) {
            seen.insert(m.person);
            once << m;
        }
    }
    return once;
}

MembershipTableModel::MembershipTableModel(Workspace &workspace, QObject *parent)
    : RecordListModel<Membership>(workspace, parent)
{
}

void MembershipTableModel::setBody(const Id &bodyId)
{
    m_body = bodyId;
    reload();
}

Result<QList<Membership>> MembershipTableModel::fetch()
{
    if (m_body.isEmpty())
        return QList<Membership>();
    auto people = workspace().store().list<Person>();
    if (!people)
        return people.error();
    m_personNames.clear();
    for (const Person &person : *people)
        m_personNames.insert(person.id, person.name);
    auto memberships = workspace().store().list<Membership>(ListFilter {m_body, {}});
    if (!memberships)
        return memberships;
    const QDate today = Clock::today();
    std::stable_sort(memberships->begin(), memberships->end(), [&](const Membership &a, const Membership &b) {
        const bool aActive = activeOn(a, today);
        if (aActive != activeOn(b, today))
            return aActive;
        if (a.role != b.role)
            return a.role < b.role;
        return QString::localeAwareCompare(m_personNames.value(a.person), m_personNames.value(b.person)) < 0;
    });
    return memberships;
}

int MembershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipTableModel::data(const QModelIndex &index, int role) const
{
    const auto m = recordAt(index.row());
    if (!m)
        return {};
    if (role == Qt::ForegroundRole && !activeOn(*m, Clock::today()))
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case PersonColumn:
        return edit ? m->person : m_personNames.value(m->person, m->person);
    case RoleColumn:
        return edit ? QVariant(enumKey(m->role)) : QVariant(displayName(m->role));
    case FromColumn:
        return edit ? QVariant(m->from) : QVariant(displayDate(m->from));
    case ToColumn:
        return edit ? QVariant(m->to) : QVariant(displayDate(m->to));
    default:
        return {};
    }
}

bool MembershipTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    auto m = recordAt(index.row());
    if (!m || role != Qt::EditRole || isReadOnly())
        return false;
    const QString who = m_personNames.value(m->person);
    switch (index.column()) {
    case PersonColumn:
        if (value.toString().isEmpty())
            return false;
        m->person = value.toString();
        return saveRow(index.row(), *m, tr("Change member"));
    case RoleColumn:
        if (const auto newRole = enumFromKey<Role>(value.toString())) {
            m->role = *newRole;
            return saveRow(index.row(), *m, tr("Change role of %1").arg(who));
        }
        return false;
    case FromColumn:
    case ToColumn: {
        const QDate date = value.toDate();
        (index.column() == FromColumn ? m->from : m->to) = date;
        if (m->from.isValid() && m->to.isValid() && m->to < m->from) {
            workspace().reportError(tr("%1's membership cannot end (%2) before it starts (%3).")
                                        .arg(who, displayDate(m->to), displayDate(m->from)));
            return false;
        }
        return saveRow(index.row(), *m, tr("Change dates of %1's membership").arg(who));
    }
    default:
        return false;
    }
}

QVariant MembershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PersonColumn:
        return tr("Member");
    case RoleColumn:
        return tr("Role");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    default:
        return {};
    }
}

Qt::ItemFlags MembershipTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordListModel<Membership>::flags(index);
    if (index.isValid() && !isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace bd
