#include "audit.h"

#include "database.h"
#include "store.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#ifdef Q_OS_WIN
#include <windows.h>

#include <lmcons.h> // UNLEN; after windows.h
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Audit", text);
}

std::optional<AuditAction> actionOf(const QString &key)
{
    for (AuditAction action : {AuditAction::Insert, AuditAction::Update, AuditAction::Delete, AuditAction::Import}) {
        if (auditActionKey(action) == key)
            return action;
    }
    return std::nullopt;
}

// Stored as text that sorts in time order: always UTC, always with milliseconds.
QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue jsonOrNull(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(text);
}

} // namespace

QString auditActionKey(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert:
        return QStringLiteral("insert");
    case AuditAction::Update:
        return QStringLiteral("update");
    case AuditAction::Delete:
        return QStringLiteral("delete");
    case AuditAction::Import:
        return QStringLiteral("import");
    }
    return QString();
}

QString currentOsUser()
{
    // The account comes from the operating system: the environment is the caller's to set
    // (USER=anyone), and a service or a cron job may set none of it. What it claims is kept only as a note.
    QString account;
#ifdef Q_OS_WIN
    const char *claims[] = {"USERNAME"};
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 0)
        account = QString::fromWCharArray(name, int(size) - 1);
    const Qt::CaseSensitivity sameName = Qt::CaseInsensitive;
#else
    const char *claims[] = {"USER", "LOGNAME"};
    const uid_t uid = ::geteuid();
    if (const passwd *entry = ::getpwuid(uid); entry && entry->pw_name && *entry->pw_name)
        account = QString::fromLocal8Bit(entry->pw_name);
    else
        account = tr("user %1").arg(uid); // an account with no name (a container's)
    const Qt::CaseSensitivity sameName = Qt::CaseSensitive;
#endif
    if (account.isEmpty())
        account = tr("unknown user");
    QStringList notes;
    for (const char *variable : claims) {
        QString claimed = qEnvironmentVariable(variable);
        for (QChar &c : claimed) {
            if (c.category() == QChar::Other_Control) // a line break or escape of the caller's
                c = QChar::ReplacementCharacter;
        }
        if (!claimed.isEmpty() && claimed.compare(account, sameName) != 0)
            notes << tr("%1 says %2").arg(QLatin1String(variable), claimed);
    }
    return notes.isEmpty() ? account : tr("%1 (%2)").arg(account, notes.join(QStringLiteral(", ")));
}

QByteArray auditLogToCsv(const QList<AuditEntry> &entries)
{
    QString out = QStringLiteral("id,at,user,kind,record,action,before,after\r\n");
    for (const AuditEntry &e : entries) {
        const QStringList cells {QString::number(e.id), timeText(e.at),           e.osUser, e.kind,
                                 e.recordKey,           auditActionKey(e.action), e.before, e.after};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvText(cell);
        out += csvLine(quoted);
    }
    return out.toUtf8();
}

QByteArray auditLogToJson(const QList<AuditEntry> &entries)
{
    QJsonArray array;
    for (const AuditEntry &e : entries) {
        QJsonObject row;
        row.insert(QStringLiteral("id"), double(e.id));
        row.insert(QStringLiteral("at"), timeText(e.at));
        row.insert(QStringLiteral("user"), e.osUser);
        row.insert(QStringLiteral("kind"), e.kind);
        row.insert(QStringLiteral("record"), e.recordKey);
        row.insert(QStringLiteral("action"), auditActionKey(e.action));
        row.insert(QStringLiteral("before"), jsonOrNull(e.before));
        row.insert(QStringLiteral("after"), jsonOrNull(e.after));
        array.append(row);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

namespace audit {

Result<void> write(Database &db, const AuditEntry &entry)
{
    auto added = db.run(
        QStringLiteral("INSERT INTO audit_log (at, os_user, kind, record_key, action, before_json, after_json) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {timeText(entry.at), entry.osUser, entry.kind, entry.recordKey, auditActionKey(entry.action),
         entry.before.isEmpty() ? QVariant() : QVariant(entry.before),
         entry.after.isEmpty() ? QVariant() : QVariant(entry.after)});
    if (!added)
        return Error {tr("The change was not saved, because it could not be written to the audit log: %1")
                          .arg(added.errorMessage())};
    return {};
}

Result<QList<AuditEntry>> read(Database &db, const AuditFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("kind = ?");
        values << filter.kind;
    }
    if (!filter.recordKey.isEmpty()) {
        where << QStringLiteral("record_key = ?");
        values << filter.recordKey;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << timeText(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at <= ?");
        values << timeText(filter.to);
    }
    QString sql
        = QStringLiteral("SELECT id, at, os_user, kind, record_key, action, before_json, after_json FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    QList<AuditEntry> rows;
    auto done = db.select(sql, values, [&](const QSqlQuery &q) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.osUser = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.recordKey = q.value(4).toString();
        e.action = actionOf(q.value(5).toString()).value_or(AuditAction::Update);
        e.before = q.value(6).isNull() ? QString() : q.value(6).toString();
        e.after = q.value(7).isNull() ? QString() : q.value(7).toString();
        rows << e;
    });
    if (!done)
        return done.error();
    return rows;
}

} // namespace audit

Result<QList<AuditEntry>> Store::auditLog(const AuditFilter &filter)
{
    return audit::read(*m_db, filter);
}

} // namespace bd
