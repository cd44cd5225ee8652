#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <map>
#include <memory>

namespace bd {

class SqlBackend;

struct OpenOptions {
    bool readOnly = false;
    bool create = true; // create the file when it does not exist
    // How long a write waits for another program's write to finish before it gives up
    // with a "busy, try again" error.
    int busyTimeoutMs = 5000;
};

// Why a database is open read-only; the ui shows a banner for all but None and Requested.
enum class ReadOnlyReason {
    None, // open for writing
    Requested, // OpenOptions::readOnly
    FileNotWritable, // the file's permissions do not allow changes
    FolderNotWritable, // its folder does not allow the log and lock files SQLite needs
    ForeignSchema, // it holds a trigger BoardDesk did not make, which could change records
};

// What opening did to the schema; the ui turns it into words.
enum class SchemaOutcome { Created, Current, Upgraded };

// What opening a file came to, for the ui to switch on. Opened, Upgraded and ReadOnly are
// a database opened (OpenReport::result()); the others are refusals, told by the Error's
// code (outcomeOf()): nothing in the file was changed.
enum class OpenOutcome {
    Opened, // created, or already of this program's schema
    Upgraded, // brought up to this program's schema; the file as it was is kept beside it
    ReadOnly, // opened, but nothing can be changed (OpenReport says why)
    NewerSchema, // written by a newer BoardDesk
    Damaged, // not sound (or a log beside it that is not its own): the newest backup may help
    Locked, // another program is writing to it
    Failed, // any other reason: the message says why
};

// The outcome a refusal to open stands for.
OpenOutcome outcomeOf(const Error &error);

struct OpenReport {
    SchemaOutcome outcome = SchemaOutcome::Current;
    int fromVersion = 0;
    int toVersion = 0;
    QString backupPath; // the copy taken before an upgrade
    ReadOnlyReason readOnlyReason = ReadOnlyReason::None;
    QString readOnlyMessage; // what a banner says, for all reasons but Requested
    bool quickChecked = false; // the file's structure was checked before it was trusted
    OpenOutcome result() const;
};

// One connection to one database file, with the schema brought up to date.
// All SQL runs through run()/select(), which prepare each statement once and bind values.
// A Database may be used only from the thread that opened it.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The schema version this program writes: the number of its highest migration.
    static int currentSchemaVersion();
    // The schema version that migration files of these names (NNN_what.sql) bring a file
    // to: their highest number, when they are numbered 1 to N with none missing or twice.
    // Database::open refuses to work with migrations that are not.
    static Result<int> schemaVersionOf(const QStringList &migrationNames);

    // For tests: runs \a script (statements separated by lines of ";;") instead of migration
    // \a version; an empty script puts the real one back.
    static void replaceMigrationForTesting(int version, const QString &script);

    // Opens (or creates) \a path. Checks the file before anything is written to it: a file
    // that is not ours, or whose schema is newer than this program, is refused untouched.
    // So is a damaged one (empty, cut short, failing SQLite's quick_check, which runs when
    // the file is under 50 MB or its header looks wrong); that message names the newest
    // backup when there is one (see backups.h), and so is a file that lacks a table of its
    // schema, or whose log (-wal) is another database's or an older copy's (ForeignLog). A
    // file or folder that cannot be written is opened read-only, with the reason in
    // openReport(), and so is a file holding a trigger BoardDesk did not make. An older
    // schema is copied to a backup beside the file, then migrated, in one transaction.
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenOptions options = {});

    // Checks a closed copy of a database (a backup) without changing it: it is ours, not
    // newer than this program, and passes the engine's integrity check. Returns its schema
    // version.
    static Result<int> verifyCopy(const QString &path);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const OpenReport &openReport() const { return m_report; }
    const SqlBackend &backend() const { return *m_backend; }
    QSqlDatabase &connection() { return m_db; }

    // Runs a statement that returns no rows; returns the number of rows it changed.
    Result<int> run(const QString &sql, const QVariantList &values = {});
    // Runs a query and calls \a row for each row of the result.
    Result<void> select(const QString &sql, const QVariantList &values,
                        const std::function<void(const QSqlQuery &)> &row);
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // The integer key SQLite gave the last inserted row.
    qint64 lastInsertId();

    // A consistent, verified copy of the database at \a target.
    Result<void> backupTo(const QString &target);
    // Problems in the file: the engine's integrity check, the schema against the one
    // BoardDesk makes, references between records, and stored values against their types
    // and ranges (valueProblems()). Empty when sound.
    Result<QStringList> check();
    // Stored values that break their column's type or range, each naming its record.
    Result<QStringList> valueProblems();

    // For tests: limits the database to \a pages pages on this connection, so the next
    // write that needs more fails as it would on a full disk.
    Result<void> setMaxPageCountForTesting(qint64 pages);

private:
    friend class Transaction;
    Database(QString path, bool readOnly, std::unique_ptr<SqlBackend> backend);
    Result<void> connect();
    Result<void> reconnect();
    Result<void> migrate(int fromVersion);
    Result<QSqlQuery *> prepared(const QString &sql);
    Error errorFor(const QSqlQuery &query) const;

    Result<void> beginWrite();
    Result<void> commitWrite();
    void rollbackWrite();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_immutable = false;
    bool m_markWrites = false; // count each commit in log_mark (see SqliteBackend::checkLog)
    int m_busyTimeoutMs = 5000;
    std::unique_ptr<SqlBackend> m_backend;
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    OpenReport m_report;
    int m_depth = 0; // nesting of Transaction objects
    bool m_doomed = false; // an inner transaction failed: the outer one must roll back
};

// A write transaction: BEGIN IMMEDIATE, so a lock conflict shows at the start and not half
// way. Rolls back in its destructor unless committed. Nested transactions join the outer
// one; if any of them is not committed, the whole change is rolled back.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction started; its error says why not (e.g. busy).
    const Result<void> &started() const { return m_started; }
    Result<void> commit();

private:
    Database &m_db;
    Result<void> m_started;
    bool m_done = false;
};

} // namespace bd
