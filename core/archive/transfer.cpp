#include "transfer.h"

#include "archive.h"
#include "store/store.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Transfer", text);
}
} // namespace

namespace {

// The bytes of a file mapped into memory, let go of (on Linux) as the import passes them:
// pages read once are dropped from the process rather than kept to the end.
class MappedFile {
public:
    explicit MappedFile(const QString &path)
        : m_file(path)
    {
    }
    ~MappedFile()
    {
        if (m_data)
            m_file.unmap(m_data);
    }

    Result<QByteArrayView> open()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return Error {
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
        if (m_file.size() == 0)
            return QByteArrayView();
        m_data = m_file.map(0, m_file.size());
        if (!m_data)
            return Error {
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
        m_size = m_file.size();
#ifdef Q_OS_LINUX
        madvise(m_data, size_t(m_size), MADV_SEQUENTIAL);
#endif
        return QByteArrayView(reinterpret_cast<const char *>(m_data), m_size);
    }

    // Bytes \a start to \a end will not be read again soon.
    void letGo(qsizetype start, qsizetype end)
    {
#ifdef Q_OS_LINUX
        const qsizetype page = qsizetype(sysconf(_SC_PAGESIZE));
        const qsizetype from = (start + page - 1) / page * page; // whole pages inside the range
        const qsizetype to = std::min(end, m_size) / page * page;
        if (m_data && to > from)
            madvise(m_data + from, size_t(to - from), MADV_DONTNEED);
#else
        Q_UNUSED(start);
        Q_UNUSED(end);
#endif
    }

private:
    QFile m_file;
    uchar *m_data = nullptr;
    qsizetype m_size = 0;
};

Result<ImportOutcome> importBytes(Store &store, QByteArrayView bytes, const QString &fileName, bool replace,
                                  const Progress &progress, const std::function<void(qsizetype, qsizetype)> &done)
{
    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    ImportOutcome outcome;
    if (!*empty) {
        if (!replace) {
            // A broken archive is worth hearing about first: it would not import anywhere.
            if (auto read = streamArchive(bytes, fileName, {}, {done, {}}); !read)
                return read.error();
            return Error {tr("%1 already holds a partnership; nothing was imported. Use --replace to replace it "
                             "(a backup is taken first).")
                              .arg(QDir::toNativeSeparators(store.path()))};
        }
        // Said before the backup, not after it: a file that cannot be written gets no copy
        // it does not need on every try.
        if (store.isReadOnly()) {
            const QString why = store.database().openReport().readOnlyMessage;
            if (!why.isEmpty())
                return Error {tr("Nothing was imported, and no backup was taken: %1").arg(why), ErrorCode::ReadOnly};
            return Error {tr("%1 cannot be written to (it is open read-only), so nothing was imported and no "
                             "backup was taken. Import into a file you can change, or open it for changes first.")
                              .arg(QDir::toNativeSeparators(store.path())),
                          ErrorCode::ReadOnly};
        }
        outcome.backupPath = QStringLiteral("%1.before-import-%2.bak")
                                 .arg(store.path(), Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (auto saved = store.database().backupTo(outcome.backupPath); !saved)
            return Error {tr("Nothing was imported, because the backup failed: %1").arg(saved.errorMessage())};
    }
    // Nothing was changed if it fails, so the copy taken for the replace is not a backup of anything.
    const auto failed = [&outcome](const Error &error) {
        if (!outcome.backupPath.isEmpty())
            QFile::remove(outcome.backupPath);
        return error;
    };

    // The archive is read, checked and stored record by record, in one transaction: nothing
    // stays unless the whole of it is sound.
    auto replacement = store.beginReplacement();
    if (!replacement)
        return failed(Error {tr("%1: nothing was imported: %2").arg(fileName, replacement.errorMessage())});
    bool storing = false; // the error, if any, is the store's (not the archive's)
    ArchiveSink sink;
    sink.partnership = [&](const Partnership &partnership) {
        auto set = (*replacement)->setPartnership(partnership);
        storing = !set;
        return set;
    };
    sink.record = [&](ArchiveRecord record) {
        auto added = (*replacement)->add(record);
        storing = !added;
        return added;
    };
    StreamOptions options;
    options.done = done;
    // Reading and storing go together; building the indexes at the end takes the rest.
    options.progress
        = [&progress](qsizetype read, qsizetype total) { return !progress || progress(int(read * 90 / total)); };
    auto read = streamArchive(bytes, fileName, sink, options);
    if (read) {
        storing = true;
        read = (*replacement)->finish(progress);
    }
    if (!read) {
        replacement->reset(); // rolls back
        if (read.errorMessage() == cancelledMessage() || !storing)
            return failed(read.error());
        return failed(Error {tr("%1: nothing was imported: %2").arg(fileName, read.errorMessage())});
    }
    return outcome;
}

} // namespace

Result<ImportOutcome> importArchive(Store &store, const QByteArray &bytes, const QString &fileName, bool replace,
                                    const Progress &progress)
{
    return importBytes(store, bytes, fileName, replace, progress, {});
}

Result<void> checkArchiveFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.exists())
        return Error {tr("%1 does not exist.").arg(shown)};
#ifdef Q_OS_UNIX
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return Error {tr("%1 is not a file that can be imported (a folder, a device or a pipe): an archive is a "
                         "regular file.")
                          .arg(shown)};
#else
    if (!info.isFile())
        return Error {tr("%1 is not a file that can be imported: an archive is a regular file.").arg(shown)};
#endif
    if (info.size() > maxArchiveBytes)
        return Error {tr("%1 is %2 MB; BoardDesk imports archives of at most %3 MB.")
                          .arg(shown)
                          .arg(info.size() / (1024 * 1024))
                          .arg(maxArchiveBytes / (1024 * 1024))};
    return {};
}

Result<ImportOutcome> importArchiveFile(Store &store, const QString &path, bool replace, const Progress &progress)
{
    if (auto checked = checkArchiveFile(path); !checked)
        return checked.error();
    MappedFile file(path);
    auto bytes = file.open();
    if (!bytes)
        return bytes.error();
    return importBytes(store, *bytes, QFileInfo(path).fileName(), replace, progress,
                       [&file](qsizetype start, qsizetype end) { file.letGo(start, end); });
}

Result<QByteArray> exportArchive(Store &store)
{
    // A value the records cannot hold (text in a sum of money, 30 February) would be read as
    // 0 pence or no date: an archive that says something else, or will not import.
    auto bad = store.database().valueProblems();
    if (!bad)
        return bad.error();
    if (!bad->isEmpty())
        return Error {tr("No archive was written: %1 holds values its records cannot hold. The first: %2 "
                         "boarddesk-cli check lists them all; mend them, or restore a backup.")
                          .arg(QDir::toNativeSeparators(store.path()), bad->constFirst()),
                      ErrorCode::Damaged};
    auto data = store.loadAll();
    if (!data)
        return data.error();
    return writeArchive(*data, Clock::now());
}

} // namespace bd
