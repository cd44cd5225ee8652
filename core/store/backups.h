#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Database;

enum class BackupKind {
    Automatic, // the daily copy in the backups folder (BackupRotation)
    BeforeUpgrade, // taken by Database::open before a migration
    BeforeImport, // taken by importArchive before a replace
    BeforeRestore, // the file as it was before restoreFromBackup replaced it
};

struct BackupInfo {
    QString path;
    QDateTime takenAt; // local time
    BackupKind kind = BackupKind::Automatic;
};

// Where the automatic backups of \a databasePath go: a folder beside it named after it,
// e.g. "/home/me/partnership.boarddesk backups/".
QString backupFolderFor(const QString &databasePath);

// Every backup BoardDesk made of \a databasePath, newest first: the automatic ones and the
// copies taken beside it before an upgrade, an import --replace or a restore. Files are
// listed, not opened: restoreFromBackup() checks one before it is used.
QList<BackupInfo> listBackups(const QString &databasePath);
std::optional<BackupInfo> newestBackup(const QString &databasePath);

// Rotating automatic backups: at most one a day, the newest \a keep kept.
class BackupRotation {
public:
    static constexpr int defaultKeep = 14;

    // Unless \a folder (backupFolderFor() of the database when empty) already holds a backup
    // dated \a now, takes a verified backup of \a db there named after the date
    // (2026-11-22.boarddesk), then deletes the oldest automatic backups beyond \a keep.
    // Returns the new backup's path, or an empty string when none was due. The folder is
    // made owner-only.
    static Result<QString> runIfDue(Database &db, const QString &folder = {}, int keep = defaultKeep,
                                    const QDateTime &now = Clock::now());
};

// Puts the backup at \a backupPath in place of the database at \a targetPath, which must not
// be open. The backup is checked first (ours, not newer than this program, integrity_check
// ok); a failure leaves everything as it was. The current file (and its -wal log) is copied
// beside it first, as "<target>.before-restore-<time>.bak", and then replaced in one rename.
// Returns the path of that copy (empty when there was no current file).
Result<QString> restoreFromBackup(const QString &backupPath, const QString &targetPath,
                                  const QDateTime &now = Clock::now());

} // namespace bd
