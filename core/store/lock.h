#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace bd {

// Who holds a database's lock.
struct LockHolder {
    QString user; // the holder's operating-system user name; empty when unknown
    QString host; // the computer it runs on
    qint64 pid = 0; // its process id there
    QString application; // the program's name
    QDateTime since; // when it took the lock (local time); invalid when unknown

    // e.g. "jsmith on PC-042 (process 1234, since 22 November 2026, 10:03)"
    QString describe() const;
};

// One user at a time: a lock file beside the database ("<database>.lock") held while a
// program has the database open for changes. It records who holds it (user, host, process,
// since when), so a second program can say so. A lock left behind by a program that is no
// longer running on this computer (a crash, a power cut) is taken over. The lock file is
// owner-only. Releasing happens when the object is destroyed.
class DatabaseLock {
public:
    DatabaseLock(DatabaseLock &&other) noexcept;
    DatabaseLock &operator=(DatabaseLock &&other) noexcept;
    ~DatabaseLock();

    // The lock file of \a databasePath: beside the file a symbolic link leads to, so every
    // name of one file has the same lock.
    static QString lockPathFor(const QString &databasePath);
    // How many names (hard links) the file has; 1 where the system cannot tell.
    static int hardLinkCount(const QString &databasePath);

    // Takes the lock of \a databasePath. When another running program holds it, the error
    // (ErrorCode::Locked) says who and since when; nothing is taken then. A file with more
    // than one name (ErrorCode::HardLinked) is never locked, so never opened for changes. A
    // lock file that cannot be made there is ErrorCode::ReadOnly.
    static Result<DatabaseLock> acquire(const QString &databasePath);

    // Who holds the lock of \a databasePath, or nothing when no running program does.
    static std::optional<LockHolder> holder(const QString &databasePath);

    bool isHeld() const;
    QString databasePath() const { return m_databasePath; }
    // Lets go of the lock now, rather than when this object goes.
    void release();

private:
    DatabaseLock(QString databasePath, std::unique_ptr<QLockFile> lock);

    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace bd
