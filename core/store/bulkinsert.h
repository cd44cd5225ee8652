#pragma once

#include "database.h"
#include "mapping.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace bd::storage {

// Rows of one table written in bulk, for an import: hundreds of thousands of rows, where a
// query object's work for every bound value (and a statement a row through it) costs more
// than the row itself. SqlBackend::insertRows writes them a chunk at a time.
class RowWriter {
public:
    RowWriter(Database &db, QString table, QStringList columns);

    // Rows are written in batches of about this many values.
    static constexpr qsizetype batch = 8192;

    void add(const QVariantList &row);
    // Values waiting to be written.
    qsizetype pending() const { return m_values.size(); }
    // Writes what is waiting; lastFlushed() says how many rows went.
    Result<void> flush();
    const QStringList &columns() const { return m_columns; }
    // Rows written by the last flush.
    qint64 lastFlushed() const { return m_lastFlushed; }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
    qint64 m_lastFlushed = 0;
};

// The records of an import, written record by record, in any order, as their descriptions
// (domain/records.h) say, with their parts. Runs inside Store::replaceAll's transaction,
// after SqlBackend::beginBulkLoad (so foreign keys are checked at the commit). Lists keep
// the order their records came in (the `position` of a positioned list).
class ImportWriter {
public:
    // \a written hears how many rows have gone to the database so far; an error stops it.
    ImportWriter(Database &db, std::function<Result<void>(qint64 written)> written);

    Result<void> begin();
    template<typename T> Result<void> add(const T &record);
    // Writes the rest, and numbers the bullets meeting by meeting if the meetings came out of
    // order (search reads the newest bullets first by their number).
    Result<void> finish();

private:
    template<typename T> Result<void> addParts(const QVariant &owner, const T &record);
    template<typename T, typename F> Result<void> addPart(const QVariant &, const T &, const F &) { return {}; }
    template<typename T> Result<void> addPart(const QVariant &owner, const T &record, const field::Refs<T> &f);
    template<typename T, typename C>
    Result<void> addPart(const QVariant &owner, const T &record, const field::Children<T, C> &f);
    template<typename T> Result<void> addPart(const QVariant &owner, const T &meeting, const field::EntryTree<T> &f);
    Result<void> addEntries(const Id &meeting, qint64 parent, EntryKind kind, const QList<Entry> &entries);
    Result<RowWriter *> rows(const QString &table, const QStringList &columns);
    // Adds \a row to \a writer; once it holds a batch, writes every table's waiting rows.
    Result<void> write(RowWriter &writer, const QVariantList &row);
    Result<void> flushAll();
    Result<qint64> nextId(const QString &table);
    Result<void> renumberEntries();

    Database &m_db;
    std::function<Result<void>(qint64)> m_written;
    std::vector<std::unique_ptr<RowWriter>> m_writers; // in the order first written to
    std::map<QString, RowWriter *> m_byTable;
    std::map<QString, qint64> m_nextIds; // tables whose ids the import gives (bullets, items)
    std::map<RecordKind, int> m_positions;
    qint64 m_rows = 0;
    qint64 m_firstEntry = 0;
    // The last meeting's place in the order bullets are numbered in, and whether any came
    // before it in that order.
    std::optional<Meeting> m_lastMeeting; // its id, date and time
    bool m_meetingsInOrder = true;
};

} // namespace bd::storage
