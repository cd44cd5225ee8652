#include "store.h"

#include "auditjson.h"
#include "mapping.h"
#include "sqlbackend.h"

#include <algorithm>
#include <functional>

namespace bd {

using namespace storage;

namespace {

// Rows of one table written in bulk, for an import: hundreds of thousands of rows, where a
// query object's work for every bound value (and a statement a row through it) costs more
// than the row itself. SqlBackend::insertRows writes them a chunk at a time. Every row of a
// table is added before the next table's, so a row only refers to rows already written.
// How far an import has got, in rows written of all it will write; each step may cancel it.
class ImportSteps {
public:
    ImportSteps(const Progress &progress, qint64 total)
        : m_span(progress, 0, 85)
        , m_total(std::max<qint64>(total, 1))
    {
    }

    Result<void> advance(qint64 rows)
    {
        m_done += rows;
        if (!m_span.report(m_done, m_total))
            return Error {cancelledMessage()};
        return {};
    }

private:
    ProgressSpan m_span; // the rest, to 100, is building the indexes at the end
    qint64 m_total;
    qint64 m_done = 0;
};

qint64 countEntries(const QList<Entry> &entries)
{
    qint64 n = entries.size();
    for (const Entry &e : entries)
        n += countEntries(e.children);
    return n;
}

class RowWriter {
public:
    RowWriter(Database &db, QString table, const QStringList &columns, ImportSteps *steps = nullptr)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(columns)
        , m_steps(steps)
    {
    }

    Result<void> add(const QVariantList &row)
    {
        m_values << row;
        if (m_values.size() >= 8192)
            return flush();
        return {};
    }

    // Writes what is left; every table's rows end with this.
    Result<void> flush()
    {
        const qint64 rows = m_columns.isEmpty() ? 0 : m_values.size() / m_columns.size();
        auto done = m_db.backend().insertRows(m_db.connection(), m_table, m_columns, m_values);
        m_values.clear();
        if (done && m_steps)
            return m_steps->advance(rows);
        return done;
    }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    ImportSteps *m_steps;
    QVariantList m_values;
};

// The meetings of an import, with their attendance, bullets and the bullets' priorities, as
// Store::insert<Meeting> would store them (bullets get their rowIds in order, children
// after their parent, and take their top-level bullet's kind), table by table.
Result<void> importMeetings(Database &db, const QList<Meeting> &meetings, ImportSteps &steps)
{
    RowWriter rows(db, Mapping<Meeting>::table(), Mapping<Meeting>::columns(), &steps);
    for (const Meeting &m : meetings) {
        if (auto added = rows.add(Mapping<Meeting>::values(m)); !added)
            return added;
    }
    if (auto done = rows.flush(); !done)
        return done;

    RowWriter attendance(db, QStringLiteral("attendance"),
                         {QStringLiteral("meeting"), QStringLiteral("position"), QStringLiteral("person"),
                          QStringLiteral("status"), QStringLiteral("deputy_for")},
                         &steps);
    for (const Meeting &m : meetings) {
        for (qsizetype i = 0; i < m.attendance.size(); ++i) {
            const Attendance &a = m.attendance.at(i);
            if (auto added = attendance.add({m.id, int(i), a.person, sqlEnum(a.status), sqlRef(a.deputyFor)}); !added)
                return added;
        }
    }
    if (auto done = attendance.flush(); !done)
        return done;

    auto last = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM entries"));
    if (!last)
        return last.error();
    qint64 nextId = last->toLongLong() + 1;
    RowWriter entries(db, QStringLiteral("entries"),
                      {QStringLiteral("id"), QStringLiteral("meeting"), QStringLiteral("parent"),
                       QStringLiteral("position"), QStringLiteral("kind"), QStringLiteral("text")},
                      &steps);
    QList<std::pair<qint64, QStringList>> tags;
    std::function<Result<void>(const Id &, qint64, EntryKind, const QList<Entry> &)> addEntries
        = [&](const Id &meeting, qint64 parent, EntryKind kind, const QList<Entry> &list) -> Result<void> {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Entry &e = list.at(i);
            const EntryKind own = parent ? kind : e.kind;
            const qint64 id = nextId++;
            if (auto added
                = entries.add({id, meeting, parent ? QVariant(parent) : QVariant(), int(i), sqlEnum(own), e.text});
                !added)
                return added;
            if (!e.priorities.isEmpty())
                tags.append({id, e.priorities});
            if (auto done = addEntries(meeting, id, own, e.children); !done)
                return done;
        }
        return {};
    };
    // Bullets numbered meeting by meeting, oldest first, as they would have been written:
    // search reads the highest-numbered matches first (see searchqueries.cpp).
    QList<const Meeting *> inOrder;
    for (const Meeting &m : meetings)
        inOrder << &m;
    std::stable_sort(inOrder.begin(), inOrder.end(), [](const Meeting *a, const Meeting *b) {
        if (a->date != b->date)
            return a->date < b->date;
        if (a->time != b->time)
            return !a->time.isValid() || (b->time.isValid() && a->time < b->time);
        return a->id > b->id; // search lists a day's meetings by id, so the first is numbered last
    });
    for (const Meeting *m : std::as_const(inOrder)) {
        if (auto done = addEntries(m->id, 0, EntryKind::Did, m->entries); !done)
            return done;
    }
    if (auto done = entries.flush(); !done)
        return done;

    RowWriter links(db, QStringLiteral("entry_priorities"),
                    {QStringLiteral("entry"), QStringLiteral("position"), QStringLiteral("priority")});
    for (const auto &[entry, priorities] : std::as_const(tags)) {
        for (qsizetype i = 0; i < priorities.size(); ++i) {
            if (auto added = links.add({entry, int(i), priorities.at(i)}); !added)
                return added;
        }
    }
    return links.flush();
}

// The actions of an import, with their priorities and reviews, table by table.
Result<void> importActions(Database &db, const QList<Action> &actions, ImportSteps &steps)
{
    RowWriter rows(db, Mapping<Action>::table(), Mapping<Action>::columns(), &steps);
    for (const Action &a : actions) {
        if (auto added = rows.add(Mapping<Action>::values(a)); !added)
            return added;
    }
    if (auto done = rows.flush(); !done)
        return done;
    RowWriter links(db, QStringLiteral("action_priorities"),
                    {QStringLiteral("action"), QStringLiteral("position"), QStringLiteral("priority")});
    RowWriter reviews(db, QStringLiteral("action_reviews"),
                      {QStringLiteral("action"), QStringLiteral("position"), QStringLiteral("date"),
                       QStringLiteral("rag"), QStringLiteral("note"), QStringLiteral("meeting")},
                      &steps);
    for (const Action &a : actions) {
        for (qsizetype i = 0; i < a.priorities.size(); ++i) {
            if (auto added = links.add({a.id, int(i), a.priorities.at(i)}); !added)
                return added;
        }
        for (qsizetype i = 0; i < a.reviews.size(); ++i) {
            const ActionReview &r = a.reviews.at(i);
            if (auto added = reviews.add({a.id, int(i), sqlDate(r.date), sqlEnum(r.rag), r.note, sqlRef(r.meeting)});
                !added)
                return added;
        }
    }
    if (auto done = links.flush(); !done)
        return done;
    return reviews.flush();
}

} // namespace

Result<void> Store::replaceAll(const PartnershipData &data, const Progress &progress)
{
    // The rows to write, roughly (the big tables and every record), for the progress.
    qint64 total = data.meetings.size() + data.actions.size() + data.risks.size() + data.funding.size()
        + data.spending.size() + data.trainingSessions.size() + data.caseReviews.size() + data.newsletters.size()
        + data.people.size() + data.memberships.size();
    for (const Meeting &m : data.meetings)
        total += m.attendance.size() + countEntries(m.entries);
    for (const Action &a : data.actions)
        total += a.reviews.size();
    ImportSteps steps(progress, total);

    Transaction transaction(*m_db);
    if (!transaction.started())
        return transaction.started();
    // One audit row for the whole import: what there was, and what there is now.
    auto countsBefore = countRecords(*m_db);
    if (!countsBefore)
        return countsBefore.error();
    struct Importing {
        bool &flag;
        bool was;
        ~Importing() { flag = was; }
    } importing {m_importing, m_importing};
    m_importing = true;
    // Indexes that are quicker built once at the end than kept up row by row (see SqlBackend).
    auto bulk = m_db->backend().beginBulkLoad(m_db->connection());
    if (!bulk)
        return bulk.error();
    // Children first, so no reference is left dangling at any step.
    static const QStringList tables {QStringLiteral("newsletter_links"),
                                     QStringLiteral("newsletter_items"),
                                     QStringLiteral("newsletters"),
                                     QStringLiteral("report_texts"),
                                     QStringLiteral("key_facts"),
                                     QStringLiteral("sources"),
                                     QStringLiteral("training_sessions"),
                                     QStringLiteral("courses"),
                                     QStringLiteral("spending"),
                                     QStringLiteral("funding"),
                                     QStringLiteral("risk_reviews"),
                                     QStringLiteral("risks"),
                                     QStringLiteral("action_reviews"),
                                     QStringLiteral("action_priorities"),
                                     QStringLiteral("actions"),
                                     QStringLiteral("case_reviews"),
                                     QStringLiteral("workplans"),
                                     QStringLiteral("entry_priorities"),
                                     QStringLiteral("entries"),
                                     QStringLiteral("attendance"),
                                     QStringLiteral("meetings"),
                                     QStringLiteral("priorities"),
                                     QStringLiteral("memberships"),
                                     QStringLiteral("bodies"),
                                     QStringLiteral("people"),
                                     QStringLiteral("agencies"),
                                     QStringLiteral("partnership")};
    for (const QString &table : tables) {
        if (auto cleared = m_db->run(QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
            return cleared.error();
    }
    // The old records gone, the indexes come off until the new ones are in.
    auto suspended = m_db->backend().suspendIndexes(m_db->connection());
    if (!suspended)
        return suspended.error();
    const QStringList restore = *suspended + *bulk;
    if (auto p = setPartnership(data.partnership); !p)
        return p;

    // Bodies may name a parent that comes later in the list: insert them without parents,
    // then set the parents.
    for (Body body : data.bodies) {
        body.parent.clear();
        if (auto added = insert(body); !added)
            return added.error();
    }
    for (const Body &body : data.bodies) {
        if (body.parent.isEmpty())
            continue;
        if (auto set = m_db->run(QStringLiteral("UPDATE bodies SET parent = ? WHERE id = ?"), {body.parent, body.id});
            !set)
            return failed(body, set.error());
    }

    auto insertAll = [this, &steps](const auto &records) -> Result<void> {
        for (const auto &record : records) {
            if (auto added = insert(record); !added)
                return added.error();
        }
        return steps.advance(records.size());
    };
    // In an order where every reference points at something already there.
    Result<void> done;
    auto then = [&](const auto &records) {
        if (done)
            done = insertAll(records);
    };
    then(data.agencies);
    then(data.people);
    then(data.memberships);
    then(data.priorities);
    if (done)
        done = importMeetings(*m_db, data.meetings, steps);
    then(data.workplans);
    then(data.caseReviews);
    if (done)
        done = importActions(*m_db, data.actions, steps);
    then(data.risks);
    then(data.funding);
    then(data.spending);
    then(data.courses);
    then(data.trainingSessions);
    then(data.sources);
    then(data.keyFacts);
    then(data.reportTexts);
    then(data.newsletters);
    if (!done)
        return done;
    if (auto indexed = m_db->backend().endBulkLoad(m_db->connection(), restore); !indexed)
        return indexed;
    if (progress && !progress(100))
        return Error {cancelledMessage()};
    auto countsAfter = countRecords(*m_db);
    if (!countsAfter)
        return countsAfter.error();
    if (auto logged = logChange(QStringLiteral("import"), QString(), AuditAction::Import, *countsBefore, *countsAfter);
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace bd
