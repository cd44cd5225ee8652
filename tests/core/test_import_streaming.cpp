// The archive is read and stored record by record (issue 11): from a file read in place, the
// whole of it never held in memory; all or nothing still, and the first problem in document
// order still the one named. Only a regular file of a stated size is read.
#include "fixtures.h"
#include "sample.h"

#include "archive/archive.h"
#include "archive/transfer.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>

using namespace bd;

namespace {

using test::storedData;

QString written(const test::TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.path(name);
    test::writeFile(path, bytes);
    return path;
}

} // namespace

TEST_CASE("An archive file imports, read in place, to what the archive holds", "[import][stream]")
{
    test::FreshStore f;
    const QString path = written(f.dir, QStringLiteral("demo.json"), test::demoArchive());
    auto imported = importArchiveFile(*f.store, path, false);
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    auto expected = readArchive(test::demoArchive(), QStringLiteral("demo.json"));
    REQUIRE(expected.ok());
    auto exported = exportArchive(*f.store);
    REQUIRE(exported.ok());
    auto again = readArchive(*exported, QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(writeArchive(*again, QDateTime()) == writeArchive(*expected, QDateTime()));
    // The same records as the archive read whole and stored in one go.
    test::FreshStore g;
    REQUIRE(g.store->replaceAll(*expected).ok());
    CHECK(storedData(*f.store) == storedData(*g.store));
}

TEST_CASE("The top level's keys in any order, and references forwards, import the same", "[import][stream]")
{
    // Lists backwards, format and version last: every reference then points forwards.
    const QJsonObject archive = QJsonDocument::fromJson(writeArchive(test::samplePartnership(), QDateTime())).object();
    QStringList keys = archive.keys();
    std::reverse(keys.begin(), keys.end());
    QByteArray reversed = "{";
    for (const QString &key : std::as_const(keys)) {
        if (reversed.size() > 1)
            reversed += ",\n";
        reversed
            += QJsonDocument(QJsonObject {{key, archive.value(key)}}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    reversed += "}";

    test::FreshStore f;
    auto imported = importArchiveFile(*f.store, written(f.dir, QStringLiteral("reversed.json"), reversed), false);
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    // The same archive in the order the writer gives.
    test::FreshStore g;
    REQUIRE(importArchive(*g.store, writeArchive(test::samplePartnership(), QDateTime()),
                          QStringLiteral("in-order.json"), false)
                .ok());
    CHECK(storedData(*f.store) == storedData(*g.store));
}

TEST_CASE("A problem late in the file leaves nothing stored, and the first in document order is named",
          "[import][stream]")
{
    PartnershipData data = test::samplePartnership();
    // Early: an action names a case review that is not there (a reference, checked at the end);
    // late: a training session on a day that does not exist.
    data.actions.first().caseReview = QStringLiteral("no-such-review");
    QByteArray archive = writeArchive(data, QDateTime());
    const QByteArray lastDate = '"' + data.trainingSessions.constLast().date.toString(Qt::ISODate).toLatin1() + '"';
    const qsizetype at = archive.lastIndexOf(lastDate);
    REQUIRE(at > archive.indexOf("no-such-review"));
    archive.replace(at, lastDate.size(), "\"2019-02-30\"");

    test::FreshStore f;
    auto imported = importArchiveFile(*f.store, written(f.dir, QStringLiteral("late.json"), archive), false);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.errorMessage().toStdString());
    CHECK(imported.errorMessage().startsWith(QStringLiteral("late.json: actions[0].caseReview:")));
    CHECK(imported.errorMessage().contains(QStringLiteral("(and 1 more problem)")));
    auto empty = f.store->isEmpty();
    REQUIRE(empty.ok());
    CHECK(*empty);
}

TEST_CASE("Only a regular file of at most the stated size is imported, and nothing is made for the rest",
          "[import][stream]")
{
    test::FreshStore f;
    SECTION("a device")
    {
        auto imported = importArchiveFile(*f.store, QStringLiteral("/dev/zero"), false);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.errorMessage().contains(QStringLiteral("/dev/zero is not a file that can be imported")));
    }
    SECTION("a folder")
    {
        auto imported = importArchiveFile(*f.store, f.dir.root(), false);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.errorMessage().contains(QStringLiteral("regular file")));
    }
    SECTION("a named pipe")
    {
        const QString fifo = f.dir.path(QStringLiteral("pipe.json"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        auto imported = importArchiveFile(*f.store, fifo, false);
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.errorMessage().contains(QStringLiteral("pipe.json is not a file that can be imported")));
    }
    SECTION("a file larger than the limit (sparse: it takes no room)")
    {
        const QString big = f.dir.path(QStringLiteral("big.json"));
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(maxArchiveBytes + 1));
        file.close();
        auto imported = importArchiveFile(*f.store, big, false);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.errorMessage().toStdString());
        CHECK(imported.errorMessage().contains(QStringLiteral("big.json is 512 MB")));
        CHECK(imported.errorMessage().contains(QStringLiteral("at most 512 MB")));
    }
    auto empty = f.store->isEmpty();
    REQUIRE(empty.ok());
    CHECK(*empty);
}
