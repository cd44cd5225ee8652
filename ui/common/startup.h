#pragma once

#include "store/store.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>

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
