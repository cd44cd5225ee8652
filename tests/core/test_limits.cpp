// Size limits (issue 12): a field, a bullet and a meeting hold at most what domain/limits.h
// allows. More is refused at the store and in the archive with a message naming the record,
// and nothing is written, so a pasted file cannot become hundreds of blank pages.
#include "fixtures.h"
#include "sample.h"

#include "archive/archive.h"
#include "archive/transfer.h"
#include "documents/minutes.h"
#include "documents/paged.h"
#include "domain/limits.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QPageSize>
#include <QSizeF>

using namespace bd;

namespace {

using test::storedData;

QList<Entry> bullets(int count, qsizetype chars)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        Entry e;
        e.kind = EntryKind::Did;
        e.text = QString(chars, u'x');
        entries << e;
    }
    return entries;
}

} // namespace

TEST_CASE("the store refuses a field longer than the limit, naming the record and field", "[limits]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    const PartnershipData before = storedData(*f.store);

    Person person = test::samplePartnership().people.constFirst();
    person.id = QStringLiteral("p.long");
    person.name = QString(limits::textChars + 1, u'a');
    auto inserted = f.store->insert(person);
    REQUIRE_FALSE(inserted.ok());
    INFO(inserted.errorMessage().toStdString());
    CHECK(inserted.errorMessage().contains(QStringLiteral("p.long")));
    CHECK(inserted.errorMessage().contains(QStringLiteral("name")));
    CHECK(inserted.errorMessage().contains(QStringLiteral("100,001")));
    CHECK(inserted.errorMessage().contains(QStringLiteral("100,000")));

    Body body = test::samplePartnership().bodies.constFirst();
    body.purpose = QString(limits::textChars + 1, u'b');
    auto updated = f.store->update(body);
    REQUIRE_FALSE(updated.ok());
    INFO(updated.errorMessage().toStdString());
    CHECK(updated.errorMessage().contains(QStringLiteral("purpose")));

    // A field exactly at the limit is kept.
    body.purpose = QString(limits::textChars, u'b');
    REQUIRE(f.store->update(body).ok());
    body.purpose = before.bodies.constFirst().purpose;
    REQUIRE(f.store->update(body).ok());

    CHECK(storedData(*f.store) == before);
}

TEST_CASE("the store refuses a bullet longer than the limit, and keeps the old text", "[limits]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    const PartnershipData before = storedData(*f.store);
    const Meeting meeting = f.store->loadAll()->meetings.constFirst();
    REQUIRE_FALSE(meeting.entries.isEmpty());

    Entry tooLong;
    tooLong.kind = EntryKind::Did;
    tooLong.text = QString(limits::bulletChars + 1, u'w');
    auto inserted = f.store->insertEntry(meeting.id, 0, 0, tooLong);
    REQUIRE_FALSE(inserted.ok());
    INFO(inserted.errorMessage().toStdString());
    CHECK(inserted.errorMessage().contains(QStringLiteral("20,001")));
    CHECK(inserted.errorMessage().contains(QStringLiteral("20,000")));

    Entry existing = meeting.entries.constFirst();
    existing.text = tooLong.text;
    auto updated = f.store->updateEntry(existing);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.errorMessage().contains(QStringLiteral("20,001")));

    // At the limit it is a bullet like any other.
    existing.text = QString(limits::bulletChars, u'w');
    REQUIRE(f.store->updateEntry(existing).ok());
    existing.text = meeting.entries.constFirst().text;
    REQUIRE(f.store->updateEntry(existing).ok());
    CHECK(storedData(*f.store) == before);
}

TEST_CASE("a meeting holds at most so many bullets and so much text", "[limits]")
{
    test::FreshStore f;
    PartnershipData data = test::samplePartnership();
    Meeting &meeting = data.meetings.first();

    SECTION("the bullet after the last one allowed is refused")
    {
        meeting.entries = bullets(int(limits::meetingBullets), 10);
        REQUIRE(f.store->replaceAll(data).ok());
        Entry one;
        one.kind = EntryKind::Difference;
        one.text = QStringLiteral("One more");
        auto more = f.store->insertEntry(meeting.id, 0, 0, one);
        REQUIRE_FALSE(more.ok());
        INFO(more.errorMessage().toStdString());
        CHECK(more.errorMessage().contains(QStringLiteral("5,001")));
        CHECK(storedData(*f.store).meetings.constFirst().entries.size() == limits::meetingBullets);
    }
    SECTION("the bullet that takes the meeting past its characters is refused")
    {
        const int full = int(limits::meetingChars / limits::bulletChars);
        meeting.entries = bullets(full, limits::bulletChars);
        REQUIRE(f.store->replaceAll(data).ok());
        Entry one;
        one.kind = EntryKind::Did;
        one.text = QStringLiteral("x");
        auto more = f.store->insertEntry(meeting.id, 0, 0, one);
        REQUIRE_FALSE(more.ok());
        INFO(more.errorMessage().toStdString());
        CHECK(more.errorMessage().contains(QStringLiteral("1,000,001")));
    }
    SECTION("a whole meeting beyond the limit is refused before anything is written")
    {
        meeting.entries = bullets(int(limits::meetingBullets) + 1, 1);
        auto replaced = f.store->replaceAll(data);
        REQUIRE_FALSE(replaced.ok());
        INFO(replaced.errorMessage().toStdString());
        CHECK(replaced.errorMessage().contains(meeting.id));
        CHECK(replaced.errorMessage().contains(QStringLiteral("5,001")));
        CHECK(f.store->loadAll()->meetings.isEmpty());
    }
}

TEST_CASE("an archive beyond the limits is refused naming where, and nothing is imported", "[limits]")
{
    test::FreshStore f;
    PartnershipData data = test::samplePartnership();

    SECTION("a field")
    {
        data.people.first().title = QString(limits::textChars + 1, u't');
        const QByteArray archive = writeArchive(data, QDateTime());
        auto imported = importArchive(*f.store, archive, QStringLiteral("long.json"), false);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.errorMessage().toStdString());
        CHECK(imported.errorMessage().contains(QStringLiteral("long.json")));
        CHECK(imported.errorMessage().contains(QStringLiteral("people[0].title")));
        CHECK(imported.errorMessage().contains(QStringLiteral("100,001")));
    }
    SECTION("a bullet")
    {
        data.meetings.first().entries.first().text = QString(limits::bulletChars + 1, u'b');
        const QByteArray archive = writeArchive(data, QDateTime());
        auto imported = importArchive(*f.store, archive, QStringLiteral("bullet.json"), false);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.errorMessage().toStdString());
        CHECK(imported.errorMessage().contains(QStringLiteral("meetings[0].entries[0].text")));
        CHECK(imported.errorMessage().contains(QStringLiteral("20,001")));
    }
    SECTION("a meeting's bullets")
    {
        data.meetings.first().entries = bullets(int(limits::meetingBullets) + 1, 1);
        const QByteArray archive = writeArchive(data, QDateTime());
        auto imported = importArchive(*f.store, archive, QStringLiteral("many.json"), false);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.errorMessage().toStdString());
        CHECK(imported.errorMessage().contains(QStringLiteral("meetings[0].entries")));
        CHECK(imported.errorMessage().contains(QStringLiteral("5,001")));
    }
    CHECK(f.store->loadAll()->people.isEmpty());
    CHECK(f.store->loadAll()->meetings.isEmpty());
}

TEST_CASE("minutes beyond the limits fail with a message naming the meeting, never blank pages", "[limits]")
{
    test::FreshStore f;
    REQUIRE(f.store->replaceAll(test::samplePartnership()).ok());
    const Meeting meeting = f.store->loadAll()->meetings.constFirst();
    // As a file written before the limits, or by another program, might hold.
    test::runSqlite(f.path(),
                    QByteArray("UPDATE entries SET text = printf('%.30000c', 'z') WHERE id = (SELECT MIN(id) "
                               "FROM entries WHERE meeting = '")
                        + meeting.id.toUtf8() + "');");
    const QString pdf = f.dir.path(QStringLiteral("minutes.pdf"));
    auto exported = exportMinutes(*f.store, meeting.id, pdf, DocumentFormat::Pdf);
    REQUIRE_FALSE(exported.ok());
    INFO(exported.errorMessage().toStdString());
    CHECK(exported.errorMessage().contains(meeting.id));
    CHECK(exported.errorMessage().contains(QStringLiteral("30,000")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("a document longer than a PDF can hold is refused, not written as blank pages", "[limits]")
{
    Document document;
    document.info.title = QStringLiteral("The long one");
    for (int i = 0; i < 2100; ++i)
        document.blocks << Block::paragraph(QStringLiteral("Line %1").arg(i));
    // A page with room for one line, so that the count of pages passes the limit quickly.
    const QPageSize tiny(QSizeF(60, 50), QPageSize::Millimeter, QStringLiteral("tiny"));
    auto rendered = renderPdf(document, tiny);
    REQUIRE_FALSE(rendered.ok());
    INFO(rendered.errorMessage().toStdString());
    CHECK(rendered.errorMessage().contains(QStringLiteral("The long one")));
    CHECK(rendered.errorMessage().contains(QStringLiteral("2,000")));
}
