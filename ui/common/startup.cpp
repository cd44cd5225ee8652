#include "startup.h"

#include "archive/transfer.h"
#include "util/outputtarget.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Startup", text);
}

const QString recentKey = QStringLiteral("recentFiles");

} // namespace

QString demoDatabasePath()
{
    return QFileInfo(defaultDatabasePath()).dir().filePath(QStringLiteral("demo.boarddesk"));
}

Result<std::unique_ptr<Store>> openPartnershipFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
    OpenOptions options;
    options.create = false; // a file that went away is an error, not a new partnership
    return Store::open(path, options);
}

Result<std::unique_ptr<Store>> createPartnershipFile(const QString &path, const QString &name)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error {tr("%1 already exists; choose another name for the new partnership's file.")
                          .arg(QDir::toNativeSeparators(path))};
    if (auto folder = makeFolderFor(path); !folder)
        return folder.error();
    auto store = Store::open(path);
    if (!store)
        return store;
    Partnership partnership;
    partnership.name = name.trimmed();
    if (auto saved = (*store)->setPartnership(partnership); !saved)
        return saved.error();
    return store;
}

Result<std::unique_ptr<Store>> openDemoPartnership(const QString &path)
{
    if (QFileInfo::exists(path))
        return openPartnershipFile(path);
    QFile archive(demoArchivePath());
    if (!archive.open(QIODevice::ReadOnly))
        return Error {tr("The demo partnership is missing from this program.")};
    const QByteArray bytes = archive.readAll();
    if (auto folder = makeFolderFor(path); !folder)
        return folder.error();
    auto store = Store::open(path);
    if (!store)
        return store;
    auto imported = importArchive(**store, bytes, QStringLiteral("northvale.json"), false);
    if (!imported) {
        store->reset(); // close it before removing it
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return imported.error();
    }
    return store;
}

OpenDecision decideFailedOpen(const QString &path, const Error &error, const std::optional<LockHolder> &holder)
{
    OpenDecision decision;
    const QString nativePath = QDir::toNativeSeparators(path);
    if (holder) {
        decision.kind = OpenDecision::Kind::Locked;
        decision.holder = holder;
        decision.title = tr("Partnership in use");
        decision.message = tr("%1 is open for changes by %2.\n\nOnly one person can change a partnership at a time. "
                              "You can open it read-only, to read, search and export it, while they work.")
                               .arg(nativePath, holder->describe());
        return decision;
    }
    // Core said what the refusal was: the file is not looked at a second time.
    decision.message = error.message.isEmpty() ? tr("%1 could not be opened.").arg(nativePath) : error.message;
    switch (outcomeOf(error)) {
    case OpenOutcome::Damaged:
        decision.kind = OpenDecision::Kind::Damaged;
        decision.title = tr("Damaged partnership file");
        decision.backup = newestBackup(path);
        if (decision.backup)
            decision.message += QStringLiteral("\n\n")
                + tr("You can open the newest backup instead: it is copied to a new file beside %1, which is "
                     "left as it is.")
                      .arg(QFileInfo(path).fileName());
        return decision;
    case OpenOutcome::NewerSchema:
        decision.kind = OpenDecision::Kind::NewerSchema;
        decision.title = tr("Made by a newer BoardDesk");
        decision.message += QLatin1Char(' ') + tr("It was not opened, and nothing in it was changed.");
        return decision;
    case OpenOutcome::Locked:
        decision.kind = OpenDecision::Kind::Failed;
        decision.title = tr("Partnership in use");
        return decision;
    case OpenOutcome::Opened:
    case OpenOutcome::Upgraded:
    case OpenOutcome::ReadOnly:
    case OpenOutcome::Failed:
        break;
    }
    decision.kind = OpenDecision::Kind::Failed;
    decision.title = tr("Could not open the partnership");
    return decision;
}

OpenAttempt openPartnership(const QString &path, bool readOnly)
{
    OpenAttempt attempt;
    if (!QFileInfo::exists(path)) {
        attempt.decision = decideFailedOpen(
            path, Error {tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), ErrorCode::NotFound});
        return attempt;
    }
    if (readOnly) {
        if (const auto holder = DatabaseLock::holder(path))
            attempt.readOnlyNote = tr("Read-only: %1 has this partnership open for changes. You can read, search and "
                                      "export it here; to change it, open it again once they have closed it.")
                                       .arg(holder->describe());
        else
            attempt.readOnlyNote = tr("Read-only: this partnership was opened for reading only; nothing in it can be "
                                      "changed here.");
    } else {
        auto lock = DatabaseLock::acquire(path);
        if (lock) {
            attempt.lock.emplace(std::move(*lock));
        } else if (auto holder = DatabaseLock::holder(path)) {
            attempt.decision = decideFailedOpen(path, lock.error(), holder);
            return attempt;
        } else if (lock.errorCode() != ErrorCode::ReadOnly) {
            attempt.decision = decideFailedOpen(path, lock.error());
            return attempt;
        }
        // No holder but no lock either (a folder that cannot be written): core opens such a
        // file read-only and says why.
    }
    OpenOptions options;
    options.create = false; // a file that went away is an error, not a new partnership
    options.readOnly = readOnly;
    auto store = Store::open(path, options);
    if (!store) {
        attempt.lock.reset(); // nothing open: let go of it
        attempt.decision = decideFailedOpen(path, store.error());
        return attempt;
    }
    attempt.store = std::move(*store);
    if (attempt.store->isReadOnly() && attempt.lock)
        attempt.lock.reset(); // read-only for the file's own reasons: nothing to guard
    return attempt;
}

Result<QString> restoreBesideDamaged(const QString &damagedPath, const QString &backupPath, const QDateTime &now)
{
    const QFileInfo damaged(damagedPath);
    const QString stem
        = tr("%1 restored %2").arg(damaged.completeBaseName(), now.toString(QStringLiteral("yyyy-MM-dd HHmm")));
    const QString suffix = damaged.suffix().isEmpty() ? QStringLiteral("boarddesk") : damaged.suffix();
    QString target = damaged.dir().filePath(QStringLiteral("%1.%2").arg(stem, suffix));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = damaged.dir().filePath(QStringLiteral("%1 (%2).%3").arg(stem).arg(n).arg(suffix));
    auto restored = restoreFromBackup(backupPath, target, now);
    if (!restored)
        return restored.error();
    return target;
}

QString openBannerText(Store &store, const QString &note)
{
    const OpenReport &report = store.database().openReport();
    QStringList banner;
    if (store.isReadOnly()) {
        if (!note.isEmpty())
            banner << note;
        else if (!report.readOnlyMessage.isEmpty())
            banner << tr("Read-only: %1").arg(report.readOnlyMessage);
        else
            banner << tr("Read-only: this partnership is open for reading only; nothing in it can be changed here.");
    }
    if (report.outcome == SchemaOutcome::Upgraded)
        banner
            << tr("This file was brought up to date for this version of BoardDesk; the file as it was is kept at %1.")
                   .arg(QDir::toNativeSeparators(report.backupPath));
    return banner.join(QLatin1Char(' '));
}

QStringList RecentFiles::list()
{
    QStringList files;
    for (const QString &path : QSettings().value(recentKey).toStringList()) {
        if (QFileInfo::exists(path))
            files << path;
    }
    return files;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(recentKey);
}

} // namespace bd
