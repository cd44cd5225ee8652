// The checks SQLite's own integrity check does not make: whether the log beside a file is
// its own, whether the schema is the one BoardDesk makes, and whether each stored value is
// of its column's type and range.

#include "sqlitebackend.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>

namespace bd {

namespace {

// The row of log_mark (migration 005) as one connection sees it.
struct Mark {
    QString lineage;
    qint64 writes = 0;
};

struct MarkRead {
    std::optional<Mark> mark;
    int code = SQLITE_OK; // why it could not be read
};

MarkRead readMark(const QByteArray &name, int flags)
{
    MarkRead read;
    sqlite3 *db = nullptr;
    read.code = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (read.code == SQLITE_OK) {
        // Never write the log into the file on closing (a read-only connection cannot anyway).
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        sqlite3_stmt *stmt = nullptr;
        read.code
            = sqlite3_prepare_v2(db, "SELECT lineage, writes FROM log_mark WHERE singleton = 1", -1, &stmt, nullptr);
        if (read.code == SQLITE_OK)
            read.code = sqlite3_step(stmt);
        if (read.code == SQLITE_ROW) {
            read.mark = Mark {QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                              sqlite3_column_int64(stmt, 1)};
            read.code = SQLITE_OK;
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return read;
}

// Failures that say nothing about the log: another program holding the file, or no room
// for the shared-memory file a reader of a log needs.
bool saysNothing(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

struct SchemaObject {
    QString type;
    QString sql;
};
using Schema = std::map<QString, SchemaObject>; // by name

Result<Schema> schemaOf(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // SQLite's own objects (autoindexes, sqlite_sequence, sqlite_stat1) come and go with
    // the ones above.
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite^_%' "
                                   "ESCAPE '^'")))
        return Error {SqliteBackend::tr("Cannot read the schema: %1").arg(query.lastError().text())};
    Schema schema;
    while (query.next())
        schema.emplace(query.value(1).toString(),
                       SchemaObject {query.value(0).toString(), query.value(2).toString().simplified()});
    return schema;
}

// The schema \a statements make in an empty database, made once for each list of them.
Result<Schema> expectedSchema(const QStringList &statements)
{
    static QMutex mutex;
    static std::map<QByteArray, Schema> made;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &statement : statements)
        hash.addData(statement.toUtf8().append('\0'));
    const QByteArray key = hash.result();
    const QMutexLocker locker(&mutex);
    if (auto it = made.find(key); it != made.end())
        return it->second;

    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("boarddesk-expected-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    const auto make = [&]() -> Result<Schema> {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return Error {SqliteBackend::tr("Cannot make the expected schema: %1").arg(db.lastError().text())};
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return Error {SqliteBackend::tr("Cannot make the expected schema (%1): %2")
                                  .arg(statement.left(60), query.lastError().text())};
        }
        return schemaOf(db);
    };
    Result<Schema> schema = make();
    QSqlDatabase::removeDatabase(name);
    if (schema)
        made.emplace(key, *schema);
    return schema;
}

QString missingObject(const QString &type, const QString &name)
{
    if (type == QLatin1String("table"))
        return SqliteBackend::tr("Schema: the table %1 is missing.").arg(name);
    if (type == QLatin1String("index"))
        return SqliteBackend::tr("Schema: the index %1 is missing.").arg(name);
    if (type == QLatin1String("trigger"))
        return SqliteBackend::tr("Schema: the trigger %1 is missing.").arg(name);
    return SqliteBackend::tr("Schema: the view %1 is missing.").arg(name);
}

QString shortSql(const QString &sql)
{
    return sql.size() > 100 ? sql.left(97) + QStringLiteral("...") : sql;
}

// The condition under which a value of \a column breaks \a kind.
QString breaks(const QString &column, ValueRule::Kind kind)
{
    const QString c = SqliteBackend::quotedName(column);
    switch (kind) {
    case ValueRule::Kind::Date:
        return QStringLiteral("(%1 IS NOT NULL AND (typeof(%1) <> 'text' OR %1 NOT GLOB "
                              "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR date(%1, '+0 days') IS NOT %1))")
            .arg(c);
    case ValueRule::Kind::Time:
        return QStringLiteral("(%1 IS NOT NULL AND (typeof(%1) <> 'text' OR %1 NOT GLOB '[0-9][0-9]:[0-9][0-9]' "
                              "OR strftime('%H:%M', '2000-01-01 ' || %1) IS NOT %1))")
            .arg(c);
    case ValueRule::Kind::Year:
        return QStringLiteral("(%1 IS NOT NULL AND (typeof(%1) <> 'integer' OR %1 NOT BETWEEN 1900 AND 2999))").arg(c);
    case ValueRule::Kind::Pence:
        // Up to a billion pounds.
        return QStringLiteral("(%1 IS NOT NULL AND (typeof(%1) <> 'integer' OR %1 NOT BETWEEN 0 AND 100000000000))")
            .arg(c);
    }
    return {};
}

QString whatItIsNot(ValueRule::Kind kind)
{
    switch (kind) {
    case ValueRule::Kind::Date:
        return SqliteBackend::tr("a date (YYYY-MM-DD)");
    case ValueRule::Kind::Time:
        return SqliteBackend::tr("a time (HH:MM)");
    case ValueRule::Kind::Year:
        return SqliteBackend::tr("a year");
    case ValueRule::Kind::Pence:
        return SqliteBackend::tr("an amount of money (whole pence, not negative)");
    }
    return {};
}

struct ColumnCheck {
    QString column;
    QString condition;
    QString expected;
};

} // namespace

LogVerdict SqliteBackend::checkLog(const QString &path) const
{
    // The file alone, as it was at its last checkpoint, and then the file with its log.
    // In that order: a checkpoint between the two only moves the second one on.
    const QString fileOnly = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
    const MarkRead inFile = readMark(fileOnly.toUtf8(), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!inFile.mark)
        return LogVerdict::Belongs; // an older schema, or a file being written: SQLite decides
    const MarkRead withLog = readMark(QFile::encodeName(path), SQLITE_OPEN_READONLY);
    if (!withLog.mark)
        return saysNothing(withLog.code) ? LogVerdict::Belongs : LogVerdict::Foreign;
    if (withLog.mark->lineage != inFile.mark->lineage)
        return LogVerdict::Foreign;
    if (withLog.mark->writes < inFile.mark->writes)
        return LogVerdict::Older;
    return LogVerdict::Belongs;
}

Result<SchemaReport> SqliteBackend::compareSchema(QSqlDatabase &db, const QStringList &statements) const
{
    auto expected = expectedSchema(statements);
    if (!expected)
        return expected.error();
    auto actual = schemaOf(db);
    if (!actual)
        return actual.error();
    SchemaReport report;
    for (const auto &[name, object] : *expected) {
        const auto found = actual->find(name);
        if (found == actual->end()) {
            if (object.type == QLatin1String("table"))
                report.missingTables << name;
            report.problems << missingObject(object.type, name);
        } else if (found->second.type != object.type || found->second.sql != object.sql) {
            if (found->second.type == QLatin1String("trigger"))
                report.foreignTriggers << name;
            report.problems << tr("Schema: %1 %2 is not as BoardDesk makes it: %3")
                                   .arg(found->second.type, name, shortSql(found->second.sql));
        }
    }
    for (const auto &[name, object] : *actual) {
        if (expected->count(name))
            continue;
        if (object.type == QLatin1String("trigger"))
            report.foreignTriggers << name;
        report.problems
            << tr("Schema: %1 %2 was not made by BoardDesk: %3").arg(object.type, name, shortSql(object.sql));
    }
    return report;
}

Result<QStringList> SqliteBackend::valueCheck(QSqlDatabase &db, const std::vector<ValueRule> &rules) const
{
    const auto failed
        = [](const QSqlQuery &q) { return Error {tr("Cannot check the stored values: %1").arg(q.lastError().text())}; };
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite^_%' ESCAPE '^' ORDER BY rowid")))
        return failed(query);
    QStringList tables, virtualTables;
    while (query.next()) {
        if (query.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            virtualTables << query.value(0).toString();
        else
            tables << query.value(0).toString();
    }
    query.finish();
    const auto isShadow = [&](const QString &table) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&](const QString &v) { return table.startsWith(v + QLatin1Char('_')); });
    };

    QStringList problems;
    constexpr int mostRows = 5;
    for (const QString &table : std::as_const(tables)) {
        if (isShadow(table))
            continue;
        // The key that names a record, and what each column must hold.
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(SqliteBackend::quotedName(table))))
            return failed(query);
        std::map<int, QString> keyColumns;
        std::vector<ColumnCheck> checks;
        while (query.next()) {
            const QString column = query.value(1).toString();
            const QString type = query.value(2).toString().toUpper();
            if (const int pk = query.value(5).toInt(); pk > 0)
                keyColumns.emplace(pk, column);
            QStringList conditions;
            QStringList expected;
            if (type == QLatin1String("INTEGER")) {
                conditions
                    << QStringLiteral("typeof(%1) NOT IN ('integer', 'null')").arg(SqliteBackend::quotedName(column));
                expected << tr("a whole number");
            } else if (type == QLatin1String("TEXT")) {
                conditions
                    << QStringLiteral("typeof(%1) NOT IN ('text', 'null')").arg(SqliteBackend::quotedName(column));
                expected << tr("text");
            }
            for (const ValueRule &rule : rules) {
                if (rule.table == table && rule.column == column) {
                    conditions = QStringList {breaks(column, rule.kind)};
                    expected = QStringList {whatItIsNot(rule.kind)};
                }
            }
            if (!conditions.isEmpty())
                checks.push_back({column, conditions.join(QStringLiteral(" OR ")), expected.join(QLatin1Char(' '))});
        }
        query.finish();
        if (checks.empty())
            continue;
        QStringList key;
        for (const auto &[pk, column] : keyColumns)
            key << SqliteBackend::quotedName(column);
        if (key.isEmpty())
            key << QStringLiteral("rowid");
        QStringList select {key.join(QStringLiteral(" || '/' || "))};
        QStringList any;
        for (const ColumnCheck &check : checks) {
            select << QStringLiteral("quote(%1)").arg(SqliteBackend::quotedName(check.column))
                   << QStringLiteral("coalesce(%1, 0)").arg(check.condition);
            any << QStringLiteral("coalesce(%1, 0)").arg(check.condition);
        }
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT %4")
                            .arg(select.join(QStringLiteral(", ")), SqliteBackend::quotedName(table),
                                 any.join(QStringLiteral(" OR ")))
                            .arg(mostRows)))
            return failed(query);
        while (query.next()) {
            const QString record = query.value(0).toString();
            for (std::size_t i = 0; i < checks.size(); ++i) {
                if (!query.value(int(2 + 2 * i)).toBool())
                    continue;
                QString value = query.value(int(1 + 2 * i)).toString();
                if (value.size() > 60)
                    value = value.left(57) + QStringLiteral("...");
                problems << tr("%1 %2, %3 holds %4, which is not %5.")
                                .arg(table, record, checks[i].column, value, checks[i].expected);
            }
        }
        query.finish();
    }
    return problems;
}

} // namespace bd
