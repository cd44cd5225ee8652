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

// Everything in the store, as an archive.
Result<QByteArray> exportArchive(Store &store);

} // namespace bd
