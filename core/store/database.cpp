#include "database.h"

#include "backups.h"
#include "sqlitebackend.h"
#include "valuerules.h"

#include "domain/displaytext.h"
#include "util/clock.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Database", text);
}

const QString migrationsFolder = QStringLiteral(":/boarddesk/migrations");

QStringList migrationFiles()
{
    QDir dir(migrationsFolder);
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

std::map<int, QString> &migrationOverrides()
{
    static std::map<int, QString> overrides;
    return overrides;
}

// The script of migration \a version (1-based) of \a files: a test's replacement, once, when
// \a replaced allows it.
Result<QString> migrationScript(const QStringList &files, int version, bool replaced)
{
    if (replaced) {
        if (auto it = migrationOverrides().find(version); it != migrationOverrides().end()) {
            QString script = it->second;
            migrationOverrides().erase(it); // once only
            return script;
        }
    }
    QFile file(migrationsFolder + QLatin1Char('/') + files.at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Migration %1 is missing from this program.").arg(files.at(version - 1))};
    return QString::fromUtf8(file.readAll());
}

// A migration file's statements are separated by lines holding only ";;".
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    const QStringList parts
        = script.split(QRegularExpression(QStringLiteral("^;;\\s*$"), QRegularExpression::MultilineOption));
    for (const QString &part : parts) {
        QString sql;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1String("--")))
                sql += line + QLatin1Char('\n');
        }
        sql = sql.trimmed();
        if (!sql.isEmpty())
            statements << sql;
    }
    return statements;
}

// Binds values in order. A null QString is bound as empty text, not NULL: absent values
// are passed as an invalid QVariant, so text columns never get a NULL by accident.
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    static const QString empty = QStringLiteral("");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, empty);
        else
            query.bindValue(i, value);
    }
}

// Every statement of the migrations 1 to \a version: what makes that schema from nothing.
Result<QStringList> schemaStatements(int version)
{
    const QStringList files = migrationFiles();
    QStringList statements;
    for (int v = 1; v <= version && v <= files.size(); ++v) {
        auto script = migrationScript(files, v, false);
        if (!script)
            return script.error();
        statements += statementsOf(*script);
    }
    return statements;
}

// Databases under this size are checked (PRAGMA quick_check) every time they are opened:
// well under a second. Bigger ones only when their header looks wrong.
constexpr qint64 quickCheckLimit = 50 * 1024 * 1024;

// Whether this process may, and should, write \a path (a file or a folder).
bool canWrite(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return false;
#ifdef Q_OS_UNIX
    // The super-user may write anything: still honour an owner who took the write bit away.
    if (info.ownerId() == uint(::geteuid()) && !info.permissions().testFlag(QFileDevice::WriteOwner))
        return false;
#endif
    return true;
}

// A log (-wal) or shared-memory file (-shm) beside \a path that this account cannot read and
// write: SQLite then cannot read the database at all, and would report it as unreadable.
// Another account has it open, or left it so; the message names the file, its owner and
// the way out, rather than calling the database damaged.
std::optional<Error> companionNotOurs(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo companion(path + suffix);
#ifdef Q_OS_UNIX
        const bool ours = companion.ownerId() == uint(::geteuid());
#else
        const bool ours = false;
#endif
        // One of our own that we made read-only is the read-only open's business.
        if (!companion.exists() || ours || (companion.isReadable() && companion.isWritable()))
            continue;
        QString owner = companion.owner();
        if (owner.isEmpty())
            owner = tr("user number %1").arg(companion.ownerId());
        return Error {tr("%1 cannot be opened: the file beside it that SQLite keeps with it, %2, belongs to %3 and "
                         "cannot be read and written by you. BoardDesk running as %3 may have the partnership open: "
                         "close it there, which folds that file back into the database. If nobody has it open, "
                         "ask an administrator to give %2 to you, or to the owner of %1; do not delete it, it may "
                         "hold saved changes.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(companion.filePath()), owner),
                      ErrorCode::ReadOnly};
    }
    return std::nullopt;
}

bool logHoldsPages(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

// A damaged file's message ends with the newest backup, so the ui can offer it.
Error damaged(const QString &message, const QString &path, ErrorCode code = ErrorCode::Damaged)
{
    const auto backup = newestBackup(path);
    if (!backup)
        return Error {message + QLatin1Char(' ') + tr("No backup of it was found."), code};
    const QString when = displayDateTime(backup->takenAt);
    return Error {message + QLatin1Char(' ')
                      + tr("The newest backup of it is %1 (%2).").arg(QDir::toNativeSeparators(backup->path), when),
                  code};
}

Error newer(const QString &nativePath, int version, int current)
{
    return Error {tr("%1 was written by a newer BoardDesk (schema version %2); this program reads up to "
                     "schema version %3. Open it with a newer BoardDesk.")
                      .arg(nativePath)
                      .arg(version)
                      .arg(current),
                  ErrorCode::NewerSchema};
}

Error foreignLog(const QString &path, LogVerdict verdict)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QString log = QDir::toNativeSeparators(path + QStringLiteral("-wal"));
    const QString what = verdict == LogVerdict::Older
        ? tr("The log file %1 beside %2 is from an older copy of this database: read together, the two would "
             "mix an older state of it with a newer one.")
        : tr("The log file %1 beside %2 is not this database's log (it belongs to another database, or it is "
             "damaged): read together, the two would mix two databases.");
    return damaged(what.arg(log, nativePath) + QLatin1Char(' ')
                       + tr("Nothing was opened or changed. Move %1 out of the folder and open %2 again: it then "
                            "holds what it held when it was last closed.")
                             .arg(log, nativePath),
                   path, ErrorCode::ForeignLog);
}

ErrorCode codeOf(SqlBackend::Failure failure)
{
    switch (failure) {
    case SqlBackend::Failure::Busy:
        return ErrorCode::Locked;
    case SqlBackend::Failure::Full:
        return ErrorCode::DiskFull;
    case SqlBackend::Failure::ReadOnly:
        return ErrorCode::ReadOnly;
    case SqlBackend::Failure::Damaged:
        return ErrorCode::Damaged;
    case SqlBackend::Failure::CannotOpen:
    case SqlBackend::Failure::Other:
        break;
    }
    return ErrorCode::Other;
}

} // namespace

OpenOutcome outcomeOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NewerSchema:
        return OpenOutcome::NewerSchema;
    case ErrorCode::Damaged:
    case ErrorCode::ForeignLog:
        return OpenOutcome::Damaged;
    case ErrorCode::Locked:
        return OpenOutcome::Locked;
    default:
        return OpenOutcome::Failed;
    }
}

OpenOutcome OpenReport::result() const
{
    if (readOnlyReason != ReadOnlyReason::None)
        return OpenOutcome::ReadOnly;
    return outcome == SchemaOutcome::Upgraded ? OpenOutcome::Upgraded : OpenOutcome::Opened;
}

Result<int> Database::schemaVersionOf(const QStringList &migrationNames)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> byNumber;
    for (const QString &name : migrationNames) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            return Error {tr("The migration %1 is not named as migrations are (001_what.sql).").arg(name)};
        const auto [it, added] = byNumber.emplace(match.captured(1).toInt(), name);
        if (!added)
            return Error {tr("The migrations %1 and %2 have the same number.").arg(it->second, name)};
    }
    int expected = 1;
    for (const auto &[number, name] : byNumber) {
        if (number != expected)
            return Error {tr("Migration %1 is missing: the migration after %2 is %3.")
                              .arg(expected, 3, 10, QLatin1Char('0'))
                              .arg(expected - 1, 3, 10, QLatin1Char('0'))
                              .arg(name)};
        ++expected;
    }
    return int(byNumber.size());
}

int Database::currentSchemaVersion()
{
    const auto version = schemaVersionOf(migrationFiles());
    return version ? *version : 0;
}

void Database::replaceMigrationForTesting(int version, const QString &script)
{
    if (script.isEmpty())
        migrationOverrides().erase(version);
    else
        migrationOverrides()[version] = script;
}

Database::Database(QString path, bool readOnly, std::unique_ptr<SqlBackend> backend)
    : m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_backend(std::move(backend))
{
    static QAtomicInteger<int> counter;
    m_connectionName = QStringLiteral("boarddesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::connect()
{
    const ConnectSettings settings {m_readOnly, m_immutable, m_busyTimeoutMs};
    m_db = QSqlDatabase::addDatabase(m_backend->driverName(), m_connectionName);
    m_db.setDatabaseName(m_backend->databaseName(m_path, settings));
    m_db.setConnectOptions(m_backend->connectOptions(settings));
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        return Error {tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), error.text()),
                      codeOf(m_backend->classify(error.nativeErrorCode()))};
    }
    return {};
}

Result<void> Database::reconnect()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    return connect();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenOptions options)
{
    auto backend = std::make_unique<SqliteBackend>();
    const QString nativePath = QDir::toNativeSeparators(path);
    const auto programVersion = schemaVersionOf(migrationFiles());
    if (!programVersion)
        return Error {
            tr("This program is not built right, so it opens no file: %1").arg(programVersion.errorMessage())};
    const int current = *programVersion;

    // 1. Look at the file before anything can write to it.
    if (auto notOurs = companionNotOurs(path))
        return *notOurs;
    auto probe = backend->probe(path);
    if (!probe)
        return probe.error();
    if (!probe->damage.isEmpty())
        return damaged(probe->damage, path);
    if (!probe->exists) {
        if (!options.create || options.readOnly)
            return Error {tr("%1 does not exist.").arg(nativePath), ErrorCode::NotFound};
        // Owner-only from its first byte: SQLite gives its WAL and shared-memory files the
        // same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error {tr("Cannot create %1: %2").arg(nativePath, file.errorString())};
    }
    if (probe->schemaVersion > current)
        return newer(nativePath, probe->schemaVersion, current);

    // A file, or a folder, that cannot be written is opened read-only, and says why.
    ReadOnlyReason reason = options.readOnly ? ReadOnlyReason::Requested : ReadOnlyReason::None;
    const bool folderWritable = canWrite(QFileInfo(path).absolutePath());
    if (probe->exists && !options.readOnly) {
        if (!canWrite(path))
            reason = ReadOnlyReason::FileNotWritable;
        else if (!folderWritable)
            reason = ReadOnlyReason::FolderNotWritable;
    }
    bool readOnly = reason != ReadOnlyReason::None;
    // Reading a database kept with a log takes a shared-memory file (-shm) beside it. In a
    // folder that cannot be written, without one, it is read as immutable: nothing can
    // change it there. But then its log is not read, so a log holding changes is refused.
    bool immutable = readOnly && probe->walMode && !folderWritable && !QFileInfo::exists(path + QStringLiteral("-shm"));
    const QString unreadableLog
        = tr("%1 is in a folder that cannot be written to, and its log file (%2) holds changes that cannot be read "
             "from there. Copy both files to a folder you can write to, and open the copy.")
              .arg(nativePath, QDir::toNativeSeparators(path + QStringLiteral("-wal")));
    if (immutable && logHoldsPages(path))
        return Error {unreadableLog};
    // A log left by a crash, or by a program that has the file open now, is replayed; one
    // that is not this file's own is refused before SQLite reads it, let alone writes it in.
    if (probe->walMode && !immutable && logHoldsPages(path)) {
        if (const LogVerdict log = backend->checkLog(path); log != LogVerdict::Belongs)
            return foreignLog(path, log);
    }

    std::unique_ptr<Database> db(new Database(path, readOnly, std::move(backend)));
    db->m_immutable = immutable;
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    if (auto connected = db->connect(); !connected)
        return connected.error();

    // 2. The header may lag behind a write-ahead log: ask SQLite itself, still read-only.
    auto version = db->m_backend->schemaVersion(db->m_db);
    if (!version && readOnly && probe->walMode && !immutable && !folderWritable) {
        // SQLite could not set up its shared memory in the folder (e.g. SQLITE_READONLY_DIRECTORY).
        if (logHoldsPages(path))
            return Error {unreadableLog};
        db->m_immutable = immutable = true;
        if (auto connected = db->reconnect(); !connected)
            return connected.error();
        version = db->m_backend->schemaVersion(db->m_db);
    }
    if (!version)
        return damaged(
            tr("%1 is not a BoardDesk database, or it is damaged: %2").arg(nativePath, version.errorMessage()), path);
    if (*version > current)
        return newer(nativePath, *version, current);

    // 3. Its structure, before anything trusts it: SQLite itself finds most damage only when
    // it reads the damaged page, which may be in the middle of an edit.
    if (probe->exists && (probe->suspicious || probe->fileSize < quickCheckLimit)) {
        auto problems = db->m_backend->quickCheck(db->m_db);
        if (!problems || !problems->isEmpty()) {
            const QString detail = problems ? problems->mid(0, 3).join(QStringLiteral("; ")) : problems.errorMessage();
            return damaged(
                tr("%1 is damaged (%2); it was not opened, and nothing in it was changed.").arg(nativePath, detail),
                path);
        }
        db->m_report.quickChecked = true;
    }

    // 3b. Its schema: a table missing is damage; a trigger of someone else's could change
    // records behind our back, so nothing is written to such a file.
    if (*version > 0) {
        auto statements = schemaStatements(*version);
        if (!statements)
            return statements.error();
        auto schema = db->m_backend->compareSchema(db->m_db, *statements);
        if (!schema)
            return schema.error();
        if (!schema->missingTables.isEmpty())
            return damaged(QCoreApplication::translate("bd::Database",
                                                       "%1 is damaged: it lacks %n of the tables BoardDesk keeps "
                                                       "(%2), so it was not opened.",
                                                       nullptr, int(schema->missingTables.size()))
                               .arg(nativePath, schema->missingTables.join(QStringLiteral(", "))),
                           path);
        if (!schema->foreignTriggers.isEmpty()) {
            const QString message
                = tr("%1 holds a trigger that BoardDesk did not make (%2). A trigger can change records behind "
                     "BoardDesk's back, so nothing is written to this file: it is open for reading only. "
                     "boarddesk-cli check lists what differs; restore a backup, or take the trigger out.")
                      .arg(nativePath, schema->foreignTriggers.join(QStringLiteral(", ")));
            if (*version < current)
                return Error {message, ErrorCode::ReadOnly};
            if (!readOnly) {
                reason = ReadOnlyReason::ForeignSchema;
                readOnly = db->m_readOnly = true;
                db->m_report.readOnlyMessage = message;
            }
        }
    }
    if (readOnly && *version < current)
        return Error {tr("%1 has schema version %2 and must be upgraded to version %3, which needs write access.")
                          .arg(nativePath)
                          .arg(*version)
                          .arg(current),
                      ErrorCode::ReadOnly};

    db->m_report.readOnlyReason = reason;
    if (reason == ReadOnlyReason::FileNotWritable)
        db->m_report.readOnlyMessage = tr("%1 is read-only (its permissions do not allow changes): it is open for "
                                          "reading, and nothing can be changed.")
                                           .arg(nativePath);
    else if (reason == ReadOnlyReason::FolderNotWritable)
        db->m_report.readOnlyMessage
            = tr("The folder of %1 cannot be written to: the database is open for reading, and nothing can be changed.")
                  .arg(nativePath);
    if (immutable)
        db->m_report.readOnlyMessage += QLatin1Char(' ') + tr("Changes made elsewhere while it is open are not shown.");

    // 4. An existing file about to be upgraded is copied first, as it is.
    db->m_report.fromVersion = *version;
    db->m_report.toVersion = current;
    if (*version < current && probe->exists && *version > 0) {
        const QString copy = QStringLiteral("%1.before-v%2-%3.bak")
                                 .arg(path)
                                 .arg(current)
                                 .arg(Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto saved = db->backupTo(copy); !saved)
            return Error {tr("%1 was not upgraded, because no backup could be taken first: %2")
                              .arg(nativePath, saved.errorMessage())};
        db->m_report.backupPath = copy;
    }

    // 5. Only now may anything write. The upgrade comes first, in the file's own journal
    // mode: if it fails, the file is left exactly as it was.
    if (*version < current) {
        if (auto migrated = db->migrate(*version); !migrated)
            return migrated.error();
    }
    if (auto configured = db->m_backend->configure(db->m_db, readOnly); !configured)
        return configured.error();
    db->m_markWrites = !readOnly;
    return db;
}

Result<int> Database::verifyCopy(const QString &path)
{
    SqliteBackend backend;
    const QString nativePath = QDir::toNativeSeparators(path);
    auto probe = backend.probe(path);
    if (!probe)
        return probe.error();
    if (!probe->exists)
        return Error {tr("%1 does not exist.").arg(nativePath), ErrorCode::NotFound};
    if (!probe->damage.isEmpty())
        return Error {probe->damage, ErrorCode::Damaged};
    if (probe->schemaVersion > currentSchemaVersion())
        return newer(nativePath, probe->schemaVersion, currentSchemaVersion());
    if (probe->schemaVersion == 0)
        return Error {tr("%1 holds no BoardDesk data.").arg(nativePath)};
    auto problems = backend.checkFile(path);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error {tr("%1 is damaged (%2).").arg(nativePath, problems->mid(0, 3).join(QStringLiteral("; "))),
                      ErrorCode::Damaged};
    return probe->schemaVersion;
}

Result<void> Database::migrate(int fromVersion)
{
    // Every step in one transaction: an upgrade that fails at any statement of any step
    // leaves the file as it was, at its old version.
    const QString nativePath = QDir::toNativeSeparators(m_path);
    const QStringList files = migrationFiles();
    Transaction transaction(*this);
    if (!transaction.started())
        return transaction.started().error();
    for (int version = fromVersion + 1; version <= files.size(); ++version) {
        auto script = migrationScript(files, version, true);
        if (!script)
            return script.error();
        for (const QString &statement : statementsOf(*script)) {
            QSqlQuery query(m_db);
            if (!query.exec(statement))
                return Error {tr("Upgrading %1 to schema version %2 failed (%3); the file is as it was, at schema "
                                 "version %4.")
                                  .arg(nativePath)
                                  .arg(version)
                                  .arg(query.lastError().text())
                                  .arg(fromVersion)};
        }
        if (version == 1) {
            if (auto stamped = m_backend->stampNew(m_db); !stamped)
                return stamped.error();
        }
    }
    if (auto set = m_backend->setSchemaVersion(m_db, files.size()); !set)
        return set.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_report.outcome = fromVersion == 0 ? SchemaOutcome::Created : SchemaOutcome::Upgraded;
    return {};
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(sql))
        return errorFor(*query);
    QSqlQuery *raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

Error Database::errorFor(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    const QString nativePath = QDir::toNativeSeparators(m_path);
    const SqlBackend::Failure failure = m_backend->classify(error.nativeErrorCode());
    const ErrorCode code = codeOf(failure);
    switch (failure) {
    case SqlBackend::Failure::Busy:
        return Error {
            tr("The database is busy: another program is writing to %1. Try again in a moment.").arg(nativePath), code};
    case SqlBackend::Failure::Full:
        return Error {
            tr("The disk is full; the change was not saved. Make room on the disk that holds %1, then try again.")
                .arg(nativePath),
            code};
    case SqlBackend::Failure::ReadOnly:
        return Error {tr("%1 cannot be written to; the change was not saved.").arg(nativePath), code};
    case SqlBackend::Failure::Damaged:
        return Error {tr("%1 is damaged (%2); the change was not saved.").arg(nativePath, error.text()), code};
    case SqlBackend::Failure::CannotOpen:
    case SqlBackend::Failure::Other:
        break;
    }
    QString statement = query.lastQuery().simplified();
    if (statement.size() > 120)
        statement = statement.left(117) + QStringLiteral("...");
    return Error {tr("Database error (%1) in: %2").arg(error.text(), statement)};
}

Result<int> Database::run(const QString &sql, const QVariantList &values)
{
    auto query = prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    bindAll(*q, values);
    if (!q->exec()) {
        Error error = errorFor(*q);
        q->finish();
        return error;
    }
    const int changed = q->numRowsAffected();
    q->finish();
    return changed;
}

Result<void> Database::select(const QString &sql, const QVariantList &values,
                              const std::function<void(const QSqlQuery &)> &row)
{
    auto query = prepared(sql);
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    q->setForwardOnly(true);
    bindAll(*q, values);
    if (!q->exec()) {
        Error error = errorFor(*q);
        q->finish();
        return error;
    }
    while (q->next())
        row(*q);
    const bool failed = q->lastError().isValid();
    Error error = failed ? errorFor(*q) : Error {};
    q->finish();
    if (failed)
        return error;
    return {};
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    QVariant value;
    bool first = true;
    auto done = select(sql, values, [&](const QSqlQuery &q) {
        if (first)
            value = q.value(0);
        first = false;
    });
    if (!done)
        return done.error();
    return value;
}

qint64 Database::lastInsertId()
{
    // Prepared once, like every other statement: an import asks this for every bullet.
    auto id = scalar(QStringLiteral("SELECT last_insert_rowid()"));
    return id ? id->toLongLong() : 0;
}

Result<void> Database::backupTo(const QString &target)
{
    return m_backend->backup(m_db, target);
}

Result<void> Database::setMaxPageCountForTesting(qint64 pages)
{
    return m_backend->setPageLimit(m_db, pages);
}

Result<QStringList> Database::check()
{
    auto integrity = m_backend->integrityCheck(m_db);
    if (!integrity)
        return integrity;
    auto statements = schemaStatements(currentSchemaVersion());
    if (!statements)
        return statements.error();
    auto schema = m_backend->compareSchema(m_db, *statements);
    if (!schema)
        return schema.error();
    QStringList problems = *integrity + schema->problems;
    // Without all its tables, every reference into the missing ones would be a problem too.
    if (!schema->missingTables.isEmpty())
        return problems;
    auto references = m_backend->referenceCheck(m_db);
    if (!references)
        return references;
    auto values = valueProblems();
    if (!values)
        return values;
    for (const QString &value : std::as_const(*values))
        problems << tr("Value: %1").arg(value);
    return problems + *references;
}

Result<QStringList> Database::valueProblems()
{
    return m_backend->valueCheck(m_db, storage::valueRules());
}

Result<void> Database::beginWrite()
{
    if (m_readOnly)
        return Error {tr("%1 is open read-only; nothing can be changed.").arg(QDir::toNativeSeparators(m_path)),
                      ErrorCode::ReadOnly};
    if (m_depth++ > 0)
        return {};
    m_doomed = false;
    QSqlQuery query(m_db);
    if (!query.exec(m_backend->beginWriteStatement())) {
        m_depth = 0;
        return errorFor(query);
    }
    return {};
}

Result<void> Database::commitWrite()
{
    if (--m_depth > 0)
        return {};
    QSqlQuery query(m_db);
    if (m_doomed) {
        query.exec(QStringLiteral("ROLLBACK"));
        return Error {tr("The change was not saved, because part of it failed.")};
    }
    if (m_markWrites) {
        if (auto marked = run(QStringLiteral("UPDATE log_mark SET writes = writes + 1")); !marked) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return marked.error();
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        // After a failed COMMIT (e.g. disk full) SQLite may or may not still hold the
        // transaction: make sure nothing of it stays.
        Error error = errorFor(query);
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

void Database::rollbackWrite()
{
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    for (auto &[sql, statement] : m_statements)
        statement->finish();
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_started(db.beginWrite())
{
    m_done = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollbackWrite();
}

Result<void> Transaction::commit()
{
    if (m_done)
        return m_started.ok() ? Result<void>(Error {QStringLiteral("transaction committed twice")}) : m_started;
    m_done = true;
    return m_db.commitWrite();
}

} // namespace bd
