#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QIcon>
#include <QList>
#include <QString>

namespace bd {

// How the ui writes values for a British reader, the same way the documents do.

// "10 July 2018"; an empty string for a null date.
QString displayDate(const QDate &date);
// "£155,683.00" from integer pence.
QString displayMoney(qint64 pence);
// The format QDateEdit uses for dates, matching displayDate.
QString dateEditFormat();

// The words a user reads for each value of an enumeration ("Review group", "Vice-chair").
QString displayName(Sector value);
QString displayName(BodyKind value);
QString displayName(Role value);
QString displayName(MeetingStatus value);
QString displayName(MinutesStatus value);
QString displayName(Rag value);
QString displayName(CaseReviewType value);
QString displayName(CaseReviewStatus value);
QString displayName(CourseFormat value);

// Every value of an enumeration, in order (for combo boxes).
template<typename E> QList<E> enumValues()
{
    QList<E> values;
    for (std::size_t i = 0; i < enumKeys<E>.size(); ++i)
        values << static_cast<E>(i);
    return values;
}

// \a text (which may be what a user typed) as a tooltip: a tooltip that looks like HTML is
// read as HTML, so the text is escaped and wrapped to be read as text, always.
QString toolTipText(const QString &text);

// A small filled circle in the RAG colour (complete is blue), for tables and lists.
QIcon ragIcon(Rag value);

// Text stored as the archive's Markdown subset, shown on one line without its marks:
// "**Done** see [the plan](https://...)" reads "Done see the plan".
QString plainText(const QString &markdown);

} // namespace bd
