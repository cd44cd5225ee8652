#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bd {

// How values are written for a British reader: one place, used by the documents, search
// results and every widget, so a date or an agency's sector reads the same everywhere.

// English (United Kingdom), for date editors and numbers.
const QLocale &britishLocale();
// "10 July 2018"; an empty string for a null date.
QString displayDate(const QDate &date);
// "Tuesday 10 July 2018".
QString displayDayAndDate(const QDate &date);
// "10 July 2018, 14:05".
QString displayDateTime(const QDateTime &when);
// "£155,683.00" from integer pence (no floating point on money).
QString displayMoney(qint64 pence);

// The words a reader sees for each value of an enumeration ("Review group", "Vice-chair").
QString displayName(Sector value);
QString displayName(BodyKind value);
QString displayName(Role value);
QString displayName(MeetingStatus value);
QString displayName(MinutesStatus value);
QString displayName(Rag value);
QString displayName(CaseReviewType value);
QString displayName(CaseReviewStatus value);
QString displayName(CourseFormat value);

} // namespace bd
