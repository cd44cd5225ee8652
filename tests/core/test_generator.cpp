// The made-up partnership of the benchmark (issue 6): the same options give the same bytes,
// and what it writes is a valid archive that imports.
#include "archive/archive.h"
#include "archive/generator.h"
#include "archive/transfer.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace bd;

namespace {

int countEntries(const QList<Entry> &entries, int level, int *deepest)
{
    int count = 0;
    for (const Entry &entry : entries) {
        *deepest = std::max(*deepest, level);
        count += 1 + countEntries(entry.children, level + 1, deepest);
    }
    return count;
}

} // namespace

TEST_CASE("A small generated partnership is the same every time, reads back and imports", "[generator]")
{
    GeneratorOptions options;
    options.years = 2;
    options.scale = GeneratorScale::Small;

    const QByteArray first = generateArchive(options);
    const QByteArray second = generateArchive(options);
    REQUIRE(!first.isEmpty());
    CHECK(first == second);

    // Another seed gives other records.
    GeneratorOptions other = options;
    other.seed += 1;
    CHECK(generateArchive(other) != first);

    auto data = readArchive(first, QStringLiteral("generated.json"));
    REQUIRE(data.ok());
    CHECK(data->bodies.size() == 6);
    CHECK(data->meetings.size() == 6 * 3 * 2);
    int deepest = 0;
    for (const Meeting &meeting : std::as_const(data->meetings)) {
        CHECK(countEntries(meeting.entries, 0, &deepest) == 30);
        CHECK(meeting.attendance.size() == 10);
    }
    CHECK(deepest == 2); // some bullets are nested two levels below the top
    CHECK(!data->actions.isEmpty());
    CHECK(!data->risks.isEmpty());
    CHECK(!data->funding.isEmpty());
    CHECK(!data->trainingSessions.isEmpty());
    CHECK(!data->caseReviews.isEmpty());
    CHECK(!data->newsletters.isEmpty());
    CHECK(!data->keyFacts.isEmpty());
    CHECK(!data->reportTexts.isEmpty());

    // Bullets are of realistic length.
    std::function<void(const QList<Entry> &)> lengths = [&](const QList<Entry> &entries) {
        for (const Entry &entry : entries) {
            CHECK(entry.text.size() >= 60);
            CHECK(entry.text.size() <= 360);
            lengths(entry.children);
        }
    };
    for (const Meeting &meeting : std::as_const(data->meetings))
        lengths(meeting.entries);

    test::FreshStore fresh;
    auto imported = importArchive(*fresh.store, first, QStringLiteral("generated.json"), false);
    REQUIRE(imported.ok());
    auto exported = exportArchive(*fresh.store);
    REQUIRE(exported.ok());
    auto again = readArchive(*exported, QStringLiteral("exported.json"));
    REQUIRE(again.ok());
    CHECK(again->meetings.size() == data->meetings.size());
    CHECK(again->actions.size() == data->actions.size());
}

TEST_CASE("The generator's sizes follow the years and the scale", "[generator]")
{
    GeneratorOptions options;
    options.years = 1;
    options.scale = GeneratorScale::Large;
    const PartnershipData large = generatePartnership(options);
    CHECK(large.bodies.size() == 30);
    CHECK(large.meetings.size() == 30 * 12);
    CHECK(large.actions.size() == 1000);
    CHECK(large.funding.size() == 15);
    CHECK(large.trainingSessions.size() == 250);
    CHECK(large.caseReviews.size() == 10);

    CHECK(generatorScaleFromName(u"small") == GeneratorScale::Small);
    CHECK(generatorScaleFromName(u"large") == GeneratorScale::Large);
    CHECK(!generatorScaleFromName(u"huge"));
}
