#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

class Store;

// What a search hit is.
enum class SearchKind { CaseReview, Meeting, Action, Entry };

// A run of characters in a hit's text: where a searched word was found.
struct TextSpan {
    int start = 0;
    int length = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// One thing that matched. The text is plain (the Markdown of bullets and actions is taken
// out), so a view escapes it and bolds the spans, and nothing the user typed becomes markup.
struct SearchHit {
    SearchKind kind = SearchKind::Entry;
    Id id; // the meeting (for bullets and meetings), action or case review
    qint64 entryRowId = 0; // the bullet, for entries
    Id body; // empty for case reviews
    QString bodyName;
    // Bullets and meetings: the meeting's date; actions: the due date; case reviews: the date
    // the review was notified. Null when the record has none.
    QDate date;
    // A short name: an action's ref ("2.3"), a case review's name; empty otherwise.
    QString title;
    // The words around the hit (bullets), the action's text, a meeting's time, location and
    // status, a case review's type and status.
    QString context;
    QList<TextSpan> matches; // the searched words in context
};

// The words a query looks for: runs of letters and digits, in order ("Family-T's" gives
// Family, T, s). Empty when the query has none, and then search() finds nothing.
QStringList searchWords(const QString &query);

// Where \a words occur in \a text at the start of a word, ignoring case; overlapping finds
// are joined.
QList<TextSpan> findWords(const QString &text, const QStringList &words);

// Finds the records of every year that hold all the words of \a query (the last word also
// as the start of a longer one, so results can follow typing): bullets of the minutes (full
// text, accents ignored), meetings (by body name, location and date, e.g. "executive july
// 2024"), actions (by text or ref) and case reviews (by name). Words match whole words, the
// last one also the start of a word. Nothing the user types can
// break the query: quotes, stars, AND, minus signs and brackets are just characters.
//
// At most \a limit hits, shared fairly between the kinds, listed kind by kind (case
// reviews, meetings, actions, bullets), newest first within each kind.
Result<QList<SearchHit>> search(Store &store, const QString &query, int limit = 50);

} // namespace bd
