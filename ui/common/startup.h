#pragma once

#include "store/backups.h"
#include "store/lock.h"
#include "store/store.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bd {

// Opening and creating partnership databases for the desktop: what the welcome page and
// the File menu offer. The work is core's; these choose the files and the order of steps.

// Where "Explore the demo" keeps its database: beside the default one.
QString demoDatabasePath();

// Opens an existing database (core opens a file this user may not write read-only).
Result<std::unique_ptr<Store>> openPartnershipFile(const QString &path);

// Creates a new database at \a path (its folder too) for a partnership called \a name.
// An existing file is refused, never overwritten.
Result<std::unique_ptr<Store>> createPartnershipFile(const QString &path, const QString &name);

// Opens the demo database, creating it from the demo archive built into the program the
// first time. A failed creation leaves no file behind.
Result<std::unique_ptr<Store>> openDemoPartnership(const QString &path = demoDatabasePath());

// What opening a partnership file came to, and what the window offers when it failed. The
// decision is made here, where a test can check it; the dialogs only show it.
struct OpenDecision {
    enum class Kind {
        Opened, // nothing to ask
        Locked, // another running program has it open for changes: "Open read-only" or Cancel
        Damaged, // not a sound database: open the newest backup (when there is one) or Cancel
        NewerSchema, // written by a newer BoardDesk: refused, the message names both versions
        Failed, // any other reason: the message says why
    };
    Kind kind = Kind::Opened;
    QString title; // the dialog's title
    QString message; // names the file and the problem
    std::optional<LockHolder> holder; // Locked: who has it
    std::optional<BackupInfo> backup; // Damaged: the newest backup, offered to restore beside it

    bool offersReadOnly() const { return kind == Kind::Locked; }
    bool offersBackup() const { return kind == Kind::Damaged && backup.has_value(); }
};

// What the user chose in answer to an OpenDecision.
enum class OpenChoice { Cancel, OpenReadOnly, RestoreBackup };

// Why a failed open of \a path failed (\a error is the open's error, whose code says what
// kind of refusal it was), as a decision. A file another program holds (\a holder) is Locked.
OpenDecision decideFailedOpen(const QString &path, const Error &error,
                              const std::optional<LockHolder> &holder = std::nullopt);

// An opened partnership with its lock, or the decision to put to the user.
struct OpenAttempt {
    std::unique_ptr<Store> store; // null unless opened
    std::optional<DatabaseLock> lock; // held while it is open for changes
    // Why it is open read-only when that is not the file's doing (another program holds it):
    // for the banner. Empty otherwise.
    QString readOnlyNote;
    OpenDecision decision;
    bool opened() const { return store != nullptr; }
};

// One user at a time: takes \a path's lock, then opens it for changes. When another running
// program holds the lock nothing is opened, and the decision says who holds it. With
// \a readOnly it opens the file for reading only and takes no lock; the note says who holds
// it, if anyone. A damaged or newer file is refused untouched, with its decision.
OpenAttempt openPartnership(const QString &path, bool readOnly = false);

// Restores \a backupPath to a new file beside \a damagedPath (named after it, "restored" and
// the time), never changing the damaged file. Returns the new file's path.
Result<QString> restoreBesideDamaged(const QString &damagedPath, const QString &backupPath,
                                     const QDateTime &now = Clock::now());

// What the banner across the top of the window says about an open store: why it is
// read-only (\a note, or the file's own reason), and an upgrade just made. Empty when there
// is nothing to say.
QString openBannerText(Store &store, const QString &note = {});

// The files opened lately, newest first, as kept in the user's settings.
class RecentFiles {
public:
    static constexpr int maximum = 8;
    // Those that still exist.
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace bd
