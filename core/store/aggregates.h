#pragma once

#include "childrows.h"
#include "database.h"
#include "mapping.h"

namespace bd {
class Store;
}

namespace bd::storage {

// A record's parts: what belongs to it beyond its own row (its description's Refs and
// Children fields, each a table of rows that name their owner and keep their position).
// Saved after the record's row is written (\a inserted: just now, so there is nothing to
// clear), and loaded for a list of records at once.
namespace parts {

// The rows of \a children under \a owner, with their own parts.
template<typename C> Result<void> saveRows(Database &db, const QVariant &owner, const QList<C> &children, bool fresh);

template<typename T> Result<void> saveField(Database &, const QVariant &, const T &, bool, const auto &)
{
    return {};
}
template<typename T>
Result<void> saveField(Database &db, const QVariant &owner, const T &r, bool fresh, const field::Refs<T> &f)
{
    return savePriorityLinks(db, QString::fromLatin1(f.table), QString::fromLatin1(f.owner), owner, r.*f.member, fresh);
}
template<typename T, typename C>
Result<void> saveField(Database &db, const QVariant &owner, const T &r, bool fresh, const field::Children<T, C> &f)
{
    return saveRows<C>(db, owner, r.*f.member, fresh);
}

template<typename T> Result<void> saveAll(Database &db, const QVariant &owner, const T &r, bool fresh)
{
    Result<void> done;
    forEachField<T>([&](const auto &f) {
        if (done)
            done = saveField<T>(db, owner, r, fresh, f);
    });
    return done;
}

template<typename C> Result<void> saveRows(Database &db, const QVariant &owner, const QList<C> &children, bool fresh)
{
    const QString table = QString::fromLatin1(Record<C>::table);
    const QString ownerColumn = QString::fromLatin1(Record<C>::owner);
    if (!fresh) {
        if (auto cleared = db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner});
            !cleared)
            return cleared.error();
    }
    const QStringList columns = QStringList {ownerColumn, QStringLiteral("position")} + Columns<C>::columns();
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), placeholders(columns.size()));
    for (qsizetype i = 0; i < children.size(); ++i) {
        auto added = db.run(sql, QVariantList {owner, int(i)} + Columns<C>::values(children.at(i)));
        if (!added)
            return added.error();
        if (auto inner = saveAll<C>(db, db.lastInsertId(), children.at(i), true); !inner)
            return inner;
    }
    return {};
}

// Loading: the parts of a list of records, a part at a time (see loadChildren).
template<typename C> Result<void> loadNested(Database &db, QList<C *> &rows, const QList<qint64> &ids);

template<typename T> Result<void> loadField(Database &, QList<T> &, const auto &)
{
    return {};
}
template<typename T> Result<void> loadField(Database &db, QList<T> &records, const field::Refs<T> &f)
{
    const QString select
        = QStringLiteral("SELECT %1, priority FROM %2 ").arg(QLatin1String(f.owner), QLatin1String(f.table));
    return loadChildren(db, records, select + QStringLiteral("ORDER BY %1, position").arg(QLatin1String(f.owner)),
                        select + QStringLiteral("WHERE %1 = ? ORDER BY position").arg(QLatin1String(f.owner)),
                        [&f](T &r, const QSqlQuery &q) { (r.*f.member) << q.value(1).toString(); });
}
template<typename T, typename C> Result<void> loadField(Database &db, QList<T> &records, const field::Children<T, C> &f)
{
    const QString select = QStringLiteral("SELECT %1, %2, id FROM %3 ")
                               .arg(QLatin1String(Record<C>::owner), Columns<C>::columns().join(QStringLiteral(", ")),
                                    QLatin1String(Record<C>::table));
    // Each row's own id, for parts of its own; taken once the lists stop growing.
    QList<std::pair<qsizetype, qsizetype>> places;
    QList<qint64> ids;
    auto loaded = loadChildren(
        db, records, select + QStringLiteral("ORDER BY %1, position").arg(QLatin1String(Record<C>::owner)),
        select + QStringLiteral("WHERE %1 = ? ORDER BY position").arg(QLatin1String(Record<C>::owner)),
        [&](T &r, const QSqlQuery &q) {
            QList<C> &list = r.*f.member;
            list << Columns<C>::read(q, 1);
            places.append({&r - records.data(), list.size() - 1});
            ids << q.value(1 + int(Columns<C>::columns().size())).toLongLong();
        });
    if (!loaded)
        return loaded;
    QList<C *> rows;
    rows.reserve(places.size());
    for (const auto &[record, row] : std::as_const(places))
        rows << &(records[record].*f.member)[row];
    return loadNested<C>(db, rows, ids);
}

template<typename T> Result<void> loadAll(Database &db, QList<T> &records)
{
    Result<void> done;
    forEachField<T>([&](const auto &f) {
        if (done)
            done = loadField<T>(db, records, f);
    });
    return done;
}

// Parts of parts (a newsletter item's links): rows few enough to read one owner at a time.
template<typename C, typename G>
Result<void> loadNestedField(Database &, QList<C *> &, const QList<qint64> &, const G &)
{
    return {};
}
template<typename C, typename G>
Result<void> loadNestedField(Database &db, QList<C *> &rows, const QList<qint64> &ids, const field::Children<C, G> &f)
{
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY position")
                            .arg(Columns<G>::columns().join(QStringLiteral(", ")), QLatin1String(Record<G>::table),
                                 QLatin1String(Record<G>::owner));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto done
            = db.select(sql, {ids.at(i)}, [&](const QSqlQuery &q) { (rows[i]->*f.member) << Columns<G>::read(q); });
        if (!done)
            return done;
    }
    return {};
}
template<typename C> Result<void> loadNested(Database &db, QList<C *> &rows, const QList<qint64> &ids)
{
    Result<void> done;
    forEachField<C>([&](const auto &f) {
        if (done)
            done = loadNestedField<C>(db, rows, ids, f);
    });
    return done;
}

} // namespace parts

// The parts of every record type but a meeting, whose bullets form a tree (below).
template<typename T> struct Parts {
    static Result<void> save(Store &, Database &db, T &record, bool inserted)
    {
        return parts::saveAll<T>(db, keyValues(record).constFirst(), record, inserted);
    }
    static Result<void> load(Store &, Database &db, QList<T> &records) { return parts::loadAll<T>(db, records); }
    // What the audit log leaves out of a record's before and after: parts logged on their own.
    static void leaveOutOfAudit(T &) { }
};

// A meeting's attendance and its tree of bullets (core/store/entrytree.cpp). A stored
// meeting's bullets change one at a time, through Store's entry functions, which log them.
template<> struct Parts<Meeting> {
    static Result<void> save(Store &store, Database &db, Meeting &record, bool inserted);
    static Result<void> load(Store &store, Database &db, QList<Meeting> &records);
    static void leaveOutOfAudit(Meeting &meeting) { meeting.entries.clear(); }
};

} // namespace bd::storage
