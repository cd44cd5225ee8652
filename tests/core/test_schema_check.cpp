// Issue 12: damage made by hand or by an unlucky copy, which SQLite's own checks pass: a log
// (-wal) that is not the file's own, a trigger or table changed, values the records cannot hold.
#include "fixtures.h"
#include "testpaths.h"

#include "archive/transfer.h"
#include "store/database.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace bd;
using bd::test::TempDir;

namespace {

std::unique_ptr<Store> openStore(const QString &path, OpenOptions options = {})
{
    auto store = Store::open(path, options);
    INFO((store ? QString() : store.errorMessage()).toStdString());
    REQUIRE(store.ok());
    return std::move(*store);
}

std::unique_ptr<Store> demoStore(const QString &path)
{
    auto store = openStore(path);
    REQUIRE(importArchive(*store, test::demoArchive(), QStringLiteral("demo.json"), false).ok());
    return store;
}

QString agencyName(Store &store, const Id &id)
{
    auto agency = store.get<Agency>(id);
    REQUIRE(agency.ok());
    REQUIRE(agency->has_value());
    return (*agency)->name;
}

void rename(Store &store, const Id &id, const QString &name)
{
    auto agency = store.get<Agency>(id);
    REQUIRE(agency.ok());
    REQUIRE(agency->has_value());
    Agency changed = **agency;
    changed.name = name;
    REQUIRE(store.update(changed).ok());
}

Id firstAgency(Store &store)
{
    auto agencies = store.list<Agency>();
    REQUIRE(agencies.ok());
    REQUIRE(!agencies->isEmpty());
    return agencies->constFirst().id;
}

QString wal(const QString &path)
{
    return path + QStringLiteral("-wal");
}

} // namespace

TEST_CASE("a log from an older copy of the file is refused, and the file keeps its newer state", "[database][log]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    const QString oldLog = dir.path(QStringLiteral("old-log"));
    Id agency;
    {
        auto store = demoStore(path);
        agency = firstAgency(*store);
        // The file is open, so its changes are in its log: copied now, as a copy of the
        // folder taken while the program runs would take it.
        rename(*store, agency, QStringLiteral("Older name"));
        REQUIRE(QFileInfo(wal(path)).size() > 0);
        REQUIRE(QFile::copy(wal(path), oldLog));
        rename(*store, agency, QStringLiteral("Newer name"));
    }
    REQUIRE(!QFile::exists(wal(path))); // closed: everything is in the file itself
    REQUIRE(QFile::copy(oldLog, wal(path)));

    auto refused = Store::open(path);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == ErrorCode::ForeignLog);
    CHECK(outcomeOf(refused.error()) == OpenOutcome::Damaged);
    CHECK(refused.errorMessage().contains(QStringLiteral("p.boarddesk-wal")));
    CHECK(refused.errorMessage().contains(QStringLiteral("older copy")));
    // Read-only, as `check` opens it: refused just the same, not "no problems".
    CHECK(Store::open(path, {.readOnly = true}).error().code == ErrorCode::ForeignLog);

    // The way out the message gives: without the log, the file holds its newer state.
    REQUIRE(QFile::remove(wal(path)));
    auto store = openStore(path);
    CHECK(agencyName(*store, agency) == QStringLiteral("Newer name"));
}

TEST_CASE("another database's log beside a file is refused and named", "[database][log]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    const QString other = dir.path(QStringLiteral("other.boarddesk"));
    const QString otherLog = dir.path(QStringLiteral("other-log"));
    demoStore(path).reset();
    {
        auto store = demoStore(other);
        rename(*store, firstAgency(*store), QStringLiteral("Another partnership's agency"));
        REQUIRE(QFile::copy(wal(other), otherLog));
    }
    REQUIRE(QFile::copy(otherLog, wal(path)));

    auto refused = Store::open(path);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == ErrorCode::ForeignLog);
    CHECK(refused.errorMessage().contains(QStringLiteral("p.boarddesk-wal")));
    CHECK(refused.errorMessage().contains(QStringLiteral("another database")));
}

TEST_CASE("a log of the file's own, left by a crash, is still read", "[database][log]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    const QString copy = dir.path(QStringLiteral("copy.boarddesk"));
    Id agency;
    {
        auto store = demoStore(path);
        agency = firstAgency(*store);
        rename(*store, agency, QStringLiteral("Saved before the crash"));
        // The file and its log as a crash leaves them: the change only in the log.
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(wal(path), wal(copy)));
    }
    auto store = openStore(copy);
    CHECK(agencyName(*store, agency) == QStringLiteral("Saved before the crash"));
}

TEST_CASE("a trigger added by hand is found by check, and nothing is written to its file", "[database][schema]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    const QString archive = dir.path(QStringLiteral("demo.json"));
    demoStore(path).reset();
    test::runSqlite(path,
                    "CREATE TRIGGER people_hack AFTER INSERT ON meetings BEGIN UPDATE people SET name = 'HACKED'; END");

    auto store = openStore(path);
    CHECK(store->isReadOnly());
    CHECK(store->database().openReport().readOnlyReason == ReadOnlyReason::ForeignSchema);
    CHECK(store->database().openReport().readOnlyMessage.contains(QStringLiteral("people_hack")));

    auto problems = store->database().check();
    REQUIRE(problems.ok());
    const QString all = problems->join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("people_hack")));

    // The import that would have fired it is refused before it writes anything.
    auto imported = importArchive(*store, test::demoArchive(), QStringLiteral("demo.json"), true);
    REQUIRE(!imported.ok());
    CHECK(imported.errorMessage().contains(QStringLiteral("people_hack")));
    auto people = store->list<Person>();
    REQUIRE(people.ok());
    for (const Person &person : std::as_const(*people))
        CHECK(person.name != QStringLiteral("HACKED"));
}

TEST_CASE("a changed trigger or index is found by check; a missing table is named when the file is opened",
          "[database][schema]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    demoStore(path).reset();
    SECTION("an index dropped")
    {
        test::runSqlite(path, "DROP INDEX people_agency");
        auto store = openStore(path, {.readOnly = true});
        auto problems = store->database().check();
        REQUIRE(problems.ok());
        CHECK(problems->join(QLatin1Char('\n')).contains(QStringLiteral("people_agency")));
    }
    SECTION("a table dropped")
    {
        test::runSqlite(path, "PRAGMA foreign_keys = OFF; DROP TABLE risk_reviews; DROP TABLE risks");
        auto refused = Store::open(path, {.readOnly = true});
        REQUIRE(!refused.ok());
        CHECK(refused.error().code == ErrorCode::Damaged);
        CHECK(refused.errorMessage().contains(QStringLiteral("risks")));
        CHECK(refused.errorMessage().contains(QStringLiteral("risk_reviews")));
        // One sentence, not a line for every reference into the missing tables.
        CHECK(refused.errorMessage().count(QLatin1Char('\n')) == 0);
    }
}

TEST_CASE("values the records cannot hold are found by check, and no archive is written from them",
          "[database][values]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    Id meeting;
    {
        auto store = demoStore(path);
        auto meetings = store->list<Meeting>();
        REQUIRE(meetings.ok());
        REQUIRE(!meetings->isEmpty());
        meeting = meetings->constFirst().id;
    }
    test::runSqlite(path, "UPDATE funding SET amount_pence = 'lots' WHERE rowid = (SELECT min(rowid) FROM funding)");
    const QByteArray setDate
        = QStringLiteral("UPDATE meetings SET date = '2019-02-30' WHERE id = '%1'").arg(meeting).toUtf8();
    test::runSqlite(path, setDate);

    auto store = openStore(path, {.readOnly = true});
    auto problems = store->database().check();
    REQUIRE(problems.ok());
    const QString all = problems->join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("'lots'")));
    CHECK(all.contains(QStringLiteral("amount_pence")));
    CHECK(all.contains(QStringLiteral("2019-02-30")));
    CHECK(all.contains(meeting));

    auto archive = exportArchive(*store);
    REQUIRE(!archive.ok());
    CHECK(archive.errorMessage().contains(QStringLiteral("2019-02-30")));
}

TEST_CASE("a file upgraded from an older schema matches the schema BoardDesk makes", "[database][schema]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.boarddesk"));
    REQUIRE(QFile::copy(QStringLiteral(BOARDDESK_TEST_DATA "/schema-v1.boarddesk"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto store = openStore(path);
    CHECK(!store->isReadOnly());
    auto problems = store->database().check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
