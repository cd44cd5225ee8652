#include "backups.h"

#include "database.h"
#include "util/outputtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Backups", text);
}

const QString automaticSuffix = QStringLiteral(".boarddesk");
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// "2026-11-22.boarddesk": the day an automatic backup was taken.
QDate automaticBackupDate(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.boarddesk$"));
    const auto match = pattern.match(fileName);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

// The automatic backups in \a folder, newest first.
QList<BackupInfo> automaticBackups(const QString &folder)
{
    QList<BackupInfo> found;
    const QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*") + automaticSuffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QDate day = automaticBackupDate(file.fileName());
        if (!day.isValid())
            continue;
        // When it was written, if that was on its day; the day itself otherwise (a clock
        // that was set by hand, or a copy of the folder).
        const QDateTime written = file.lastModified();
        found << BackupInfo {file.absoluteFilePath(), written.date() == day ? written : day.startOfDay(),
                             BackupKind::Automatic};
    }
    std::sort(found.begin(), found.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return found;
}

// Copies \a from to \a to, creating \a to owner-only.
Result<void> copyOwnerOnly(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(from), source.errorString())};
    QFile::remove(to);
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
        return Error {tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(to), target.errorString())};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            break;
        if (target.write(chunk) != chunk.size()) {
            const QString why = target.errorString();
            target.close();
            QFile::remove(to);
            return Error {tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(to), why)};
        }
    }
    if (source.error() != QFileDevice::NoError || !target.flush()) {
        target.close();
        QFile::remove(to);
        return Error {tr("Cannot copy %1 to %2.").arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to))};
    }
    return {};
}

} // namespace

QString backupFolderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(" backups"));
}

QList<BackupInfo> listBackups(const QString &databasePath)
{
    QList<BackupInfo> all = automaticBackups(backupFolderFor(databasePath));

    // The copies beside the database: "<name>.before-v3-20261122-101500.bak",
    // "<name>.before-import-20261122-101500.bak", "<name>.before-restore-20261122-101500.bak".
    const QFileInfo info(databasePath);
    const QString prefix = info.fileName() + QStringLiteral(".before-");
    static const QRegularExpression pattern(QStringLiteral("^(v\\d+|import|restore)-(\\d{8}-\\d{6})\\.bak$"));
    const QFileInfoList files = info.absoluteDir().entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (!file.fileName().startsWith(prefix))
            continue;
        const auto match = pattern.match(file.fileName().mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(match.captured(2), stampFormat);
        if (!taken.isValid())
            continue;
        const QString what = match.captured(1);
        const BackupKind kind = what == QLatin1String("import") ? BackupKind::BeforeImport
            : what == QLatin1String("restore")                  ? BackupKind::BeforeRestore
                                                                : BackupKind::BeforeUpgrade;
        all << BackupInfo {file.absoluteFilePath(), taken, kind};
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const BackupInfo &a, const BackupInfo &b) { return a.takenAt > b.takenAt; });
    return all;
}

std::optional<BackupInfo> newestBackup(const QString &databasePath)
{
    const QList<BackupInfo> all = listBackups(databasePath);
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

Result<QString> BackupRotation::runIfDue(Database &db, const QString &folder, int keep, const QDateTime &now)
{
    const QString target = folder.isEmpty() ? backupFolderFor(db.path()) : folder;
    const QString nativeTarget = QDir::toNativeSeparators(target);
    if (auto made = makeFolder(target); !made)
        return made.error();
    // Owner-only: the backups hold everything the database holds.
    if (!QFile::setPermissions(target, ownerOnlyFolder))
        return Error {tr("Cannot make the backup folder %1 private to you.").arg(nativeTarget)};

    const QString path = QDir(target).filePath(now.date().toString(Qt::ISODate) + automaticSuffix);
    if (QFileInfo::exists(path))
        return QString();
    if (auto saved = db.backupTo(path); !saved)
        return saved.error();

    const QList<BackupInfo> existing = automaticBackups(target);
    QList<BackupInfo> byDay = existing;
    std::sort(byDay.begin(), byDay.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return automaticBackupDate(QFileInfo(a.path).fileName()) > automaticBackupDate(QFileInfo(b.path).fileName());
    });
    for (qsizetype i = qMax(1, keep); i < byDay.size(); ++i) {
        if (!QFile::remove(byDay.at(i).path))
            return Error {tr("The backup %1 was taken, but the old backup %2 could not be deleted.")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(byDay.at(i).path))};
    }
    return path;
}

Result<QString> restoreFromBackup(const QString &backupPath, const QString &targetPath, const QDateTime &now)
{
    const QString nativeTarget = QDir::toNativeSeparators(targetPath);
    if (auto verified = Database::verifyCopy(backupPath); !verified)
        return Error {tr("%1 was not restored: %2").arg(nativeTarget, verified.errorMessage())};

    // The file as it is now, with its log, so that the restore can itself be undone.
    QString keptCopy;
    bool placeholderMade = false;
    const QString wal = targetPath + QStringLiteral("-wal");
    if (QFileInfo::exists(targetPath)) {
        keptCopy = QStringLiteral("%1.before-restore-%2.bak").arg(targetPath, now.toString(stampFormat));
        if (auto copied = copyOwnerOnly(targetPath, keptCopy); !copied)
            return Error {tr("%1 was not restored, because no copy of it could be kept first: %2")
                              .arg(nativeTarget, copied.errorMessage())};
        if (QFileInfo(wal).size() > 0) {
            if (auto copied = copyOwnerOnly(wal, keptCopy + QStringLiteral("-wal")); !copied)
                return Error {tr("%1 was not restored, because no copy of it could be kept first: %2")
                                  .arg(nativeTarget, copied.errorMessage())};
        }
    } else {
        // So that QSaveFile keeps owner-only permissions for the new file.
        QFile placeholder(targetPath);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile))
            return Error {tr("Cannot write %1: %2").arg(nativeTarget, placeholder.errorString())};
        placeholderMade = true;
    }
    const auto failed = [&](const QString &message) -> Result<QString> {
        if (placeholderMade)
            QFile::remove(targetPath);
        return Error {message};
    };

    // Written beside the target, then renamed over it: whole or not at all.
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(backupPath), source.errorString()));
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("Cannot write %1: %2").arg(nativeTarget, file.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || file.write(chunk) != chunk.size()) {
            file.cancelWriting();
            return failed(tr("%1 was not restored: %2").arg(nativeTarget, file.errorString()));
        }
    }
    // The log and shared memory of the file being replaced belong to it, not to the backup:
    // SQLite would apply that log to the restored file.
    QFile::remove(wal);
    QFile::remove(targetPath + QStringLiteral("-shm"));
    if (!file.commit())
        return failed(tr("%1 was not restored: %2").arg(nativeTarget, file.errorString()));
    QFile::setPermissions(targetPath, ownerOnlyFile);
    return keptCopy;
}

} // namespace bd
