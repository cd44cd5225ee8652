// Issues 11 and 12: what opening a file came to, as an outcome the ui switches on, and the
// migrations that make the schema.
#include "fixtures.h"
#include "testpaths.h"

#include "store/database.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace bd;
using bd::test::TempDir;

namespace {

void makeDatabase(const QString &path)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
}

} // namespace

TEST_CASE("opening says what it came to: opened, upgraded or read-only", "[database][outcome]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    SECTION("a new file, then the same file again")
    {
        makeDatabase(path);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->openReport().result() == OpenOutcome::Opened);
    }
    SECTION("an older schema")
    {
        REQUIRE(QFile::copy(QStringLiteral(BOARDDESK_TEST_DATA "/schema-v1.boarddesk"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK((*db)->openReport().result() == OpenOutcome::Upgraded);
    }
    SECTION("read-only on request")
    {
        makeDatabase(path);
        auto db = Database::open(path, {.readOnly = true});
        REQUIRE(db.ok());
        CHECK((*db)->openReport().result() == OpenOutcome::ReadOnly);
    }
}

TEST_CASE("a refusal to open carries its kind as a code, not only as words", "[database][outcome]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    ErrorCode code = ErrorCode::Other;
    OpenOutcome outcome = OpenOutcome::Failed;
    SECTION("damaged: cut short")
    {
        makeDatabase(path);
        QByteArray bytes = test::readFile(path);
        test::writeFile(path, bytes.left(bytes.size() / 2 + 7));
        code = ErrorCode::Damaged;
        outcome = OpenOutcome::Damaged;
    }
    SECTION("damaged: empty")
    {
        test::writeFile(path, QByteArray());
        code = ErrorCode::Damaged;
        outcome = OpenOutcome::Damaged;
    }
    SECTION("newer than this program")
    {
        makeDatabase(path);
        test::runSqlite(
            path, QByteArray("PRAGMA user_version = " + QByteArray::number(Database::currentSchemaVersion() + 1)));
        code = ErrorCode::NewerSchema;
        outcome = OpenOutcome::NewerSchema;
    }
    SECTION("another program's database")
    {
        test::runSqlite(path, "PRAGMA application_id = 7; CREATE TABLE t (x)");
        code = ErrorCode::NotOurs;
        outcome = OpenOutcome::Failed;
    }
    SECTION("missing")
    {
        code = ErrorCode::NotFound;
        outcome = OpenOutcome::Failed;
        auto db = Database::open(path, {.create = false});
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorCode() == code);
        CHECK(outcomeOf(db.error()) == outcome);
        return;
    }
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    INFO(db.errorMessage().toStdString());
    CHECK(db.errorMessage().contains(QStringLiteral("p.boarddesk")));
    CHECK(db.errorCode() == code);
    CHECK(outcomeOf(db.error()) == outcome);
    // Store::open passes the code on unchanged.
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.errorCode() == code);
}

TEST_CASE("an error made from a message alone is of code Other", "[database][outcome]")
{
    const Result<int> failed = Error {QStringLiteral("no")};
    CHECK(failed.errorCode() == ErrorCode::Other);
    CHECK(failed.errorMessage() == QStringLiteral("no"));
    const Result<void> done;
    CHECK(done.errorCode() == ErrorCode::Other);
}

TEST_CASE("migrations are numbered 001 to N with none missing or twice; the schema version is N",
          "[database][migrations]")
{
    const QStringList good {QStringLiteral("001_initial.sql"), QStringLiteral("002_entry_search.sql"),
                            QStringLiteral("003_audit.sql")};
    CHECK(Database::schemaVersionOf(good).value() == 3);
    CHECK(Database::schemaVersionOf({}).value() == 0);

    auto gap = Database::schemaVersionOf({QStringLiteral("001_initial.sql"), QStringLiteral("003_audit.sql")});
    REQUIRE_FALSE(gap.ok());
    CHECK(gap.errorMessage().contains(QStringLiteral("002")));
    CHECK(gap.errorMessage().contains(QStringLiteral("003_audit.sql")));

    auto twice = Database::schemaVersionOf(
        {QStringLiteral("001_initial.sql"), QStringLiteral("002_a.sql"), QStringLiteral("002_b.sql")});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorMessage().contains(QStringLiteral("002_a.sql")));
    CHECK(twice.errorMessage().contains(QStringLiteral("002_b.sql")));

    auto unnumbered = Database::schemaVersionOf({QStringLiteral("001_initial.sql"), QStringLiteral("fix.sql")});
    REQUIRE_FALSE(unnumbered.ok());
    CHECK(unnumbered.errorMessage().contains(QStringLiteral("fix.sql")));

    CHECK_FALSE(Database::schemaVersionOf({QStringLiteral("002_entry_search.sql")}).ok()); // 001 missing

    // The folder in the source tree is numbered that way, and every file in it is built into
    // the program: the program's schema version is the highest number there.
    const QStringList files
        = QDir(QStringLiteral(BOARDDESK_MIGRATIONS)).entryList({QStringLiteral("*.sql")}, QDir::Files);
    auto sourceVersion = Database::schemaVersionOf(files);
    INFO(sourceVersion.errorMessage().toStdString());
    REQUIRE(sourceVersion.ok());
    CHECK(*sourceVersion == files.size());
    CHECK(Database::currentSchemaVersion() == *sourceVersion);
}

TEST_CASE("an upgrade that fails at its last step leaves the file at its old version, data and all",
          "[database][migrations]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    REQUIRE(QFile::copy(QStringLiteral(BOARDDESK_TEST_DATA "/schema-v1.boarddesk"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const int current = Database::currentSchemaVersion();
    REQUIRE(current > 2); // an upgrade of more than one step, the last of which fails

    // The last step makes a table, then fails.
    Database::replaceMigrationForTesting(
        current, QStringLiteral("CREATE TABLE half_done(a);\n;;\nSELECT no_such_column FROM no_such_table"));
    auto failed = Database::open(path);
    Database::replaceMigrationForTesting(current, {});
    REQUIRE_FALSE(failed.ok());
    INFO(failed.errorMessage().toStdString());
    CHECK(failed.errorMessage().contains(QStringLiteral("p.boarddesk")));
    CHECK(failed.errorMessage().contains(QStringLiteral("schema version 1")));
    // Still at version 1: no step before the failing one stayed, nor the failing step's table.
    auto version = Database::verifyCopy(path);
    REQUIRE(version.ok());
    CHECK(*version == 1);

    // With the real migrations, the same file then upgrades whole.
    auto db = Database::open(path);
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    CHECK((*db)->openReport().result() == OpenOutcome::Upgraded);
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}
