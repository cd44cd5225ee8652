// The archive (../shared/design/archive-v1.md): reading with defaults, exact round trips,
// and a message naming the JSON path for every kind of bad archive.
#include "archive/archive.h"
#include "fixtures.h"
#include "skip.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace bd;

namespace {

// A small archive using every list, written by hand: some defaults left out, a body whose
// parent comes later in the list, a child entry without its kind.
const QByteArray goodArchive = R"json({
  "format": "boarddesk-archive",
  "version": 1,
  "exported": "2024-05-01T10:00:00+01:00",
  "partnership": {"name": "Northvale Safeguarding Children Partnership", "shortName": "NSCP"},
  "agencies": [
    {"id": "council", "name": "Northvale Council", "sector": "local-authority"},
    {"id": "police", "name": "Northvale Police"}
  ],
  "people": [
    {"id": "ann", "name": "Ann Smith", "agency": "council", "title": "Director"},
    {"id": "bob", "name": "Bob Jones", "agency": "police"},
    {"id": "cat", "name": "Cat Brown", "email": null}
  ],
  "bodies": [
    {"id": "cdop", "name": "Child Death Overview Panel", "kind": "panel", "parent": "board"},
    {"id": "board", "name": "Partnership Board", "kind": "board", "established": "2019-09-29"}
  ],
  "memberships": [
    {"body": "board", "person": "ann", "role": "chair", "from": "2019-09-29"},
    {"body": "board", "person": "bob"}
  ],
  "priorities": [
    {"id": "exploitation", "year": "2020-21", "title": "Exploitation"},
    {"id": "neglect", "year": "2019-20", "title": "Neglect", "leadAgency": "council"}
  ],
  "meetings": [
    {"id": "board-2019-10", "body": "board", "date": "2019-10-15", "time": "10:00", "location": "Town Hall",
     "minutes": "approved", "approvedOn": "2019-12-10",
     "attendance": [
       {"person": "ann", "status": "present"},
       {"person": "cat", "status": "deputy", "deputyFor": "bob"}
     ],
     "entries": [
       {"kind": "did", "text": "Agreed the **neglect** strategy.", "priorities": ["neglect"],
        "children": [{"text": "Launch in January.", "children": [{"kind": "did", "text": "Briefings first."}]}]},
       {"kind": "difference", "text": "Families are seen sooner."}
     ]},
    {"id": "cdop-2019-11", "body": "cdop", "date": "2019-11-05", "status": "held", "casesReviewed": 4}
  ],
  "workplans": [{"id": "wp-2020", "body": "board", "title": "Business plan 2020-21", "year": "2020-21"},
                {"id": "wp-2019", "body": "board", "title": "Business plan 2019-20", "year": "2019-20"},
                {"id": "wp-cdop", "body": "cdop", "title": "Panel plan", "status": "closed", "closedOn": "2020-03-31"}],
  "actions": [
    {"id": "a1", "body": "board", "text": "Publish the strategy.", "ref": "1.1", "workplan": "wp-2019",
     "raisedAt": "board-2019-10", "owner": "ann", "ownerAgency": "council", "due": "2020-01-31",
     "priorities": ["neglect"],
     "reviews": [{"date": "2019-11-01", "rag": "amber"},
                 {"date": "2020-02-01", "rag": "complete", "note": "Done.", "meeting": "board-2019-10"}]},
    {"id": "a2", "body": "board", "text": "Learn from Family T.", "caseReview": "family-t"}
  ],
  "risks": [{"id": "r2", "body": "cdop", "title": "Data sharing", "opened": "2020-01-10"},
            {"id": "r1", "body": "board", "title": "Funding gap", "opened": "2019-10-15",
             "reviews": [{"date": "2019-10-15", "likelihood": 3, "impact": 4}]}],
  "funding": [{"year": "2019-20", "agency": "council", "amountPence": 12000000},
              {"year": "2019-20", "agency": "police", "amountPence": 4500000, "note": "Includes training."}],
  "spending": [{"year": "2020-21", "category": "training", "amountPence": 800000},
               {"year": "2019-20", "category": "independent chair", "amountPence": 2500000}],
  "caseReviews": [{"id": "family-t", "name": "Family T", "type": "lcspr", "notified": "2019-07-01", "status": "in-progress"},
                  {"id": "thematic-1", "name": "Adolescents", "type": "thematic"}],
  "courses": [{"id": "neglect-1", "title": "Recognising neglect", "format": "full-day"}],
  "trainingSessions": [
    {"id": "s1", "course": "neglect-1", "date": "2019-11-20", "attendees": 18, "places": 20},
    {"id": "s2", "course": "neglect-1", "date": "2020-03-20", "status": "cancelled", "cancelReason": "trainer-illness"}
  ],
  "keyFacts": [{"id": "population", "year": "2020-21", "label": "children living in Northvale", "value": "41,200"},
               {"id": "fsm", "year": "2019-20", "label": "children claiming free school meals", "value": "8.3%",
                "comparator": "15.7% in England", "source": "dfe"},
               {"id": "cla", "year": "2019-20", "label": "children looked after", "value": "312"}],
  "sources": [{"id": "dfe", "text": "Department for Education, schools census 2019", "url": "https://example.org/census"}],
  "reportTexts": [{"year": "2019-20", "section": "foreword", "text": "A year of change."},
                  {"year": "2019-20", "section": "intro:cdop", "text": "The panel reviews every child death."}],
  "newsletters": [{"id": "n23", "number": 23, "date": "2020-04-15"},
                  {"id": "n22", "number": 22, "date": "2020-01-15", "title": "Winter",
                   "items": [{"section": "News", "title": "New chair", "body": "Welcome.",
                              "links": [{"label": "More", "url": "https://example.org"}]}]}]
}
)json";

const QString fileName = QStringLiteral("test.json");
const QDateTime exportedAt(QDate(2024, 5, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600);

std::string str(const QString &text)
{
    return text.toStdString();
}

// goodArchive with \a from (which must occur exactly once) replaced by \a to.
QByteArray mutated(const QByteArray &from, const QByteArray &to, const QByteArray &base = goodArchive)
{
    INFO("mutating: " << from.toStdString());
    REQUIRE(base.count(from) == 1);
    QByteArray bytes = base;
    return bytes.replace(from, to);
}

// An archive as a program would compare two exports: without its `exported` line.
QByteArray withoutExported(QByteArray archive)
{
    static const QRegularExpression exported(QStringLiteral("\n *\"exported\": \"[^\"]*\","));
    return QString::fromUtf8(archive).remove(exported).toUtf8();
}

PartnershipData read(const QByteArray &bytes)
{
    auto data = readArchive(bytes, fileName);
    INFO(str(data.errorMessage()));
    REQUIRE(data.ok());
    return *data;
}

// The message readArchive gives for \a bytes, which must be refused.
QString refusal(const QByteArray &bytes)
{
    auto data = readArchive(bytes, fileName);
    REQUIRE_FALSE(data.ok());
    const QString message = data.errorMessage();
    INFO(str(message));
    CHECK(message.startsWith(fileName + QStringLiteral(": ")));
    CHECK_FALSE(message.contains(QLatin1Char('\n')));
    return message;
}

// Imports \a bytes as `import --replace` does: read, then replace everything.
Result<void> importInto(Store &store, const QByteArray &bytes)
{
    auto data = readArchive(bytes, fileName);
    if (!data)
        return data.error();
    return store.replaceAll(*data);
}

QByteArray exportOf(Store &store)
{
    auto data = store.loadAll();
    INFO(str(data.errorMessage()));
    REQUIRE(data.ok());
    return writeArchive(*data, exportedAt);
}

// \a bytes is refused with a message naming \a path, and a store holding the good archive
// is left exactly as it was. Returns the message.
QString refusedByStore(const QByteArray &bytes, const QString &path)
{
    test::FreshStore fresh;
    REQUIRE(importInto(*fresh.store, goodArchive).ok());
    const QByteArray before = exportOf(*fresh.store);

    auto imported = importInto(*fresh.store, bytes);
    REQUIRE_FALSE(imported.ok());
    const QString message = imported.errorMessage();
    INFO(str(message));
    CHECK(message.startsWith(fileName + QStringLiteral(": ")));
    CHECK(message.contains(path));
    CHECK(exportOf(*fresh.store) == before);
    return message;
}

} // namespace

TEST_CASE("A good archive reads to its records, with the defaults filled in")
{
    const PartnershipData data = read(goodArchive);

    CHECK(data.partnership.name == QStringLiteral("Northvale Safeguarding Children Partnership"));
    CHECK(data.partnership.shortName == QStringLiteral("NSCP"));
    CHECK(data.partnership.financialYearStart == YearStart {4, 1});
    CHECK(data.partnership.headings.did == Headings::defaultDid());
    CHECK(data.partnership.headings.difference == Headings::defaultDifference());

    REQUIRE(data.agencies.size() == 2);
    CHECK(data.agencies[0].sector == Sector::LocalAuthority);
    CHECK(data.agencies[1].sector == Sector::Other);

    REQUIRE(data.people.size() == 3);
    CHECK(data.people[0].agency == QStringLiteral("council"));
    CHECK(data.people[0].title == QStringLiteral("Director"));
    CHECK(data.people[2].agency.isEmpty());
    CHECK(data.people[2].email.isEmpty());

    REQUIRE(data.bodies.size() == 2);
    CHECK(data.bodies[0].kind == BodyKind::Panel);
    CHECK(data.bodies[0].parent == QStringLiteral("board"));
    CHECK(data.bodies[1].established == QDate(2019, 9, 29));
    CHECK(data.bodies[1].concluded.isNull());

    REQUIRE(data.memberships.size() == 2);
    CHECK(data.memberships[0].role == Role::Chair);
    CHECK(data.memberships[1].role == Role::Member);
    CHECK(data.memberships[1].from.isNull());

    REQUIRE(data.priorities.size() == 2);
    CHECK(data.priorities[1].year == FinancialYear(2019));

    REQUIRE(data.meetings.size() == 2);
    const Meeting &board = data.meetings[0];
    CHECK(board.date == QDate(2019, 10, 15));
    CHECK(board.time == QTime(10, 0));
    CHECK(board.status == MeetingStatus::Held);
    CHECK(board.minutes == MinutesStatus::Approved);
    CHECK(board.approvedOn == QDate(2019, 12, 10));
    CHECK_FALSE(board.casesReviewed.has_value());
    REQUIRE(board.attendance.size() == 2);
    CHECK(board.attendance[1].status == AttendanceStatus::Deputy);
    CHECK(board.attendance[1].deputyFor == QStringLiteral("bob"));
    REQUIRE(board.entries.size() == 2);
    CHECK(board.entries[0].kind == EntryKind::Did);
    CHECK(board.entries[0].priorities == QStringList {QStringLiteral("neglect")});
    REQUIRE(board.entries[0].children.size() == 1);
    CHECK(board.entries[0].children[0].kind == EntryKind::Did); // from its top-level entry
    REQUIRE(board.entries[0].children[0].children.size() == 1);
    CHECK(board.entries[0].children[0].children[0].text == QStringLiteral("Briefings first."));
    CHECK(board.entries[1].kind == EntryKind::Difference);
    const Meeting &cdop = data.meetings[1];
    CHECK(cdop.minutes == MinutesStatus::Draft);
    CHECK(cdop.casesReviewed == 4);
    CHECK(cdop.time.isNull());

    REQUIRE(data.workplans.size() == 3);
    CHECK(data.workplans[0].status == WorkplanStatus::Open);
    CHECK(data.workplans[2].status == WorkplanStatus::Closed);
    CHECK_FALSE(data.workplans[2].year.isValid());

    REQUIRE(data.actions.size() == 2);
    CHECK(data.actions[0].reviews.size() == 2);
    CHECK(data.actions[0].currentRag() == Rag::Complete);
    CHECK(data.actions[1].caseReview == QStringLiteral("family-t"));

    REQUIRE(data.risks.size() == 2);
    CHECK(data.risks[1].reviews[0].score() == 12);

    REQUIRE(data.funding.size() == 2);
    CHECK(data.funding[0].amountPence == 12000000);
    REQUIRE(data.spending.size() == 2);
    REQUIRE(data.caseReviews.size() == 2);
    CHECK(data.caseReviews[1].status == CaseReviewStatus::Notified);
    CHECK(data.caseReviews[0].type == CaseReviewType::Lcspr);
    CHECK(data.caseReviews[0].status == CaseReviewStatus::InProgress);
    REQUIRE(data.courses.size() == 1);
    REQUIRE(data.trainingSessions.size() == 2);
    CHECK(data.trainingSessions[0].status == SessionStatus::Held);
    CHECK(data.trainingSessions[0].attendees == 18);
    CHECK(data.trainingSessions[1].cancelReason == CancelReason::TrainerIllness);
    REQUIRE(data.keyFacts.size() == 3);
    CHECK(data.keyFacts[1].source == QStringLiteral("dfe"));
    REQUIRE(data.sources.size() == 1);
    REQUIRE(data.reportTexts.size() == 2);
    CHECK(data.reportTexts[1].section == QStringLiteral("intro:cdop"));
    REQUIRE(data.newsletters.size() == 2);
    CHECK(data.newsletters[1].number == 22);
    REQUIRE(data.newsletters[1].items.size() == 1);
    CHECK(data.newsletters[1].items[0].links[0].url == QStringLiteral("https://example.org"));
}

TEST_CASE("The smallest archive holds the partnership alone")
{
    const PartnershipData data
        = read(R"({"format": "boarddesk-archive", "version": 1, "partnership": {"name": "P"}, "agencies": null})");
    CHECK(data.partnership.name == QStringLiteral("P"));
    CHECK(data.agencies.isEmpty());
    CHECK(data.meetings.isEmpty());
}

TEST_CASE("An export writes the keys in the archive's order, with defaults, leaving out what is absent")
{
    const QByteArray written = writeArchive(read(goodArchive), exportedAt);
    INFO(written.toStdString());

    CHECK(written.startsWith("{\n  \"format\": \"boarddesk-archive\",\n  \"version\": 1,\n"
                             "  \"exported\": \"2024-05-01T10:00:00+01:00\",\n  \"partnership\": {\n"
                             "    \"name\": \"Northvale Safeguarding Children Partnership\",\n"));
    CHECK(written.endsWith("}\n"));
    // Defaults are written...
    CHECK(written.contains("\"financialYearStart\": \"04-01\""));
    CHECK(written.contains("\"did\": \"What did we do?\""));
    CHECK(written.contains("\"sector\": \"other\""));
    CHECK(written.contains("\"role\": \"member\""));
    CHECK(written.contains("\"minutes\": \"draft\""));
    CHECK(written.contains("\"status\": \"open\""));
    // ...absent values are not...
    CHECK_FALSE(written.contains("null"));
    CHECK_FALSE(written.contains("\"email\""));
    CHECK_FALSE(written.contains("\"\""));
    // ...and child entries leave out their kind: 2 bodies and 2 top-level entries have one.
    CHECK(written.count("\"kind\":") == 4);
    CHECK(written.contains("\"amountPence\": 12000000"));
    CHECK(written.contains("\"priorities\": [\"neglect\"]"));
    // Empty lists at the top level are still written, so the shape of an archive shows.
    PartnershipData empty;
    empty.partnership.name = QStringLiteral("P");
    CHECK(writeArchive(empty, exportedAt).contains("\"newsletters\": []"));
    CHECK(read(writeArchive(empty, exportedAt)).meetings.isEmpty());
}

TEST_CASE("write, read and write again gives the same archive")
{
    const QByteArray first = writeArchive(read(goodArchive), exportedAt);
    const QByteArray second = writeArchive(read(first), exportedAt);
    CHECK(second == first);
    // Apart from `exported`, the output depends only on the records.
    CHECK(withoutExported(writeArchive(read(first), QDateTime::currentDateTime())) == withoutExported(first));
}

TEST_CASE("An archive round-trips exactly through a store")
{
    test::FreshStore fresh;
    const QByteArray first = writeArchive(read(goodArchive), exportedAt);
    auto stored = fresh.store->replaceAll(read(goodArchive));
    INFO(str(stored.errorMessage()));
    REQUIRE(stored.ok());
    const QByteArray again = exportOf(*fresh.store);
    CHECK(str(QString::fromUtf8(again)) == str(QString::fromUtf8(first)));

    // And once more from the export itself, as `export`, `import`, `export` does.
    test::FreshStore second;
    REQUIRE(importInto(*second.store, again).ok());
    CHECK(exportOf(*second.store) == again);
}

TEST_CASE("Lists in another order import to the same records that the export shows")
{
    // Meetings and training sessions are written by date, whatever order they came in.
    QByteArray reordered = mutated(
        R"({"id": "s1", "course": "neglect-1", "date": "2019-11-20", "attendees": 18, "places": 20},
    {"id": "s2", "course": "neglect-1", "date": "2020-03-20", "status": "cancelled", "cancelReason": "trainer-illness"})",
        R"({"id": "s2", "course": "neglect-1", "date": "2020-03-20", "status": "cancelled", "cancelReason": "trainer-illness"},
    {"id": "s1", "course": "neglect-1", "date": "2019-11-20", "attendees": 18, "places": 20})");
    reordered = mutated(R"("date": "2019-11-05")", R"("date": "2019-10-01")", reordered);
    const QByteArray written = writeArchive(read(reordered), exportedAt);
    CHECK(written.indexOf("\"s1\"") < written.indexOf("\"s2\""));
    CHECK(written.indexOf("\"cdop-2019-11\"") < written.indexOf("\"board-2019-10\""));

    test::FreshStore fresh;
    REQUIRE(importInto(*fresh.store, reordered).ok());
    CHECK(exportOf(*fresh.store) == written);
}

TEST_CASE("Text survives the round trip: quotes, backslashes, control characters, any script")
{
    const QString awkward = QStringLiteral("A \"quoted\" back\\slash, tab\t, line\nbreak, \u0001, caf\u00e9, ")
        + QString::fromUtf8("\xf0\x9f\x91\xb6 and <b>html</b>");
    PartnershipData data;
    data.partnership.name = awkward;
    data.agencies << Agency {QStringLiteral("a"), awkward, {}, Sector::Health};
    const QByteArray written = writeArchive(data, exportedAt);
    CHECK(written.contains(R"(\"quoted\" back\\slash, tab\t, line\nbreak, \u0001)"));
    const PartnershipData back = read(written);
    CHECK(back.partnership.name == awkward);
    CHECK(back.agencies == data.agencies);
    CHECK(writeArchive(back, exportedAt) == written);
}

TEST_CASE("A byte-order mark is accepted and null stands for a field left out")
{
    CHECK(read("\xef\xbb\xbf" + goodArchive).agencies.size() == 2);
    const PartnershipData data = read(mutated(R"("time": "10:00")", R"("time": null)"));
    CHECK(data.meetings[0].time.isNull());
}

// The kinds of bad archive archive-v1.md names, each through a store ---------------------

TEST_CASE("Refused: a newer version, naming both versions")
{
    const QString message = refusedByStore(mutated(R"("version": 1,)", R"("version": 2,)"), QStringLiteral("version"));
    CHECK(message.contains(QStringLiteral("version 2 is newer than this program reads (1)")));
    CHECK(refusal(mutated(R"("version": 1,)", "")).contains(QStringLiteral("version: this field is required")));
    CHECK(refusal(mutated(R"("version": 1,)", R"("version": "1",)"))
              .contains(QStringLiteral("version: expected a number")));
    CHECK(refusal(mutated(R"("version": 1,)", R"("version": 1.5,)"))
              .contains(QStringLiteral("version: 1.5 is not a whole number")));
    CHECK(refusal(mutated(R"("boarddesk-archive")", R"("other-archive")")).contains(QStringLiteral("format: ")));
}

TEST_CASE("Refused: an unknown field, at any level")
{
    refusedByStore(
        mutated(R"({"id": "police", "name": "Northvale Police"})",
                R"({"id": "police", "name": "Northvale Police", "colour": "blue"})"),
        QStringLiteral("agencies[1].colour: unknown field; the fields here are id, name, shortName, sector"));
    CHECK(refusal(mutated(R"("version": 1,)", R"("version": 1, "extra": true,)"))
              .contains(QStringLiteral(": extra: unknown field")));
    CHECK(refusal(mutated(R"("shortName": "NSCP"})", R"("shortName": "NSCP", "headings": {"did": "Did", "dif": "x"}})"))
              .contains(QStringLiteral("partnership.headings.dif: unknown field")));
    CHECK(refusal(mutated(R"({"date": "2019-11-01", "rag": "amber"})",
                          R"({"date": "2019-11-01", "rag": "amber", "by": "x"})"))
              .contains(QStringLiteral("actions[0].reviews[0].by: unknown field")));
}

TEST_CASE("Refused: a date that does not exist")
{
    const QString message = refusedByStore(mutated(R"("date": "2019-11-05")", R"("date": "2019-02-30")"),
                                           QStringLiteral("meetings[1].date"));
    CHECK(message.contains(QStringLiteral("\"2019-02-30\" is not a date that exists")));
    CHECK(refusal(mutated(R"("due": "2020-01-31")", R"("due": "31/01/2020")"))
              .contains(QStringLiteral("actions[0].due: ")));
    CHECK(refusal(mutated(R"("time": "10:00")", R"("time": "24:00")")).contains(QStringLiteral("meetings[0].time: ")));
}

TEST_CASE("Refused: a reference to a record that is not there")
{
    const QString message = refusedByStore(mutated(R"("caseReview": "family-t")", R"("caseReview": "family-x")"),
                                           QStringLiteral("actions[1].caseReview"));
    CHECK(message.contains(QStringLiteral("there is no case review with the id \"family-x\"")));
    CHECK(refusal(mutated(R"("kind": "panel", "parent": "board")", R"("kind": "panel", "parent": "boards")"))
              .contains(QStringLiteral("bodies[0].parent")));
    CHECK(refusal(mutated(R"("priorities": ["neglect"],
        "children")",
                          R"("priorities": ["neglect", "poverty"],
        "children")"))
              .contains(QStringLiteral("meetings[0].entries[0].priorities[1]")));
    CHECK(refusal(mutated(R"("deputyFor": "bob")", R"("deputyFor": "dan")"))
              .contains(QStringLiteral("meetings[0].attendance[1].deputyFor")));
    CHECK(refusal(mutated(R"("section": "intro:cdop")", R"("section": "intro:cdp")"))
              .contains(QStringLiteral("reportTexts[1].section")));
    CHECK(refusal(mutated(R"("note": "Done.", "meeting": "board-2019-10")",
                          R"("note": "Done.", "meeting": "board-2019-11")"))
              .contains(QStringLiteral("actions[0].reviews[1].meeting")));
}

TEST_CASE("Refused: an id used twice in one list")
{
    const QString message
        = refusedByStore(mutated(R"({"id": "bob", "name": "Bob Jones")", R"({"id": "ann", "name": "Bob Jones")"),
                         QStringLiteral("people[1].id"));
    CHECK(message.contains(QStringLiteral("also the id of people[0]")));
    CHECK(refusal(mutated(R"({"id": "bob", "name": "Bob Jones")", R"({"id": "Bob", "name": "Bob Jones")"))
              .contains(QStringLiteral("people[1].id: \"Bob\" is not an id")));
}

TEST_CASE("Refused: negative money")
{
    refusedByStore(mutated("2500000", "-2500000"), QStringLiteral("spending[1].amountPence: -2500000 is less than 0"));
}

TEST_CASE("Refused: money that is not a whole number of pence")
{
    refusedByStore(mutated("4500000", "4500000.5"),
                   QStringLiteral("funding[1].amountPence: 4500000.5 is not a whole number"));
    CHECK(refusal(mutated("4500000", "4500000.0")).contains(QStringLiteral("funding[1].amountPence")));
    CHECK(refusal(mutated("4500000", "45e5"))
              .contains(QStringLiteral("funding[1].amountPence: 45e5 is not a whole number")));
    CHECK(refusal(mutated("4500000", "9007199254740993")).contains(QStringLiteral("funding[1].amountPence")));
    CHECK(refusal(mutated("4500000", R"("4500000")"))
              .contains(QStringLiteral("funding[1].amountPence: expected a number, found a string")));
}

TEST_CASE("Refused: a value that is not one of its enumeration's keys")
{
    const QString message = refusedByStore(mutated(R"("kind": "difference")", R"("kind": "did2")"),
                                           QStringLiteral("meetings[0].entries[1].kind"));
    CHECK(message
          == QStringLiteral("test.json: meetings[0].entries[1].kind: \"did2\" is not one of did, difference, note"));
}

TEST_CASE("Refused: a syntax error, with its line and column")
{
    CHECK(refusal("{\n  \"format\": \"boarddesk-archive\",\n  \"version\": 1\n  \"partnership\": {}\n}")
          == QStringLiteral("test.json: line 4, column 3: expected ',' or '}' after a field"));
    const QString message = refusedByStore(mutated(R"("Northvale Police"})", R"("Northvale Police",})"),
                                           QStringLiteral("line 8, column"));
    CHECK(message.contains(QStringLiteral("(in agencies[1])")));
    CHECK(refusal("").contains(QStringLiteral("the file is empty")));
    CHECK(refusal(goodArchive + "x").contains(QStringLiteral("more after the end")));
    const QString control = refusal(mutated("Town Hall", "Town\nHall"));
    INFO(str(control));
    CHECK(control.contains(QStringLiteral("control character")));
    CHECK(refusal(mutated("Town Hall", R"(Town \ud800 Hall)")).contains(QStringLiteral("lone surrogate")));
}

TEST_CASE("Refused: entries nested too deep, and JSON nested too deep")
{
    refusedByStore(
        mutated(R"({"kind": "did", "text": "Briefings first."})",
                R"({"kind": "did", "text": "Briefings first.", "children": [{"text": "Too deep."}]})"),
        QStringLiteral("meetings[0].entries[0].children[0].children[0].children[0]: an entry can be at most 2 "
                       "levels below its top-level entry"));

    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    const QString message = refusal(mutated(R"("title": "Winter")", "\"title\": " + deep));
    CHECK(message.contains(QStringLiteral("nested more than 64 levels")));
    CHECK(message.contains(QStringLiteral("newsletters[1].title")));
}

TEST_CASE("Refused: bytes that are not UTF-8")
{
    const QByteArray bytes = mutated("Ann Smith", "Ann \xff Smith");
    const qsizetype line = bytes.left(bytes.indexOf('\xff')).count('\n') + 1;
    const QString message = refusedByStore(bytes, QStringLiteral("line %1, column 32").arg(line));
    CHECK(message.contains(QStringLiteral("not UTF-8")));
    // Overlong forms and encoded surrogates are not UTF-8 either.
    CHECK(refusal(mutated("Ann Smith", "Ann \xc0\xaf Smith")).contains(QStringLiteral("not UTF-8")));
    CHECK(refusal(mutated("Ann Smith", "Ann \xed\xa0\x80 Smith")).contains(QStringLiteral("not UTF-8")));
}

TEST_CASE("Refused: approved minutes without a date, and a date without approval")
{
    const QString message
        = refusedByStore(mutated(R"("minutes": "approved", "approvedOn": "2019-12-10",)", R"("minutes": "approved",)"),
                         QStringLiteral("meetings[0].approvedOn"));
    CHECK(message.contains(QStringLiteral("approved minutes need the date")));
    CHECK(refusal(mutated(R"("minutes": "approved", )", ""))
              .contains(QStringLiteral("meetings[0].approvedOn: only approved minutes")));
    CHECK(refusal(mutated(R"("approvedOn": "2019-12-10")", R"("approvedOn": "2019-10-14")"))
              .contains(QStringLiteral("meetings[0].approvedOn: 2019-10-14 is before date (2019-10-15)")));
}

TEST_CASE("Refused: a key twice in one object")
{
    const QString message = refusedByStore(mutated(R"({"id": "police", "name": "Northvale Police"})",
                                                   R"({"id": "police", "name": "Northvale Police", "name": "Police"})"),
                                           QStringLiteral("agencies[1].name"));
    CHECK(message.contains(QStringLiteral("appears more than once")));
    // Even when the two are the same, and at the top level.
    CHECK(
        refusal(mutated(R"("version": 1,)", R"("version": 1, "version": 1,)")).contains(QStringLiteral(": version: ")));
}

// The other rules of archive-v1.md -------------------------------------------------------

TEST_CASE("Refused: every other rule, with the path at fault")
{
    const auto [from, to, expected] = GENERATE(table<const char *, const char *, const char *>({
        // required fields, and required text that is empty
        {R"("name": "Northvale Police")", R"("shortName": "NP")", "agencies[1].name: this field is required"},
        {R"("name": "Northvale Police")", R"("name": "")",
         "agencies[1].name: this field is required and must not be empty"},
        {R"("opened": "2019-10-15",)", "", "risks[1].opened: this field is required"},
        {R"("rag": "amber")", R"("note": "x")", "actions[0].reviews[0].rag: this field is required"},
        {R"({"label": "More", "url": "https://example.org"})", R"({"label": "More"})",
         "newsletters[1].items[0].links[0].url: this field is required"},
        {R"("format": "full-day")", R"("description": "x")", "courses[0].format: this field is required"},
        {R"({"person": "ann", "status": "present"})", R"({"person": "ann"})",
         "meetings[0].attendance[0].status: this field is required"},
        {R"({"kind": "difference", )", "{", "meetings[0].entries[1].kind: this field is required"},
        // types
        {R"("casesReviewed": 4)", R"("casesReviewed": "4")",
         "meetings[1].casesReviewed: expected a number, found a string"},
        {R"("casesReviewed": 4)", R"("casesReviewed": -1)", "meetings[1].casesReviewed: -1 is less than 0"},
        {R"("attendees": 18)", R"("attendees": 18.5)", "trainingSessions[0].attendees: 18.5 is not a whole number"},
        {R"("number": 22)", R"("number": -22)", "newsletters[1].number: -22 is less than 0"},
        {R"("priorities": ["neglect"],
     "reviews")",
         R"("priorities": "neglect",
     "reviews")",
         "actions[0].priorities: expected a list, found a string"},
        {R"("agencies": [)", R"("agencies": [3, )", "agencies[0]: expected an object, found a number"},
        {R"("partnership": {"name")", R"("partnership": {"name": 1, "x")",
         "partnership.name: expected a string, found a number"},
        // enumerations
        {R"("sector": "local-authority")", R"("sector": "council")",
         "agencies[0].sector: \"council\" is not one of local-authority, police"},
        {R"("rag": "amber")", R"("rag": "blue")",
         "actions[0].reviews[0].rag: \"blue\" is not one of red, amber, green, complete"},
        // years and the year start
        {R"("year": "2019-20", "title": "Neglect")", R"("year": "2019-21", "title": "Neglect")",
         "priorities[1].year: \"2019-21\" is not a financial year"},
        {R"("shortName": "NSCP"})", R"("shortName": "NSCP", "financialYearStart": "02-30"})",
         "partnership.financialYearStart: "},
        // ranges go forwards
        {R"("established": "2019-09-29")", R"("established": "2019-09-29", "concluded": "2019-09-28")",
         "bodies[1].concluded: 2019-09-28 is before established"},
        {R"("from": "2019-09-29")", R"("from": "2019-09-29", "to": "2019-01-01")", "memberships[0].to: "},
        {R"("opened": "2019-10-15",)", R"("opened": "2019-10-15", "closed": "2019-10-14",)", "risks[1].closed: "},
        // attendance
        {R"({"person": "cat", "status": "deputy", "deputyFor": "bob"})", R"({"person": "ann", "status": "absent"})",
         "meetings[0].attendance[1].person: \"ann\" already has a row at meetings[0].attendance[0]"},
        {R"("status": "deputy", "deputyFor": "bob")", R"("status": "present", "deputyFor": "bob")",
         "meetings[0].attendance[1].deputyFor: only a deputy"},
        {R"("deputyFor": "bob")", R"("deputyFor": "cat")",
         "meetings[0].attendance[1].deputyFor: a person cannot deputise for themselves"},
        // entries
        {R"({"kind": "did", "text": "Briefings first."})", R"({"kind": "note", "text": "Briefings first."})",
         "meetings[0].entries[0].children[0].children[0].kind: \"note\" differs from its top-level entry's kind"},
        {R"("priorities": ["neglect"],
        "children")",
         R"("priorities": ["neglect", "neglect"],
        "children")",
         "meetings[0].entries[0].priorities[1]: \"neglect\" is listed twice"},
        // risks and reviews
        {R"("likelihood": 3)", R"("likelihood": 6)", "risks[1].reviews[0].likelihood: 6 is more than 5"},
        {R"("impact": 4)", R"("impact": 0)", "risks[1].reviews[0].impact: 0 is less than 1"},
        {R"({"date": "2020-02-01", "rag": "complete")", R"({"date": "2019-10-31", "rag": "complete")",
         "actions[0].reviews[1].date: 2019-10-31 is before the previous review's date"},
        // one row per year and agency, per year and section; newsletter numbers unique
        {R"("agency": "police", "amountPence")", R"("agency": "council", "amountPence")",
         "funding[1]: \"council\" already has a row for 2019-20 at funding[0]"},
        {R"("section": "intro:cdop")", R"("section": "foreword")",
         "reportTexts[1]: 2019-20 already has a \"foreword\" text at reportTexts[0]"},
        {R"("section": "intro:cdop")", R"("section": "preface")",
         "reportTexts[1].section: \"preface\" is not one of foreword"},
        {R"("number": 22, "date": "2020-01-15", "title": "Winter",)",
         R"("number": 22, "date": "2020-01-15", "title": "Winter"},
                       {"id": "n24", "number": 22, "date": "2020-04-15",)",
         "newsletters[2].number: 22 is also the number of newsletters[1]"},
        // training sessions
        {R"("status": "cancelled", "cancelReason": "trainer-illness")", R"("status": "cancelled", "attendees": 3)",
         "trainingSessions[1].attendees: only a held session has attendees"},
        {R"("attendees": 18, "places": 20)", R"("attendees": 18, "places": 20, "cancelReason": "other")",
         "trainingSessions[0].cancelReason: only a cancelled session"},
        // bodies cannot be their own ancestors
        {R"("kind": "board", "established")", R"("kind": "board", "parent": "cdop", "established")",
         "bodies[0].parent: a body cannot be its own parent"},
        // the root
        {R"("partnership": {"name": "Northvale Safeguarding Children Partnership", "shortName": "NSCP"},)", "",
         ": partnership: this field is required"},
    }));
    INFO("replacing " << from << " with " << to);
    const QString message = refusal(mutated(from, to));
    INFO(str(message));
    CHECK(message.contains(QString::fromUtf8(expected)));
}

TEST_CASE("The first problem in document order is named, and the others are counted")
{
    QByteArray bytes = mutated(R"("casesReviewed": 4)", R"("casesReviewed": -4)");
    bytes = mutated(R"("title": "Director")", R"("title": 7)", bytes);
    CHECK(refusal(bytes)
          == QStringLiteral("test.json: people[0].title: expected a string, found a number (and 1 more problem)"));
    CHECK(refusal(R"([1, 2])") == QStringLiteral("test.json: expected an object, found a list"));
}

TEST_CASE("The demo archive reads and round-trips exactly through a store")
{
    if (!QFile::exists(QStringLiteral(BOARDDESK_DEMO_ARCHIVE)))
        BD_SKIP("No demo archive yet at " BOARDDESK_DEMO_ARCHIVE);
    const QByteArray demo = test::demoArchive();
    const QByteArray first = writeArchive(read(demo), exportedAt);

    test::FreshStore fresh;
    REQUIRE(importInto(*fresh.store, demo).ok());
    CHECK(str(QString::fromUtf8(exportOf(*fresh.store))) == str(QString::fromUtf8(first)));
    CHECK(writeArchive(read(first), exportedAt) == first);
}

TEST_CASE("A bullet left blank in the editor is left out of the export, and what is under it kept")
{
    PartnershipData data = read(goodArchive);
    Meeting *meeting = nullptr;
    for (Meeting &m : data.meetings)
        if (!m.entries.isEmpty())
            meeting = &m;
    REQUIRE(meeting);
    const int before = int(meeting->entries.size());
    Entry underBlank;
    underBlank.kind = EntryKind::Difference;
    underBlank.text = QStringLiteral("Written under a bullet that was never filled in");
    Entry blank;
    blank.kind = EntryKind::Difference;
    blank.text = QStringLiteral("  ");
    blank.children = {underBlank};
    Entry empty;
    empty.kind = EntryKind::Did;
    meeting->entries << blank << empty;

    test::FreshStore fresh;
    REQUIRE(fresh.store->replaceAll(data).ok());
    const QByteArray exported = exportOf(*fresh.store);

    // The export imports again: the archive needs every entry's text.
    test::FreshStore second;
    const Result<void> imported = importInto(*second.store, exported);
    INFO(str(imported.errorMessage()));
    REQUIRE(imported.ok());
    const PartnershipData back = read(exported);
    const auto it = std::find_if(back.meetings.cbegin(), back.meetings.cend(),
                                 [&](const Meeting &m) { return m.id == meeting->id; });
    REQUIRE(it != back.meetings.cend());
    REQUIRE(it->entries.size() == before + 1);
    CHECK(it->entries.back().text == underBlank.text);
    CHECK(it->entries.back().kind == EntryKind::Difference);
}
