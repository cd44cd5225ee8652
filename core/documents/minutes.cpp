#include "minutes.h"

#include "ratings.h"

#include "domain/displaytext.h"
#include "domain/limits.h"
#include "store/store.h"
#include "text/markdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>

namespace bd {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("bd::Minutes", text, nullptr, n);
}

const QString separator = QStringLiteral(" \u00b7 ");

// Everything the minutes of one meeting draw on, read once.
struct Sources {
    Partnership partnership;
    Meeting meeting;
    Body body;
    QHash<Id, Person> people;
    QHash<Id, Agency> agencies;
    QList<Membership> memberships;
    QList<Action> actions; // raised at this meeting
    QList<Action> reviewed; // reviewed at this meeting and not raised at it
};

class Layout {
public:
    Layout(const Sources &sources, const ExportOptions &options)
        : m_s(sources)
        , m_options(options)
    {
    }

    Document build()
    {
        const Meeting &meeting = m_s.meeting;
        const QString date = longDate(meeting.date);
        const bool draft = meeting.minutes == MinutesStatus::Draft;

        DocumentInfo &info = m_doc.info();
        info.title = tr("Minutes: %1, %2").arg(m_s.body.name, date);
        info.author = m_s.partnership.name;
        info.watermark = draft ? tr("DRAFT") : QString();
        const QString status
            = draft ? tr("Draft minutes, not yet approved") : tr("Approved on %1").arg(longDate(meeting.approvedOn));
        info.footer = QStringList {m_s.body.name, date, status}.join(separator);

        header(date, draft);
        // A meeting not held has no attendance to speak of, unless some was recorded.
        if (meeting.status == MeetingStatus::Held || !meeting.attendance.isEmpty())
            attendance();
        entries();
        actions();
        reviewed();
        return m_doc.take();
    }

private:
    void header(const QString &date, bool draft)
    {
        const Meeting &meeting = m_s.meeting;
        if (!m_s.partnership.name.isEmpty())
            m_doc.paragraph(m_s.partnership.name, ParagraphRole::Kicker);
        m_doc.heading(1, m_s.body.name);
        switch (meeting.status) {
        case MeetingStatus::Held:
            m_doc.paragraph(tr("Minutes of the meeting held on %1").arg(date), ParagraphRole::Subtitle);
            break;
        case MeetingStatus::Planned:
            m_doc.paragraph(tr("Meeting planned for %1").arg(date), ParagraphRole::Subtitle);
            break;
        case MeetingStatus::Cancelled:
            m_doc.paragraph(tr("Meeting of %1, cancelled").arg(date), ParagraphRole::Subtitle);
            break;
        }

        Inlines facts;
        auto fact = [&facts](const QString &name, const QString &value) {
            if (value.isEmpty())
                return;
            if (!facts.isEmpty())
                facts << plain(separator); // not an em space: the house font has none
            facts << bold(name) << plain(QStringLiteral("\u00a0") + value);
        };
        fact(tr("Time:"), meeting.time.isValid() ? meeting.time.toString(QStringLiteral("HH:mm")) : QString());
        fact(tr("Location:"), meeting.location);
        if (meeting.casesReviewed)
            fact(tr("Cases reviewed:"), QString::number(*meeting.casesReviewed));
        m_doc.paragraph(facts, ParagraphRole::Meta);

        if (draft)
            m_doc.paragraph(tr("Draft: these minutes have not yet been approved."), ParagraphRole::Draft);
        else
            m_doc.paragraph(tr("Approved on %1").arg(longDate(meeting.approvedOn)), ParagraphRole::Approved);
        if (meeting.status == MeetingStatus::Cancelled)
            m_doc.paragraph(tr("This meeting was cancelled."), ParagraphRole::Note);
    }

    QString agencyName(const Id &agency) const
    {
        const auto found = m_s.agencies.constFind(agency);
        return found == m_s.agencies.constEnd() ? QString() : found->name;
    }

    // What a person is shown by when names are left out: their agency, or their role.
    QString affiliation(const Person &person) const
    {
        const QString agency = agencyName(person.agency);
        if (!agency.isEmpty())
            return agency;
        return person.title.isEmpty() ? tr("Independent member") : person.title;
    }

    Person person(const Id &id) const
    {
        Person found = m_s.people.value(id);
        if (found.name.isEmpty())
            found.name = id; // a reference the store could not resolve still says who
        return found;
    }

    QString role(const Id &personId) const
    {
        const QDate on = m_s.meeting.date;
        for (const Membership &membership : m_s.memberships) {
            if (membership.person != personId || (membership.from.isValid() && membership.from > on)
                || (membership.to.isValid() && membership.to < on))
                continue;
            if (membership.role == Role::Chair)
                return tr("chair");
            if (membership.role == Role::ViceChair)
                return tr("vice-chair");
        }
        return QString();
    }

    // "Dr Ruth Calloway (chair), Independent Chair and Scrutineer"
    Inlines named(const Attendance &row) const
    {
        const Person who = person(row.person);
        Inlines text {bold(who.name)};
        const QString personRole = role(row.person);
        if (!personRole.isEmpty())
            text << plain(QStringLiteral(" (%1)").arg(personRole));
        text << plain(QStringLiteral(", ") + affiliation(who));
        if (row.status == AttendanceStatus::Deputy && !row.deputyFor.isEmpty())
            text << plain(QStringLiteral(" ") + tr("(deputy for %1)").arg(person(row.deputyFor).name));
        return text;
    }

    // The people of one status, joined into one line.
    Inlines people(const QList<AttendanceStatus> &statuses) const
    {
        Inlines text;
        if (m_options.leaveOutNames) {
            // By agency, in the order they first appear, with how many came from each.
            QStringList order;
            QHash<QString, int> counts;
            QHash<QString, int> deputies;
            for (const Attendance &row : m_s.meeting.attendance) {
                if (!statuses.contains(row.status))
                    continue;
                const QString who = affiliation(person(row.person));
                if (!counts.contains(who))
                    order << who;
                ++counts[who];
                if (row.status == AttendanceStatus::Deputy)
                    ++deputies[who];
            }
            QStringList parts;
            for (const QString &who : std::as_const(order)) {
                QString part = counts.value(who) > 1 ? tr("%1 (%n people)", counts.value(who)).arg(who) : who;
                if (deputies.value(who) > 0)
                    part += QStringLiteral(" ") + tr("(deputy)");
                parts << part;
            }
            if (!parts.isEmpty())
                text << plain(parts.join(QStringLiteral("; ")));
            return text;
        }
        for (const Attendance &row : m_s.meeting.attendance) {
            if (!statuses.contains(row.status))
                continue;
            if (!text.isEmpty())
                text << plain(QStringLiteral("; "));
            text << named(row);
        }
        return text;
    }

    void attendance()
    {
        m_doc.heading(2, tr("Attendance"));
        if (m_s.meeting.attendance.isEmpty()) {
            m_doc.paragraph(tr("No attendance recorded."), ParagraphRole::Note);
            return;
        }
        auto line = [this](const QString &name, const QList<AttendanceStatus> &statuses) {
            const Inlines who = people(statuses);
            if (who.isEmpty())
                return;
            m_doc.paragraph(Inlines {bold(name + QStringLiteral(" "))} + who);
        };
        line(tr("Present:"), {AttendanceStatus::Present, AttendanceStatus::Deputy});
        line(tr("Apologies:"), {AttendanceStatus::Apologies});
        line(tr("Absent:"), {AttendanceStatus::Absent});
    }

    // A bullet: its text's first paragraph, then the rest of its text and its sub-bullets.
    static ListItem bullet(const Entry &entry)
    {
        ListItem item;
        QList<Block> blocks = parseMarkdown(entry.text);
        if (!blocks.isEmpty() && blocks.constFirst().kind == Block::Kind::Paragraph)
            item.text = blocks.takeFirst().text;
        item.children = blocks;
        if (!entry.children.isEmpty()) {
            QList<ListItem> children;
            for (const Entry &child : entry.children)
                children << bullet(child);
            item.children << Block::list(children);
        }
        return item;
    }

    void section(const QString &heading, EntryKind kind, bool always)
    {
        QList<ListItem> items;
        for (const Entry &entry : m_s.meeting.entries) {
            if (entry.kind == kind)
                items << bullet(entry);
        }
        if (items.isEmpty() && !always)
            return;
        m_doc.heading(2, heading);
        if (items.isEmpty())
            m_doc.paragraph(tr("Nothing recorded."), ParagraphRole::Note);
        else
            m_doc.list(items);
    }

    void entries()
    {
        const Headings &headings = m_s.partnership.headings;
        // The house style pairs the two headings at every meeting that was held.
        const bool held = m_s.meeting.status == MeetingStatus::Held;
        section(headings.did.isEmpty() ? Headings::defaultDid() : headings.did, EntryKind::Did, held);
        section(headings.difference.isEmpty() ? Headings::defaultDifference() : headings.difference,
                EntryKind::Difference, held);
        section(tr("Notes"), EntryKind::Note, false);
    }

    QString owner(const Action &action) const
    {
        if (action.owner.isEmpty())
            return agencyName(action.ownerAgency);
        const Person who = person(action.owner);
        const QString agency = action.ownerAgency.isEmpty() ? agencyName(who.agency) : agencyName(action.ownerAgency);
        if (m_options.leaveOutNames)
            return agency.isEmpty() ? affiliation(who) : agency;
        return agency.isEmpty() ? who.name : QStringLiteral("%1, %2").arg(who.name, agency);
    }

    void actions()
    {
        if (m_s.meeting.status != MeetingStatus::Held && m_s.actions.isEmpty())
            return;
        m_doc.heading(2, tr("Actions arising"));
        if (m_s.actions.isEmpty()) {
            m_doc.paragraph(tr("No actions were raised at this meeting."), ParagraphRole::Note);
            return;
        }
        // A reference column only when the actions have references.
        const bool refs
            = std::any_of(m_s.actions.cbegin(), m_s.actions.cend(), [](const Action &a) { return !a.ref.isEmpty(); });
        Table table;
        auto header = [&table](const QString &text) { table.header << TableCell {{plain(text)}}; };
        if (refs)
            header(tr("Ref"));
        header(tr("Action"));
        header(tr("Owner"));
        header(tr("Due"));
        header(tr("RAG"));
        table.columnPercent = refs ? QList<int> {7, 42, 22, 16, 13} : QList<int> {48, 23, 16, 13};
        for (const Action &action : m_s.actions) {
            QList<TableCell> row;
            if (refs)
                row << TableCell {{plain(action.ref)}};
            row << TableCell {parseMarkdownFlat(action.text)} << TableCell {{plain(owner(action))}}
                << TableCell {{plain(longDate(action.due))}} << TableCell {{ragLabel(action.currentRag())}};
            table.rows << row;
        }
        m_doc.table(table);
    }

    // The workplan and log actions rated at this meeting: the rating given here and its note.
    void reviewed()
    {
        if (m_s.reviewed.isEmpty())
            return;
        m_doc.heading(2, tr("Actions reviewed"));
        Table table;
        table.caption = tr("Actions reviewed at this meeting");
        for (const QString &name : {tr("Ref"), tr("Action"), tr("Owner"), tr("RAG"), tr("Note")})
            table.header << TableCell {{plain(name)}};
        table.columnPercent = {7, 38, 20, 12, 23};
        for (const Action &action : m_s.reviewed) {
            for (const ActionReview &review : action.reviews) {
                if (review.meeting != m_s.meeting.id)
                    continue;
                table.rows << QList<TableCell> {TableCell {{plain(action.ref)}}, TableCell {parseMarkdownFlat(action.text)},
                                                TableCell {{plain(owner(action))}}, TableCell {{ragLabel(review.rag)}},
                                                TableCell {{plain(review.note)}}};
            }
        }
        m_doc.table(table);
    }

    const Sources &m_s;
    const ExportOptions &m_options;
    DocumentBuilder m_doc;
};

} // namespace

Result<Document> MinutesBuilder::build(const Id &meetingId, const ExportOptions &options)
{
    Sources sources;
    auto partnership = m_store.partnership();
    if (!partnership)
        return partnership.error();
    sources.partnership = *partnership;

    auto meeting = m_store.get<Meeting>(meetingId);
    if (!meeting)
        return meeting.error();
    if (!*meeting)
        return Error {tr("There is no meeting '%1'.").arg(meetingId)};
    sources.meeting = **meeting;
    // A file written before the limits (or by another program) may hold more than any
    // minutes can: refused here, by name, rather than run for minutes or print blank pages.
    if (auto beyond = Limits::beyond(sources.meeting))
        return Error {tr("The minutes of the meeting '%1' cannot be written: %2. Shorten it in BoardDesk and "
                         "try again.")
                          .arg(meetingId, *beyond)};

    auto body = m_store.get<Body>(sources.meeting.body);
    if (!body)
        return body.error();
    sources.body = body->value_or(Body {});
    if (sources.body.name.isEmpty())
        sources.body.name = sources.meeting.body;

    auto people = m_store.list<Person>();
    if (!people)
        return people.error();
    for (const Person &person : std::as_const(*people))
        sources.people.insert(person.id, person);
    auto agencies = m_store.list<Agency>();
    if (!agencies)
        return agencies.error();
    for (const Agency &agency : std::as_const(*agencies))
        sources.agencies.insert(agency.id, agency);

    ListFilter ofBody;
    ofBody.body = sources.meeting.body;
    auto memberships = m_store.list<Membership>(ofBody);
    if (!memberships)
        return memberships.error();
    sources.memberships = *memberships;

    // Only the actions this meeting raised are read (by index), not the body's log: minutes
    // stay quick on a database with twenty years of actions.
    auto actions = m_store.actionsRaisedAt(meetingId);
    if (!actions)
        return actions.error();
    sources.actions = *actions;
    auto reviewed = m_store.actionsReviewedAt(meetingId);
    if (!reviewed)
        return reviewed.error();
    for (const Action &action : std::as_const(*reviewed)) {
        if (action.raisedAt != meetingId)
            sources.reviewed << action;
    }

    return Layout(sources, options).build();
}

Result<Id> findMeeting(Store &store, const Id &body, const QDate &date)
{
    auto found = store.get<Body>(body);
    if (!found)
        return found.error();
    if (!*found)
        return Error {tr("There is no body '%1'.").arg(body)};
    ListFilter filter;
    filter.body = body;
    auto meetings = store.meetingSummaries(filter);
    if (!meetings)
        return meetings.error();
    QList<Id> onDate;
    for (const MeetingSummary &meeting : std::as_const(*meetings)) {
        if (meeting.date == date)
            onDate << meeting.id;
    }
    if (onDate.isEmpty())
        return Error {tr("%1 ('%2') has no meeting on %3.").arg((*found)->name, body, date.toString(Qt::ISODate))};
    if (onDate.size() > 1)
        return Error {tr("%1 ('%2') has %3 meetings on %4 (%5): choose one with --meeting.")
                          .arg((*found)->name, body)
                          .arg(onDate.size())
                          .arg(date.toString(Qt::ISODate), onDate.join(QStringLiteral(", ")))};
    return onDate.constFirst();
}

Result<void> exportMinutes(Store &store, const Id &meeting, const QString &path, DocumentFormat format,
                           const ExportOptions &options)
{
    auto document = MinutesBuilder(store).build(meeting, options);
    if (!document)
        return document.error();
    return writeDocument(*document, path, format, options.pageSize, store.path());
}

Result<void> exportMinutes(Store &store, const Id &meeting, const QString &path, const ExportOptions &options)
{
    const auto format = documentFormatForPath(path);
    if (!format)
        return Error {tr("Cannot tell the format of %1 from its name: use .pdf, .odt or .html.")
                          .arg(QDir::toNativeSeparators(path))};
    return exportMinutes(store, meeting, path, *format, options);
}

} // namespace bd
