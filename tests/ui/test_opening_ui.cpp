// Issue 11: the desktop's open path decides from the outcome core reports, without looking
// at the file a second time.
#include "fixtures.h"

#include "common/startup.h"
#include "store/database.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <unistd.h>

using namespace bd;

TEST_CASE("the open path switches on core's outcome, not on a second look at the file", "[ui][open][outcome]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    // The file itself is sound: what is decided comes from the error's code alone.
    SECTION("damaged")
    {
        const OpenDecision decision
            = decideFailedOpen(path, Error {QStringLiteral("p.boarddesk is damaged."), ErrorCode::Damaged});
        CHECK(decision.kind == OpenDecision::Kind::Damaged);
        CHECK(decision.message.startsWith(QStringLiteral("p.boarddesk is damaged.")));
    }
    SECTION("a log that is not the file's own is offered a backup as damage is")
    {
        const OpenDecision decision
            = decideFailedOpen(path, Error {QStringLiteral("p.boarddesk-wal"), ErrorCode::ForeignLog});
        CHECK(decision.kind == OpenDecision::Kind::Damaged);
    }
    SECTION("newer")
    {
        const OpenDecision decision
            = decideFailedOpen(path, Error {QStringLiteral("p.boarddesk is newer."), ErrorCode::NewerSchema});
        CHECK(decision.kind == OpenDecision::Kind::NewerSchema);
        CHECK(decision.message.contains(QStringLiteral("nothing in it was changed")));
    }
    SECTION("anything else")
    {
        const OpenDecision decision = decideFailedOpen(path, Error {QStringLiteral("p.boarddesk: no.")});
        CHECK(decision.kind == OpenDecision::Kind::Failed);
        CHECK(decision.message == QStringLiteral("p.boarddesk: no."));
    }
}

TEST_CASE("a partnership file with a second name (a hard link) is not opened for changes", "[ui][open][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.boarddesk"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
    }
    const QString other = dir.path(QStringLiteral("copy.boarddesk"));
    REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()) == 0);

    const OpenAttempt attempt = openPartnership(path);
    CHECK_FALSE(attempt.opened());
    CHECK_FALSE(attempt.lock.has_value());
    INFO(attempt.decision.message.toStdString());
    CHECK(attempt.decision.kind == OpenDecision::Kind::Failed);
    CHECK(attempt.decision.message.contains(QStringLiteral("hard links")));

    // Read-only, it opens: nothing can be changed, so nothing can be lost.
    const OpenAttempt reading = openPartnership(path, true);
    CHECK(reading.opened());
}
