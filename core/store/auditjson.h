#pragma once

#include "aggregates.h"
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

// The kind of record an audit row is about: the archive's name for it, in the singular.
template<typename T> constexpr const char *auditKind()
{
    return Record<T>::audit;
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

// A record as the audit log keeps it; without \a withParts, less the parts that are
// logged on their own (a meeting's bullets change through the entry functions).
template<typename T> QString auditJson(T record, bool withParts)
{
    if (!withParts)
        Parts<T>::leaveOutOfAudit(record);
    return jsonText(recordJson(record));
}

// The number of records of each of the archive's lists, as JSON: an import's audit row.
Result<QString> countRecords(Database &db);

} // namespace bd::storage
