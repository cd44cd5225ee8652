#include "search.h"
#include "text/markdown.h"

#include "searchqueries.h"
#include "sqlbackend.h"
#include "store.h"

#include "domain/displaytext.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Search", text);
}

// Marks FTS5 puts around matched words in a snippet. Private-use characters: no one types
// them, and they are taken out before the text leaves this file.
constexpr QChar openMark(0xE000);
constexpr QChar closeMark(0xE001);

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Where \a word starts a word of \a text (ignoring case), from \a from; -1 if nowhere.
qsizetype wordStart(const QString &text, const QString &word, qsizetype from, bool whole)
{
    for (qsizetype at = text.indexOf(word, from, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const bool starts = at == 0 || !isWordChar(text.at(at - 1));
        const qsizetype end = at + word.size();
        const bool ends = end >= text.size() || !isWordChar(text.at(end));
        if (starts && (ends || !whole))
            return at;
    }
    return -1;
}

// As the full-text search reads words: each a whole word, the last also the start of one.
bool holdsAll(const QString &haystack, const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (wordStart(haystack, words.at(i), 0, i + 1 < words.size()) < 0)
            return false;
    }
    return true;
}

// Takes the marks out of \a marked, returning the plain text and where the marked runs were.
std::pair<QString, QList<TextSpan>> unmark(const QString &marked)
{
    QString text;
    QList<TextSpan> spans;
    int open = -1;
    for (const QChar c : marked) {
        if (c == openMark) {
            open = int(text.size());
        } else if (c == closeMark) {
            if (open >= 0 && text.size() > open)
                spans << TextSpan {open, int(text.size()) - open};
            open = -1;
        } else {
            text += c;
        }
    }
    return {text, spans};
}

// Statuses read in the middle of a line of context: "held", "in progress".
template<typename E> QString statusText(const QString &key, E fallback)
{
    return displayName(enumFromKey<E>(key).value_or(fallback)).toLower();
}

Result<QList<SearchHit>> entryHits(Database &db, const QString &query, int limit)
{
    QList<SearchHit> hits;
    const QString expression = db.backend().fullTextExpression(query);
    if (expression.isEmpty())
        return hits;
    // The newest matches without reading them all (searchqueries.h).
    auto done = newestEntries(db, expression, QString(openMark), QString(closeMark), limit);
    if (done) {
        for (const EntryMatch &match : std::as_const(*done)) {
            SearchHit hit;
            hit.kind = SearchKind::Entry;
            hit.entryRowId = match.rowId;
            hit.id = match.meeting;
            hit.date = dateOf(match.date);
            hit.body = match.body;
            hit.bodyName = match.bodyName;
            // Markdown first: the marks survive it, and the spans then
            // point into the text as shown.
            auto [text, spans] = unmark(markdownToPlainText(match.snippet));
            hit.context = text;
            hit.matches = spans;
            hits << hit;
        }
    }
    if (!done)
        return Error {tr("Could not search the minutes: %1").arg(done.errorMessage())};
    return hits;
}

Result<QList<SearchHit>> meetingHits(Database &db, const QStringList &words, int limit)
{
    QList<SearchHit> hits;
    // Only the meetings that may hold the words are read, newest first (searchqueries.h).
    auto done = selectNarrowed(
        db,
        QStringLiteral("SELECT m.id, m.body, b.name, m.date, m.time, m.location, m.status "
                       "FROM meetings m JOIN bodies b ON b.id = m.body"),
        QStringLiteral("m.date DESC, m.time DESC, m.id"), {}, words,
        [&](const QString &word, bool last, QVariantList &values) {
            return meetingWordCondition(db, word, last, values);
        },
        limit,
        [&](const QSqlQuery &q) {
            const QDate date = dateOf(q.value(3));
            const QString bodyName = q.value(2).toString();
            const QString location = q.value(5).toString();
            const QString haystack
                = QStringList {bodyName, location, displayDate(date), q.value(3).toString()}.join(QLatin1Char('\n'));
            if (!holdsAll(haystack, words))
                return false;
            SearchHit hit;
            hit.kind = SearchKind::Meeting;
            hit.id = q.value(0).toString();
            hit.body = q.value(1).toString();
            hit.bodyName = bodyName;
            hit.date = date;
            QStringList parts;
            if (!q.value(4).isNull())
                parts << q.value(4).toString();
            if (!location.isEmpty())
                parts << location;
            parts << statusText(q.value(6).toString(), MeetingStatus::Held);
            hit.context = parts.join(QStringLiteral(", "));
            hit.matches = findWords(hit.context, words);
            hits << hit;
            return true;
        });
    if (!done)
        return Error {tr("Could not search the meetings: %1").arg(done.errorMessage())};
    return hits;
}

Result<QList<SearchHit>> actionHits(Database &db, const QStringList &words, int limit)
{
    QList<SearchHit> hits;
    // Only the actions that may hold the words are read, newest first (searchqueries.h).
    auto done = selectNarrowed(
        db,
        QStringLiteral("SELECT a.id, a.body, b.name, a.ref, a.text, a.due FROM actions a "
                       "JOIN bodies b ON b.id = a.body"),
        QStringLiteral("a.due IS NULL, a.due DESC, a.id"), {}, words,
        [&](const QString &word, bool last, QVariantList &values) {
            return actionWordCondition(db, word, last, values);
        },
        limit,
        [&](const QSqlQuery &q) {
            const QString ref = q.value(3).toString();
            const QString text = markdownToPlainText(q.value(4).toString());
            if (!holdsAll(ref + QLatin1Char('\n') + text, words))
                return false;
            SearchHit hit;
            hit.kind = SearchKind::Action;
            hit.id = q.value(0).toString();
            hit.body = q.value(1).toString();
            hit.bodyName = q.value(2).toString();
            hit.date = dateOf(q.value(5));
            hit.title = ref;
            hit.context = text;
            hit.matches = findWords(text, words);
            hits << hit;
            return true;
        });
    if (!done)
        return Error {tr("Could not search the actions: %1").arg(done.errorMessage())};
    return hits;
}

Result<QList<SearchHit>> caseReviewHits(Database &db, const QStringList &words, int limit)
{
    QList<SearchHit> hits;
    auto done = db.select(
        QStringLiteral("SELECT id, name, type, notified, status FROM case_reviews "
                       "ORDER BY notified IS NULL, notified DESC, name"),
        {}, [&](const QSqlQuery &q) {
            if (hits.size() >= limit)
                return;
            const QString name = q.value(1).toString();
            if (!holdsAll(name, words))
                return;
            SearchHit hit;
            hit.kind = SearchKind::CaseReview;
            hit.id = q.value(0).toString();
            hit.title = name;
            hit.date = dateOf(q.value(3));
            hit.context = displayName(enumFromKey<CaseReviewType>(q.value(2).toString()).value_or(CaseReviewType::Scr))
                + QStringLiteral(", ") + statusText(q.value(4).toString(), CaseReviewStatus::Notified);
            hits << hit;
        });
    if (!done)
        return Error {tr("Could not search the case reviews: %1").arg(done.errorMessage())};
    return hits;
}

} // namespace

QStringList searchWords(const QString &query)
{
    QStringList words;
    QString word;
    for (const QChar c : query) {
        // Letters, digits and the accents that combine with them belong to a word.
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QList<TextSpan> findWords(const QString &text, const QStringList &words)
{
    QList<TextSpan> spans;
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        for (qsizetype at = wordStart(text, word, 0, false); at >= 0;
             at = wordStart(text, word, at + word.size(), false))
            spans << TextSpan {int(at), int(word.size())};
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<TextSpan> joined;
    for (const TextSpan &span : std::as_const(spans)) {
        if (!joined.isEmpty() && span.start <= joined.last().start + joined.last().length) {
            TextSpan &last = joined.last();
            last.length = std::max(last.length, span.start + span.length - last.start);
        } else {
            joined << span;
        }
    }
    return joined;
}

Result<QList<SearchHit>> search(Store &store, const QString &query, int limit)
{
    const QStringList words = searchWords(query);
    if (words.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    Database &db = store.database();

    // Each kind is asked for as many as could be shown; the limit is then shared out.
    std::array<QList<SearchHit>, 4> kinds;
    auto caseReviews = caseReviewHits(db, words, limit);
    if (!caseReviews)
        return caseReviews.error();
    auto meetings = meetingHits(db, words, limit);
    if (!meetings)
        return meetings.error();
    auto actions = actionHits(db, words, limit);
    if (!actions)
        return actions.error();
    auto entries = entryHits(db, query, limit);
    if (!entries)
        return entries.error();
    kinds = {*caseReviews, *meetings, *actions, *entries};

    // Round robin, so a common word in one kind (every meeting of "Executive") does not
    // push the others out.
    std::array<qsizetype, 4> taken {};
    int room = limit;
    for (bool more = true; more && room > 0;) {
        more = false;
        for (std::size_t k = 0; k < kinds.size() && room > 0; ++k) {
            if (taken[k] < kinds[k].size()) {
                ++taken[k];
                --room;
                more = true;
            }
        }
    }
    QList<SearchHit> hits;
    for (std::size_t k = 0; k < kinds.size(); ++k)
        hits << kinds[k].mid(0, taken[k]);
    return hits;
}

} // namespace bd
