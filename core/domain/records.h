#pragma once

#include "fields.h"
#include "recordkind.h"

namespace bd {

// One description per record type: its fields (fields.h) in the order archive-v1.md lists
// them, and where the record lives. The store's rows, the archive's reader and writer, the
// audit log's JSON, the value checks and RecordKind all come from these; adding a field to a
// record is one line here (and a migration for its column).
//
//   kind      the RecordKind            list    its list in PartnershipData (listKey: archive)
//   table     its database table        prefix  new ids ("agency-3f9c0a1b7d2e") and messages
//   audit     its kind in the audit log keyCount leading fields that are its key (0: RowId)
//   sortedBy  the members a list is in order of (the archive's and Store::list()'s, unless
//             storedBy says otherwise); ties and lists without keep the order they came in
//   year      which records belong to a financial year
//   body      the column naming its body, if it belongs to one
//   positioned  the table keeps the list's order in a `position` column the store writes
//
// Parts (a meeting's attendance and entries, an action's priorities and reviews, a risk's
// reviews, a newsletter's items) are fields too: Refs, Children and EntryTree, stored in
// tables of their own by the store's aggregate code (core/store/aggregates.cpp).
template<typename T> struct Record;

// Records that belong to another record (parts): their table and the column naming the owner.
template<> struct Record<Headings> {
    static constexpr auto fields = std::tuple {
        field::Text<Headings> {&Headings::did, "did", "heading_did", field::Optional, &Headings::defaultDid},
        field::Text<Headings> {&Headings::difference, "difference", "heading_difference", field::Optional,
                               &Headings::defaultDifference}};
};

template<> struct Record<Attendance> {
    static constexpr const char *table = "attendance";
    static constexpr const char *owner = "meeting";
    static constexpr auto fields = std::tuple {
        field::Ref<Attendance> {&Attendance::person, "person", "person", RecordKind::Person, field::Required},
        field::Choice<Attendance, AttendanceStatus> {&Attendance::status, "status", "status", field::Required,
                                                     AttendanceStatus::Present},
        field::Ref<Attendance> {&Attendance::deputyFor, "deputyFor", "deputy_for", RecordKind::Person}};
};

// A bullet; its children are the meeting's EntryTree's business (they take their top-level
// bullet's kind, and the archive leaves it out).
template<> struct Record<Entry> {
    static constexpr RecordKind kind = RecordKind::Entry;
    static constexpr const char *table = "entries";
    static constexpr const char *owner = "meeting";
    static constexpr const char *audit = "entry";
    static constexpr auto fields = std::tuple {
        field::Choice<Entry, EntryKind> {&Entry::kind, "kind", "kind", field::Required, EntryKind::Did},
        field::Text<Entry> {&Entry::text, "text", "text", field::Required},
        field::Refs<Entry> {&Entry::priorities, "priorities", RecordKind::Priority, "entry_priorities", "entry"}};
};

template<> struct Record<ActionReview> {
    static constexpr const char *table = "action_reviews";
    static constexpr const char *owner = "action";
    static constexpr auto fields
        = std::tuple {field::Date<ActionReview> {&ActionReview::date, "date", "date", field::Required},
                      field::Choice<ActionReview, Rag> {&ActionReview::rag, "rag", "rag", field::Required, Rag::Amber},
                      field::Text<ActionReview> {&ActionReview::note, "note", "note"},
                      field::Ref<ActionReview> {&ActionReview::meeting, "meeting", "meeting", RecordKind::Meeting}};
};

template<> struct Record<RiskReview> {
    static constexpr const char *table = "risk_reviews";
    static constexpr const char *owner = "risk";
    static constexpr auto fields = std::tuple {
        field::Date<RiskReview> {&RiskReview::date, "date", "date", field::Required},
        field::Number<RiskReview> {&RiskReview::likelihood, "likelihood", "likelihood", field::Required, 1, 5},
        field::Number<RiskReview> {&RiskReview::impact, "impact", "impact", field::Required, 1, 5},
        field::Text<RiskReview> {&RiskReview::note, "note", "note"},
        field::Ref<RiskReview> {&RiskReview::meeting, "meeting", "meeting", RecordKind::Meeting}};
};

template<> struct Record<NewsletterLink> {
    static constexpr const char *table = "newsletter_links";
    static constexpr const char *owner = "item";
    static constexpr auto fields
        = std::tuple {field::Text<NewsletterLink> {&NewsletterLink::label, "label", "label"},
                      field::Text<NewsletterLink> {&NewsletterLink::url, "url", "url", field::Required}};
};

template<> struct Record<NewsletterItem> {
    static constexpr const char *table = "newsletter_items";
    static constexpr const char *owner = "newsletter";
    static constexpr auto fields
        = std::tuple {field::Text<NewsletterItem> {&NewsletterItem::section, "section", "section", field::Required},
                      field::Text<NewsletterItem> {&NewsletterItem::title, "title", "title", field::Required},
                      field::Text<NewsletterItem> {&NewsletterItem::body, "body", "body"},
                      field::Children<NewsletterItem, NewsletterLink> {&NewsletterItem::links, "links"}};
};

// The records of a partnership ------------------------------------------------------------

template<> struct Record<Partnership> {
    static constexpr RecordKind kind = RecordKind::Partnership;
    static constexpr const char *table = "partnership";
    static constexpr const char *audit = "partnership";
    static constexpr auto fields = std::tuple {
        field::Text<Partnership> {&Partnership::name, "name", "name", field::Required},
        field::Text<Partnership> {&Partnership::shortName, "shortName", "short_name"},
        field::Text<Partnership> {&Partnership::contactEmail, "contactEmail", "contact_email"},
        field::MonthDay<Partnership> {&Partnership::financialYearStart, "financialYearStart", "financial_year_start"},
        field::Object<Partnership, Headings> {&Partnership::headings, "headings"}};
};

// What the records of a list have in common; each Record<T> below says the rest.
template<typename T> struct ListRecord {
    static constexpr int keyCount = 1;
    static constexpr const char *body = nullptr;
    static constexpr YearFilter year {};
    static constexpr bool positioned = false;
    static constexpr std::tuple<> sortedBy {}; // then in the order they came in
};

template<> struct Record<Agency> : ListRecord<Agency> {
    static constexpr RecordKind kind = RecordKind::Agency;
    static constexpr auto list = &PartnershipData::agencies;
    static constexpr const char *listKey = "agencies", *table = "agencies", *prefix = "agency", *audit = "agency";
    static constexpr auto fields = std::tuple {
        field::Id<Agency> {&Agency::id}, field::Text<Agency> {&Agency::name, "name", "name", field::Required},
        field::Text<Agency> {&Agency::shortName, "shortName", "short_name"},
        field::Choice<Agency, Sector> {&Agency::sector, "sector", "sector", field::Optional, Sector::Other}};
};

template<> struct Record<Person> : ListRecord<Person> {
    static constexpr RecordKind kind = RecordKind::Person;
    static constexpr auto list = &PartnershipData::people;
    static constexpr const char *listKey = "people", *table = "people", *prefix = "person", *audit = "person";
    static constexpr auto fields = std::tuple {
        field::Id<Person> {&Person::id}, field::Text<Person> {&Person::name, "name", "name", field::Required},
        field::Ref<Person> {&Person::agency, "agency", "agency", RecordKind::Agency},
        field::Text<Person> {&Person::title, "title", "title"}, field::Text<Person> {&Person::email, "email", "email"}};
};

template<> struct Record<Body> : ListRecord<Body> {
    static constexpr RecordKind kind = RecordKind::Body;
    static constexpr auto list = &PartnershipData::bodies;
    static constexpr const char *listKey = "bodies", *table = "bodies", *prefix = "body", *audit = "body";
    static constexpr const char *body = "id";
    static constexpr YearFilter year {YearFilter::Rule::Active, "established", "concluded"};
    static constexpr auto fields
        = std::tuple {field::Id<Body> {&Body::id},
                      field::Text<Body> {&Body::name, "name", "name", field::Required},
                      field::Choice<Body, BodyKind> {&Body::kind, "kind", "kind", field::Optional, BodyKind::Other},
                      field::Ref<Body> {&Body::parent, "parent", "parent", RecordKind::Body},
                      field::Text<Body> {&Body::purpose, "purpose", "purpose"},
                      field::Date<Body> {&Body::established, "established", "established"},
                      field::Date<Body> {&Body::concluded, "concluded", "concluded"}};
};

template<> struct Record<Membership> : ListRecord<Membership> {
    static constexpr RecordKind kind = RecordKind::Membership;
    static constexpr auto list = &PartnershipData::memberships;
    static constexpr const char *listKey = "memberships", *table = "memberships", *prefix = "membership",
                                *audit = "membership";
    static constexpr int keyCount = 0;
    static constexpr const char *body = "body";
    static constexpr YearFilter year {YearFilter::Rule::Active, "date_from", "date_to"};
    static constexpr auto fields = std::tuple {
        field::RowId<Membership> {&Membership::rowId},
        field::Ref<Membership> {&Membership::body, "body", "body", RecordKind::Body, field::Required},
        field::Ref<Membership> {&Membership::person, "person", "person", RecordKind::Person, field::Required},
        field::Choice<Membership, Role> {&Membership::role, "role", "role", field::Optional, Role::Member},
        field::Date<Membership> {&Membership::from, "from", "date_from"},
        field::Date<Membership> {&Membership::to, "to", "date_to"}};
};

template<> struct Record<Priority> : ListRecord<Priority> {
    static constexpr auto sortedBy = std::tuple {&Priority::year};
    static constexpr RecordKind kind = RecordKind::Priority;
    static constexpr auto list = &PartnershipData::priorities;
    static constexpr const char *listKey = "priorities", *table = "priorities", *prefix = "priority",
                                *audit = "priority";
    static constexpr YearFilter year {YearFilter::Rule::YearColumn, "year"};
    static constexpr auto fields = std::tuple {
        field::Id<Priority> {&Priority::id}, field::Year<Priority> {&Priority::year, "year", "year", field::Required},
        field::Text<Priority> {&Priority::title, "title", "title", field::Required},
        field::Ref<Priority> {&Priority::leadAgency, "leadAgency", "lead_agency", RecordKind::Agency},
        field::Text<Priority> {&Priority::description, "description", "description"}};
};

template<> struct Record<Meeting> : ListRecord<Meeting> {
    static constexpr auto sortedBy = std::tuple {&Meeting::date, &Meeting::time, &Meeting::id};
    static constexpr RecordKind kind = RecordKind::Meeting;
    static constexpr auto list = &PartnershipData::meetings;
    static constexpr const char *listKey = "meetings", *table = "meetings", *prefix = "meeting", *audit = "meeting";
    static constexpr const char *body = "body";
    static constexpr YearFilter year {YearFilter::Rule::DateIn, "date"};
    static constexpr auto fields
        = std::tuple {field::Id<Meeting> {&Meeting::id},
                      field::Ref<Meeting> {&Meeting::body, "body", "body", RecordKind::Body, field::Required},
                      field::Date<Meeting> {&Meeting::date, "date", "date", field::Required},
                      field::Time<Meeting> {&Meeting::time, "time", "time"},
                      field::Text<Meeting> {&Meeting::location, "location", "location"},
                      field::Choice<Meeting, MeetingStatus> {&Meeting::status, "status", "status", field::Optional,
                                                             MeetingStatus::Held},
                      field::Choice<Meeting, MinutesStatus> {&Meeting::minutes, "minutes", "minutes", field::Optional,
                                                             MinutesStatus::Draft},
                      field::Date<Meeting> {&Meeting::approvedOn, "approvedOn", "approved_on"},
                      field::Count<Meeting> {&Meeting::casesReviewed, "casesReviewed", "cases_reviewed"},
                      field::Children<Meeting, Attendance> {&Meeting::attendance, "attendance"},
                      field::EntryTree<Meeting> {&Meeting::entries, "entries"}};
};

template<> struct Record<Workplan> : ListRecord<Workplan> {
    static constexpr auto sortedBy = std::tuple {&Workplan::year};
    static constexpr RecordKind kind = RecordKind::Workplan;
    static constexpr auto list = &PartnershipData::workplans;
    static constexpr const char *listKey = "workplans", *table = "workplans", *prefix = "workplan", *audit = "workplan";
    static constexpr const char *body = "body";
    static constexpr YearFilter year {YearFilter::Rule::YearColumn, "year"};
    static constexpr auto fields
        = std::tuple {field::Id<Workplan> {&Workplan::id},
                      field::Ref<Workplan> {&Workplan::body, "body", "body", RecordKind::Body, field::Required},
                      field::Text<Workplan> {&Workplan::title, "title", "title", field::Required},
                      field::Year<Workplan> {&Workplan::year, "year", "year"},
                      field::Choice<Workplan, WorkplanStatus> {&Workplan::status, "status", "status", field::Optional,
                                                               WorkplanStatus::Open},
                      field::Date<Workplan> {&Workplan::closedOn, "closedOn", "closed_on"}};
};

template<> struct Record<Action> : ListRecord<Action> {
    static constexpr RecordKind kind = RecordKind::Action;
    static constexpr auto list = &PartnershipData::actions;
    static constexpr const char *listKey = "actions", *table = "actions", *prefix = "action", *audit = "action";
    static constexpr const char *body = "body";
    static constexpr YearFilter year {YearFilter::Rule::WorkplanOrDue, "due"};
    static constexpr auto fields = std::tuple {
        field::Id<Action> {&Action::id},
        field::Ref<Action> {&Action::body, "body", "body", RecordKind::Body, field::Required},
        field::Text<Action> {&Action::text, "text", "text", field::Required},
        field::Text<Action> {&Action::ref, "ref", "ref"},
        field::Ref<Action> {&Action::workplan, "workplan", "workplan", RecordKind::Workplan},
        field::Ref<Action> {&Action::caseReview, "caseReview", "case_review", RecordKind::CaseReview},
        field::Ref<Action> {&Action::raisedAt, "raisedAt", "raised_at", RecordKind::Meeting},
        field::Ref<Action> {&Action::owner, "owner", "owner", RecordKind::Person},
        field::Ref<Action> {&Action::ownerAgency, "ownerAgency", "owner_agency", RecordKind::Agency},
        field::Date<Action> {&Action::due, "due", "due"},
        field::Refs<Action> {&Action::priorities, "priorities", RecordKind::Priority, "action_priorities", "action"},
        field::Children<Action, ActionReview> {&Action::reviews, "reviews"},
        field::Ref<Action> {&Action::carriedFrom, "carriedFrom", "carried_from", RecordKind::Action}};
};

template<> struct Record<Risk> : ListRecord<Risk> {
    static constexpr auto sortedBy = std::tuple {&Risk::opened};
    static constexpr RecordKind kind = RecordKind::Risk;
    static constexpr auto list = &PartnershipData::risks;
    static constexpr const char *listKey = "risks", *table = "risks", *prefix = "risk", *audit = "risk";
    static constexpr const char *body = "body";
    static constexpr YearFilter year {YearFilter::Rule::Active, "opened", "closed"};
    static constexpr auto fields
        = std::tuple {field::Id<Risk> {&Risk::id},
                      field::Ref<Risk> {&Risk::body, "body", "body", RecordKind::Body, field::Required},
                      field::Text<Risk> {&Risk::title, "title", "title", field::Required},
                      field::Text<Risk> {&Risk::description, "description", "description"},
                      field::Ref<Risk> {&Risk::owner, "owner", "owner", RecordKind::Person},
                      field::Ref<Risk> {&Risk::ownerAgency, "ownerAgency", "owner_agency", RecordKind::Agency},
                      field::Date<Risk> {&Risk::opened, "opened", "opened", field::Required},
                      field::Date<Risk> {&Risk::closed, "closed", "closed"},
                      field::Children<Risk, RiskReview> {&Risk::reviews, "reviews"}};
};

template<> struct Record<Funding> : ListRecord<Funding> {
    static constexpr auto sortedBy = std::tuple {&Funding::year};
    static constexpr RecordKind kind = RecordKind::Funding;
    static constexpr auto list = &PartnershipData::funding;
    static constexpr const char *listKey = "funding", *table = "funding", *prefix = "funding", *audit = "funding";
    static constexpr int keyCount = 2; // one row per year and agency
    static constexpr YearFilter year {YearFilter::Rule::YearColumn, "year"};
    static constexpr auto fields
        = std::tuple {field::Year<Funding> {&Funding::year, "year", "year", field::Required},
                      field::Ref<Funding> {&Funding::agency, "agency", "agency", RecordKind::Agency, field::Required},
                      field::Pence<Funding> {&Funding::amountPence, "amountPence", "amount_pence"},
                      field::Text<Funding> {&Funding::note, "note", "note"}};
};

template<> struct Record<Spending> : ListRecord<Spending> {
    static constexpr auto sortedBy = std::tuple {&Spending::year};
    static constexpr RecordKind kind = RecordKind::Spending;
    static constexpr auto list = &PartnershipData::spending;
    static constexpr const char *listKey = "spending", *table = "spending", *prefix = "spending", *audit = "spending";
    static constexpr int keyCount = 0;
    static constexpr YearFilter year {YearFilter::Rule::YearColumn, "year"};
    static constexpr auto fields
        = std::tuple {field::RowId<Spending> {&Spending::rowId},
                      field::Year<Spending> {&Spending::year, "year", "year", field::Required},
                      field::Text<Spending> {&Spending::category, "category", "category", field::Required},
                      field::Pence<Spending> {&Spending::amountPence, "amountPence", "amount_pence"},
                      field::Text<Spending> {&Spending::note, "note", "note"}};
};

template<> struct Record<CaseReview> : ListRecord<CaseReview> {
    static constexpr auto sortedBy = std::tuple {&CaseReview::notified};
    static constexpr std::tuple<> storedBy {}; // the store lists them as they came
    static constexpr RecordKind kind = RecordKind::CaseReview;
    static constexpr auto list = &PartnershipData::caseReviews;
    static constexpr const char *listKey = "caseReviews", *table = "case_reviews", *prefix = "case-review",
                                *audit = "caseReview";
    static constexpr YearFilter year {YearFilter::Rule::DateIn, "notified"};
    static constexpr auto fields
        = std::tuple {field::Id<CaseReview> {&CaseReview::id},
                      field::Text<CaseReview> {&CaseReview::name, "name", "name", field::Required},
                      field::Choice<CaseReview, CaseReviewType> {&CaseReview::type, "type", "type", field::Required,
                                                                 CaseReviewType::Scr},
                      field::Date<CaseReview> {&CaseReview::notified, "notified", "notified"},
                      field::Date<CaseReview> {&CaseReview::decided, "decided", "decided"},
                      field::Choice<CaseReview, CaseReviewStatus> {&CaseReview::status, "status", "status",
                                                                   field::Optional, CaseReviewStatus::Notified},
                      field::Date<CaseReview> {&CaseReview::signedOff, "signedOff", "signed_off"},
                      field::Date<CaseReview> {&CaseReview::published, "published", "published"},
                      field::Text<CaseReview> {&CaseReview::url, "url", "url"},
                      field::Text<CaseReview> {&CaseReview::note, "note", "note"}};
};

template<> struct Record<Course> : ListRecord<Course> {
    static constexpr RecordKind kind = RecordKind::Course;
    static constexpr auto list = &PartnershipData::courses;
    static constexpr const char *listKey = "courses", *table = "courses", *prefix = "course", *audit = "course";
    static constexpr auto fields = std::tuple {
        field::Id<Course> {&Course::id}, field::Text<Course> {&Course::title, "title", "title", field::Required},
        field::Choice<Course, CourseFormat> {&Course::format, "format", "format", field::Required,
                                             CourseFormat::FullDay},
        field::Text<Course> {&Course::description, "description", "description"}};
};

template<> struct Record<TrainingSession> : ListRecord<TrainingSession> {
    static constexpr auto sortedBy = std::tuple {&TrainingSession::date, &TrainingSession::id};
    static constexpr RecordKind kind = RecordKind::TrainingSession;
    static constexpr auto list = &PartnershipData::trainingSessions;
    static constexpr const char *listKey = "trainingSessions", *table = "training_sessions",
                                *prefix = "training-session", *audit = "trainingSession";
    static constexpr YearFilter year {YearFilter::Rule::DateIn, "date"};
    static constexpr auto fields = std::tuple {
        field::Id<TrainingSession> {&TrainingSession::id},
        field::Ref<TrainingSession> {&TrainingSession::course, "course", "course", RecordKind::Course, field::Required},
        field::Date<TrainingSession> {&TrainingSession::date, "date", "date", field::Required},
        field::Choice<TrainingSession, SessionStatus> {&TrainingSession::status, "status", "status", field::Optional,
                                                       SessionStatus::Held},
        field::Count<TrainingSession> {&TrainingSession::attendees, "attendees", "attendees"},
        field::Count<TrainingSession> {&TrainingSession::places, "places", "places"},
        field::MaybeChoice<TrainingSession, CancelReason> {&TrainingSession::cancelReason, "cancelReason",
                                                           "cancel_reason"},
        field::Text<TrainingSession> {&TrainingSession::note, "note", "note"}};
};

template<> struct Record<KeyFact> : ListRecord<KeyFact> {
    static constexpr auto sortedBy = std::tuple {&KeyFact::year};
    static constexpr RecordKind kind = RecordKind::KeyFact;
    static constexpr auto list = &PartnershipData::keyFacts;
    static constexpr const char *listKey = "keyFacts", *table = "key_facts", *prefix = "key-fact", *audit = "keyFact";
    static constexpr YearFilter year {YearFilter::Rule::YearColumn, "year"};
    static constexpr auto fields
        = std::tuple {field::Id<KeyFact> {&KeyFact::id},
                      field::Year<KeyFact> {&KeyFact::year, "year", "year", field::Required},
                      field::Text<KeyFact> {&KeyFact::label, "label", "label", field::Required},
                      field::Text<KeyFact> {&KeyFact::value, "value", "value", field::Required},
                      field::Text<KeyFact> {&KeyFact::comparator, "comparator", "comparator"},
                      field::Ref<KeyFact> {&KeyFact::source, "source", "source", RecordKind::Source}};
};

// Sources keep their list order: it numbers the footnotes that are not cited.
template<> struct Record<Source> : ListRecord<Source> {
    static constexpr RecordKind kind = RecordKind::Source;
    static constexpr auto list = &PartnershipData::sources;
    static constexpr const char *listKey = "sources", *table = "sources", *prefix = "source", *audit = "source";
    static constexpr bool positioned = true;
    static constexpr auto fields = std::tuple {field::Id<Source> {&Source::id},
                                               field::Text<Source> {&Source::text, "text", "text", field::Required},
                                               field::Text<Source> {&Source::url, "url", "url"}};
};

template<> struct Record<ReportText> : ListRecord<ReportText> {
    static constexpr auto sortedBy = std::tuple {&ReportText::year};
    static constexpr RecordKind kind = RecordKind::ReportText;
    static constexpr auto list = &PartnershipData::reportTexts;
    static constexpr const char *listKey = "reportTexts", *table = "report_texts", *prefix = "report-text",
                                *audit = "reportText";
    static constexpr int keyCount = 2; // one per year and section
    static constexpr YearFilter year {YearFilter::Rule::YearColumn, "year"};
    static constexpr auto fields
        = std::tuple {field::Year<ReportText> {&ReportText::year, "year", "year", field::Required},
                      field::Text<ReportText> {&ReportText::section, "section", "section", field::Required},
                      field::Text<ReportText> {&ReportText::text, "text", "text", field::Required}};
};

template<> struct Record<Newsletter> : ListRecord<Newsletter> {
    static constexpr auto sortedBy = std::tuple {&Newsletter::number};
    static constexpr RecordKind kind = RecordKind::Newsletter;
    static constexpr auto list = &PartnershipData::newsletters;
    static constexpr const char *listKey = "newsletters", *table = "newsletters", *prefix = "newsletter",
                                *audit = "newsletter";
    static constexpr YearFilter year {YearFilter::Rule::DateIn, "date"};
    static constexpr auto fields
        = std::tuple {field::Id<Newsletter> {&Newsletter::id},
                      field::Number<Newsletter> {&Newsletter::number, "number", "number", field::Required, 0,
                                                 std::numeric_limits<int>::max()},
                      field::Date<Newsletter> {&Newsletter::date, "date", "date", field::Required},
                      field::Text<Newsletter> {&Newsletter::title, "title", "title"},
                      field::Text<Newsletter> {&Newsletter::managerMessage, "managerMessage", "manager_message"},
                      field::Children<Newsletter, NewsletterItem> {&Newsletter::items, "items"}};
};

// The archive's lists, in the order archive-v1.md gives them (and an import stores them).
using ListTypes = TypeList<Agency, Person, Body, Membership, Priority, Meeting, Workplan, Action, Risk, Funding,
                           Spending, CaseReview, Course, TrainingSession, KeyFact, Source, ReportText, Newsletter>;

// The order an import fills the tables in: each record type after every type it refers to
// (tests/core/test_records.cpp checks it). A row written before what it refers to leaves the
// deferred foreign key check owing, and while it owes SQLite searches for the children of
// every parent row inserted, through tables whose indexes are off for the load.
using InsertOrder = TypeList<Agency, Person, Body, Membership, Priority, Meeting, Workplan, CaseReview, Action, Risk,
                             Funding, Spending, Course, TrainingSession, Source, KeyFact, ReportText, Newsletter>;

template<typename T, typename Fn> constexpr void forEachField(Fn &&fn)
{
    std::apply([&fn](const auto &...fields) { (fn(fields), ...); }, Record<T>::fields);
}

// Whether \a a comes before \b b in their list's order (Record<T>::sortedBy).
template<typename T> bool listedBefore(const T &a, const T &b)
{
    return std::apply([&](auto... members) { return std::tie(a.*members...) < std::tie(b.*members...); },
                      Record<T>::sortedBy);
}

template<typename T> constexpr RecordKind recordKindOf()
{
    return Record<T>::kind;
}

} // namespace bd
