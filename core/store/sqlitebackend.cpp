#include "sqlitebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

namespace bd {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Result<QStringList> listPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        return Error {SqliteBackend::tr("%1 failed: %2").arg(pragma, query.lastError().text())};
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(QLatin1Char('\t'));
    }
    return rows;
}

} // namespace

QString SqliteBackend::quotedName(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString SqliteBackend::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteBackend::databaseName(const QString &path, const ConnectSettings &settings) const
{
    if (!settings.immutable)
        return path;
    // A URI, so SQLite takes the parameter; the path is percent-encoded ('?', '#', '%').
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
}

QString SqliteBackend::connectOptions(const ConnectSettings &settings) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, settings.busyTimeoutMs));
    if (settings.readOnly || settings.immutable)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (settings.immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    return options;
}

Result<FileProbe> SqliteBackend::probe(const QString &path) const
{
    FileProbe result;
    const QString nativePath = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.exists())
        return result;
    result.exists = true;
    if (!info.isFile())
        return Error {tr("%1 is not a file.").arg(nativePath)};
    result.fileSize = info.size();
    if (info.size() == 0) {
        result.damage = tr("%1 is empty (0 bytes): it is not a BoardDesk database.").arg(nativePath);
        return result;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read %1: %2").arg(nativePath, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        result.damage
            = tr("%1 is not a BoardDesk database (it is not an SQLite file, or it is damaged).").arg(nativePath);
        return result;
    }
    const auto appId = qint32(bigEndian32(header, 68));
    result.schemaVersion = int(bigEndian32(header, 60));
    result.isOurs = appId == applicationId || (appId == 0 && result.schemaVersion == 0);
    if (!result.isOurs)
        return Error {tr("%1 is an SQLite database of another program, not a BoardDesk database.").arg(nativePath),
                      ErrorCode::NotOurs};

    // The header's own description of the file (sqlite.org/fileformat.html, section 1.3).
    result.walMode = uchar(header.at(18)) == 2 && uchar(header.at(19)) == 2;
    const quint32 rawPageSize = (quint32(uchar(header.at(16))) << 8) | quint32(uchar(header.at(17)));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : qint64(rawPageSize);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        result.damage = tr("%1 is damaged: its header is not valid (page size %2).").arg(nativePath).arg(pageSize);
        return result;
    }
    // The page count in the header is valid when the change counter (offset 24) matches the
    // version-valid-for number (offset 92). A file shorter than that count was cut short,
    // e.g. by a copy that did not finish. A log (-wal) beside the file may still hold pages
    // a checkpoint was writing when it stopped: then SQLite, not the header, decides.
    const qint64 headerPages = bigEndian32(header, 28);
    const bool headerSizeValid = headerPages > 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walHasPages = wal.exists() && wal.size() > 0;
    if (headerSizeValid && headerPages * pageSize > result.fileSize) {
        if (!walHasPages) {
            result.damage = tr("%1 is damaged: it is shorter than its header says (%2 of %3 bytes); it may have "
                               "been cut short by a copy that did not finish.")
                                .arg(nativePath)
                                .arg(result.fileSize)
                                .arg(headerPages * pageSize);
            return result;
        }
        result.suspicious = true;
    }
    if (!headerSizeValid || result.fileSize % pageSize != 0)
        result.suspicious = true;
    return result;
}

Result<void> SqliteBackend::configure(QSqlDatabase &db, bool readOnly) const
{
    QStringList pragmas {QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly) {
        // WAL lets a backup or a reader run while the app writes; FULL sync makes each
        // committed edit survive a power cut, not just a crash.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return Error {tr("Cannot set up %1 (%2): %3")
                              .arg(QDir::toNativeSeparators(db.databaseName()), pragma, query.lastError().text())};
    }
    return {};
}

QString SqliteBackend::beginWriteStatement() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Result<int> SqliteBackend::schemaVersion(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error {tr("Cannot read the schema version of %1: %2")
                          .arg(QDir::toNativeSeparators(db.databaseName()), query.lastError().text())};
    return query.value(0).toInt();
}

Result<void> SqliteBackend::setSchemaVersion(QSqlDatabase &db, int version) const
{
    // A pragma takes no bound values; the version is our own integer, never user input.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Error {tr("Cannot set the schema version: %1").arg(query.lastError().text())};
    return {};
}

Result<void> SqliteBackend::stampNew(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return Error {tr("Cannot mark the new database: %1").arg(query.lastError().text())};
    return {};
}

Result<void> SqliteBackend::backup(QSqlDatabase &db, const QString &target) const
{
    sqlite3 *source = handleOf(db);
    if (!source)
        return Error {tr("The database connection is not an SQLite connection.")};

    const QString nativeTarget = QDir::toNativeSeparators(target);
    const QString temp = target + QStringLiteral(".partial");
    QFile::remove(temp);
    {
        // Created owner-only before SQLite writes a byte of it.
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error {tr("Cannot write the backup %1: %2").arg(nativeTarget, file.errorString())};
    }

    sqlite3 *dest = nullptr;
    auto fail = [&](const QString &why) -> Result<void> {
        if (dest)
            sqlite3_close(dest);
        QFile::remove(temp);
        return Error {tr("Cannot write the backup %1: %2").arg(nativeTarget, why)};
    };
    if (sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(dest)));
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return fail(QString::fromUtf8(sqlite3_errmsg(dest)));
    int rc = SQLITE_OK;
    do {
        // All pages in one step: one read transaction, so the copy is one consistent moment
        // even while another program keeps writing (in WAL mode readers do not block writers).
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));

    // A copy is a backup only once it is known to be sound. The copy leaves WAL mode so it
    // is one self-contained file.
    sqlite3_stmt *stmt = nullptr;
    QString verdict;
    if (sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(dest)));
    if (sqlite3_prepare_v2(dest, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (verdict != QLatin1String("ok"))
        return fail(tr("the copy failed its integrity check (%1)").arg(verdict));
    sqlite3_close(dest);
    dest = nullptr;

    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error {
            tr("Cannot write the backup %1: the finished copy could not be moved into place.").arg(nativeTarget)};
    }
    return {};
}

Result<QStringList> SqliteBackend::integrityCheck(QSqlDatabase &db) const
{
    auto rows = listPragma(db, QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows;
    if (rows->size() == 1 && rows->constFirst() == QLatin1String("ok"))
        return QStringList();
    return rows;
}

Result<QStringList> SqliteBackend::referenceCheck(QSqlDatabase &db) const
{
    // Rows of: table, rowid, referenced table, foreign key index.
    auto rows = listPragma(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!rows)
        return rows;
    QStringList problems;
    for (const QString &row : std::as_const(*rows)) {
        const QStringList f = row.split(QLatin1Char('\t'));
        problems << tr("%1 row %2: a reference to %3 that does not exist").arg(f.value(0), f.value(1), f.value(2));
    }
    return problems;
}

Result<QStringList> SqliteBackend::beginBulkLoad(QSqlDatabase &db) const
{
    // The full-text indexes over other tables' text (entries_search, actions_search; an
    // index that keeps its own copy is left alone) are kept in step with their
    // tables by triggers, row by row; and every INSERT with a trigger is a statement
    // transaction, at whose savepoint FTS5 writes out what it holds: one tiny segment per
    // row, merged again and again. So the triggers are taken off for the load, as the schema
    // has them now, and endBulkLoad() puts them back and builds each index once.
    const auto failed
        = [](const QSqlQuery &q) { return Error {tr("Cannot prepare the import: %1").arg(q.lastError().text())}; };
    QSqlQuery query(db);
    QStringList indexes;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%content_rowid%' ORDER BY name")))
        return failed(query);
    while (query.next())
        indexes << query.value(0).toString();
    query.finish();
    QStringList names;
    QStringList restore;
    for (const QString &index : std::as_const(indexes)) {
        query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND instr(sql, ?) > 0 "
                                     "ORDER BY name"));
        query.addBindValue(index);
        if (!query.exec())
            return failed(query);
        while (query.next()) {
            if (names.contains(query.value(0).toString()))
                continue;
            names << query.value(0).toString();
            restore << query.value(1).toString();
        }
        query.finish();
    }
    for (const QString &name : std::as_const(names)) {
        if (!query.exec(QStringLiteral("DROP TRIGGER %1").arg(quotedName(name))))
            return failed(query);
    }
    for (const QString &index : std::as_const(indexes)) {
        if (!query.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('delete-all')").arg(quotedName(index))))
            return failed(query);
        restore << QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(quotedName(index));
    }
    // A record may refer to one later in the load: foreign keys are checked at the commit
    // (SQLite turns this off again at the end of the transaction).
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return failed(query);
    return restore;
}

Result<QStringList> SqliteBackend::suspendIndexes(QSqlDatabase &db) const
{
    // The indexes with SQL of their own: not those behind primary keys and UNIQUE, which the
    // foreign key checks of the load look parents up in. Nothing left to delete needs them
    // (a delete looks children up in them). A larger page cache meanwhile, for the tables'
    // own b-trees; endBulkLoad() sets it back.
    const auto failed
        = [](const QSqlQuery &q) { return Error {tr("Cannot prepare the import: %1").arg(q.lastError().text())}; };
    QSqlQuery query(db);
    QStringList restore;
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return failed(query);
    restore << QStringLiteral("PRAGMA cache_size = %1").arg(query.value(0).toLongLong());
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -65536"))) // 64 MiB
        return failed(query);
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND sql NOT LIKE 'CREATE UNIQUE%' "
                                   "ORDER BY name")))
        return failed(query);
    while (query.next()) {
        names << query.value(0).toString();
        restore.insert(restore.size() - 1, query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names)) {
        if (!query.exec(QStringLiteral("DROP INDEX %1").arg(quotedName(name))))
            return failed(query);
    }
    return restore;
}

Result<void> SqliteBackend::endBulkLoad(QSqlDatabase &db, const QStringList &restore) const
{
    QSqlQuery query(db);
    for (const QString &statement : restore) {
        if (!query.exec(statement))
            return Error {tr("Cannot finish the import (%1): %2").arg(statement.left(40), query.lastError().text())};
    }
    return {};
}

Result<void> SqliteBackend::insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                                       const QVariantList &values) const
{
    const qsizetype width = columns.size();
    if (values.isEmpty() || width == 0)
        return {};
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error {tr("The database connection is not an SQLite connection.")};
    QStringList marks;
    marks.fill(QStringLiteral("?"), width);
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const auto failed = [&](const char *what) {
        const Error error {tr("Could not save the %1 (%2): %3")
                               .arg(table, QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(handle)))};
        sqlite3_finalize(stmt);
        return error;
    };
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return failed("prepare");
    QByteArray text;
    for (qsizetype row = 0; row + width <= values.size(); row += width) {
        for (qsizetype c = 0; c < width; ++c) {
            const QVariant &value = values.at(row + c);
            const int index = int(c) + 1;
            int rc = SQLITE_OK;
            switch (value.typeId()) {
            case QMetaType::UnknownType:
                rc = sqlite3_bind_null(stmt, index);
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(stmt, index, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(stmt, index, value.toDouble());
                break;
            default:
                // Text (and anything else, as its text); a null QString is empty text.
                text = value.toString().toUtf8();
                rc = sqlite3_bind_text(stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            if (rc != SQLITE_OK)
                return failed("bind");
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return failed("insert");
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return {};
}

Result<QStringList> SqliteBackend::quickCheck(QSqlDatabase &db) const
{
    auto rows = listPragma(db, QStringLiteral("PRAGMA quick_check"));
    if (!rows)
        return rows;
    if (rows->size() == 1 && rows->constFirst() == QLatin1String("ok"))
        return QStringList();
    return rows;
}

Result<QStringList> SqliteBackend::checkFile(const QString &path) const
{
    const QString nativePath = QDir::toNativeSeparators(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error {tr("Cannot read %1: %2").arg(nativePath, why)};
    }
    QStringList problems;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return QStringList {tr("%1 cannot be checked: %2").arg(nativePath, why)};
    if (problems.size() == 1 && problems.constFirst() == QLatin1String("ok"))
        return QStringList();
    return problems;
}

Result<void> SqliteBackend::setPageLimit(QSqlDatabase &db, qint64 pages) const
{
    // A pragma takes no bound values; the number is the test's own integer.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)))
        return Error {tr("Cannot limit the database size: %1").arg(query.lastError().text())};
    return {};
}

SqlBackend::Failure SqliteBackend::classify(const QString &nativeErrorCode) const
{
    // Extended result codes: the primary code is the low byte.
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    if (!ok)
        return Failure::Other;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_FULL:
        return Failure::Full;
    case SQLITE_READONLY:
        return Failure::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Damaged;
    case SQLITE_CANTOPEN:
        return Failure::CannotOpen;
    default:
        return Failure::Other;
    }
}

QString SqliteBackend::fullTextExpression(const QString &query) const
{
    // FTS5 reads a double-quoted string as a phrase of plain tokens, so each word the user
    // typed is quoted (its own quotes doubled) and ANDed by juxtaposition. A word without a
    // letter or digit would be an empty phrase, which FTS5 refuses: it is left out.
    QStringList phrases;
    const QStringList chunks = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString chunk : chunks) {
        chunk.removeIf([](QChar c) { return c.category() == QChar::Other_Control || c.isNull(); });
        if (std::none_of(chunk.cbegin(), chunk.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        chunk.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        phrases << QLatin1Char('"') + chunk + QLatin1Char('"');
    }
    if (phrases.isEmpty())
        return QString();
    phrases.last() += QLatin1Char('*'); // the word being typed matches longer words too
    return phrases.join(QLatin1Char(' '));
}

QString SqliteBackend::entryCandidatesStatement() const
{
    // FTS5 walks its index in rowid order, so this stops after the rows wanted.
    return QStringLiteral("SELECT rowid, snippet(entries_search, 0, ?, ?, '\u2026', 12) FROM entries_search "
                          "WHERE entries_search MATCH ? ORDER BY rowid DESC LIMIT ?");
}

QString SqliteBackend::actionWordCondition(const QString &word, bool prefix, QVariantList &values) const
{
    // actions_search (migration 004) holds the words of each action's ref and text.
    QString phrase = word;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    values << QLatin1Char('"') + phrase + (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
    // "+": the actions are read in the order asked for and each checked against the matches,
    // so a common word stops after the first few actions, rather than all its matches being
    // looked up and sorted.
    return QStringLiteral("+a.rowid IN (SELECT rowid FROM actions_search WHERE actions_search MATCH ?)");
}

QString SqliteBackend::entrySearchStatement() const
{
    return QStringLiteral(
        "SELECT e.id, e.meeting, m.date, m.body, b.name, snippet(entries_search, 0, ?, ?, '\u2026', 12) "
        "FROM entries_search "
        "JOIN entries e ON e.id = entries_search.rowid "
        "JOIN meetings m ON m.id = e.meeting "
        "JOIN bodies b ON b.id = m.body "
        "WHERE entries_search MATCH ? "
        "ORDER BY m.date DESC, m.time DESC, e.meeting, e.position, e.id "
        "LIMIT ?");
}

} // namespace bd
