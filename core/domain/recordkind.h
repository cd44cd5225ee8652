#pragma once

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

} // namespace bd

// recordKindOf<T>() comes with the records' descriptions.
#include "records.h"
