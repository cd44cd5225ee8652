#include "childrows.h"

#include "values.h"

#include <QRegularExpression>

namespace bd::storage {

QString selectSome(const QString &selectOne, int count)
{
    static const QRegularExpression where(QStringLiteral("WHERE (\\S+) = \\?"));
    const auto match = where.match(selectOne);
    if (!match.hasMatch())
        return {};
    const QString key = match.captured(1);
    QString sql = selectOne;
    sql.replace(match.capturedStart(), match.capturedLength(),
                QStringLiteral("WHERE %1 IN (%2)").arg(key, placeholders(count)));
    // The outer ORDER BY, the last one (a subquery may have its own).
    if (const qsizetype order = sql.lastIndexOf(QStringLiteral("ORDER BY ")); order >= 0)
        sql.insert(order + 9, key + QStringLiteral(", "));
    return sql;
}

Result<void> savePriorityLinks(Database &db, const QString &table, const QString &ownerColumn, const QVariant &owner,
                               const QStringList &priorities, bool fresh)
{
    if (fresh && priorities.isEmpty())
        return {};
    if (auto cleared = fresh ? Result<int>(0)
                             : db.run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {owner});
        !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < priorities.size(); ++i) {
        auto added
            = db.run(QStringLiteral("INSERT INTO %1 (%2, position, priority) VALUES (?, ?, ?)").arg(table, ownerColumn),
                     {owner, int(i), priorities.at(i)});
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace bd::storage
