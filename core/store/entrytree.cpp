#include "store.h"

#include "childrows.h"
#include "domain/limits.h"
#include "values.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>

namespace bd {

using namespace storage;

// A meeting's attendance and entries: the rows below a meeting, and the bullet tree --------

Result<void> Store::saveAttendance(const Meeting &meeting)
{
    if (auto cleared = m_db->run(QStringLiteral("DELETE FROM attendance WHERE meeting = ?"), {meeting.id}); !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < meeting.attendance.size(); ++i) {
        const Attendance &a = meeting.attendance.at(i);
        auto added = m_db->run(QStringLiteral("INSERT INTO attendance (meeting, position, person, status, deputy_for) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                               {meeting.id, int(i), a.person, sqlEnum(a.status), sqlRef(a.deputyFor)});
        if (!added)
            return added.error();
    }
    return {};
}

Result<void> Store::insertEntries(const Id &meeting, qint64 parent, const QList<Entry> &entries, QList<Entry> *stored)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry entry = entries.at(i);
        auto added = m_db->run(
            QStringLiteral("INSERT INTO entries (meeting, parent, position, kind, text) VALUES (?, ?, ?, ?, ?)"),
            {meeting, parent ? QVariant(parent) : QVariant(), int(i), sqlEnum(entry.kind), entry.text});
        if (!added)
            return added.error();
        entry.rowId = m_db->lastInsertId();
        if (!entry.priorities.isEmpty()) {
            if (auto p = savePriorityLinks(*m_db, QStringLiteral("entry_priorities"), QStringLiteral("entry"),
                                           entry.rowId, entry.priorities, true);
                !p)
                return p;
        }
        QList<Entry> children;
        for (Entry &child : entry.children)
            child.kind = entry.kind;
        if (auto done = insertEntries(meeting, entry.rowId, entry.children, &children); !done)
            return done;
        entry.children = children;
        if (stored)
            *stored << entry;
    }
    return {};
}

Result<void> Store::loadMeetingContents(QList<Meeting> &meetings)
{
    auto attendance = loadChildren(
        *m_db, meetings,
        QStringLiteral("SELECT meeting, person, status, deputy_for FROM attendance ORDER BY meeting, position"),
        QStringLiteral(
            "SELECT meeting, person, status, deputy_for FROM attendance WHERE meeting = ? ORDER BY position"),
        [](Meeting &m, const QSqlQuery &q) {
            m.attendance << Attendance {q.value(1).toString(), enumOf(q.value(2), AttendanceStatus::Present),
                                        textOf(q.value(3))};
        });
    if (!attendance)
        return attendance;

    // Entries come flat, parents before children (a parent's rowId is always smaller, since
    // a child is inserted after its parent... but not after a move), so build the trees from
    // a map of rows by parent.
    struct Row {
        qint64 id;
        qint64 parent;
        int position;
        Entry entry;
    };
    QHash<QString, QList<Row>> rowsByMeeting;
    // Each bullet's priorities come with it, in their order, as one space-separated text (ids
    // hold no spaces): one statement fewer for every meeting opened.
#define BD_ENTRY_COLUMNS                                                                                               \
    "SELECT meeting, id, parent, position, kind, text, (SELECT group_concat(priority, ' ') FROM (SELECT priority "     \
    "FROM entry_priorities WHERE entry = entries.id ORDER BY position)) FROM entries "
    auto rows = loadChildren(
        *m_db, meetings, QStringLiteral(BD_ENTRY_COLUMNS "ORDER BY meeting, position"),
        QStringLiteral(BD_ENTRY_COLUMNS "WHERE meeting = ? ORDER BY position"), [&](Meeting &m, const QSqlQuery &q) {
            Entry e;
            e.rowId = q.value(1).toLongLong();
            e.kind = enumOf(q.value(4), EntryKind::Did);
            e.text = q.value(5).toString();
            if (const QVariant tags = q.value(6); !tags.isNull())
                e.priorities = tags.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            rowsByMeeting[m.id] << Row {e.rowId, q.value(2).toLongLong(), q.value(3).toInt(), std::move(e)};
        });
#undef BD_ENTRY_COLUMNS
    if (!rows)
        return rows;

    for (Meeting &meeting : meetings) {
        QList<Row> &flat = rowsByMeeting[meeting.id];
        QHash<qint64, QList<Row *>> byParent;
        for (Row &row : flat)
            byParent[row.parent] << &row; // rows arrive in position order
        std::function<QList<Entry>(qint64)> build = [&](qint64 parent) {
            QList<Entry> list;
            const QList<Row *> children = byParent.value(parent);
            list.reserve(children.size());
            for (Row *row : children) {
                Entry e = std::move(row->entry); // each row goes into the tree once
                e.children = build(e.rowId);
                list << std::move(e);
            }
            return list;
        };
        meeting.entries = build(0);
    }
    return {};
}

Result<Entry> Store::insertEntry(const Id &meeting, qint64 parent, int position, const Entry &entry)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto within = bulletWithinLimits(meeting, 0, entry.text); !within)
        return within.error();
    // Make room: later siblings move down one.
    auto shifted = m_db->run(QStringLiteral("UPDATE entries SET position = position + 1 WHERE meeting = ? AND "
                                            "COALESCE(parent, 0) = ? AND position >= ?"),
                             {meeting, parent, position});
    if (!shifted)
        return shifted.error();
    Entry stored = entry;
    stored.children.clear();
    auto added = m_db->run(
        QStringLiteral("INSERT INTO entries (meeting, parent, position, kind, text) VALUES (?, ?, ?, ?, ?)"),
        {meeting, parent ? QVariant(parent) : QVariant(), position, sqlEnum(entry.kind), entry.text});
    if (!added)
        return Error {tr("Could not add the bullet to meeting \"%1\": %2").arg(meeting, added.errorMessage())};
    stored.rowId = m_db->lastInsertId();
    if (auto p = savePriorityLinks(*m_db, QStringLiteral("entry_priorities"), QStringLiteral("entry"), stored.rowId,
                                   stored.priorities);
        !p)
        return p.error();
    if (!m_importing) {
        auto after = entryJson(stored.rowId);
        if (!after)
            return after.error();
        if (auto logged
            = logChange(QStringLiteral("entry"), QString::number(stored.rowId), AuditAction::Insert, QString(), *after);
            !logged)
            return logged.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> Store::updateEntry(const Entry &entry)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    auto place = entryPlace(entry.rowId);
    if (!place)
        return place.error();
    if (auto within = bulletWithinLimits(place->first, entry.rowId, entry.text); !within)
        return within;
    auto before = entryJson(entry.rowId);
    if (!before)
        return before.error();
    auto changed = m_db->run(QStringLiteral("UPDATE entries SET kind = ?, text = ? WHERE id = ?"),
                             {sqlEnum(entry.kind), entry.text, entry.rowId});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error {tr("That bullet no longer exists; it may have been deleted.")};
    // Children follow their parent's kind.
    auto children = m_db->run(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT id FROM entries WHERE parent = ? "
                                             "UNION ALL SELECT e.id FROM entries e JOIN sub ON e.parent = sub.id) "
                                             "UPDATE entries SET kind = ? WHERE id IN (SELECT id FROM sub)"),
                              {entry.rowId, sqlEnum(entry.kind)});
    if (!children)
        return children.error();
    if (auto p = savePriorityLinks(*m_db, QStringLiteral("entry_priorities"), QStringLiteral("entry"), entry.rowId,
                                   entry.priorities);
        !p)
        return p;
    if (auto logged = logEntryChange(entry.rowId, *before); !logged)
        return logged;
    return transaction.commit();
}

Result<void> Store::renumber(const Id &meeting, qint64 parent)
{
    QList<qint64> ids;
    // A bullet being moved is parked at position -1: it is not in any list until it lands
    // (without this, a move within one list came out one place short).
    auto done = m_db->select(
        QStringLiteral("SELECT id FROM entries WHERE meeting = ? AND COALESCE(parent, 0) = ? AND position >= 0 "
                       "ORDER BY position, id"),
        {meeting, parent}, [&](const QSqlQuery &q) { ids << q.value(0).toLongLong(); });
    if (!done)
        return done;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto set = m_db->run(QStringLiteral("UPDATE entries SET position = ? WHERE id = ?"), {int(i), ids.at(i)});
            !set)
            return set.error();
    }
    return {};
}

Result<void> Store::bulletWithinLimits(const Id &meeting, qint64 replacing, const QString &text)
{
    if (text.size() > limits::bulletChars)
        return Error {*Limits::bullet(text, 0, 0), ErrorCode::Invalid};
    qsizetype bullets = 1;
    qsizetype chars = text.size();
    auto counted = m_db->select(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(LENGTH(text)), 0) FROM entries WHERE meeting = ? AND id <> ?"),
        {meeting, replacing}, [&](const QSqlQuery &q) {
            bullets += q.value(0).toLongLong();
            chars += q.value(1).toLongLong();
        });
    if (!counted)
        return counted;
    if (auto beyond = Limits::bullet(text, bullets, chars))
        return Error {*beyond, ErrorCode::Invalid};
    return {};
}

Result<std::pair<Id, qint64>> Store::entryPlace(qint64 rowId)
{
    std::pair<Id, qint64> place {Id(), 0};
    auto found = m_db->select(QStringLiteral("SELECT meeting, COALESCE(parent, 0) FROM entries WHERE id = ?"), {rowId},
                              [&](const QSqlQuery &q) {
                                  place = {q.value(0).toString(), q.value(1).toLongLong()};
                              });
    if (!found)
        return found.error();
    if (place.first.isEmpty())
        return Error {tr("That bullet no longer exists; it may have been deleted.")};
    return place;
}

Result<void> Store::removeEntry(qint64 rowId)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    auto place = entryPlace(rowId);
    if (!place)
        return place.error();
    const auto [meeting, parent] = *place;
    auto before = entryJson(rowId);
    if (!before)
        return before.error();
    if (auto removed = m_db->run(QStringLiteral("DELETE FROM entries WHERE id = ?"), {rowId}); !removed)
        return removed.error();
    if (auto done = renumber(meeting, parent); !done)
        return done;
    if (auto logged
        = logChange(QStringLiteral("entry"), QString::number(rowId), AuditAction::Delete, *before, QString());
        !logged)
        return logged;
    return transaction.commit();
}

Result<void> Store::moveEntry(qint64 rowId, qint64 newParent, int newPosition)
{
    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    auto place = entryPlace(rowId);
    if (!place)
        return place.error();
    const auto [meeting, oldParent] = *place;
    auto before = entryJson(rowId);
    if (!before)
        return before.error();
    // Take it out of its old list, open a gap in the new one, put it there.
    if (auto out = m_db->run(QStringLiteral("UPDATE entries SET position = -1, parent = ? WHERE id = ?"),
                             {newParent ? QVariant(newParent) : QVariant(), rowId});
        !out)
        return out.error();
    if (auto done = renumber(meeting, oldParent); !done)
        return done;
    auto shifted = m_db->run(QStringLiteral("UPDATE entries SET position = position + 1 WHERE meeting = ? AND "
                                            "COALESCE(parent, 0) = ? AND position >= ? AND id <> ?"),
                             {meeting, newParent, newPosition, rowId});
    if (!shifted)
        return shifted.error();
    if (auto in = m_db->run(QStringLiteral("UPDATE entries SET position = ? WHERE id = ?"), {newPosition, rowId}); !in)
        return in.error();
    if (newParent) {
        // A child takes its new parent's kind, and so do its own children.
        auto kind
            = m_db->run(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT e.id FROM entries e "
                                       "JOIN sub ON e.parent = sub.id) UPDATE entries SET kind = "
                                       "(SELECT kind FROM entries WHERE id = ?) WHERE id IN (SELECT id FROM sub)"),
                        {rowId, newParent});
        if (!kind)
            return kind.error();
    }
    if (auto done = renumber(meeting, newParent); !done)
        return done;
    if (auto logged = logEntryChange(rowId, *before); !logged)
        return logged;
    return transaction.commit();
}

} // namespace bd
