#include "sample.h"

namespace bd::test {

PartnershipData samplePartnership()
{
    PartnershipData d;
    d.partnership = {QStringLiteral("Eastbrook Safeguarding Children Partnership"), QStringLiteral("ESCP"),
                     QStringLiteral("escp@eastbrook.example"), YearStart{4, 1},
                     Headings{QStringLiteral("What we did"), QStringLiteral("What changed for children")}};
    const FinancialYear y2018(2018);
    d.agencies = {{QStringLiteral("ecc"), QStringLiteral("Eastbrook County Council"), QStringLiteral("ECC"), Sector::LocalAuthority},
                  {QStringLiteral("police"), QStringLiteral("Eastbrook Police"), QString(), Sector::Police}};
    d.people = {{QStringLiteral("p.chair"), QStringLiteral("Dana Whitlock"), QStringLiteral("ecc"), QStringLiteral("Independent Chair"),
                 QStringLiteral("dana@eastbrook.example")},
                {QStringLiteral("p.dci"), QStringLiteral("Sam Okafor"), QStringLiteral("police"), QStringLiteral("Detective Chief Inspector"), QString()},
                {QStringLiteral("p.deputy"), QStringLiteral("Lee Marsh"), QString(), QString(), QString()}};
    d.bodies = {{QStringLiteral("board"), QStringLiteral("Safeguarding Board"), BodyKind::Board, QString(),
                 QStringLiteral("Holds partners to **account**."), QDate(2010, 4, 1), QDate()},
                {QStringLiteral("cdop"), QStringLiteral("Child Death Overview Panel"), BodyKind::Panel, QStringLiteral("board"),
                 QString(), QDate(2012, 1, 1), QDate()},
                {QStringLiteral("ld"), QStringLiteral("Learning and Development"), BodyKind::Subgroup, QStringLiteral("board"),
                 QStringLiteral("Training for the workforce."), QDate(2012, 1, 1), QDate(2018, 10, 18)}};
    d.memberships = {{0, QStringLiteral("board"), QStringLiteral("p.chair"), Role::Chair, QDate(2016, 1, 1), QDate()},
                     {0, QStringLiteral("board"), QStringLiteral("p.dci"), Role::Member, QDate(), QDate(2019, 3, 31)}};
    d.priorities = {{QStringLiteral("pr.da"), y2018, QStringLiteral("Domestic abuse"), QStringLiteral("police"),
                     QStringLiteral("- fewer repeat referrals")},
                    {QStringLiteral("pr.neglect"), y2018, QStringLiteral("Neglect"), QString(), QString()}};

    Meeting board;
    board.id = QStringLiteral("m.board.2018-07-10");
    board.body = QStringLiteral("board");
    board.date = QDate(2018, 7, 10);
    board.time = QTime(10, 0);
    board.location = QStringLiteral("County Hall, Room 4");
    board.minutes = MinutesStatus::Approved;
    board.approvedOn = QDate(2018, 9, 25);
    board.attendance = {{QStringLiteral("p.chair"), AttendanceStatus::Present, QString()},
                        {QStringLiteral("p.dci"), AttendanceStatus::Apologies, QString()},
                        {QStringLiteral("p.deputy"), AttendanceStatus::Deputy, QStringLiteral("p.dci")}};
    Entry did1{0, EntryKind::Did, QStringLiteral("We looked at the *domestic abuse* data."), {QStringLiteral("pr.da")}, {}};
    Entry child{0, EntryKind::Did, QStringLiteral("Repeat referrals had risen."), {}, {}};
    child.children = {Entry{0, EntryKind::Did, QStringLiteral("Mostly in the north of the county."), {}, {}}};
    did1.children = {child};
    Entry did2{0, EntryKind::Did, QStringLiteral("We agreed the [business plan](https://example.org/plan)."), {}, {}};
    Entry diff{0, EntryKind::Difference, QStringLiteral("Services know what children need."), {QStringLiteral("pr.da"), QStringLiteral("pr.neglect")}, {}};
    board.entries = {did1, did2, diff};

    Meeting panel;
    panel.id = QStringLiteral("m.cdop.1");
    panel.body = QStringLiteral("cdop");
    panel.date = QDate(2018, 5, 11);
    panel.status = MeetingStatus::Held;
    panel.casesReviewed = 4;
    panel.entries = {Entry{0, EntryKind::Note, QStringLiteral("A case study went to every GP practice."), {}, {}}};
    Meeting planned;
    planned.id = QStringLiteral("m.board.2019-07");
    planned.body = QStringLiteral("board");
    planned.date = QDate(2019, 7, 9);
    planned.status = MeetingStatus::Planned;
    d.meetings = {panel, board, planned};

    d.workplans = {{QStringLiteral("wp.board.2018"), QStringLiteral("board"), QStringLiteral("Board workplan 2018-19"), y2018,
                    WorkplanStatus::Closed, QDate(2019, 3, 31)}};
    d.caseReviews = {{QStringLiteral("cr.t"), QStringLiteral("Family T"), CaseReviewType::Scr, QDate(2018, 7, 23),
                      QDate(), CaseReviewStatus::PublicationDelayed, QDate(2019, 1, 15), QDate(), QString(),
                      QStringLiteral("Waits for the end of criminal proceedings.")},
                     {QStringLiteral("cr.q"), QStringLiteral("Baby Q"), CaseReviewType::RapidReview, QDate(), QDate(),
                      CaseReviewStatus::Notified, QDate(), QDate(), QString(), QString()}};
    Action action;
    action.id = QStringLiteral("a.1");
    action.body = QStringLiteral("board");
    action.text = QStringLiteral("Share the DA action plan with the board");
    action.ref = QStringLiteral("2.3");
    action.workplan = QStringLiteral("wp.board.2018");
    action.caseReview = QStringLiteral("cr.t");
    action.raisedAt = QStringLiteral("m.board.2018-07-10");
    action.owner = QStringLiteral("p.dci");
    action.ownerAgency = QStringLiteral("police");
    action.due = QDate(2018, 11, 30);
    action.priorities = {QStringLiteral("pr.da")};
    action.reviews = {{QDate(2018, 7, 10), Rag::Red, QStringLiteral("Not started"), QStringLiteral("m.board.2018-07-10")},
                      {QDate(2018, 9, 25), Rag::Amber, QString(), QString()},
                      {QDate(2018, 11, 27), Rag::Complete, QStringLiteral("Shared"), QString()}};
    Action bare;
    bare.id = QStringLiteral("a.2");
    bare.body = QStringLiteral("cdop");
    bare.text = QStringLiteral("Write to GP practices");
    d.actions = {action, bare};

    Risk risk;
    risk.id = QStringLiteral("r.1");
    risk.body = QStringLiteral("board");
    risk.title = QStringLiteral("Health assessments for looked-after children are late");
    risk.description = QStringLiteral("Assessments miss the 20-day target.");
    risk.owner = QStringLiteral("p.chair");
    risk.ownerAgency = QStringLiteral("ecc");
    risk.opened = QDate(2018, 4, 1);
    risk.closed = QDate(2019, 3, 1);
    risk.reviews = {{QDate(2018, 4, 1), 4, 5, QStringLiteral("High"), QString()}, {QDate(2018, 9, 25), 2, 3, QString(), QStringLiteral("m.board.2018-07-10")}};
    d.risks = {risk};

    d.funding = {{y2018, QStringLiteral("ecc"), 15568300, QString()}, {y2018, QStringLiteral("police"), 2429000, QStringLiteral("Paid in two parts")}};
    d.spending = {{0, y2018, QStringLiteral("staffing"), 12000000, QString()}, {0, y2018, QStringLiteral("training"), 550000, QStringLiteral("Venues")}};
    d.courses = {{QStringLiteral("c.er"), QStringLiteral("Everyone's Responsibility"), CourseFormat::FullDay, QStringLiteral("The basics.")},
                 {QStringLiteral("c.lado"), QStringLiteral("The Role of the LADO"), CourseFormat::Bespoke, QString()}};
    TrainingSession held{QStringLiteral("s.1"), QStringLiteral("c.er"), QDate(2018, 6, 5), SessionStatus::Held, 18, 20, std::nullopt, QString()};
    TrainingSession cancelled{QStringLiteral("s.2"), QStringLiteral("c.lado"), QDate(2018, 9, 12), SessionStatus::Cancelled, std::nullopt, 15,
                              CancelReason::LowEnrolment, QStringLiteral("Four booked")};
    d.trainingSessions = {held, cancelled};
    d.sources = {{QStringLiteral("src.ons"), QStringLiteral("Mid-year population estimates 2018"), QStringLiteral("https://example.org/ons")},
                 {QStringLiteral("src.census"), QStringLiteral("2011 Census"), QString()}};
    d.keyFacts = {{QStringLiteral("kf.fsm"), y2018, QStringLiteral("children in primary school claiming free school meals"), QStringLiteral("8.3%"),
                   QStringLiteral("15.7% in England"), QStringLiteral("src.census")}};
    d.reportTexts = {{y2018, QStringLiteral("foreword"), QStringLiteral("A year of change.")},
                     {y2018, QStringLiteral("intro:ld"), QStringLiteral("The subgroup met once.")}};
    Newsletter news;
    news.id = QStringLiteral("n.22");
    news.number = 22;
    news.date = QDate(2020, 6, 1);
    news.title = QStringLiteral("Information Update");
    news.items = {{QStringLiteral("Message from the manager"), QStringLiteral("Working from home"), QStringLiteral("We kept going."), {}},
                  {QStringLiteral("Information for sharing"), QStringLiteral("Online safety"), QStringLiteral("Talk to your children."),
                   {{QStringLiteral("Parents"), QStringLiteral("https://example.org/parents")}, {QString(), QStringLiteral("https://example.org/young")}}}};
    d.newsletters = {news};
    return d;
}

void clearRowIds(QList<Entry> &entries)
{
    for (Entry &entry : entries) {
        entry.rowId = 0;
        clearRowIds(entry.children);
    }
}

void clearRowIds(PartnershipData &data)
{
    for (Membership &m : data.memberships)
        m.rowId = 0;
    for (Spending &s : data.spending)
        s.rowId = 0;
    for (Meeting &m : data.meetings)
        clearRowIds(m.entries);
}

} // namespace bd::test
