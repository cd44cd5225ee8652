// An import reports its progress and can be cancelled part-way, all or nothing
// (core/archive/transfer.h, Store::replaceAll).
#include "fixtures.h"

#include "archive/transfer.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <algorithm>

using namespace bd;

TEST_CASE("An import reports progress up to 100, never going back", "[import][progress]")
{
    test::FreshStore fresh;
    QList<int> seen;
    auto imported = importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false, [&](int percent) {
        seen << percent;
        return true;
    });
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    REQUIRE(seen.size() > 3);
    CHECK(seen.constFirst() == 0);
    CHECK(seen.constLast() == 100);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
}

TEST_CASE("An import cancelled part-way through storing changes nothing", "[import][progress]")
{
    test::FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    auto before = fresh.store->meetingSummaries();
    REQUIRE(before.ok());
    const int cancelAt = GENERATE(26, 60, 100);
    auto imported = importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), true,
                                  [&](int percent) { return percent < cancelAt; });
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.errorMessage() == cancelledMessage());
    auto after = fresh.store->meetingSummaries();
    REQUIRE(after.ok());
    CHECK(after->size() == before->size());
    // The first import is logged, the cancelled one is not.
    auto log = fresh.store->auditLog();
    REQUIRE(log.ok());
    const auto imports = std::count_if(log->cbegin(), log->cend(), [](const AuditEntry &e) { return e.kind == QLatin1String("import"); });
    CHECK(imports == 1);
    // The database is as it was, so the copy taken for the replace is not left behind.
    CHECK(QDir(fresh.dir.root()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("A replace into a store open read-only imports nothing and leaves no backup behind", "[import]")
{
    test::FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    fresh.store.reset();
    auto reading = Store::open(fresh.path(), {.readOnly = true});
    REQUIRE(reading.ok());
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto imported = importArchive(**reading, test::demoArchive(), QStringLiteral("northvale.json"), true);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.errorMessage().toStdString());
        CHECK(imported.errorCode() == ErrorCode::ReadOnly);
        CHECK(imported.errorMessage().contains(QStringLiteral("test.boarddesk")));
        CHECK(imported.errorMessage().contains(QStringLiteral("no backup was taken")));
    }
    CHECK(QDir(fresh.dir.root()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}
