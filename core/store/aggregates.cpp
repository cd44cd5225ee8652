#include "aggregates.h"

#include "store.h"

namespace bd::storage {

Result<void> Parts<Meeting>::save(Store &store, Database &, Meeting &meeting, bool inserted)
{
    if (auto attendance = store.saveAttendance(meeting); !attendance)
        return attendance;
    if (!inserted)
        return {};
    QList<Entry> entries;
    if (auto done = store.insertEntries(meeting.id, 0, meeting.entries, &entries); !done)
        return done;
    meeting.entries = entries;
    return {};
}

Result<void> Parts<Meeting>::load(Store &store, Database &, QList<Meeting> &meetings)
{
    return store.loadMeetingContents(meetings);
}

} // namespace bd::storage
