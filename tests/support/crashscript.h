#pragma once

#include "domain/types.h"
#include "store/store.h"
#include "util/result.h"

#include <QRandomGenerator>

namespace bd::test {

// The records every crash-test run builds on: a partnership, bodies, people, priorities.
PartnershipData crashBase();

// One edit of the crash test: one Store call, so one transaction.
struct CrashEdit {
    enum class Kind {
        AddMeeting,
        UpdateMeeting,
        AddEntry,
        UpdateEntry,
        RemoveEntry,
        RemoveMeeting,
        AddAction,
        UpdateAction
    };
    Kind kind = Kind::AddMeeting;
    Meeting meeting; // AddMeeting: all of it; UpdateMeeting: its new row and attendance
    Id meetingId; // the entry edits and RemoveMeeting
    int position = 0; // the top-level bullet the entry edits are about
    Entry entry; // AddEntry: the bullet; UpdateEntry: its new text and priorities
    Action action; // AddAction, UpdateAction

    // One line for the child's report, e.g. "add meeting crash-3-m0 (24 bullets)".
    QString describe() const;
};

// The same edits, in the same order, for the same seed: the child process applies them to
// the database, and the test to its model of what the database must hold. Each run works on
// records of its own (their ids carry \a run), so runs do not depend on each other.
class CrashScript {
public:
    CrashScript(quint64 seed, int run);

    // The next edit, as the records made so far allow.
    CrashEdit next();

    // Makes \a edit in \a store: one transaction.
    static Result<void> apply(Store &store, const CrashEdit &edit);
    // Makes \a edit in \a data, as apply() does in a store.
    static void applyTo(PartnershipData &data, const CrashEdit &edit);

private:
    Meeting newMeeting();
    Entry newEntry(EntryKind kind, int level);
    QString text(int minLength, int maxLength);

    QRandomGenerator m_random;
    int m_run = 0;
    int m_made = 0;
    PartnershipData m_mine; // what this run's edits made so far
};

// Sorts the lists the crash test changes by id and clears rowIds, so that a model and a
// database's loadAll() compare with ==.
void normalise(PartnershipData &data);

} // namespace bd::test
