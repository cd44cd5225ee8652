#include "store.h"

#include "auditjson.h"
#include "bulkinsert.h"
#include "sqlbackend.h"

#include <algorithm>

namespace bd {

using namespace storage;

namespace storage {

RowWriter::RowWriter(Database &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
}

void RowWriter::add(const QVariantList &row)
{
    m_values << row;
}

Result<void> RowWriter::flush()
{
    m_lastFlushed = m_columns.isEmpty() ? 0 : m_values.size() / m_columns.size();
    if (m_values.isEmpty())
        return {};
    auto done = m_db.backend().insertRows(m_db.connection(), m_table, m_columns, m_values);
    m_values.clear();
    return done;
}

ImportWriter::ImportWriter(Database &db, std::function<Result<void>(qint64)> written)
    : m_db(db)
    , m_written(std::move(written))
{
}

Result<void> ImportWriter::begin()
{
    auto first = nextId(QString::fromLatin1(Record<Entry>::table));
    if (!first)
        return first.error();
    m_firstEntry = *first;
    m_nextIds[QString::fromLatin1(Record<Entry>::table)] = m_firstEntry;
    return {};
}

Result<qint64> ImportWriter::nextId(const QString &table)
{
    auto found = m_nextIds.find(table);
    if (found == m_nextIds.end()) {
        auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
        if (!last)
            return last.error();
        found = m_nextIds.emplace(table, last->toLongLong() + 1).first;
    }
    return found->second++;
}

Result<RowWriter *> ImportWriter::rows(const QString &table, const QStringList &columns)
{
    auto found = m_byTable.find(table);
    if (found == m_byTable.end()) {
        m_writers.push_back(std::make_unique<RowWriter>(m_db, table, columns));
        found = m_byTable.emplace(table, m_writers.back().get()).first;
    }
    return found->second;
}

Result<void> ImportWriter::write(RowWriter &writer, const QVariantList &row)
{
    writer.add(row);
    if (writer.pending() < RowWriter::batch)
        return {};
    return flushAll();
}

Result<void> ImportWriter::flushAll()
{
    // In the order the tables were first written to, which puts each table before the tables
    // of its parts: every row's parent is in the database before the row. A row ahead of its
    // parent would leave the deferred foreign key check owing, and while it owes SQLite looks
    // for children of every parent row inserted, scanning tables whose indexes are off for the
    // load (an import of twenty years then ran for many minutes, not seconds).
    qint64 before = m_rows;
    for (const auto &writer : m_writers) {
        if (auto done = writer->flush(); !done)
            return done;
        m_rows += writer->lastFlushed();
    }
    if (m_rows > before && m_written)
        return m_written(m_rows);
    return {};
}

namespace {

template<typename F> constexpr bool isPart = false;
template<typename T> constexpr bool isPart<field::Refs<T>> = true;
template<typename T, typename C> constexpr bool isPart<field::Children<T, C>> = true;

// Whether records of \a C have parts of their own, so their rows need ids the import gives.
template<typename C> constexpr bool hasParts()
{
    bool any = false;
    forEachField<C>([&any](const auto &f) { any = any || isPart<std::decay_t<decltype(f)>>; });
    return any;
}

} // namespace

template<typename T> Result<void> ImportWriter::addParts(const QVariant &owner, const T &record)
{
    Result<void> done;
    forEachField<T>([&](const auto &f) {
        if (done)
            done = addPart(owner, record, f);
    });
    return done;
}

template<typename T> Result<void> ImportWriter::addPart(const QVariant &owner, const T &record, const field::Refs<T> &f)
{
    const QStringList &ids = record.*f.member;
    if (ids.isEmpty())
        return {};
    auto links = rows(QString::fromLatin1(f.table),
                      {QString::fromLatin1(f.owner), QStringLiteral("position"), QStringLiteral("priority")});
    if (!links)
        return links.error();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto added = write(**links, {owner, int(i), ids.at(i)}); !added)
            return added;
    }
    return {};
}

template<typename T, typename C>
Result<void> ImportWriter::addPart(const QVariant &owner, const T &record, const field::Children<T, C> &f)
{
    const QList<C> &children = record.*f.member;
    if (children.isEmpty())
        return {};
    const QString table = QString::fromLatin1(Record<C>::table);
    QStringList columns {QString::fromLatin1(Record<C>::owner), QStringLiteral("position")};
    if constexpr (hasParts<C>())
        columns.prepend(QStringLiteral("id"));
    auto writer = rows(table, columns + Columns<C>::columns());
    if (!writer)
        return writer.error();
    for (qsizetype i = 0; i < children.size(); ++i) {
        QVariantList row {owner, int(i)};
        std::optional<qint64> id;
        if constexpr (hasParts<C>()) {
            auto next = nextId(table);
            if (!next)
                return next.error();
            id = *next;
            row.prepend(*id);
        }
        // The row before its parts, which refer to it.
        if (auto added = write(**writer, row + Columns<C>::values(children.at(i))); !added)
            return added;
        if (id) {
            if (auto inner = addParts(*id, children.at(i)); !inner)
                return inner;
        }
    }
    return {};
}

template<typename T> Result<void> ImportWriter::add(const T &record)
{
    QStringList columns = Mapping<T>::columns();
    QVariantList values = Mapping<T>::values(record);
    if constexpr (Mapping<T>::positioned) {
        columns << QStringLiteral("position");
        values << m_positions[Record<T>::kind]++;
    }
    auto writer = rows(Mapping<T>::table(), columns);
    if (!writer)
        return writer.error();
    if (auto added = write(**writer, values); !added)
        return failed(record, added.error());
    return addParts(keyValues(record).constFirst(), record);
}

namespace {

// Bullets are numbered meeting by meeting, oldest first, as they would have been written:
// search reads the highest-numbered matches first (see searchqueries.cpp), and lists a day's
// meetings by id, so the first of them is numbered last.
bool numberedBefore(const Meeting &a, const Meeting &b)
{
    if (a.date != b.date)
        return a.date < b.date;
    if (a.time != b.time)
        return !a.time.isValid() || (b.time.isValid() && a.time < b.time);
    return a.id > b.id;
}

} // namespace

template<typename T>
Result<void> ImportWriter::addPart(const QVariant &, const T &meeting, const field::EntryTree<T> &f)
{
    if (m_lastMeeting && numberedBefore(meeting, *m_lastMeeting))
        m_meetingsInOrder = false;
    Meeting place;
    place.id = meeting.id;
    place.date = meeting.date;
    place.time = meeting.time;
    m_lastMeeting = place;
    return addEntries(meeting.id, 0, EntryKind::Did, meeting.*f.member);
}

// Children take their top-level bullet's kind; each bullet's rowId is given here, in order.
Result<void> ImportWriter::addEntries(const Id &meeting, qint64 parent, EntryKind kind, const QList<Entry> &entries)
{
    const QString table = QString::fromLatin1(Record<Entry>::table);
    auto writer = rows(table,
                       QStringList {QStringLiteral("id"), QString::fromLatin1(Record<Entry>::owner),
                                    QStringLiteral("parent"), QStringLiteral("position")}
                           + Columns<Entry>::columns());
    if (!writer)
        return writer.error();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry e = entries.at(i);
        if (parent)
            e.kind = kind;
        auto id = nextId(table);
        if (!id)
            return id.error();
        QVariantList row {*id, meeting, parent ? QVariant(parent) : QVariant(), int(i)};
        if (auto added = write(**writer, row + Columns<Entry>::values(e)); !added)
            return added;
        if (auto links = addParts(*id, e); !links)
            return links;
        if (auto done = addEntries(meeting, *id, e.kind, e.children); !done)
            return done;
    }
    return {};
}

// The bullets as if their meetings had come in order: copied aside with their new numbers,
// then written back (with an index on their parent for the while, so that deleting a bullet
// does not look through all the others for its children).
Result<void> ImportWriter::renumberEntries()
{
    const QStringList steps {
        QStringLiteral("CREATE INDEX import_entries_parent ON entries(parent)"),
        QStringLiteral("CREATE TEMP TABLE import_entry_numbers AS SELECT e.id AS old, ? - 1 + ROW_NUMBER() OVER "
                       "(ORDER BY m.date, m.time IS NOT NULL, m.time, m.id DESC, e.id) AS new "
                       "FROM entries e JOIN meetings m ON m.id = e.meeting WHERE e.id >= ?"),
        QStringLiteral("CREATE TEMP TABLE import_entries AS SELECT n.new AS id, e.meeting, p.new AS parent, "
                       "e.position, e.kind, e.text FROM entries e JOIN import_entry_numbers n ON n.old = e.id "
                       "LEFT JOIN import_entry_numbers p ON p.old = e.parent"),
        QStringLiteral("CREATE TEMP TABLE import_entry_priorities AS SELECT n.new AS entry, l.position, "
                       "l.priority FROM entry_priorities l JOIN import_entry_numbers n ON n.old = l.entry"),
        QStringLiteral("DELETE FROM entries WHERE id >= ?"),
        QStringLiteral("INSERT INTO entries (id, meeting, parent, position, kind, text) "
                       "SELECT id, meeting, parent, position, kind, text FROM import_entries ORDER BY id"),
        QStringLiteral("INSERT INTO entry_priorities (entry, position, priority) "
                       "SELECT entry, position, priority FROM import_entry_priorities"),
        QStringLiteral("DROP TABLE import_entries"),
        QStringLiteral("DROP TABLE import_entry_priorities"),
        QStringLiteral("DROP TABLE import_entry_numbers"),
        QStringLiteral("DROP INDEX import_entries_parent"),
    };
    for (const QString &step : steps) {
        QVariantList values;
        for (qsizetype i = step.count(QLatin1Char('?')); i > 0; --i)
            values << m_firstEntry;
        if (auto done = m_db.run(step, values); !done)
            return done.error();
    }
    return {};
}

Result<void> ImportWriter::finish()
{
    if (auto done = flushAll(); !done)
        return done;
    if (!m_meetingsInOrder)
        return renumberEntries();
    return {};
}

// add() for every list's records.
template Result<void> ImportWriter::add(const Agency &);
template Result<void> ImportWriter::add(const Person &);
template Result<void> ImportWriter::add(const Body &);
template Result<void> ImportWriter::add(const Membership &);
template Result<void> ImportWriter::add(const Priority &);
template Result<void> ImportWriter::add(const Meeting &);
template Result<void> ImportWriter::add(const Workplan &);
template Result<void> ImportWriter::add(const Action &);
template Result<void> ImportWriter::add(const Risk &);
template Result<void> ImportWriter::add(const Funding &);
template Result<void> ImportWriter::add(const Spending &);
template Result<void> ImportWriter::add(const CaseReview &);
template Result<void> ImportWriter::add(const Course &);
template Result<void> ImportWriter::add(const TrainingSession &);
template Result<void> ImportWriter::add(const KeyFact &);
template Result<void> ImportWriter::add(const Source &);
template Result<void> ImportWriter::add(const ReportText &);
template Result<void> ImportWriter::add(const Newsletter &);

} // namespace storage

namespace {

// How far an import has got, in rows written of all it will write; each step may cancel it.
class ImportSteps {
public:
    ImportSteps(const Progress &progress, qint64 total)
        : m_span(progress, 0, 85)
        , m_total(std::max<qint64>(total, 1))
    {
    }

    Result<void> reached(qint64 rows)
    {
        if (!m_span.report(std::min(rows, m_total), m_total))
            return Error {cancelledMessage()};
        return {};
    }

private:
    ProgressSpan m_span; // the rest, to 100, is building the indexes at the end
    qint64 m_total;
};

// The rows a record is written as: its own and its parts'.
template<typename T> qint64 rowCount(const T &record);
template<typename T> qint64 partRows(const T &, const auto &)
{
    return 0;
}
template<typename T> qint64 partRows(const T &r, const field::Refs<T> &f)
{
    return (r.*f.member).size();
}
template<typename T, typename C> qint64 partRows(const T &r, const field::Children<T, C> &f)
{
    qint64 n = 0;
    for (const C &child : r.*f.member)
        n += rowCount(child);
    return n;
}
qint64 entryRows(const QList<Entry> &entries)
{
    qint64 n = 0;
    for (const Entry &e : entries)
        n += 1 + e.priorities.size() + entryRows(e.children);
    return n;
}
template<typename T> qint64 partRows(const T &r, const field::EntryTree<T> &f)
{
    return entryRows(r.*f.member);
}
template<typename T> qint64 rowCount(const T &record)
{
    qint64 n = 1;
    forEachField<T>([&](const auto &f) { n += partRows(record, f); });
    return n;
}

// Every table of a record type, parts first, after \a out's.
template<typename T> void tablesOf(QStringList &out);
template<typename T> void partTables(QStringList &, const auto &) { }
template<typename T> void partTables(QStringList &out, const field::Refs<T> &f)
{
    out << QString::fromLatin1(f.table);
}
template<typename T, typename C> void partTables(QStringList &out, const field::Children<T, C> &)
{
    tablesOf<C>(out);
}
template<typename T> void partTables(QStringList &out, const field::EntryTree<T> &)
{
    tablesOf<Entry>(out);
}
template<typename T> void tablesOf(QStringList &out)
{
    QStringList parts;
    forEachField<T>([&parts](const auto &f) { partTables<T>(parts, f); });
    out << parts << QString::fromLatin1(Record<T>::table);
}

} // namespace

struct Store::Replacement::State {
    Store &store;
    Transaction transaction;
    bool wasImporting;
    QString countsBefore;
    QStringList restore; // what endBulkLoad() puts back
    std::unique_ptr<ImportWriter> writer;
    bool finished = false;

    State(Store &s)
        : store(s)
        , transaction(*s.m_db)
        , wasImporting(s.m_importing)
    {
    }
    ~State() { store.m_importing = wasImporting; }
};

Store::Replacement::Replacement(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

Store::Replacement::~Replacement() = default; // the transaction, unless committed, rolls back

Result<std::unique_ptr<Store::Replacement>> Store::beginReplacement(std::function<Result<void>(qint64)> written)
{
    auto state = std::make_unique<Replacement::State>(*this);
    if (!state->transaction.started())
        return state->transaction.started().error();
    // One audit row for the whole import: what there was, and what there is now.
    auto countsBefore = countRecords(*m_db);
    if (!countsBefore)
        return countsBefore.error();
    state->countsBefore = *countsBefore;
    m_importing = true;
    // Indexes that are quicker built once at the end than kept up row by row (see SqlBackend).
    auto bulk = m_db->backend().beginBulkLoad(m_db->connection());
    if (!bulk)
        return bulk.error();
    // The old records: parts before their owners.
    QStringList tables;
    ListTypes::forEach([&tables]<typename T>(std::type_identity<T>) { tablesOf<T>(tables); });
    tables << QString::fromLatin1(Record<Partnership>::table);
    for (const QString &table : std::as_const(tables)) {
        if (auto cleared = m_db->run(QStringLiteral("DELETE FROM %1").arg(table)); !cleared)
            return cleared.error();
    }
    // The old records gone, the indexes come off until the new ones are in.
    auto suspended = m_db->backend().suspendIndexes(m_db->connection());
    if (!suspended)
        return suspended.error();
    state->restore = *suspended + *bulk;
    state->writer = std::make_unique<ImportWriter>(*m_db, std::move(written));
    if (auto begun = state->writer->begin(); !begun)
        return begun.error();
    return std::unique_ptr<Replacement>(new Replacement(std::move(state)));
}

Result<void> Store::Replacement::setPartnership(const Partnership &partnership)
{
    return m_state->store.setPartnership(partnership);
}

Result<void> Store::Replacement::add(ListTypes::ConstPointers record)
{
    return std::visit(
        [this](const auto *r) -> Result<void> {
            if (auto beyond = beyondLimits(*r))
                return *beyond;
            return m_state->writer->add(*r);
        },
        record);
}

Result<void> Store::Replacement::finish(const Progress &progress)
{
    Store &store = m_state->store;
    Database &db = *store.m_db;
    if (auto done = m_state->writer->finish(); !done)
        return done;
    if (auto indexed = db.backend().endBulkLoad(db.connection(), m_state->restore); !indexed)
        return indexed;
    if (progress && !progress(100))
        return Error {cancelledMessage()};
    auto countsAfter = countRecords(db);
    if (!countsAfter)
        return countsAfter.error();
    if (auto logged = store.logChange(QStringLiteral("import"), QString(), AuditAction::Import, m_state->countsBefore,
                                      *countsAfter);
        !logged)
        return logged;
    return m_state->transaction.commit();
}

Result<void> Store::replaceAll(const PartnershipData &data, const Progress &progress)
{
    qint64 total = 0;
    ListTypes::forEach([&]<typename T>(std::type_identity<T>) {
        for (const T &record : data.*Record<T>::list)
            total += rowCount(record);
    });
    ImportSteps steps(progress, total);

    auto replacement = beginReplacement([&steps](qint64 rows) { return steps.reached(rows); });
    if (!replacement)
        return replacement.error();
    Result<void> done = (*replacement)->setPartnership(data.partnership);
    InsertOrder::forEach([&]<typename T>(std::type_identity<T>) {
        for (const T &record : data.*Record<T>::list) {
            if (!done)
                return;
            done = (*replacement)->add(&record);
        }
    });
    if (!done)
        return done;
    return (*replacement)->finish(progress);
}

} // namespace bd
