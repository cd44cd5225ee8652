#include "auditjson.h"

#include "store.h"

#include "util/clock.h"

#include <functional>

namespace bd {

namespace storage {

Result<QString> countRecords(Database &db)
{
    // The archive's lists, and the bullets (the bulk of most archives).
    QList<std::pair<QString, QString>> tables {{QStringLiteral("entries"), QString::fromLatin1(Record<Entry>::table)}};
    ListTypes::forEach([&tables]<typename T>(std::type_identity<T>) {
        tables.append({QString::fromLatin1(Record<T>::listKey), QString::fromLatin1(Record<T>::table)});
    });
    QJsonObject counts;
    for (const auto &[name, table] : std::as_const(tables)) {
        auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (!count)
            return count.error();
        counts.insert(name, count->toInt());
    }
    return jsonText(counts);
}

} // namespace storage

using namespace storage;

Result<void> Store::logChange(const QString &kind, const QString &key, AuditAction action, const QString &before,
                              const QString &after)
{
    AuditEntry entry;
    entry.at = Clock::now().toUTC();
    entry.osUser = currentOsUser();
    entry.kind = kind;
    entry.recordKey = key;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    return audit::write(*m_db, entry);
}

Result<QString> Store::entryJson(qint64 rowId)
{
    Id meeting;
    auto found = m_db->select(QStringLiteral("SELECT meeting FROM entries WHERE id = ?"), {rowId},
                              [&](const QSqlQuery &q) { meeting = q.value(0).toString(); });
    if (!found)
        return found.error();
    if (meeting.isEmpty())
        return QString();
    auto stored = get<Meeting>(meeting);
    if (!stored)
        return stored.error();
    if (!*stored)
        return QString();
    // The bullet with its sub-bullets, and where it is.
    std::function<std::optional<QJsonObject>(const QList<Entry> &, qint64)> find
        = [&](const QList<Entry> &entries, qint64 parent) -> std::optional<QJsonObject> {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            if (e.rowId == rowId) {
                QJsonObject object = recordJson(e);
                object.insert(QStringLiteral("meeting"), meeting);
                if (parent)
                    object.insert(QStringLiteral("parent"), double(parent));
                object.insert(QStringLiteral("position"), int(i));
                return object;
            }
            if (auto inner = find(e.children, e.rowId))
                return inner;
        }
        return std::nullopt;
    };
    const auto object = find((*stored)->entries, 0);
    return object ? jsonText(*object) : QString();
}

Result<void> Store::logEntryChange(qint64 rowId, const QString &before)
{
    auto after = entryJson(rowId);
    if (!after)
        return after.error();
    if (*after == before)
        return {};
    return logChange(QStringLiteral("entry"), QString::number(rowId), AuditAction::Update, before, *after);
}

} // namespace bd
