#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace bd {

// What a file holds before we trust it: read without writing a byte.
struct FileProbe {
    bool exists = false;
    int schemaVersion = 0;
    bool isOurs = false; // our application id, or an empty database of no application
    qint64 fileSize = 0;
    bool walMode = false; // the header says the file is kept with a write-ahead log
    bool suspicious = false; // the header does not agree with the file: check it before use
    // Why the file cannot be a sound database (empty, not SQLite, cut short); empty when it
    // may be. Such a file may be a damaged BoardDesk database, so a backup may help.
    QString damage;
};

// Whether the log kept beside a database file (SQLite's -wal) belongs to it.
enum class LogVerdict {
    Belongs, // it does, or there is none, or it cannot be told (then SQLite decides)
    Older, // it is from an older copy of the same database: replaying it would go back
    Foreign, // it is another database's
};

// How the schema in a file compares with the one BoardDesk makes.
struct SchemaReport {
    QStringList missingTables; // tables BoardDesk makes that the file lacks
    QStringList foreignTriggers; // triggers BoardDesk did not make, or made otherwise
    QStringList problems; // every difference, in words (the two lists above included)
};

// A rule every stored value of one column keeps (beyond its declared type, which is
// checked for every column).
struct ValueRule {
    enum class Kind {
        Date, // YYYY-MM-DD, a real day
        Time, // HH:MM
        Year, // the first calendar year of a financial year
        Pence, // money: a whole number of pence, not negative
    };
    QString table;
    QString column;
    Kind kind;
};

// How a connection is opened.
struct ConnectSettings {
    bool readOnly = false;
    // Read a file that nothing can change (e.g. in a read-only folder) without creating the
    // lock and log files a shared connection needs.
    bool immutable = false;
    int busyTimeoutMs = 5000; // how long a write waits for another program's write to end
};

// The few things that differ between database engines. Everything else the store does is
// plain SQL that SQLite and PostgreSQL both speak. SQLite is the only engine today; the
// server mode will add a PostgreSQL one.
class SqlBackend {
public:
    virtual ~SqlBackend() = default;

    // Qt's driver name, e.g. "QSQLITE".
    virtual QString driverName() const = 0;
    // The driver's database name and connect options for \a path opened as \a settings say.
    virtual QString databaseName(const QString &path, const ConnectSettings &settings) const = 0;
    virtual QString connectOptions(const ConnectSettings &settings) const = 0;
    // Reads the file's identity and schema version without changing it.
    virtual Result<FileProbe> probe(const QString &path) const = 0;
    // Settings a connection needs before use (foreign keys, journal, ...).
    virtual Result<void> configure(QSqlDatabase &db, bool readOnly) const = 0;
    // The statement that starts a write transaction that takes the write lock at once.
    virtual QString beginWriteStatement() const = 0;
    // The schema version kept in the database, and how to set it inside a transaction.
    virtual Result<int> schemaVersion(QSqlDatabase &db) const = 0;
    virtual Result<void> setSchemaVersion(QSqlDatabase &db, int version) const = 0;
    // Marks a new database as ours.
    virtual Result<void> stampNew(QSqlDatabase &db) const = 0;
    // A consistent, verified copy of the whole database at \a target (written whole or not at all).
    virtual Result<void> backup(QSqlDatabase &db, const QString &target) const = 0;
    // Problems the engine finds in the file; empty when it is sound.
    virtual Result<QStringList> integrityCheck(QSqlDatabase &db) const = 0;
    // Problems with references between records; empty when every reference resolves.
    virtual Result<QStringList> referenceCheck(QSqlDatabase &db) const = 0;

    // Full-text search over the bullets of the minutes. The expression finds bullets holding
    // every word the user typed in \a query, the last one also as the start of a longer word
    // (so hits follow typing); it is empty when \a query holds no word. Every word is quoted:
    // nothing typed (quotes, *, AND, -, brackets) is read as query syntax.
    virtual QString fullTextExpression(const QString &query) const = 0;
    // The statement that runs such an expression. It binds, in order: the mark put before
    // each matched word of the snippet, the mark put after it, the expression, and the most
    // rows wanted. Each row: entry rowId, meeting id, meeting date, body id, body name, and
    // the snippet (the words around the match, with the marks); newest meetings first.
    virtual QString entrySearchStatement() const = 0;
    // The same matches, highest rowId first (no sorting: a big history's common words match
    // tens of thousands of bullets). Binds the marks, the expression and the most rows wanted;
    // each row: entry rowId and the snippet.
    virtual QString entryCandidatesStatement() const = 0;
    // A condition on actions (as `a`) that every action passes whose ref or text (without
    // Markdown) holds \a word at the start of a word, as the whole word unless \a prefix;
    // its values are appended to \a values. Nearly no other action passes.
    virtual QString actionWordCondition(const QString &word, bool prefix, QVariantList &values) const = 0;
    // Replacing every record in one transaction (an import): called inside it before the old
    // records are deleted; returns what endBulkLoad() must be given once the new ones are in,
    // before the commit. SQLite keeps the full-text index out of the way meanwhile and builds
    // it once at the end, rather than row by row. A rollback undoes both. Foreign keys are
    // checked at the commit, so the records may come in any order.
    virtual Result<QStringList> beginBulkLoad(QSqlDatabase &db) const = 0;
    virtual Result<void> endBulkLoad(QSqlDatabase &db, const QStringList &restore) const = 0;
    // Called once the old records are deleted, before the new ones are written: takes off
    // what is quicker rebuilt once at the end than kept up row by row (SQLite: the indexes
    // the schema names, which a sort builds far faster than 200,000 scattered inserts), and
    // returns what endBulkLoad() must be given first to put it back.
    virtual Result<QStringList> suspendIndexes(QSqlDatabase &db) const = 0;
    // Writes \a values (\a columns.size() a row, one row after another) into \a table, for a
    // bulk load: as Database::run would bind them (a null QString as empty text, an invalid
    // QVariant as NULL), without a query object's work for every value.
    virtual Result<void> insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                                    const QVariantList &values) const = 0;
    // A quicker check of the file's structure (no index contents); empty when sound.
    virtual Result<QStringList> quickCheck(QSqlDatabase &db) const = 0;
    // Checks a closed database file (e.g. a backup) without changing it: empty when sound.
    virtual Result<QStringList> checkFile(const QString &path) const = 0;
    // Whether the log beside the closed or shared file \a path belongs to it; read without
    // replaying the log into the file.
    virtual LogVerdict checkLog(const QString &path) const = 0;
    // Compares the schema of \a db with the one \a statements (the migrations, in order)
    // make in an empty database.
    virtual Result<SchemaReport> compareSchema(QSqlDatabase &db, const QStringList &statements) const = 0;
    // Stored values that break their column's declared type or one of \a rules, in words
    // that name the record; at most a few for each column.
    virtual Result<QStringList> valueCheck(QSqlDatabase &db, const std::vector<ValueRule> &rules) const = 0;
    // For tests: limits the database to \a pages pages, as if the disk were full.
    virtual Result<void> setPageLimit(QSqlDatabase &db, qint64 pages) const = 0;

    // What a failed statement's native error code means, so messages can say it plainly.
    enum class Failure { Other, Busy, Full, ReadOnly, Damaged, CannotOpen };
    virtual Failure classify(const QString &nativeErrorCode) const = 0;
};

} // namespace bd
