// Issue 12: the lock is not bypassed through another name for the file. A symbolic link
// meets the lock of the file it leads to; a file with a second name (a hard link) is never
// opened for changes, since SQLite would keep a second write-ahead log under that name.
#include "fixtures.h"

#include "store/database.h"
#include "store/lock.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace bd;
using bd::test::TempDir;

namespace {

QString makeDatabase(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    return path;
}

} // namespace

TEST_CASE("a symbolic link to a database meets the lock of the file it leads to", "[reliability][lock]")
{
    TempDir dir;
    const QString file = makeDatabase(dir, QStringLiteral("h.boarddesk"));
    const QString link = dir.path(QStringLiteral("l.boarddesk"));
    REQUIRE(QFile::link(file, link));

    SECTION("held through the file, refused through the link")
    {
        auto held = DatabaseLock::acquire(file);
        REQUIRE(held.ok());
        auto second = DatabaseLock::acquire(link);
        REQUIRE_FALSE(second.ok());
        CHECK(second.errorCode() == ErrorCode::Locked);
        CHECK(second.errorMessage().contains(QStringLiteral("l.boarddesk")));
        CHECK(DatabaseLock::holder(link).has_value());
    }
    SECTION("held through the link, refused through the file")
    {
        auto held = DatabaseLock::acquire(link);
        REQUIRE(held.ok());
        auto second = DatabaseLock::acquire(file);
        REQUIRE_FALSE(second.ok());
        CHECK(second.errorCode() == ErrorCode::Locked);
        CHECK(DatabaseLock::holder(file).has_value());
    }
    CHECK(DatabaseLock::lockPathFor(link) == DatabaseLock::lockPathFor(file));
}

TEST_CASE("a database with a second name (a hard link) is never locked for changes", "[reliability][lock]")
{
    TempDir dir;
    const QString file = makeDatabase(dir, QStringLiteral("h.boarddesk"));
    const QString other = dir.path(QStringLiteral("other.boarddesk"));
    REQUIRE(::link(QFile::encodeName(file).constData(), QFile::encodeName(other).constData()) == 0);

    for (const QString &name : {file, other}) {
        auto lock = DatabaseLock::acquire(name);
        REQUIRE_FALSE(lock.ok());
        INFO(lock.errorMessage().toStdString());
        CHECK(lock.errorCode() == ErrorCode::HardLinked);
        CHECK(lock.errorMessage().contains(QFileInfo(name).fileName()));
        CHECK(lock.errorMessage().contains(QStringLiteral("2 names")));
        CHECK(lock.errorMessage().contains(QStringLiteral("read-only")));
    }
    // Once it has one name again, it is locked as any file is.
    REQUIRE(QFile::remove(other));
    auto lock = DatabaseLock::acquire(file);
    INFO(lock.errorMessage().toStdString());
    CHECK(lock.ok());
}
