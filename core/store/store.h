#pragma once

#include "audit.h"
#include "database.h"
#include "domain/actionlog.h"
#include "domain/records.h"
#include "util/progress.h"
#include "util/result.h"

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace bd::storage {
template<typename T> struct Parts;
}

namespace bd {

// Narrows a list: records of one body, and/or of one financial year (by the record's year,
// or by its date falling in that year; bodies and risks: active during that year).
struct ListFilter {
    Id body;
    FinancialYear year;
};

// A meeting without its attendance and entries, for lists.
struct MeetingSummary {
    Id id;
    Id body;
    QDate date;
    QTime time;
    QString location;
    MeetingStatus status = MeetingStatus::Held;
    MinutesStatus minutes = MinutesStatus::Draft;
    int entryCount = 0; // bullets at all levels
};

// The partnership's data, over one Database. Every write is one transaction: it is all
// saved or none of it is. Every query is prepared once and takes bound values.
//
// The records that have archive ids (agencies, people, bodies, priorities, meetings,
// workplans, actions, risks, case reviews, courses, training sessions, key facts, sources,
// newsletters) are stored and found by id; memberships and spending by their rowId; funding
// by year and agency; report texts by year and section.
class Store {
public:
    explicit Store(std::unique_ptr<Database> database);
    ~Store();

    static Result<std::unique_ptr<Store>> open(const QString &path, OpenOptions options = {});

    Database &database() { return *m_db; }
    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }

    Result<Partnership> partnership();
    Result<void> setPartnership(const Partnership &partnership);
    // True when the database holds no partnership and no records.
    Result<bool> isEmpty();

    // Stores a new record and returns it as stored: an empty id is given a new one, and
    // rowIds are filled in. A record whose id is taken is refused.
    template<typename T> Result<T> insert(const T &record);
    // Replaces the stored record with the same key. A meeting's entries are not touched
    // here: they change through the entry functions below.
    template<typename T> Result<void> update(const T &record);
    // Deletes the record with the same key (and what belongs to it).
    template<typename T> Result<void> remove(const T &record);
    // The record with this id, or nothing.
    template<typename T> Result<std::optional<T>> get(const Id &id);
    // Records in a stable order (by date, then name or id), narrowed by \a filter.
    template<typename T> Result<QList<T>> list(const ListFilter &filter = {});

    // Meetings without their contents, for navigators and lists.
    Result<QList<MeetingSummary>> meetingSummaries(const ListFilter &filter = {});
    // Every action's standing (body, due date, current rating), in list<Action>()'s order:
    // what the dashboard and the home page weigh, read in one query without the actions'
    // text or review history.
    Result<QList<ActionStanding>> actionStandings();
    // The actions raised at \a meeting, in list<Action>()'s order: what its minutes show,
    // read through the raised_at index rather than by listing the body's actions.
    Result<QList<Action>> actionsRaisedAt(const Id &meeting);
    // The actions given a review at \a meeting (any body's), with all their reviews, in
    // list<Action>()'s order: what the minutes show as reviewed there.
    Result<QList<Action>> actionsReviewedAt(const Id &meeting);

    // The bullets of one meeting, one at a time (the meeting editor saves as you type).
    // \a parent is the rowId of the parent bullet, 0 for a top-level one; \a position is
    // the index among its siblings. Children are not inserted with insertEntry.
    Result<Entry> insertEntry(const Id &meeting, qint64 parent, int position, const Entry &entry);
    Result<void> updateEntry(const Entry &entry);
    Result<void> removeEntry(qint64 rowId);
    Result<void> moveEntry(qint64 rowId, qint64 newParent, int newPosition);

    // Everything, as an archive holds it.
    Result<PartnershipData> loadAll();
    // Replaces everything with \a data in one transaction; on any error nothing changes.
    // The audit log keeps one row for it (kind "import"), not one per record. \a progress
    // hears how far it has got, and may cancel it (then nothing changes either).
    Result<void> replaceAll(const PartnershipData &data, const Progress &progress = {});

    // The same, record by record, for an import that streams: the partnership, then each
    // record of every list, lists in InsertOrder (domain/records.h), then finish(). Nothing
    // is kept unless finish() succeeds; dropping the Replacement before it rolls back. While
    // one is open, nothing else may write to the store.
    class Replacement {
    public:
        ~Replacement();
        Replacement(const Replacement &) = delete;
        Replacement &operator=(const Replacement &) = delete;

        Result<void> setPartnership(const Partnership &partnership);
        // Refuses a record beyond domain/limits.h, naming it.
        Result<void> add(ListTypes::ConstPointers record);
        // \a progress hears 100 before the commit, and may still cancel it.
        Result<void> finish(const Progress &progress = {});

    private:
        friend class Store;
        struct State;
        explicit Replacement(std::unique_ptr<State> state);
        std::unique_ptr<State> m_state;
    };
    // \a written hears how many rows have gone to the database so far; its error stops it.
    Result<std::unique_ptr<Replacement>> beginReplacement(std::function<Result<void>(qint64 written)> written = {});

    // The audit log: one row for every change above, written in the change's own
    // transaction (so undoing a change is logged as another change). See audit.h.
    Result<QList<AuditEntry>> auditLog(const AuditFilter &filter = {});

private:
    friend struct storage::Parts<Meeting>; // a meeting's attendance and bullets (entrytree.cpp)
    Result<void> insertEntries(const Id &meeting, qint64 parent, const QList<Entry> &entries, QList<Entry> *stored);
    Result<void> saveAttendance(const Meeting &meeting);
    Result<void> loadMeetingContents(QList<Meeting> &meetings);
    Result<void> renumber(const Id &meeting, qint64 parent);
    // The meeting a bullet is in and its parent (0 at the top level); an error naming it as
    // deleted when it is gone.
    Result<std::pair<Id, qint64>> entryPlace(qint64 rowId);
    // A bullet of \a text in \a meeting, in place of bullet \a replacing (0: a new one),
    // refused if it or the meeting it makes is beyond domain/limits.h.
    Result<void> bulletWithinLimits(const Id &meeting, qint64 replacing, const QString &text);
    YearStart yearStart();
    // The actions \a sql selects with \a meeting bound, with their parts.
    Result<QList<Action>> actionsOfMeeting(const QString &sql, const Id &meeting);
    Result<void> logChange(const QString &kind, const QString &key, AuditAction action, const QString &before,
                           const QString &after);
    Result<QString> entryJson(qint64 rowId);
    Result<void> logEntryChange(qint64 rowId, const QString &before);

    std::unique_ptr<Database> m_db;
    std::optional<YearStart> m_yearStart;
    bool m_importing = false; // a Replacement logs one row, not one per record
};

} // namespace bd
