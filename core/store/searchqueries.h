#pragma once

#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace bd {

class Database;

// The queries behind search() (search.h) that must stay quick on twenty years of minutes:
// each reads only about as many rows as it returns, whatever the size of the history.

// A bullet that matched, as entrySearchStatement() gives it.
struct EntryMatch {
    qint64 rowId = 0;
    QString meeting;
    QVariant date;
    QString body;
    QString bodyName;
    QString snippet; // the words around the match, with the marks
};

// The newest \a limit bullets matching \a expression (SqlBackend::fullTextExpression), in the
// order of SqlBackend::entrySearchStatement() (newest meeting first, then the bullets in
// their order), with snippets marked by \a open and \a close. The same rows as that
// statement, without reading every match: bullets are numbered as they are written, nearly
// always meeting by meeting, so the highest-numbered matches are read first and the
// answer is checked against the meetings; when the numbering does not follow the meetings
// the full statement answers.
Result<QList<EntryMatch>> newestEntries(Database &db, const QString &expression, const QString &open,
                                        const QString &close, int limit);

// Runs \a select (whose WHERE clause ends where more conditions may be ANDed, and whose
// ORDER BY is given separately as \a order), narrowed by a quick condition per word of
// \a words that every row holding the word passes (and few others do), and calls \a row
// for each row in order until it has accepted \a limit of them. \a conditionFor gives the
// SQL condition and its values for one word; it returns an empty condition when it cannot
// narrow for that word. \a last: the word is the query's last, which may be the start of a
// longer word.
using WordCondition = std::function<QString(const QString &word, bool last, QVariantList &values)>;
Result<void> selectNarrowed(Database &db, const QString &select, const QString &order, const QVariantList &selectValues,
                            const QStringList &words, const WordCondition &conditionFor, int limit,
                            const std::function<bool(const QSqlQuery &)> &row);

// The conditions for meetings (m, joined with their body b) and actions (a): a superset of
// the rows that hold the word as search() reads them (body name, place and date; ref and
// text). Meetings: only for words of ASCII letters and digits, where SQL's LIKE ignores case
// as search() does; an empty condition for others. Actions: by the words index
// (SqlBackend::actionWordCondition).
QString meetingWordCondition(Database &db, const QString &word, bool last, QVariantList &values);
QString actionWordCondition(Database &db, const QString &word, bool last, QVariantList &values);

} // namespace bd
