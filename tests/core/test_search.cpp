// Search over every year: bullets of the minutes (full text), meetings, actions and case
// reviews. What a user types must never break it, and each hit says where it is from.
#include "text/markdown.h"
#include "fixtures.h"

#include "archive/transfer.h"
#include "store/search.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <set>

using namespace bd;
using bd::test::FreshStore;

namespace {

struct DemoStore : FreshStore {
    DemoStore()
    {
        auto imported = importArchive(*store, test::demoArchive(), QStringLiteral("northvale.json"), false);
        INFO(imported.errorMessage().toStdString());
        REQUIRE(imported.ok());
    }
};

QList<SearchHit> hitsOf(Store &store, const QString &query, SearchKind kind, int limit = 200)
{
    auto found = search(store, query, limit);
    INFO(query.toStdString() << ": " << found.errorMessage().toStdString());
    REQUIRE(found.ok());
    QList<SearchHit> hits;
    for (const SearchHit &hit : *found) {
        if (hit.kind == kind)
            hits << hit;
    }
    return hits;
}

QString marked(const SearchHit &hit)
{
    QString text = hit.context;
    for (auto it = hit.matches.crbegin(); it != hit.matches.crend(); ++it) {
        text.insert(it->start + it->length, QLatin1Char(']'));
        text.insert(it->start, QLatin1Char('['));
    }
    return text;
}

} // namespace

TEST_CASE("a search finds bullets of the minutes with their body, date and the words around the hit", "[search]")
{
    DemoStore f;
    const QList<SearchHit> hits = hitsOf(*f.store, QStringLiteral("county lines"), SearchKind::Entry);
    REQUIRE_FALSE(hits.isEmpty());
    const auto it = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) {
        return h.id == QLatin1String("child-exploitation-2023-11-15");
    });
    REQUIRE(it != hits.cend());
    CHECK(it->bodyName == QStringLiteral("Child Exploitation Subgroup"));
    CHECK(it->body == QStringLiteral("child-exploitation"));
    CHECK(it->date == QDate(2023, 11, 15));
    CHECK(it->entryRowId > 0);
    CHECK(marked(*it).contains(QStringLiteral("the [county] [lines] team")));

    // The hit is that bullet: the meeting holds it under that rowId.
    const Meeting meeting = **f.store->get<Meeting>(it->id);
    const auto bullet = std::find_if(meeting.entries.cbegin(), meeting.entries.cend(),
                                     [&](const Entry &e) { return e.rowId == it->entryRowId; });
    REQUIRE(bullet != meeting.entries.cend());
    CHECK(bullet->text.contains(QStringLiteral("county lines team")));

    // Newest meeting first.
    for (qsizetype i = 1; i < hits.size(); ++i)
        CHECK(hits.at(i - 1).date >= hits.at(i).date);
}

TEST_CASE("a search matches the start of the word being typed, and ignores case and accents", "[search]")
{
    DemoStore f;
    CHECK_FALSE(hitsOf(*f.store, QStringLiteral("county lin"), SearchKind::Entry).isEmpty());
    CHECK_FALSE(hitsOf(*f.store, QStringLiteral("COUNTY LINES"), SearchKind::Entry).isEmpty());
    // Only the last word is a prefix: "coun lines" is not "county lines".
    CHECK(hitsOf(*f.store, QStringLiteral("coun lines"), SearchKind::Entry).isEmpty());

    // Accents are ignored both ways.
    const Id meeting = QStringLiteral("child-exploitation-2023-11-15");
    auto added = f.store->insertEntry(
        meeting, 0, 0, Entry {0, EntryKind::Did, QStringLiteral("We met the café owners' forum."), {}, {}});
    REQUIRE(added.ok());
    const QList<SearchHit> hits = hitsOf(*f.store, QStringLiteral("cafe owners"), SearchKind::Entry);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().entryRowId == added->rowId);
    CHECK(marked(hits.first()) == QStringLiteral("We met the [café] [owners]' forum."));
}

TEST_CASE("nothing a user types breaks a search", "[search]")
{
    DemoStore f;
    const QStringList queries {
        QStringLiteral("\""),
        QStringLiteral("\"county"),
        QStringLiteral("county\" OR \"x"),
        QStringLiteral("*"),
        QStringLiteral("county*"),
        QStringLiteral("NOT"),
        QStringLiteral("AND OR NEAR"),
        QStringLiteral("-county"),
        QStringLiteral("(county"),
        QStringLiteral("county)"),
        QStringLiteral("text:county"),
        QStringLiteral("^county"),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("'; DROP TABLE entries; --"),
        QStringLiteral("{county}"),
        QStringLiteral("county + lines"),
        QStringLiteral("\u00e9t\u00e9 \u4e2d\u6587 \U0001F600"),
        QStringLiteral("%_\\"),
        QStringLiteral("   "),
        QString(QChar(0xE000)) + QStringLiteral("x") + QChar(0xE001),
        QStringLiteral("a\u0000b"),
    };
    for (const QString &query : queries) {
        auto found = search(*f.store, query, 50);
        INFO(query.toStdString() << ": " << found.errorMessage().toStdString());
        CHECK(found.ok());
    }
    // Operators are words like any other: "county AND lines" needs the word "and" too.
    CHECK_FALSE(hitsOf(*f.store, QStringLiteral("-county (lines)"), SearchKind::Entry).isEmpty());
    CHECK(hitsOf(*f.store, QStringLiteral("county OR zebra"), SearchKind::Entry).isEmpty());
    // The store still holds its bullets.
    CHECK_FALSE(hitsOf(*f.store, QStringLiteral("county lines"), SearchKind::Entry).isEmpty());
    // Nothing to look for finds nothing.
    CHECK(search(*f.store, QStringLiteral("*** ---"), 50)->isEmpty());
}

TEST_CASE("a search finds meetings by body, place and date, actions by text or ref, case reviews by name", "[search]")
{
    DemoStore f;
    const QList<SearchHit> meetings
        = hitsOf(*f.store, QStringLiteral("exploitation november 2023"), SearchKind::Meeting);
    REQUIRE(meetings.size() == 1);
    CHECK(meetings.first().id == QStringLiteral("child-exploitation-2023-11-15"));
    CHECK(meetings.first().bodyName == QStringLiteral("Child Exploitation Subgroup"));
    CHECK(meetings.first().date == QDate(2023, 11, 15));
    CHECK(meetings.first().context == QStringLiteral("10:00, virtual, held"));

    const QList<SearchHit> actions = hitsOf(*f.store, QStringLiteral("exploitation profile"), SearchKind::Action);
    REQUIRE_FALSE(actions.isEmpty());
    CHECK(actions.first().id == QStringLiteral("child-exploitation-2023-24-1.1"));
    CHECK(actions.first().title == QStringLiteral("1.1"));
    CHECK(actions.first().bodyName == QStringLiteral("Child Exploitation Subgroup"));
    CHECK(actions.first().date == QDate(2024, 3, 31)); // due
    CHECK(marked(actions.first()).startsWith(QStringLiteral("Produce a local [exploitation] [profile]")));

    auto all = f.store->list<CaseReview>();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all->isEmpty());
    const CaseReview review = all->first();
    const QList<SearchHit> reviews = hitsOf(*f.store, review.name.toLower(), SearchKind::CaseReview);
    REQUIRE(reviews.size() >= 1);
    CHECK(reviews.first().id == review.id);
    CHECK(reviews.first().title == review.name);
    CHECK(reviews.first().date == review.notified);
}

TEST_CASE("the hits of a search are shared out between the kinds", "[search]")
{
    DemoStore f;
    // "Northvale" is in body names, bullets and actions: a small limit still shows several kinds.
    auto found = search(*f.store, QStringLiteral("northvale"), 6);
    REQUIRE(found.ok());
    CHECK(found->size() == 6);
    std::set<int> kinds;
    for (const SearchHit &hit : *found)
        kinds.insert(int(hit.kind));
    CHECK(kinds.size() >= 2);
    // Listed kind by kind.
    for (qsizetype i = 1; i < found->size(); ++i)
        CHECK(int(found->at(i - 1).kind) <= int(found->at(i).kind));
}

TEST_CASE("search text comes without Markdown, and the found words are marked where they are shown", "[search]")
{
    CHECK(markdownToPlainText(QStringLiteral("We tested the **transitions** priority with *three* people."))
          == QStringLiteral("We tested the transitions priority with three people."));
    CHECK(markdownToPlainText(QStringLiteral("See the [business plan](https://example.org/plan)."))
          == QStringLiteral("See the business plan."));
    CHECK(markdownToPlainText(QStringLiteral("5 * 3 stays")) == QStringLiteral("5 * 3 stays"));
    CHECK(searchWords(QStringLiteral("Family-T's \"review\" (2023)"))
          == QStringList {QStringLiteral("Family"), QStringLiteral("T"), QStringLiteral("s"), QStringLiteral("review"),
                          QStringLiteral("2023")});
    const QList<TextSpan> spans
        = findWords(QStringLiteral("Neglect and neglected children"), {QStringLiteral("neglect")});
    CHECK(spans == QList<TextSpan> {{0, 7}, {12, 7}});

    DemoStore f;
    const QList<SearchHit> hits = hitsOf(*f.store, QStringLiteral("transitions"), SearchKind::Entry);
    const auto it = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &h) {
        return h.context.contains(QStringLiteral("We tested the transitions"));
    });
    REQUIRE(it != hits.cend());
    CHECK_FALSE(it->context.contains(QLatin1Char('*')));
    CHECK(marked(*it).contains(QStringLiteral("We tested the [transitions] priority")));
}
