#include "outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::OutputTarget", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What is at a path, following symlinks.
struct FileIdentity {
    bool exists = false;
    bool regular = false;
    QString kind; // for what is not a regular file: "a folder", "a device", ...
    quint64 device = 0;
    quint64 inode = 0;

    bool sameFileAs(const FileIdentity &other) const
    {
        return exists && other.exists && device == other.device && inode == other.inode && (device || inode);
    }
};

FileIdentity identify(const QString &path)
{
    FileIdentity id;
#ifdef Q_OS_UNIX
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.exists = true;
    id.regular = S_ISREG(st.st_mode);
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    if (S_ISDIR(st.st_mode))
        id.kind = tr("a folder");
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        id.kind = tr("a device");
    else if (S_ISFIFO(st.st_mode))
        id.kind = tr("a named pipe");
    else if (S_ISSOCK(st.st_mode))
        id.kind = tr("a socket");
    else
        id.kind = tr("not a regular file");
#else
    const QFileInfo info(path);
    id.exists = info.exists();
    id.regular = info.isFile();
    id.kind = info.isDir() ? tr("a folder") : tr("not a regular file");
#endif
    return id;
}

// The path a write to \a path lands on: a symlink's target (even a missing one), made
// absolute with its folder's symlinks resolved, so two names for one place compare equal.
QString landingPath(const QString &path)
{
    QFileInfo info(path);
    if (info.isSymLink())
        info = QFileInfo(info.symLinkTarget());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

enum class Header { Other, Unreadable, Database, WalModeDatabase, BoardDeskBackup, WriteAheadLog, Journal };

Header headerOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Header::Unreadable;
    const QByteArray head = file.read(100);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        if (head.size() < 72)
            return Header::Database;
        // Bytes 18 and 19: 2 in WAL mode. Bytes 68-71: the application id, "BDSK" for ours.
        if (head.at(18) == 2 || head.at(19) == 2)
            return Header::WalModeDatabase;
        return head.mid(68, 4) == QByteArrayLiteral("BDSK") ? Header::BoardDeskBackup : Header::Database;
    }
    // A write-ahead log's magic number, either byte order; a rollback journal's.
    if (head.startsWith(QByteArray::fromHex("377f0682")) || head.startsWith(QByteArray::fromHex("377f0683")))
        return Header::WriteAheadLog;
    if (head.startsWith(QByteArray::fromHex("d9d505f920a163d7")))
        return Header::Journal;
    return Header::Other;
}

// The names of a database's own files, beside it.
const QStringList ownSuffixes {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                               QStringLiteral(".lock")};

// Whether \a database's files (log, shared memory, lock) are beside it: it is open, or was.
bool hasCompanions(const QString &database)
{
    for (const QString &suffix : ownSuffixes)
        if (QFileInfo::exists(database + suffix))
            return true;
    return false;
}

Error refused(const QString &path, const QString &why)
{
    return Error {tr("%1 was not written: %2 Choose another file name.").arg(native(path), why)};
}

Result<void> checkAgainstDatabase(const QString &path, const FileIdentity &target, const QString &database)
{
    const QString db = landingPath(database);
    if (target.sameFileAs(identify(database)))
        return refused(
            path,
            tr("it is the database that is open (%1), and an export never writes over it.").arg(native(database)));
    const QString landing = landingPath(path);
    for (const QString &suffix : ownSuffixes) {
        if (landing == db + suffix || target.sameFileAs(identify(db + suffix)))
            return refused(path, tr("it is one of the files of the open database %1.").arg(native(database)));
    }
    const bool besideBackup = landing.startsWith(db + QLatin1Char('.')) && landing.endsWith(QLatin1String(".bak"));
    if (besideBackup || landing.startsWith(db + QStringLiteral(" backups/")))
        return refused(path, tr("it is one of the backups of the open database %1.").arg(native(database)));
    return {};
}

} // namespace

Result<void> checkOutputTarget(const QString &path, const OutputRules &rules)
{
    if (path.isEmpty())
        return Error {tr("No output file was given: name the file to write.")};
    const FileIdentity target = identify(path);
    if (target.exists && !target.regular)
        return refused(path, tr("it is %1, not a regular file.").arg(target.kind));
    if (!rules.database.isEmpty()) {
        if (auto fine = checkAgainstDatabase(path, target, rules.database); !fine)
            return fine;
    }
    // Another database's own files, even when that database is not the one open here.
    const QString landing = landingPath(path);
    for (const QString &suffix : ownSuffixes) {
        if (!landing.endsWith(suffix))
            continue;
        const QString owner = landing.chopped(suffix.size());
        const Header header = headerOf(owner);
        if (header != Header::Other && header != Header::Unreadable)
            return refused(path, tr("it belongs to the database %1.").arg(native(owner)));
    }
    if (!target.exists)
        return {};
    switch (headerOf(path)) {
    case Header::BoardDeskBackup:
        if (rules.mayReplaceBackup && !hasCompanions(path))
            return {};
        [[fallthrough]];
    case Header::Database:
    case Header::WalModeDatabase:
        return refused(path, tr("it is an SQLite database, and an export never writes over one."));
    case Header::WriteAheadLog:
    case Header::Journal:
        return refused(path, tr("it is an SQLite database's log."));
    case Header::Other:
    case Header::Unreadable:
        break;
    }
    return {};
}

Result<void> checkOutputFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo(folder).isDir())
        return {};
    const QString why
        = QFileInfo::exists(folder) ? tr("%1 is a file, not a folder") : tr("the folder %1 does not exist");
    return Error {tr("%1 was not written: %2. Create the folder first, or choose another place.")
                      .arg(native(path), why.arg(native(folder)))};
}

Result<void> makeFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir() || QDir().mkpath(folder))
        return {};
    // Say which part is in the way: the nearest thing that exists.
    QString existing = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    const QString why = QFileInfo(existing).isDir() ? tr("%1 cannot be written to").arg(native(existing))
                                                    : tr("%1 is a file, not a folder").arg(native(existing));
    return Error {tr("The folder %1 cannot be created: %2. Create it yourself, or choose another place.")
                      .arg(native(folder), why)};
}

Result<void> makeFolderFor(const QString &path)
{
    return makeFolder(QFileInfo(path).absolutePath());
}

Result<void> writeOutputFile(const QString &path, const QByteArray &bytes, const OutputRules &rules)
{
    if (auto allowed = checkOutputTarget(path, rules); !allowed)
        return allowed;
    if (auto folder = checkOutputFolder(path); !folder)
        return folder;
    QSaveFile file(path);
    const auto failed = [&] {
        // Read the reason before anything else resets it; when the system gives none, say
        // what a failure here nearly always is.
        QString why = file.errorString();
        if (why.isEmpty() || why == QLatin1String("Unknown error"))
            why = tr("the disk may be full");
        file.cancelWriting();
        return Error {
            tr("Cannot write %1: %2. Nothing was written; any old file is as it was.").arg(native(path), why)};
    };
    // Unbuffered, and written until the system says why not: a full disk first gives a
    // short write with no error, and only the next write says "No space left on device".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed();
    if (rules.access == OutputAccess::OwnerOnly
        && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed();
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return failed();
        done += written;
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace bd
