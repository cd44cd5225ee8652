#pragma once

#include "archive/archive.h"
#include "database.h"
#include "mapping.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bd::storage {

// A record as compact JSON, for the audit log.
inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The archive's name for each kind of record, in the singular.
template<typename T> constexpr const char *auditKind();
template<> inline constexpr const char *auditKind<Agency>()
{
    return "agency";
}
template<> inline constexpr const char *auditKind<Person>()
{
    return "person";
}
template<> inline constexpr const char *auditKind<Body>()
{
    return "body";
}
template<> inline constexpr const char *auditKind<Membership>()
{
    return "membership";
}
template<> inline constexpr const char *auditKind<Priority>()
{
    return "priority";
}
template<> inline constexpr const char *auditKind<Meeting>()
{
    return "meeting";
}
template<> inline constexpr const char *auditKind<Workplan>()
{
    return "workplan";
}
template<> inline constexpr const char *auditKind<Action>()
{
    return "action";
}
template<> inline constexpr const char *auditKind<Risk>()
{
    return "risk";
}
template<> inline constexpr const char *auditKind<Funding>()
{
    return "funding";
}
template<> inline constexpr const char *auditKind<Spending>()
{
    return "spending";
}
template<> inline constexpr const char *auditKind<CaseReview>()
{
    return "caseReview";
}
template<> inline constexpr const char *auditKind<Course>()
{
    return "course";
}
template<> inline constexpr const char *auditKind<TrainingSession>()
{
    return "trainingSession";
}
template<> inline constexpr const char *auditKind<KeyFact>()
{
    return "keyFact";
}
template<> inline constexpr const char *auditKind<Source>()
{
    return "source";
}
template<> inline constexpr const char *auditKind<ReportText>()
{
    return "reportText";
}
template<> inline constexpr const char *auditKind<Newsletter>()
{
    return "newsletter";
}

template<typename T> QString auditKey(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QString::number(record.rowId);
    else if constexpr (Mapping<T>::keyCount == 1)
        return Mapping<T>::values(record).at(0).toString();
    else {
        const QVariantList v = Mapping<T>::values(record);
        return FinancialYear(v.at(0).toInt()).toString() + QLatin1Char('/') + v.at(1).toString();
    }
}

// A meeting's bullets change through the entry functions and are logged there.
template<typename T> QString auditJson(T record, bool withEntries)
{
    if constexpr (std::is_same_v<T, Meeting>) {
        if (!withEntries)
            record.entries.clear();
    }
    return jsonText(recordJson(record));
}

// The number of records of each of the archive's lists, as JSON: an import's audit row.
Result<QString> countRecords(Database &db);

} // namespace bd::storage
