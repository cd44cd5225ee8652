// Opening files: new ones, old ones to upgrade, and ones that must be refused untouched.
#include "fixtures.h"
#include "testpaths.h"

#include "store/database.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace bd;
using bd::test::TempDir;

namespace {

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

// Sets a file's user_version with SQLite itself, as a newer BoardDesk would have.
void setUserVersion(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    REQUIRE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("a new database gets the whole schema, our mark, and owner-only permissions", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("new.boarddesk"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->openReport().outcome == SchemaOutcome::Created);
    CHECK((*db)->openReport().toVersion == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 2);

    auto version = (*db)->scalar(QStringLiteral("PRAGMA user_version"));
    CHECK(version->toInt() == Database::currentSchemaVersion());
    auto appId = (*db)->scalar(QStringLiteral("PRAGMA application_id"));
    CHECK(appId->toInt() == 0x4244534b);
    auto fk = (*db)->scalar(QStringLiteral("PRAGMA foreign_keys"));
    CHECK(fk->toInt() == 1);
    auto journal = (*db)->scalar(QStringLiteral("PRAGMA journal_mode"));
    CHECK(journal->toString() == QStringLiteral("wal"));

    const auto permissions = QFileInfo(path).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));

    // Opening it again changes nothing.
    db->reset();
    auto again = Database::open(path);
    REQUIRE(again.ok());
    CHECK((*again)->openReport().outcome == SchemaOutcome::Current);
}

TEST_CASE("a file of the previous schema version is backed up, then upgraded with its data", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.boarddesk"));
    REQUIRE(QFile::copy(QStringLiteral(BOARDDESK_TEST_DATA "/schema-v1.boarddesk"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = digest(path);

    auto store = Store::open(path);
    INFO(store.errorMessage().toStdString());
    REQUIRE(store.ok());
    const OpenReport &report = (*store)->database().openReport();
    CHECK(report.outcome == SchemaOutcome::Upgraded);
    CHECK(report.fromVersion == 1);
    CHECK(report.toVersion == Database::currentSchemaVersion());

    // The copy taken first holds the file as it was: version 1, the same records.
    REQUIRE_FALSE(report.backupPath.isEmpty());
    REQUIRE(QFileInfo::exists(report.backupPath));
    CHECK(digest(path) != before);
    {
        sqlite3 *copy = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(report.backupPath).constData(), &copy, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(copy, "SELECT (SELECT user_version FROM pragma_user_version), "
                                         "(SELECT group_concat(text, '|') FROM entries)", -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        CHECK(sqlite3_column_int(stmt, 0) == 1);
        CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))).count(QLatin1Char('|')) == 2);
        sqlite3_finalize(stmt);
        sqlite3_close(copy);
    }

    // The records are all there, and the new search index already knows the old bullets.
    auto meeting = (*store)->get<Meeting>(QStringLiteral("m1"));
    REQUIRE(meeting.ok());
    REQUIRE(meeting->has_value());
    CHECK((*meeting)->entries.size() == 2);
    CHECK((*meeting)->entries.at(0).children.size() == 1);
    auto hits = (*store)->database().scalar(QStringLiteral("SELECT COUNT(*) FROM entries_search WHERE entries_search MATCH ?"),
                                            {QStringLiteral("toolkit")});
    REQUIRE(hits.ok());
    CHECK(hits->toInt() == 1);
    auto problems = (*store)->database().check();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("a file from a newer BoardDesk is refused, naming both versions, and not touched", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("future.boarddesk"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    const int newer = Database::currentSchemaVersion() + 5;
    setUserVersion(path, newer);
    const QByteArray before = digest(path);
    const QStringList filesBefore = QDir(dir.root()).entryList(QDir::Files);

    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    const QString message = db.errorMessage();
    CHECK(message.contains(QString::number(newer)));
    CHECK(message.contains(QString::number(Database::currentSchemaVersion())));
    CHECK(message.contains(QStringLiteral("future.boarddesk")));
    CHECK(digest(path) == before);
    CHECK(QDir(dir.root()).entryList(QDir::Files) == filesBefore);
}

TEST_CASE("files that are not BoardDesk databases are refused untouched", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("suspect.boarddesk"));

    SECTION("garbage")
    {
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 251);
        test::writeFile(path, junk);
    }
    SECTION("an empty file")
    {
        test::writeFile(path, QByteArray());
    }
    SECTION("another program's SQLite database")
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA application_id = 42; CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = digest(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorMessage().contains(QStringLiteral("suspect.boarddesk")));
    CHECK(digest(path) == before);
}

TEST_CASE("a transaction not committed leaves nothing, and nested ones commit as one", "[database]")
{
    test::FreshStore f;
    Database &db = f.store->database();
    auto count = [&] { return db.scalar(QStringLiteral("SELECT COUNT(*) FROM agencies"))->toInt(); };

    {
        Transaction outer(db);
        REQUIRE(outer.started().ok());
        REQUIRE(db.run(QStringLiteral("INSERT INTO agencies (id, name) VALUES (?, ?)"), {QStringLiteral("a"), QStringLiteral("A")}).ok());
        // no commit
    }
    CHECK(count() == 0);

    {
        Transaction outer(db);
        {
            Transaction inner(db);
            REQUIRE(db.run(QStringLiteral("INSERT INTO agencies (id, name) VALUES (?, ?)"), {QStringLiteral("b"), QStringLiteral("B")}).ok());
            // the inner one fails to commit: the outer must not save it
        }
        CHECK_FALSE(outer.commit().ok());
    }
    CHECK(count() == 0);

    {
        Transaction outer(db);
        {
            Transaction inner(db);
            REQUIRE(db.run(QStringLiteral("INSERT INTO agencies (id, name) VALUES (?, ?)"), {QStringLiteral("c"), QStringLiteral("C")}).ok());
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(count() == 1);
}

TEST_CASE("a read-only database refuses writes with a message", "[database]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ro.boarddesk"));
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        REQUIRE((*store)->setPartnership({QStringLiteral("P"), {}, {}, {}, {}}).ok());
    }
    auto store = Store::open(path, {.readOnly = true, .create = false});
    REQUIRE(store.ok());
    auto written = (*store)->insert(Agency{QStringLiteral("x"), QStringLiteral("X"), {}, Sector::Other});
    CHECK_FALSE(written.ok());
    CHECK(written.errorMessage().contains(QStringLiteral("read-only")));
    CHECK((*store)->partnership()->name == QStringLiteral("P"));
}

TEST_CASE("a backup is a sound, owner-only copy", "[database]")
{
    test::FreshStore f;
    REQUIRE(f.store->setPartnership({QStringLiteral("Backed up"), {}, {}, {}, {}}).ok());
    const QString copy = f.dir.path(QStringLiteral("copy.boarddesk"));
    REQUIRE(f.store->database().backupTo(copy).ok());
    CHECK_FALSE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther));
    auto reopened = Store::open(copy, {.readOnly = true, .create = false});
    REQUIRE(reopened.ok());
    CHECK((*reopened)->partnership()->name == QStringLiteral("Backed up"));
}
