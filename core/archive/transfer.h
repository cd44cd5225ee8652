#pragma once

#include "util/progress.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace bd {

class Store;

struct ImportOutcome {
    QString backupPath; // where the replaced database was copied first, if it held records
};

// Reads \a bytes as an archive (archive-v1.md) and stores it, all or nothing. A database
// that already holds records is refused unless \a replace; a replace first writes a verified
// backup beside the database. \a fileName names the archive in messages. \a progress hears
// how far it has got and may cancel it: it then fails with cancelledMessage() and nothing
// is written. A replace that fails or is cancelled removes the copy it took (the database is
// as it was); a read-only store is refused before any copy is taken.
Result<ImportOutcome> importArchive(Store &store, const QByteArray &bytes, const QString &fileName, bool replace,
                                    const Progress &progress = {});

// The largest archive importArchiveFile() reads: some five times a large partnership's twenty
// years (about 100 MB).
inline constexpr qint64 maxArchiveBytes = qint64(512) * 1024 * 1024;

// The same, from the archive file \a path, read in place rather than held in memory: it must be
// a regular file (not a folder, device or pipe) of at most maxArchiveBytes.
Result<ImportOutcome> importArchiveFile(Store &store, const QString &path, bool replace, const Progress &progress = {});
// Whether \a path is a file importArchiveFile() reads (before a database is made for it).
Result<void> checkArchiveFile(const QString &path);

// Everything in the store, as an archive.
Result<QByteArray> exportArchive(Store &store);

} // namespace bd
