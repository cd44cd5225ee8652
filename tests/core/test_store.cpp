// The store: every entity goes in and comes back unchanged, writes are all or nothing,
// and lists narrow by body and year.
#include "fixtures.h"
#include "sample.h"

#include "domain/ids.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace bd;
using bd::test::FreshStore;

namespace {

// Stores the sample record by record, in an order where references resolve.
void insertAll(Store &store, const PartnershipData &d)
{
    REQUIRE(store.setPartnership(d.partnership).ok());
    auto add = [&](const auto &records) {
        for (const auto &record : records) {
            auto stored = store.insert(record);
            INFO(stored.errorMessage().toStdString());
            REQUIRE(stored.ok());
        }
    };
    add(d.agencies);
    add(d.people);
    add(d.bodies);
    add(d.memberships);
    add(d.priorities);
    add(d.meetings);
    add(d.workplans);
    add(d.caseReviews);
    add(d.actions);
    add(d.risks);
    add(d.funding);
    add(d.spending);
    add(d.courses);
    add(d.trainingSessions);
    add(d.sources);
    add(d.keyFacts);
    add(d.reportTexts);
    add(d.newsletters);
}

PartnershipData loaded(Store &store)
{
    auto all = store.loadAll();
    INFO(all.errorMessage().toStdString());
    REQUIRE(all.ok());
    PartnershipData data = *all;
    test::clearRowIds(data);
    return data;
}

} // namespace

TEST_CASE("every entity round-trips through the store unchanged", "[store]")
{
    FreshStore f;
    const PartnershipData sample = test::samplePartnership();
    insertAll(*f.store, sample);
    const PartnershipData back = loaded(*f.store);

    CHECK(back.partnership == sample.partnership);
    CHECK(back.agencies == sample.agencies);
    CHECK(back.people == sample.people);
    CHECK(back.bodies == sample.bodies);
    CHECK(back.memberships == sample.memberships);
    CHECK(back.priorities == sample.priorities);
    CHECK(back.meetings == sample.meetings);
    CHECK(back.workplans == sample.workplans);
    CHECK(back.actions == sample.actions);
    CHECK(back.risks == sample.risks);
    CHECK(back.funding == sample.funding);
    CHECK(back.spending == sample.spending);
    CHECK(back.caseReviews == sample.caseReviews);
    CHECK(back.courses == sample.courses);
    CHECK(back.trainingSessions == sample.trainingSessions);
    CHECK(back.keyFacts == sample.keyFacts);
    CHECK(back.sources == sample.sources);
    CHECK(back.reportTexts == sample.reportTexts);
    CHECK(back.newsletters == sample.newsletters);
    CHECK(back == sample);
}

TEST_CASE("replaceAll stores everything and a reopened file still holds it", "[store]")
{
    FreshStore f;
    const PartnershipData sample = test::samplePartnership();
    REQUIRE(f.store->replaceAll(sample).ok());
    f.store.reset();
    auto reopened = Store::open(f.path());
    REQUIRE(reopened.ok());
    CHECK(loaded(**reopened) == sample);
}

TEST_CASE("records can be read, changed and deleted by their key", "[store]")
{
    FreshStore f;
    insertAll(*f.store, test::samplePartnership());
    Store &s = *f.store;

    SECTION("an agency")
    {
        auto agency = s.get<Agency>(QStringLiteral("police"));
        REQUIRE(agency.ok());
        REQUIRE(agency->has_value());
        Agency changed = **agency;
        changed.name = QStringLiteral("Eastbrook Constabulary");
        changed.sector = Sector::Other;
        REQUIRE(s.update(changed).ok());
        CHECK(**s.get<Agency>(QStringLiteral("police")) == changed);
    }
    SECTION("a meeting's attendance changes, its entries stay")
    {
        Meeting meeting = **s.get<Meeting>(QStringLiteral("m.board.2018-07-10"));
        const QList<Entry> entries = meeting.entries;
        meeting.location = QStringLiteral("virtual");
        meeting.attendance.removeLast();
        meeting.entries.clear();
        REQUIRE(s.update(meeting).ok());
        const Meeting back = **s.get<Meeting>(meeting.id);
        CHECK(back.location == QStringLiteral("virtual"));
        CHECK(back.attendance.size() == 2);
        CHECK(back.entries == entries);
    }
    SECTION("an action's reviews are replaced in order")
    {
        Action action = **s.get<Action>(QStringLiteral("a.1"));
        action.reviews.append({QDate(2019, 1, 10), Rag::Green, QStringLiteral("Re-opened and done"), QString()});
        REQUIRE(s.update(action).ok());
        const Action back = **s.get<Action>(QStringLiteral("a.1"));
        CHECK(back.reviews.size() == 4);
        CHECK(back.currentRag() == Rag::Green);
    }
    SECTION("funding is found by year and agency")
    {
        Funding funding{FinancialYear(2018), QStringLiteral("police"), 2500000, QString()};
        REQUIRE(s.update(funding).ok());
        auto rows = s.list<Funding>({.body = {}, .year = FinancialYear(2018)});
        REQUIRE(rows.ok());
        CHECK(rows->at(1).amountPence == 2500000);
    }
    SECTION("deleting a meeting deletes its entries and attendance")
    {
        Meeting meeting = **s.get<Meeting>(QStringLiteral("m.cdop.1"));
        REQUIRE(s.remove(meeting).ok());
        CHECK_FALSE(s.get<Meeting>(meeting.id)->has_value());
        auto count = s.database().scalar(QStringLiteral("SELECT COUNT(*) FROM entries WHERE meeting = ?"), {meeting.id});
        CHECK(count->toInt() == 0);
    }
    SECTION("a record still referred to cannot be deleted, and nothing changes")
    {
        const Agency police = **s.get<Agency>(QStringLiteral("police"));
        auto removed = s.remove(police);
        CHECK_FALSE(removed.ok());
        CHECK(removed.errorMessage().contains(QStringLiteral("police")));
        CHECK(s.get<Agency>(QStringLiteral("police"))->has_value());
    }
    SECTION("changing a record that is not there says so")
    {
        Agency ghost{QStringLiteral("ghost"), QStringLiteral("Nobody"), QString(), Sector::Other};
        auto updated = s.update(ghost);
        CHECK_FALSE(updated.ok());
        CHECK(updated.errorMessage().contains(QStringLiteral("ghost")));
    }
}

TEST_CASE("a duplicate id is refused with a message naming it", "[store]")
{
    FreshStore f;
    insertAll(*f.store, test::samplePartnership());
    auto again = f.store->insert(Agency{QStringLiteral("ecc"), QStringLiteral("Another council"), QString(), Sector::Other});
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("\"ecc\"")));
    CHECK((**f.store->get<Agency>(QStringLiteral("ecc"))).name == QStringLiteral("Eastbrook County Council"));
}

TEST_CASE("a record created in the app gets an id of the archive's form", "[store]")
{
    FreshStore f;
    auto agency = f.store->insert(Agency{QString(), QStringLiteral("New Agency"), QString(), Sector::Voluntary});
    REQUIRE(agency.ok());
    CHECK(agency->id.startsWith(QStringLiteral("agency-")));
    CHECK(isValidId(agency->id));
}

TEST_CASE("a write that fails part-way leaves nothing behind", "[store]")
{
    FreshStore f;
    insertAll(*f.store, test::samplePartnership());
    const PartnershipData before = loaded(*f.store);

    // The second attendance row names a person who does not exist: the meeting itself must
    // not stay either.
    Meeting meeting;
    meeting.id = QStringLiteral("m.half");
    meeting.body = QStringLiteral("board");
    meeting.date = QDate(2018, 12, 1);
    meeting.attendance = {{QStringLiteral("p.chair"), AttendanceStatus::Present, QString()},
                          {QStringLiteral("nobody"), AttendanceStatus::Present, QString()}};
    meeting.entries = {Entry{0, EntryKind::Did, QStringLiteral("Half a meeting"), {}, {}}};
    CHECK_FALSE(f.store->insert(meeting).ok());
    CHECK(loaded(*f.store) == before);

    // replaceAll with one bad record changes nothing at all.
    PartnershipData bad = test::samplePartnership();
    bad.partnership.name = QStringLiteral("Changed");
    bad.funding.append({FinancialYear(2018), QStringLiteral("no-such-agency"), 100, QString()});
    CHECK_FALSE(f.store->replaceAll(bad).ok());
    CHECK(loaded(*f.store) == before);
}

TEST_CASE("lists narrow by body and by financial year", "[store]")
{
    FreshStore f;
    insertAll(*f.store, test::samplePartnership());
    Store &s = *f.store;

    auto boardMeetings = s.list<Meeting>({.body = QStringLiteral("board"), .year = {}});
    REQUIRE(boardMeetings.ok());
    CHECK(boardMeetings->size() == 2);

    auto year2018 = s.meetingSummaries({.body = {}, .year = FinancialYear(2018)});
    REQUIRE(year2018.ok());
    REQUIRE(year2018->size() == 2); // 2019-07-09 falls in 2019-20
    CHECK(year2018->at(0).id == QStringLiteral("m.cdop.1"));
    CHECK(year2018->at(1).entryCount == 5); // three top-level, a child and a grandchild

    // The learning and development subgroup concluded in October 2018.
    auto active2019 = s.list<Body>({.body = {}, .year = FinancialYear(2019)});
    REQUIRE(active2019.ok());
    CHECK(active2019->size() == 2);

    auto actions2018 = s.list<Action>({.body = {}, .year = FinancialYear(2018)});
    REQUIRE(actions2018.ok());
    REQUIRE(actions2018->size() == 1);
    CHECK(actions2018->at(0).id == QStringLiteral("a.1"));
}

TEST_CASE("the bullets of a meeting can be added, changed, moved and removed one at a time", "[store]")
{
    FreshStore f;
    insertAll(*f.store, test::samplePartnership());
    Store &s = *f.store;
    const Id id = QStringLiteral("m.board.2018-07-10");

    auto texts = [&] {
        QStringList list;
        const Meeting m = **s.get<Meeting>(id);
        std::function<void(const QList<Entry> &, int)> walk = [&](const QList<Entry> &entries, int depth) {
            for (const Entry &e : entries) {
                list << QString(depth, QLatin1Char('>')) + e.text;
                walk(e.children, depth + 1);
            }
        };
        walk(m.entries, 0);
        return list;
    };

    auto added = s.insertEntry(id, 0, 1, Entry{0, EntryKind::Did, QStringLiteral("New second bullet"), {}, {}});
    REQUIRE(added.ok());
    CHECK(texts().at(3) == QStringLiteral("New second bullet"));

    Entry changed = *added;
    changed.text = QStringLiteral("Renamed bullet");
    changed.priorities = {QStringLiteral("pr.neglect")};
    REQUIRE(s.updateEntry(changed).ok());
    CHECK(texts().at(3) == QStringLiteral("Renamed bullet"));

    // Indent it under the first bullet, as its last child.
    const Meeting m = **s.get<Meeting>(id);
    const qint64 first = m.entries.at(0).rowId;
    REQUIRE(s.moveEntry(changed.rowId, first, 1).ok());
    CHECK(texts().mid(0, 5)
          == QStringList{QStringLiteral("We looked at the *domestic abuse* data."), QStringLiteral(">Repeat referrals had risen."),
                         QStringLiteral(">>Mostly in the north of the county."), QStringLiteral(">Renamed bullet"),
                         QStringLiteral("We agreed the [business plan](https://example.org/plan).")});

    REQUIRE(s.removeEntry(changed.rowId).ok());
    CHECK_FALSE(texts().contains(QStringLiteral(">Renamed bullet")));
    CHECK(texts().size() == 5);
}
