#pragma once

#include "types.h"

namespace bd {

// The kinds of record a partnership holds: what changed, so views refresh only what they show.
enum class RecordKind {
    Partnership,
    Agency,
    Person,
    Body,
    Membership,
    Priority,
    Meeting,
    Entry,
    Workplan,
    Action,
    Risk,
    Funding,
    Spending,
    CaseReview,
    Course,
    TrainingSession,
    KeyFact,
    Source,
    ReportText,
    Newsletter
};

template<typename T> constexpr RecordKind recordKindOf();
template<> constexpr RecordKind recordKindOf<Partnership>()
{
    return RecordKind::Partnership;
}
template<> constexpr RecordKind recordKindOf<Agency>()
{
    return RecordKind::Agency;
}
template<> constexpr RecordKind recordKindOf<Person>()
{
    return RecordKind::Person;
}
template<> constexpr RecordKind recordKindOf<Body>()
{
    return RecordKind::Body;
}
template<> constexpr RecordKind recordKindOf<Membership>()
{
    return RecordKind::Membership;
}
template<> constexpr RecordKind recordKindOf<Priority>()
{
    return RecordKind::Priority;
}
template<> constexpr RecordKind recordKindOf<Meeting>()
{
    return RecordKind::Meeting;
}
template<> constexpr RecordKind recordKindOf<Entry>()
{
    return RecordKind::Entry;
}
template<> constexpr RecordKind recordKindOf<Workplan>()
{
    return RecordKind::Workplan;
}
template<> constexpr RecordKind recordKindOf<Action>()
{
    return RecordKind::Action;
}
template<> constexpr RecordKind recordKindOf<Risk>()
{
    return RecordKind::Risk;
}
template<> constexpr RecordKind recordKindOf<Funding>()
{
    return RecordKind::Funding;
}
template<> constexpr RecordKind recordKindOf<Spending>()
{
    return RecordKind::Spending;
}
template<> constexpr RecordKind recordKindOf<CaseReview>()
{
    return RecordKind::CaseReview;
}
template<> constexpr RecordKind recordKindOf<Course>()
{
    return RecordKind::Course;
}
template<> constexpr RecordKind recordKindOf<TrainingSession>()
{
    return RecordKind::TrainingSession;
}
template<> constexpr RecordKind recordKindOf<KeyFact>()
{
    return RecordKind::KeyFact;
}
template<> constexpr RecordKind recordKindOf<Source>()
{
    return RecordKind::Source;
}
template<> constexpr RecordKind recordKindOf<ReportText>()
{
    return RecordKind::ReportText;
}
template<> constexpr RecordKind recordKindOf<Newsletter>()
{
    return RecordKind::Newsletter;
}

} // namespace bd
