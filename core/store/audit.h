#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Database;

enum class AuditAction { Insert, Update, Delete, Import };

// One row of the audit log: who changed what, when, and how it was before and after.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString osUser;
    // What changed: the archive's record names in the singular (partnership, agency, person,
    // body, membership, priority, meeting, entry, workplan, action, risk, funding, spending,
    // caseReview, course, trainingSession, keyFact, source, reportText, newsletter), or
    // "import" for an import, which is logged as one row.
    QString kind;
    // The record's id; for records without one: an entry's, membership's or spending row's
    // number, "2018-19/ecc" for funding, "2018-19/foreword" for a report text.
    QString recordKey;
    AuditAction action = AuditAction::Insert;
    QString before; // the record as JSON (recordJson in archive.h); empty for an insert
    QString after; // empty for a delete; for an import, the number of records of each list
};

// Which rows auditLog() returns.
struct AuditFilter {
    QString kind = {}; // empty: every kind
    QString recordKey = {}; // empty: every record
    QDateTime from = {}; // from this moment on (inclusive); invalid: from the start
    QDateTime to = {}; // up to this moment (inclusive); invalid: up to now
    int limit = 0; // at most this many rows; 0: all
    bool newestFirst = false;
};

// "insert", "update", "delete", "import".
QString auditActionKey(AuditAction action);

// The operating-system account running this program, as the system knows it (not as the
// environment says), e.g. "jsmith"; when USER or LOGNAME (USERNAME on Windows) names someone
// else, a note follows: "jsmith (USER says anyone)". The audit log and the lock file use it.
QString currentOsUser();

// The log as CSV (RFC 4180, a header line, UTF-8): id, at, user, kind, record, action,
// before, after. A cell that a spreadsheet would run as a formula (starting with = + - @)
// is written with a leading apostrophe.
QByteArray auditLogToCsv(const QList<AuditEntry> &entries);
// The log as a JSON array of objects with those names; before and after are objects.
QByteArray auditLogToJson(const QList<AuditEntry> &entries);

namespace audit {

// Adds one row. The store calls this inside the transaction of the change it logs.
Result<void> write(Database &db, const AuditEntry &entry);
// The rows \a filter selects, oldest first unless it asks for newest first.
Result<QList<AuditEntry>> read(Database &db, const AuditFilter &filter);

} // namespace audit

} // namespace bd
