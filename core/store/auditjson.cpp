#include "auditjson.h"

#include "store.h"

#include "util/clock.h"

#include <functional>

namespace bd {

namespace storage {

namespace {

// The archive's lists and the tables that hold them, for an import's one audit row.
const QList<std::pair<QString, QString>> &listTables()
{
    static const QList<std::pair<QString, QString>> tables {
        {QStringLiteral("agencies"), QStringLiteral("agencies")},
        {QStringLiteral("people"), QStringLiteral("people")},
        {QStringLiteral("bodies"), QStringLiteral("bodies")},
        {QStringLiteral("memberships"), QStringLiteral("memberships")},
        {QStringLiteral("priorities"), QStringLiteral("priorities")},
        {QStringLiteral("meetings"), QStringLiteral("meetings")},
        {QStringLiteral("entries"), QStringLiteral("entries")},
        {QStringLiteral("workplans"), QStringLiteral("workplans")},
        {QStringLiteral("actions"), QStringLiteral("actions")},
        {QStringLiteral("risks"), QStringLiteral("risks")},
        {QStringLiteral("funding"), QStringLiteral("funding")},
        {QStringLiteral("spending"), QStringLiteral("spending")},
        {QStringLiteral("caseReviews"), QStringLiteral("case_reviews")},
        {QStringLiteral("courses"), QStringLiteral("courses")},
        {QStringLiteral("trainingSessions"), QStringLiteral("training_sessions")},
        {QStringLiteral("keyFacts"), QStringLiteral("key_facts")},
        {QStringLiteral("sources"), QStringLiteral("sources")},
        {QStringLiteral("reportTexts"), QStringLiteral("report_texts")},
        {QStringLiteral("newsletters"), QStringLiteral("newsletters")}};
    return tables;
}

} // namespace

Result<QString> countRecords(Database &db)
{
    QJsonObject counts;
    for (const auto &[name, table] : listTables()) {
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
