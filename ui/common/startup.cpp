#include "startup.h"

#include "archive/transfer.h"
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
    if (!QDir().mkpath(info.absolutePath()))
        return Error {tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()))};
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
    QDir().mkpath(QFileInfo(path).absolutePath());
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
