#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace bd {

// Who may read a file BoardDesk writes.
enum class OutputAccess {
    // Owner-only (0600) whatever the umask: archives, audit logs, backups hold everything.
    OwnerOnly,
    // As the umask says: documents meant for publishing (minutes as PDF, ODT, HTML).
    Published,
};

// Where an export, a backup or a generated archive may go.
struct OutputRules {
    // The database that is open, if any: the output may not be it (by device and inode, so
    // through any name, symlink or hard link) nor one of its own files (-wal, -shm,
    // -journal, .lock, backups beside it).
    QString database = {};
    OutputAccess access = OutputAccess::OwnerOnly;
    // `backup -o` may replace an earlier backup: a BoardDesk database that is not in WAL
    // mode and has no log, shared-memory or lock file beside it (so nobody has it open).
    bool mayReplaceBackup = false;
};

// Why \a path may not be written as an output, naming the file, why, and the way out; nothing
// when it may. Refused: the open database and its files (see OutputRules::database), any
// existing SQLite database or write-ahead log (but see OutputRules::mayReplaceBackup), and
// anything that is not a regular file (a folder, a device such as /dev/full, a named pipe, a
// socket). A missing file is fine. Every writer of outputs asks this first.
Result<void> checkOutputTarget(const QString &path, const OutputRules &rules = {});

// Whether the folder \a path goes in is there; an output never makes one (a mistyped folder
// would take the file somewhere nobody looks). The error names the file, the folder and the
// way out.
Result<void> checkOutputFolder(const QString &path);

// Creates \a folder and the folders above it, if missing; the error names the folder, what is
// in the way (a file where a folder should be, a folder that cannot be written to), and the
// way out.
Result<void> makeFolder(const QString &folder);
// makeFolder() for the folder \a path goes in (for a new database).
Result<void> makeFolderFor(const QString &path);

// checkOutputTarget(), checkOutputFolder(), then writes \a bytes to \a path whole or not at
// all (QSaveFile): a failure, a full disk included, leaves any old file as it was and no
// new one, and the error names the file and why.
Result<void> writeOutputFile(const QString &path, const QByteArray &bytes, const OutputRules &rules = {});

} // namespace bd
