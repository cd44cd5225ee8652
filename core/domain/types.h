#pragma once

#include "enums.h"
#include "financialyear.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace bd {

// Value types for every entity of the archive (archive-v1.md). Names follow the archive:
// the archive's `caseReviews` is CaseReview here and `case_reviews` in the database.
//
// Conventions: an absent date or time is a null QDate / QTime; an absent reference is an
// empty Id; an absent count is an empty optional. Money is in integer pence.

using Id = QString;

struct Headings {
    QString did;
    QString difference;
    static QString defaultDid();
    static QString defaultDifference();
    friend bool operator==(const Headings &, const Headings &) = default;
};

struct Partnership {
    QString name;
    QString shortName;
    QString contactEmail;
    YearStart financialYearStart;
    Headings headings{Headings::defaultDid(), Headings::defaultDifference()};
    friend bool operator==(const Partnership &, const Partnership &) = default;
};

struct Agency {
    Id id;
    QString name;
    QString shortName;
    Sector sector = Sector::Other;
    friend bool operator==(const Agency &, const Agency &) = default;
};

struct Person {
    Id id;
    QString name;
    Id agency;
    QString title;
    QString email;
    friend bool operator==(const Person &, const Person &) = default;
};

struct Body {
    Id id;
    QString name;
    BodyKind kind = BodyKind::Other;
    Id parent;
    QString purpose; // md
    QDate established;
    QDate concluded;
    friend bool operator==(const Body &, const Body &) = default;
};

// Memberships have no id in the archive; rowId is the database's own key (0 until stored).
struct Membership {
    qint64 rowId = 0;
    Id body;
    Id person;
    Role role = Role::Member;
    QDate from;
    QDate to;
    friend bool operator==(const Membership &, const Membership &) = default;
};

struct Priority {
    Id id;
    FinancialYear year;
    QString title;
    Id leadAgency;
    QString description; // md
    friend bool operator==(const Priority &, const Priority &) = default;
};

struct Attendance {
    Id person;
    AttendanceStatus status = AttendanceStatus::Present;
    Id deputyFor;
    friend bool operator==(const Attendance &, const Attendance &) = default;
};

// One bullet of the minutes. Children take their top-level entry's kind.
struct Entry {
    qint64 rowId = 0;
    EntryKind kind = EntryKind::Did;
    QString text; // md
    QStringList priorities;
    QList<Entry> children;
    // Not defaulted: Entry holds a list of itself, so it is compared where it is complete.
    friend bool operator==(const Entry &a, const Entry &b);
};

struct Meeting {
    Id id;
    Id body;
    QDate date;
    QTime time;
    QString location;
    MeetingStatus status = MeetingStatus::Held;
    MinutesStatus minutes = MinutesStatus::Draft;
    QDate approvedOn;
    std::optional<int> casesReviewed;
    QList<Attendance> attendance;
    QList<Entry> entries;
    friend bool operator==(const Meeting &, const Meeting &) = default;
};

struct Workplan {
    Id id;
    Id body;
    QString title;
    FinancialYear year; // invalid when absent
    WorkplanStatus status = WorkplanStatus::Open;
    QDate closedOn;
    friend bool operator==(const Workplan &, const Workplan &) = default;
};

struct ActionReview {
    QDate date;
    Rag rag = Rag::Amber;
    QString note;
    Id meeting;
    friend bool operator==(const ActionReview &, const ActionReview &) = default;
};

struct Action {
    Id id;
    Id body;
    QString text; // md
    QString ref;
    Id workplan;
    Id caseReview;
    Id raisedAt;
    Id owner;
    Id ownerAgency;
    QDate due;
    QStringList priorities;
    QList<ActionReview> reviews; // in date order
    Id carriedFrom; // the action of an earlier plan this one carries forward

    // The newest review's rating; nothing if never reviewed.
    std::optional<Rag> currentRag() const;
    friend bool operator==(const Action &, const Action &) = default;
};

struct RiskReview {
    QDate date;
    int likelihood = 1;
    int impact = 1;
    QString note;
    Id meeting;
    int score() const { return likelihood * impact; }
    friend bool operator==(const RiskReview &, const RiskReview &) = default;
};

struct Risk {
    Id id;
    Id body;
    QString title;
    QString description; // md
    Id owner;
    Id ownerAgency;
    QDate opened;
    QDate closed;
    QList<RiskReview> reviews; // in date order

    // likelihood x impact of the newest review: 1-4 green, 5-12 amber, 15-25 red.
    static Rag ratingFor(int score);
    friend bool operator==(const Risk &, const Risk &) = default;
};

// One row per agency and year.
struct Funding {
    FinancialYear year;
    Id agency;
    qint64 amountPence = 0;
    QString note;
    friend bool operator==(const Funding &, const Funding &) = default;
};

struct Spending {
    qint64 rowId = 0;
    FinancialYear year;
    QString category;
    qint64 amountPence = 0;
    QString note;
    friend bool operator==(const Spending &, const Spending &) = default;
};

struct CaseReview {
    Id id;
    QString name;
    CaseReviewType type = CaseReviewType::Scr;
    QDate notified;
    QDate decided; // the decision to hold a practice review: its report's six months start here
    CaseReviewStatus status = CaseReviewStatus::Notified;
    QDate signedOff;
    QDate published;
    QString url;
    QString note; // md
    friend bool operator==(const CaseReview &, const CaseReview &) = default;
};

struct Course {
    Id id;
    QString title;
    CourseFormat format = CourseFormat::FullDay;
    QString description; // md
    friend bool operator==(const Course &, const Course &) = default;
};

struct TrainingSession {
    Id id;
    Id course;
    QDate date;
    SessionStatus status = SessionStatus::Held;
    std::optional<int> attendees;
    std::optional<int> places;
    std::optional<CancelReason> cancelReason;
    QString note;
    friend bool operator==(const TrainingSession &, const TrainingSession &) = default;
};

struct KeyFact {
    Id id;
    FinancialYear year;
    QString label;
    QString value;
    QString comparator;
    Id source;
    friend bool operator==(const KeyFact &, const KeyFact &) = default;
};

struct Source {
    Id id;
    QString text;
    QString url;
    friend bool operator==(const Source &, const Source &) = default;
};

// One per year and section; section is foreword, next, training-went-well,
// training-to-improve or intro:<body id>.
struct ReportText {
    FinancialYear year;
    QString section;
    QString text; // md
    static bool isValidSection(QStringView section);
    friend bool operator==(const ReportText &, const ReportText &) = default;
};

struct NewsletterLink {
    QString label;
    QString url;
    friend bool operator==(const NewsletterLink &, const NewsletterLink &) = default;
};

struct NewsletterItem {
    QString section;
    QString title;
    QString body; // md
    QList<NewsletterLink> links;
    friend bool operator==(const NewsletterItem &, const NewsletterItem &) = default;
};

struct Newsletter {
    Id id;
    int number = 0;
    QDate date;
    QString title;
    QString managerMessage; // md: the manager's message, after the title
    QList<NewsletterItem> items;
    friend bool operator==(const Newsletter &, const Newsletter &) = default;
};

// Everything a partnership database holds: what an archive carries.
struct PartnershipData {
    Partnership partnership;
    QList<Agency> agencies;
    QList<Person> people;
    QList<Body> bodies;
    QList<Membership> memberships;
    QList<Priority> priorities;
    QList<Meeting> meetings;
    QList<Workplan> workplans;
    QList<Action> actions;
    QList<Risk> risks;
    QList<Funding> funding;
    QList<Spending> spending;
    QList<CaseReview> caseReviews;
    QList<Course> courses;
    QList<TrainingSession> trainingSessions;
    QList<KeyFact> keyFacts;
    QList<Source> sources;
    QList<ReportText> reportTexts;
    QList<Newsletter> newsletters;
    friend bool operator==(const PartnershipData &, const PartnershipData &) = default;
};

} // namespace bd
