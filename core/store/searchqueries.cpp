#include "searchqueries.h"

#include "database.h"
#include "sqlbackend.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace bd {

namespace {

// The candidates' meetings are read this many at a time (a fixed number of placeholders,
// so one prepared statement serves every search).
constexpr int detailChunk = 64;

QString detailStatement()
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), detailChunk);
    return QStringLiteral("SELECT e.id, e.meeting, m.date, m.time, e.position, m.body, b.name FROM entries e "
                          "JOIN meetings m ON m.id = e.meeting JOIN bodies b ON b.id = m.body WHERE e.id IN (%1)")
        .arg(marks.join(QStringLiteral(", ")));
}

struct Candidate {
    EntryMatch match;
    QString date; // ISO, sorts as text
    QString time; // null when the meeting has none
    int position = 0;
    bool placed = false;
};

// entrySearchStatement()'s order: newest meeting first (date, then time, a meeting without
// a time after those with one), then by meeting id, the bullet's position and rowId.
bool before(const Candidate &a, const Candidate &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    if (a.time.isNull() != b.time.isNull())
        return !a.time.isNull();
    if (a.time != b.time)
        return a.time > b.time;
    if (a.match.meeting != b.match.meeting)
        return a.match.meeting < b.match.meeting;
    if (a.position != b.position)
        return a.position < b.position;
    return a.match.rowId < b.match.rowId;
}

bool isAsciiWord(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    });
}

// "%word%" for LIKE: ASCII letters and digits need no escaping.
QString containing(const QString &word)
{
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

Result<QList<EntryMatch>> newestEntries(Database &db, const QString &expression, const QString &open,
                                        const QString &close, int limit)
{
    QList<EntryMatch> result;
    if (limit <= 0 || expression.isEmpty())
        return result;
    const SqlBackend &backend = db.backend();
    for (int want = std::max(4 * limit, 200); want <= 12800; want *= 4) {
        // The highest-numbered matches, with their snippets.
        QList<Candidate> candidates;
        QHash<qint64, qsizetype> byId;
        auto read = db.select(backend.entryCandidatesStatement(), {open, close, expression, want}, [&](const QSqlQuery &q) {
            Candidate c;
            c.match.rowId = q.value(0).toLongLong();
            c.match.snippet = q.value(1).toString();
            byId.insert(c.match.rowId, candidates.size());
            candidates << c;
        });
        if (!read)
            return read.error();
        // Their meetings.
        static const QString details = detailStatement();
        for (qsizetype from = 0; from < candidates.size(); from += detailChunk) {
            QVariantList ids;
            for (qsizetype i = from; i < from + detailChunk; ++i)
                ids << (i < candidates.size() ? candidates.at(i).match.rowId : qint64(-1));
            auto placed = db.select(details, ids, [&](const QSqlQuery &q) {
                const auto it = byId.constFind(q.value(0).toLongLong());
                if (it == byId.constEnd())
                    return;
                Candidate &c = candidates[*it];
                c.match.meeting = q.value(1).toString();
                c.match.date = q.value(2);
                c.date = q.value(2).toString();
                c.time = q.value(3).isNull() ? QString() : q.value(3).toString();
                c.position = q.value(4).toInt();
                c.match.body = q.value(5).toString();
                c.match.bodyName = q.value(6).toString();
                c.placed = true;
            });
            if (!placed)
                return placed.error();
        }
        const bool all = candidates.size() < want; // every match is here
        candidates.removeIf([](const Candidate &c) { return !c.placed; });
        std::sort(candidates.begin(), candidates.end(), before);
        if (!all && candidates.size() >= limit) {
            // Any match not read is numbered below all of these. It would belong among the
            // first `limit` only if its meeting were no older than the last of them: check
            // that no bullet numbered that low is in such a meeting.
            qint64 lowest = candidates.constFirst().match.rowId;
            for (const Candidate &c : std::as_const(candidates))
                lowest = std::min(lowest, c.match.rowId);
            auto later = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meetings m WHERE m.date >= ? AND EXISTS "
                                                  "(SELECT 1 FROM entries e WHERE e.meeting = m.id AND e.id < ?))"),
                                   {candidates.at(limit - 1).date, lowest});
            if (!later)
                return later.error();
            if (later->toBool())
                continue; // read further back
        } else if (!all) {
            continue;
        }
        for (qsizetype i = 0; i < candidates.size() && i < limit; ++i)
            result << candidates.at(i).match;
        return result;
    }

    // Bullets numbered out of their meetings' order: every match, sorted.
    auto done = db.select(backend.entrySearchStatement(), {open, close, expression, limit}, [&](const QSqlQuery &q) {
        result << EntryMatch{q.value(0).toLongLong(), q.value(1).toString(), q.value(2), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString()};
    });
    if (!done)
        return done.error();
    return result;
}

Result<void> selectNarrowed(Database &db, const QString &select, const QString &order, const QVariantList &selectValues,
                            const QStringList &words, const WordCondition &conditionFor, int limit,
                            const std::function<bool(const QSqlQuery &)> &row)
{
    if (limit <= 0)
        return {};
    QStringList conditions;
    QVariantList values = selectValues;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString condition = conditionFor(words.at(i), i + 1 == words.size(), values);
        if (!condition.isEmpty())
            conditions << QLatin1Char('(') + condition + QLatin1Char(')');
    }
    QString sql = select;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");

    // Most rows that pass the conditions hold the words; a few do not (the word inside
    // another, a link's address), so read a little more than wanted, and on if need be.
    int accepted = 0;
    qint64 offset = 0;
    qint64 batch = qint64(limit) * 2 + 16;
    for (;;) {
        qint64 rows = 0;
        auto done = db.select(sql, values + QVariantList{batch, offset}, [&](const QSqlQuery &q) {
            ++rows;
            if (accepted < limit && row(q))
                ++accepted;
        });
        if (!done)
            return done;
        if (accepted >= limit || batch < 0 || rows < batch)
            return {};
        offset += batch;
        batch = -1; // the rest
    }
}

QString meetingWordCondition(Database &db, const QString &word, bool, QVariantList &values)
{
    if (!isAsciiWord(word))
        return {};
    // The bodies and months whose names hold the word, as "|a|b|".
    QString bodies;
    auto read = db.select(QStringLiteral("SELECT id, name FROM bodies"), {}, [&](const QSqlQuery &q) {
        if (q.value(1).toString().contains(word, Qt::CaseInsensitive))
            bodies += QLatin1Char('|') + q.value(0).toString();
    });
    if (!read)
        return {}; // no narrowing; the search itself reports the error
    static const std::array<const char *, 12> monthNames{"January", "February", "March", "April", "May", "June", "July",
                                                         "August", "September", "October", "November", "December"};
    QString months;
    for (std::size_t i = 0; i < monthNames.size(); ++i) {
        if (QLatin1StringView(monthNames[i]).contains(word, Qt::CaseInsensitive))
            months += QStringLiteral("|%1").arg(int(i) + 1, 2, 10, QLatin1Char('0'));
    }
    // Only the parts that can hold the word: each costs a little for every meeting.
    QStringList parts{QStringLiteral("m.location LIKE ? ESCAPE '\\'")};
    values << containing(word);
    if (!bodies.isEmpty()) {
        parts << QStringLiteral("instr(?, '|' || m.body || '|') > 0");
        values << bodies + QLatin1Char('|');
    }
    if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); })) {
        parts << QStringLiteral("instr(m.date, ?) > 0"); // the day, month or year
        values << word;
    }
    if (!months.isEmpty()) {
        parts << QStringLiteral("instr(?, '|' || substr(m.date, 6, 2) || '|') > 0");
        values << months + QLatin1Char('|');
    }
    return parts.join(QStringLiteral(" OR "));
}

QString actionWordCondition(Database &db, const QString &word, bool last, QVariantList &values)
{
    if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return {};
    return db.backend().actionWordCondition(word, last, values);
}

} // namespace bd
