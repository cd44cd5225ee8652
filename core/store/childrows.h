#pragma once

#include "database.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace bd::storage {

// selectOne's "WHERE key = ?" as "WHERE key IN (?, ...)" for \a count keys, its rows
// grouped by key first (then in selectOne's order).
QString selectSome(const QString &selectOne, int count);

// Loads child rows for a list of parents, grouped by the parent's key: one query per parent
// for a short list; for a longer one (a body's actions, a year's meetings) the parents'
// rows a chunk of parents at a time, so the time follows the parents and not the size of
// the table; for a very long one (an export) the whole table in one query.
template<typename Parent, typename RowFn>
Result<void> loadChildren(Database &db, QList<Parent> &parents, const QString &selectAll, const QString &selectOne,
                          RowFn &&addRow)
{
    if (parents.isEmpty())
        return {};
    if (parents.size() <= 32) {
        // Every row of selectOne is its parent's: no need to look the key up.
        for (auto &parent : parents) {
            if (auto done = db.select(selectOne, {parent.id}, [&](const QSqlQuery &q) { addRow(parent, q); }); !done)
                return done;
        }
        return {};
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < parents.size(); ++i)
        index.insert(parents[i].id, i);
    auto dispatch = [&](const QSqlQuery &q) {
        const auto it = index.constFind(q.value(0).toString());
        if (it != index.constEnd())
            addRow(parents[*it], q);
    };
    constexpr int chunk = 64; // keys a query; one prepared statement for every chunk
    const QString some = parents.size() <= 4000 ? selectSome(selectOne, chunk) : QString();
    if (some.isEmpty())
        return db.select(selectAll, {}, dispatch);
    for (qsizetype from = 0; from < parents.size(); from += chunk) {
        QVariantList keys;
        for (qsizetype i = from; i < from + chunk; ++i)
            keys << (i < parents.size() ? QVariant(parents[i].id) : QVariant(QString())); // no key is empty
        if (auto done = db.select(some, keys, dispatch); !done)
            return done;
    }
    return {};
}

// \a fresh: the owner was inserted just now, so it has no links to clear.
Result<void> savePriorityLinks(Database &db, const QString &table, const QString &ownerColumn, const QVariant &owner,
                               const QStringList &priorities, bool fresh = false);

} // namespace bd::storage
