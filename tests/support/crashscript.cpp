#include "crashscript.h"

#include "sample.h"

#include <algorithm>

namespace bd::test {

namespace {

const QStringList people {QStringLiteral("p.chair"), QStringLiteral("p.dci"), QStringLiteral("p.deputy"),
                          QStringLiteral("p.nurse"), QStringLiteral("p.head")};
const QStringList priorities {QStringLiteral("pr.da"), QStringLiteral("pr.neglect")};

// Words with some width to them: accents, right-to-left, emoji.
const QStringList words {QStringLiteral("the"),
                         QStringLiteral("panel"),
                         QStringLiteral("agreed"),
                         QStringLiteral("referrals"),
                         QStringLiteral("neglect"),
                         QStringLiteral("toolkit"),
                         QStringLiteral("café"),
                         QStringLiteral("naïve"),
                         QStringLiteral("\u05e9\u05dc\u05d5\u05dd"),
                         QStringLiteral("\u0645\u0631\u062d\u0628\u0627"),
                         QStringLiteral("\U0001F469\u200D\U0001F467"),
                         QStringLiteral("**bold**"),
                         QStringLiteral("<b>&amp;</b>"),
                         QStringLiteral("\"quoted\"")};

Meeting *findMeeting(PartnershipData &data, const Id &id)
{
    for (Meeting &m : data.meetings) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

Action *findAction(PartnershipData &data, const Id &id)
{
    for (Action &a : data.actions) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

} // namespace

PartnershipData crashBase()
{
    PartnershipData d;
    d.partnership.name = QStringLiteral("Crash Test Partnership");
    d.agencies = {{QStringLiteral("ecc"), QStringLiteral("Eastbrook County Council"), QStringLiteral("ECC"),
                   Sector::LocalAuthority}};
    for (const QString &id : people)
        d.people << Person {id, QStringLiteral("Person ") + id, QStringLiteral("ecc"), QString(), QString()};
    d.bodies = {{QStringLiteral("board"), QStringLiteral("Safeguarding Board"), BodyKind::Board, QString(), QString(),
                 QDate(), QDate()},
                {QStringLiteral("cdop"), QStringLiteral("Child Death Overview Panel"), BodyKind::Panel,
                 QStringLiteral("board"), QString(), QDate(), QDate()}};
    d.priorities
        = {{QStringLiteral("pr.da"), FinancialYear(2018), QStringLiteral("Domestic abuse"), QString(), QString()},
           {QStringLiteral("pr.neglect"), FinancialYear(2018), QStringLiteral("Neglect"), QString(), QString()}};
    return d;
}

QString CrashEdit::describe() const
{
    switch (kind) {
    case Kind::AddMeeting:
        return QStringLiteral("add meeting %1 (%2 bullets)").arg(meeting.id).arg(meeting.entries.size());
    case Kind::UpdateMeeting:
        return QStringLiteral("update meeting %1").arg(meeting.id);
    case Kind::AddEntry:
        return QStringLiteral("add bullet %1 to meeting %2").arg(position).arg(meetingId);
    case Kind::UpdateEntry:
        return QStringLiteral("update bullet %1 of meeting %2").arg(position).arg(meetingId);
    case Kind::RemoveEntry:
        return QStringLiteral("remove bullet %1 of meeting %2").arg(position).arg(meetingId);
    case Kind::RemoveMeeting:
        return QStringLiteral("remove meeting %1").arg(meetingId);
    case Kind::AddAction:
        return QStringLiteral("add action %1").arg(action.id);
    case Kind::UpdateAction:
        return QStringLiteral("update action %1").arg(action.id);
    }
    return QString();
}

CrashScript::CrashScript(quint64 seed, int run)
    : m_random(seed)
    , m_run(run)
{
}

QString CrashScript::text(int minLength, int maxLength)
{
    const int length = minLength + int(m_random.bounded(maxLength - minLength + 1));
    QString out;
    while (out.size() < length) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += words.at(int(m_random.bounded(qsizetype(words.size()))));
    }
    return out;
}

Entry CrashScript::newEntry(EntryKind kind, int level)
{
    Entry e;
    e.kind = kind;
    e.text = text(20, 240);
    if (m_random.bounded(3) == 0)
        e.priorities = {priorities.at(int(m_random.bounded(2)))};
    if (level < 2) {
        const int children = int(m_random.bounded(2));
        for (int i = 0; i < children; ++i)
            e.children << newEntry(kind, level + 1);
    }
    return e;
}

Meeting CrashScript::newMeeting()
{
    Meeting m;
    m.id = QStringLiteral("crash-%1-m%2").arg(m_run).arg(m_made++);
    m.body = m_random.bounded(2) ? QStringLiteral("board") : QStringLiteral("cdop");
    m.date = QDate(2018, 4, 1).addDays(m_random.bounded(700));
    m.time = QTime(9 + int(m_random.bounded(8)), 30);
    m.location = text(5, 40);
    if (m.body == QLatin1String("cdop"))
        m.casesReviewed = int(m_random.bounded(9));
    QStringList attendees = people;
    const int count = 1 + int(m_random.bounded(qsizetype(people.size())));
    for (int i = 0; i < count; ++i)
        m.attendance << Attendance {attendees.takeAt(int(m_random.bounded(qsizetype(attendees.size())))),
                                    m_random.bounded(2) ? AttendanceStatus::Present : AttendanceStatus::Apologies,
                                    QString()};
    const int entries = 4 + int(m_random.bounded(16));
    for (int i = 0; i < entries; ++i)
        m.entries << newEntry(EntryKind(m_random.bounded(3)), 0);
    return m;
}

CrashEdit CrashScript::next()
{
    CrashEdit edit;
    const QList<Meeting> &meetings = m_mine.meetings;
    const quint32 roll = m_random.bounded(100);
    if (meetings.isEmpty() || roll < 25) {
        edit.kind = CrashEdit::Kind::AddMeeting;
        edit.meeting = newMeeting();
    } else if (roll < 65) {
        const Meeting &m = meetings.at(int(m_random.bounded(qsizetype(meetings.size()))));
        edit.meetingId = m.id;
        const quint32 what = m_random.bounded(3);
        if (what == 0 || m.entries.isEmpty()) {
            edit.kind = CrashEdit::Kind::AddEntry;
            edit.position = int(m_random.bounded(qsizetype(m.entries.size() + 1)));
            edit.entry = newEntry(EntryKind(m_random.bounded(3)), 0);
            edit.entry.children.clear(); // insertEntry adds one bullet
        } else {
            edit.position = int(m_random.bounded(qsizetype(m.entries.size())));
            edit.kind = what == 1 ? CrashEdit::Kind::UpdateEntry : CrashEdit::Kind::RemoveEntry;
            edit.entry = m.entries.at(edit.position);
            edit.entry.text = text(20, 400);
            edit.entry.priorities = m_random.bounded(2) ? QStringList {priorities.at(0)} : QStringList();
        }
    } else if (roll < 75) {
        edit.kind = CrashEdit::Kind::UpdateMeeting;
        edit.meeting = meetings.at(int(m_random.bounded(qsizetype(meetings.size()))));
        const Meeting fresh = newMeeting();
        --m_made;
        edit.meeting.location = fresh.location;
        edit.meeting.time = fresh.time;
        edit.meeting.attendance = fresh.attendance;
        edit.meeting.status = MeetingStatus(m_random.bounded(3));
    } else if (roll < 80) {
        edit.kind = CrashEdit::Kind::RemoveMeeting;
        edit.meetingId = meetings.at(int(m_random.bounded(qsizetype(meetings.size())))).id;
    } else if (m_mine.actions.isEmpty() || roll < 90) {
        edit.kind = CrashEdit::Kind::AddAction;
        Action &a = edit.action;
        a.id = QStringLiteral("crash-%1-a%2").arg(m_run).arg(m_made++);
        a.body = QStringLiteral("board");
        a.text = text(10, 200);
        a.ref = QString::number(m_random.bounded(10)) + QStringLiteral(".") + QString::number(m_random.bounded(10));
        a.owner = people.at(int(m_random.bounded(qsizetype(people.size()))));
        a.due = QDate(2019, 1, 1).addDays(m_random.bounded(365));
        a.priorities = {priorities.at(int(m_random.bounded(2)))};
        const int reviews = int(m_random.bounded(6));
        for (int i = 0; i < reviews; ++i)
            a.reviews << ActionReview {QDate(2019, 1, 1).addDays(i * 30), Rag(m_random.bounded(4)), text(0, 60),
                                       QString()};
    } else {
        edit.kind = CrashEdit::Kind::UpdateAction;
        edit.action = m_mine.actions.at(int(m_random.bounded(qsizetype(m_mine.actions.size()))));
        edit.action.text = text(10, 200);
        const QDate last = edit.action.reviews.isEmpty() ? QDate(2019, 1, 1) : edit.action.reviews.constLast().date;
        edit.action.reviews << ActionReview {last.addDays(30), Rag(m_random.bounded(4)), text(0, 60), QString()};
    }
    applyTo(m_mine, edit);
    return edit;
}

Result<void> CrashScript::apply(Store &store, const CrashEdit &edit)
{
    // The bullet at a position, as the store has it: found by reading, outside the write.
    auto rowIdAt = [&](const Id &meeting, int position) -> Result<qint64> {
        auto stored = store.get<Meeting>(meeting);
        if (!stored)
            return stored.error();
        if (!*stored || position >= (*stored)->entries.size())
            return Error {QStringLiteral("meeting %1 has no bullet %2").arg(meeting).arg(position)};
        return (*stored)->entries.at(position).rowId;
    };
    switch (edit.kind) {
    case CrashEdit::Kind::AddMeeting: {
        auto added = store.insert(edit.meeting);
        return added ? Result<void>() : Result<void>(added.error());
    }
    case CrashEdit::Kind::UpdateMeeting:
        return store.update(edit.meeting);
    case CrashEdit::Kind::AddEntry: {
        auto added = store.insertEntry(edit.meetingId, 0, edit.position, edit.entry);
        return added ? Result<void>() : Result<void>(added.error());
    }
    case CrashEdit::Kind::UpdateEntry: {
        auto rowId = rowIdAt(edit.meetingId, edit.position);
        if (!rowId)
            return rowId.error();
        Entry changed = edit.entry;
        changed.rowId = *rowId;
        return store.updateEntry(changed);
    }
    case CrashEdit::Kind::RemoveEntry: {
        auto rowId = rowIdAt(edit.meetingId, edit.position);
        if (!rowId)
            return rowId.error();
        return store.removeEntry(*rowId);
    }
    case CrashEdit::Kind::RemoveMeeting: {
        Meeting m;
        m.id = edit.meetingId;
        return store.remove(m);
    }
    case CrashEdit::Kind::AddAction: {
        auto added = store.insert(edit.action);
        return added ? Result<void>() : Result<void>(added.error());
    }
    case CrashEdit::Kind::UpdateAction:
        return store.update(edit.action);
    }
    return {};
}

void CrashScript::applyTo(PartnershipData &data, const CrashEdit &edit)
{
    switch (edit.kind) {
    case CrashEdit::Kind::AddMeeting:
        data.meetings << edit.meeting;
        return;
    case CrashEdit::Kind::UpdateMeeting:
        if (Meeting *m = findMeeting(data, edit.meeting.id)) {
            const QList<Entry> entries = m->entries;
            *m = edit.meeting;
            m->entries = entries;
        }
        return;
    case CrashEdit::Kind::AddEntry:
        if (Meeting *m = findMeeting(data, edit.meetingId))
            m->entries.insert(edit.position, edit.entry);
        return;
    case CrashEdit::Kind::UpdateEntry:
        if (Meeting *m = findMeeting(data, edit.meetingId)) {
            Entry &e = m->entries[edit.position];
            e.text = edit.entry.text;
            e.priorities = edit.entry.priorities;
        }
        return;
    case CrashEdit::Kind::RemoveEntry:
        if (Meeting *m = findMeeting(data, edit.meetingId))
            m->entries.removeAt(edit.position);
        return;
    case CrashEdit::Kind::RemoveMeeting:
        data.meetings.removeIf([&](const Meeting &m) { return m.id == edit.meetingId; });
        return;
    case CrashEdit::Kind::AddAction:
        data.actions << edit.action;
        return;
    case CrashEdit::Kind::UpdateAction:
        if (Action *a = findAction(data, edit.action.id))
            *a = edit.action;
        return;
    }
}

void normalise(PartnershipData &data)
{
    clearRowIds(data);
    std::sort(data.meetings.begin(), data.meetings.end(),
              [](const Meeting &a, const Meeting &b) { return a.id < b.id; });
    std::sort(data.actions.begin(), data.actions.end(), [](const Action &a, const Action &b) { return a.id < b.id; });
}

} // namespace bd::test
