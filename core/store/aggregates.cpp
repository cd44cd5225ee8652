#include "aggregates.h"

#include "childrows.h"
#include "values.h"

namespace bd::storage {

Result<void> Parts<Action>::save(Store &, Database &db, Action &a, bool inserted)
{
    if (auto p = savePriorityLinks(db, QStringLiteral("action_priorities"), QStringLiteral("action"), a.id,
                                   a.priorities, inserted);
        !p)
        return p;
    if (auto cleared
        = inserted ? Result<int>(0) : db.run(QStringLiteral("DELETE FROM action_reviews WHERE action = ?"), {a.id});
        !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < a.reviews.size(); ++i) {
        const ActionReview &r = a.reviews.at(i);
        auto added = db.run(QStringLiteral("INSERT INTO action_reviews (action, position, date, rag, note, meeting) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                            {a.id, int(i), sqlDate(r.date), sqlEnum(r.rag), r.note, sqlRef(r.meeting)});
        if (!added)
            return added.error();
    }
    return {};
}
Result<void> Parts<Action>::load(Database &db, QList<Action> &actions)
{
    auto priorities = loadChildren(
        db, actions, QStringLiteral("SELECT action, priority FROM action_priorities ORDER BY action, position"),
        QStringLiteral("SELECT action, priority FROM action_priorities WHERE action = ? ORDER BY position"),
        [](Action &a, const QSqlQuery &q) { a.priorities << q.value(1).toString(); });
    if (!priorities)
        return priorities;
    return loadChildren(
        db, actions,
        QStringLiteral("SELECT action, date, rag, note, meeting FROM action_reviews ORDER BY action, position"),
        QStringLiteral(
            "SELECT action, date, rag, note, meeting FROM action_reviews WHERE action = ? ORDER BY position"),
        [](Action &a, const QSqlQuery &q) {
            a.reviews << ActionReview {dateOf(q.value(1)), enumOf(q.value(2), Rag::Amber), q.value(3).toString(),
                                       textOf(q.value(4))};
        });
}

Result<void> Parts<Risk>::save(Store &, Database &db, Risk &r, bool)
{
    if (auto cleared = db.run(QStringLiteral("DELETE FROM risk_reviews WHERE risk = ?"), {r.id}); !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < r.reviews.size(); ++i) {
        const RiskReview &v = r.reviews.at(i);
        auto added = db.run(
            QStringLiteral("INSERT INTO risk_reviews (risk, position, date, likelihood, impact, note, meeting) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {r.id, int(i), sqlDate(v.date), v.likelihood, v.impact, v.note, sqlRef(v.meeting)});
        if (!added)
            return added.error();
    }
    return {};
}
Result<void> Parts<Risk>::load(Database &db, QList<Risk> &risks)
{
    return loadChildren(
        db, risks,
        QStringLiteral(
            "SELECT risk, date, likelihood, impact, note, meeting FROM risk_reviews ORDER BY risk, position"),
        QStringLiteral(
            "SELECT risk, date, likelihood, impact, note, meeting FROM risk_reviews WHERE risk = ? ORDER BY position"),
        [](Risk &r, const QSqlQuery &q) {
            r.reviews << RiskReview {dateOf(q.value(1)), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString(),
                                     textOf(q.value(5))};
        });
}

Result<void> Parts<Newsletter>::save(Store &, Database &db, Newsletter &n, bool)
{
    if (auto cleared = db.run(QStringLiteral("DELETE FROM newsletter_items WHERE newsletter = ?"), {n.id}); !cleared)
        return cleared.error();
    for (qsizetype i = 0; i < n.items.size(); ++i) {
        const NewsletterItem &item = n.items.at(i);
        auto added = db.run(QStringLiteral("INSERT INTO newsletter_items (newsletter, position, section, title, body) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {n.id, int(i), item.section, item.title, item.body});
        if (!added)
            return added.error();
        const qint64 itemId = db.lastInsertId();
        for (qsizetype j = 0; j < item.links.size(); ++j) {
            auto link = db.run(
                QStringLiteral("INSERT INTO newsletter_links (item, position, label, url) VALUES (?, ?, ?, ?)"),
                {itemId, int(j), item.links.at(j).label, item.links.at(j).url});
            if (!link)
                return link.error();
        }
    }
    return {};
}
Result<void> Parts<Newsletter>::load(Database &db, QList<Newsletter> &newsletters)
{
    // Items with their links, in one pass: links join onto their item's row.
    return loadChildren(
        db, newsletters,
        QStringLiteral("SELECT i.newsletter, i.id, i.section, i.title, i.body, l.label, l.url FROM newsletter_items i "
                       "LEFT JOIN newsletter_links l ON l.item = i.id ORDER BY i.newsletter, i.position, l.position"),
        QStringLiteral(
            "SELECT i.newsletter, i.id, i.section, i.title, i.body, l.label, l.url FROM newsletter_items i "
            "LEFT JOIN newsletter_links l ON l.item = i.id WHERE i.newsletter = ? ORDER BY i.position, l.position"),
        [lastItem = qint64(-1)](Newsletter &n, const QSqlQuery &q) mutable {
            const qint64 itemId = q.value(1).toLongLong();
            if (itemId != lastItem || n.items.isEmpty()) {
                n.items << NewsletterItem {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), {}};
                lastItem = itemId;
            }
            if (!q.value(6).isNull())
                n.items.last().links << NewsletterLink {q.value(5).toString(), q.value(6).toString()};
        });
}

} // namespace bd::storage
