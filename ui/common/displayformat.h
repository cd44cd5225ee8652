#pragma once

#include "domain/displaytext.h"

#include <QDate>
#include <QIcon>
#include <QList>
#include <QString>

class QPainter;
class QPalette;
class QPoint;
class QRect;
class QTextDocument;

namespace bd {

// How the ui writes values for a British reader; the words themselves are core's
// (domain/displaytext.h), shared with the documents.

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

// Paints \a document with its top left at \a topLeft, in \a palette's colours (for
// delegates that show rich text).
void paintTextDocument(QPainter *painter, const QTextDocument &document, const QPoint &topLeft,
                       const QPalette &palette);
// The hairline under a row of a list whose rows are several lines high.
void paintRowSeparator(QPainter *painter, const QRect &rowRect);

// A small filled circle in the RAG colour (complete is blue), for tables and lists.
QIcon ragIcon(Rag value);

// Text stored as the archive's Markdown subset, shown on one line without its marks:
// "**Done** see [the plan](https://...)" reads "Done see the plan".
QString plainText(const QString &markdown);

} // namespace bd
