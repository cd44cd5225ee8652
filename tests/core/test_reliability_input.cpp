// Bad input: whatever is typed comes back exactly as typed, through the store and through the
// archive, and records that cannot be (impossible dates, duplicates) are refused with a message.
#include "fixtures.h"
#include "sample.h"

#include "archive/archive.h"
#include "domain/limits.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace bd;

namespace {

// Every free-text field of \a data (not ids, references, keys or enumerations).
void forEachTextField(PartnershipData &d, const std::function<void(QString &, const char *)> &visit)
{
    visit(d.partnership.name, "partnership.name");
    visit(d.partnership.shortName, "partnership.shortName");
    visit(d.partnership.contactEmail, "partnership.contactEmail");
    visit(d.partnership.headings.did, "partnership.headings.did");
    visit(d.partnership.headings.difference, "partnership.headings.difference");
    for (Agency &a : d.agencies) {
        visit(a.name, "agencies.name");
        visit(a.shortName, "agencies.shortName");
    }
    for (Person &p : d.people) {
        visit(p.name, "people.name");
        visit(p.title, "people.title");
        visit(p.email, "people.email");
    }
    for (Body &b : d.bodies) {
        visit(b.name, "bodies.name");
        visit(b.purpose, "bodies.purpose");
    }
    for (Priority &p : d.priorities) {
        visit(p.title, "priorities.title");
        visit(p.description, "priorities.description");
    }
    std::function<void(QList<Entry> &)> entries = [&](QList<Entry> &list) {
        for (Entry &e : list) {
            visit(e.text, "meetings.entries.text");
            entries(e.children);
        }
    };
    for (Meeting &m : d.meetings) {
        visit(m.location, "meetings.location");
        entries(m.entries);
    }
    for (Workplan &w : d.workplans)
        visit(w.title, "workplans.title");
    for (Action &a : d.actions) {
        visit(a.text, "actions.text");
        visit(a.ref, "actions.ref");
        for (ActionReview &r : a.reviews)
            visit(r.note, "actions.reviews.note");
    }
    for (Risk &r : d.risks) {
        visit(r.title, "risks.title");
        visit(r.description, "risks.description");
        for (RiskReview &v : r.reviews)
            visit(v.note, "risks.reviews.note");
    }
    for (Funding &f : d.funding)
        visit(f.note, "funding.note");
    for (Spending &s : d.spending) {
        visit(s.category, "spending.category");
        visit(s.note, "spending.note");
    }
    for (CaseReview &c : d.caseReviews) {
        visit(c.name, "caseReviews.name");
        visit(c.url, "caseReviews.url");
        visit(c.note, "caseReviews.note");
    }
    for (Course &c : d.courses) {
        visit(c.title, "courses.title");
        visit(c.description, "courses.description");
    }
    for (TrainingSession &t : d.trainingSessions)
        visit(t.note, "trainingSessions.note");
    for (KeyFact &k : d.keyFacts) {
        visit(k.label, "keyFacts.label");
        visit(k.value, "keyFacts.value");
        visit(k.comparator, "keyFacts.comparator");
    }
    for (Source &s : d.sources) {
        visit(s.text, "sources.text");
        visit(s.url, "sources.url");
    }
    for (ReportText &r : d.reportTexts)
        visit(r.text, "reportTexts.text");
    for (Newsletter &n : d.newsletters) {
        visit(n.title, "newsletters.title");
        for (NewsletterItem &i : n.items) {
            visit(i.section, "newsletters.items.section");
            visit(i.title, "newsletters.items.title");
            visit(i.body, "newsletters.items.body");
            for (NewsletterLink &l : i.links) {
                visit(l.label, "newsletters.items.links.label");
                visit(l.url, "newsletters.items.links.url");
            }
        }
    }
}

// Names the first field where \a found differs from \a expected.
QString firstDifference(PartnershipData found, PartnershipData expected)
{
    QStringList a;
    QStringList names;
    forEachTextField(found, [&](QString &field, const char *) { a << field; });
    forEachTextField(expected, [&](QString &field, const char *name) {
        names << QString::fromLatin1(name);
        a << field;
    });
    const qsizetype half = a.size() / 2;
    for (qsizetype i = 0; i < half && i < names.size(); ++i) {
        if (a.at(i) != a.at(half + i))
            return names.at(i);
    }
    return QStringLiteral("(a field that is not text)");
}

struct Hostile {
    const char *name;
    QString text;
    // The fields that get it: all of them, or (for the megabyte, to keep the test quick) one
    // of each kind of storage: a bullet, an action review's note, a newsletter item's body.
    QStringList only = {};
};

QList<Hostile> hostileTexts()
{
    return {
        {"a script element", QStringLiteral("<script>alert(1)</script>")},
        {"markup characters", QStringLiteral("& < > \" ' &amp; &lt;b&gt; \\ \\n / */ -- ; DROP TABLE meetings; --")},
        {"right-to-left text",
         QStringLiteral("\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 "
                        "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd 123")},
        {"emoji with joiners",
         QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 \U0001F3F3\uFE0F\u200D\U0001F308 "
                        "\U0001F44D\U0001F3FD")},
        {"a right-to-left override", QStringLiteral("invoice\u202Egpj.exe and \u202Dleft\u202C \u200F\u200E\uFEFF")},
        {"control characters and a lone line feed",
         QStringLiteral("tab\there\r\nline\nbell\u0007 null-free\u001F end")},
        // Up to the limits (domain/limits.h), less room for the field's tag.
        {"as long as a field may be",
         QString(limits::textChars - 16, QLatin1Char('m')) + QStringLiteral(" \u00e9\U0001F600"),
         {QStringLiteral("partnership.name"), QStringLiteral("actions.reviews.note"),
          QStringLiteral("newsletters.items.body")}},
        {"as long as a bullet may be",
         QString(limits::bulletChars - 16, QLatin1Char('m')) + QStringLiteral(" \u00e9\U0001F600"),
         {QStringLiteral("meetings.entries.text")}},
    };
}

} // namespace

TEST_CASE("hostile text in every text field comes back unchanged from the store and from the archive",
          "[reliability][input]")
{
    for (const Hostile &hostile : hostileTexts()) {
        INFO("text: " << hostile.name);
        PartnershipData data = test::samplePartnership();
        int fields = 0;
        // Each field gets the text with its own tag, so a field swapped for another shows.
        forEachTextField(data, [&](QString &field, const char *name) {
            ++fields;
            if (hostile.only.isEmpty() || hostile.only.contains(QLatin1String(name)))
                field = hostile.text + QString::number(fields);
        });
        REQUIRE(fields >= 50);

        // The store.
        test::FreshStore f;
        auto stored = f.store->replaceAll(data);
        INFO(stored.errorMessage().toStdString());
        REQUIRE(stored.ok());
        auto loaded = f.store->loadAll();
        REQUIRE(loaded.ok());
        PartnershipData fromStore = *loaded;
        test::clearRowIds(fromStore);
        INFO("first difference: " << firstDifference(fromStore, data).toStdString());
        CHECK(fromStore == data);

        // The archive: written, then read.
        const QByteArray archive = writeArchive(data, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        auto read = readArchive(archive, QStringLiteral("hostile.json"));
        INFO(read.errorMessage().left(300).toStdString());
        REQUIRE(read.ok());
        // The writer puts case reviews in the order they were notified (archive.h).
        PartnershipData inArchiveOrder = data;
        std::stable_sort(inArchiveOrder.caseReviews.begin(), inArchiveOrder.caseReviews.end(),
                         [](const CaseReview &a, const CaseReview &b) { return a.notified < b.notified; });
        INFO("first difference: " << firstDifference(*read, inArchiveOrder).toStdString());
        CHECK(*read == inArchiveOrder);
        CHECK(writeArchive(*read, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)) == archive);
    }
}

TEST_CASE("the store refuses impossible dates and duplicate records, naming the record", "[reliability][input]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());

    Meeting meeting;
    meeting.id = QStringLiteral("m.impossible");
    meeting.body = QStringLiteral("board");
    meeting.date = QDate(2019, 2, 30); // there is no 30 February
    auto impossible = f.store->insert(meeting);
    REQUIRE_FALSE(impossible.ok());
    CHECK(impossible.errorMessage().contains(QStringLiteral("m.impossible")));

    Risk risk;
    risk.id = QStringLiteral("r.impossible");
    risk.body = QStringLiteral("board");
    risk.title = QStringLiteral("Opened on a day that does not exist");
    risk.opened = QDate(2019, 13, 1);
    auto noOpened = f.store->insert(risk);
    REQUIRE_FALSE(noOpened.ok());
    CHECK(noOpened.errorMessage().contains(QStringLiteral("r.impossible")));

    auto again = f.store->insert(test::samplePartnership().agencies.constFirst());
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("already")));
    CHECK(again.errorMessage().contains(QStringLiteral("ecc")));

    auto fundedTwice = f.store->insert(test::samplePartnership().funding.constFirst());
    REQUIRE_FALSE(fundedTwice.ok());
    CHECK(fundedTwice.errorMessage().contains(QStringLiteral("already")));

    Newsletter sameNumber = test::samplePartnership().newsletters.constFirst();
    sameNumber.id = QStringLiteral("n.copy");
    auto numberTwice = f.store->insert(sameNumber);
    REQUIRE_FALSE(numberTwice.ok());
    CHECK(numberTwice.errorMessage().contains(QStringLiteral("n.copy")));

    // None of them left anything behind.
    auto data = f.store->loadAll();
    REQUIRE(data.ok());
    PartnershipData expected = test::samplePartnership();
    test::clearRowIds(*data);
    CHECK(*data == expected);
}

TEST_CASE("the archive refuses impossible dates and duplicate records, naming where", "[reliability][input]")
{
    const QByteArray archive = writeArchive(test::samplePartnership(), QDateTime());
    SECTION("an impossible date")
    {
        QByteArray bad = archive;
        bad.replace("\"2018-07-10\"", "\"2018-02-30\"");
        auto read = readArchive(bad, QStringLiteral("dates.json"));
        REQUIRE_FALSE(read.ok());
        INFO(read.errorMessage().toStdString());
        CHECK(read.errorMessage().contains(QStringLiteral("dates.json")));
        CHECK(read.errorMessage().contains(QStringLiteral("2018-02-30")));
    }
    SECTION("a duplicate id")
    {
        QByteArray bad = archive;
        bad.replace("\"id\": \"police\"", "\"id\": \"ecc\"");
        auto read = readArchive(bad, QStringLiteral("twice.json"));
        REQUIRE_FALSE(read.ok());
        INFO(read.errorMessage().toStdString());
        CHECK(read.errorMessage().contains(QStringLiteral("agencies[1].id")));
    }
}
