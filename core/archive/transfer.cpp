#include "transfer.h"

#include "archive.h"
#include "store/store.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace bd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Transfer", text);
}
} // namespace

Result<ImportOutcome> importArchive(Store &store, const QByteArray &bytes, const QString &fileName, bool replace,
                                    const Progress &progress)
{
    // Reading takes about a quarter of the time, storing the rest.
    const ProgressSpan reading(progress, 0, 25);
    if (!reading.report(0, 1))
        return Error {cancelledMessage()};
    auto data = readArchive(bytes, fileName);
    if (!data)
        return data.error();
    if (!reading.report(1, 1))
        return Error {cancelledMessage()};

    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    ImportOutcome outcome;
    if (!*empty) {
        if (!replace)
            return Error {tr("%1 already holds a partnership; nothing was imported. Use --replace to replace it "
                             "(a backup is taken first).")
                              .arg(QDir::toNativeSeparators(store.path()))};
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
    const Progress storing = [&progress](int percent) { return !progress || progress(25 + percent * 75 / 100); };
    if (auto stored = store.replaceAll(*data, storing); !stored) {
        // Nothing was changed, so the copy taken for the replace is not a backup of anything.
        if (!outcome.backupPath.isEmpty())
            QFile::remove(outcome.backupPath);
        if (stored.errorMessage() == cancelledMessage())
            return stored.error();
        return Error {tr("%1: nothing was imported: %2").arg(fileName, stored.errorMessage())};
    }
    return outcome;
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
