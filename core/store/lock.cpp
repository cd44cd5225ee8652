#include "lock.h"

#include "audit.h"

#include "domain/displaytext.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#endif

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::DatabaseLock", text);
}

// QLockFile writes its own lines (pid, program, host, machine id, boot id); ours follow,
// each with a prefix, so they cannot be mistaken for a later Qt's.
const QByteArray userKey = "boarddesk-user=";
const QByteArray sinceKey = "boarddesk-since=";

bool isRunningHere(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // QLockFile itself decides on other systems
#endif
}

} // namespace

QString LockHolder::describe() const
{
    const QString who = user.isEmpty() ? tr("another user") : user;
    QString text = host.isEmpty() ? who : tr("%1 on %2").arg(who, host);
    QStringList details;
    if (pid > 0)
        details << tr("process %1").arg(pid);
    if (since.isValid())
        details << tr("since %1")
                       .arg(displayDateTime(since));
    if (!details.isEmpty())
        text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return text;
}

DatabaseLock::DatabaseLock(QString databasePath, std::unique_ptr<QLockFile> lock)
    : m_databasePath(std::move(databasePath))
    , m_lock(std::move(lock))
{
}

DatabaseLock::DatabaseLock(DatabaseLock &&other) noexcept = default;
DatabaseLock &DatabaseLock::operator=(DatabaseLock &&other) noexcept = default;
DatabaseLock::~DatabaseLock() = default; // QLockFile unlocks when it goes

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    // Beside the file itself, not beside a symbolic link to it: every name that leads to one
    // file meets the same lock.
    const QString canonical = QFileInfo(databasePath).canonicalFilePath();
    return (canonical.isEmpty() ? databasePath : canonical) + QStringLiteral(".lock");
}

int DatabaseLock::hardLinkCount(const QString &databasePath)
{
#ifdef Q_OS_UNIX
    struct stat st { };
    if (::stat(QFile::encodeName(databasePath).constData(), &st) == 0)
        return int(st.st_nlink);
#else
    Q_UNUSED(databasePath);
#endif
    return 1;
}

bool DatabaseLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

void DatabaseLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

Result<DatabaseLock> DatabaseLock::acquire(const QString &databasePath)
{
    const QString lockPath = lockPathFor(databasePath);
    const QString nativePath = QDir::toNativeSeparators(databasePath);
    // A file with a second name (a hard link) would get a second lock there, and SQLite a
    // second write-ahead log whose changes a checkpoint under the other name can lose.
    if (const int names = hardLinkCount(databasePath); names > 1)
        return Error {tr("%1 has %2 names (hard links to one file), and a file with more than one name cannot be "
                         "kept safe from two programs changing it at once. Open it read-only, or make a copy of "
                         "its own (boarddesk-cli --db %1 backup -o COPY) and open the copy.")
                          .arg(nativePath)
                          .arg(names),
                      ErrorCode::HardLinked};
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Held for as long as the database is open: never stale by age, only when its program
    // is gone (QLockFile checks the process on this computer, and the boot).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        switch (lock->error()) {
        case QLockFile::LockFailedError: {
            const auto who = holder(databasePath);
            return Error {tr("%1 is open for changes by %2. Only one person can change it at a time; close it there "
                             "first, or open it read-only.")
                              .arg(nativePath, who ? who->describe() : tr("another program")),
                          ErrorCode::Locked};
        }
        case QLockFile::PermissionError:
            return Error {tr("Cannot lock %1: the lock file %2 cannot be created there (permission denied).")
                              .arg(nativePath, QDir::toNativeSeparators(lockPath)),
                          ErrorCode::ReadOnly};
        case QLockFile::NoError:
        case QLockFile::UnknownError:
            break;
        }
        return Error {tr("Cannot lock %1: the lock file %2 cannot be written.")
                          .arg(nativePath, QDir::toNativeSeparators(lockPath)),
                      ErrorCode::ReadOnly};
    }

    // Owner-only, then who and since when.
    QFile::setPermissions(lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(lockPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        const QByteArray since = Clock::now()
                                     .toOffsetFromUtc(Clock::now().offsetFromUtc())
                                     .toString(Qt::ISODate)
                                     .toUtf8();
        QByteArray user = currentOsUser().toUtf8();
        user.replace('\n', ' ');
        file.write(userKey + user + '\n' + sinceKey + since + '\n');
        file.close();
    }
    return DatabaseLock(databasePath, std::move(lock));
}

std::optional<LockHolder> DatabaseLock::holder(const QString &databasePath)
{
    const QString lockPath = lockPathFor(databasePath);
    if (!QFileInfo::exists(lockPath))
        return std::nullopt;
    LockHolder who;
    QLockFile lock(lockPath);
    if (!lock.getLockInfo(&who.pid, &who.host, &who.application)) {
        // There, but unreadable (another user's owner-only lock) or being written.
        who.since = QFileInfo(lockPath).lastModified();
        return who;
    }
    if ((who.host.isEmpty() || who.host == QSysInfo::machineHostName()) && !isRunningHere(who.pid))
        return std::nullopt; // left behind: the next acquire() takes it over

    QFile file(lockPath);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(userKey))
                who.user = QString::fromUtf8(line.mid(userKey.size()));
            else if (line.startsWith(sinceKey))
                who.since
                    = QDateTime::fromString(QString::fromUtf8(line.mid(sinceKey.size())), Qt::ISODate).toLocalTime();
        }
    }
    if (!who.since.isValid())
        who.since = QFileInfo(lockPath).lastModified();
    return who;
}

} // namespace bd
