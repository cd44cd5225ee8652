// Issue 12: the one check every writer of an output asks (checkOutputTarget), and writing an
// output whole or not at all, with the reason when the disk is full.
#include "fixtures.h"

#include "documents/export.h"
#include "documents/minutes.h"
#include "util/outputtarget.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace bd;
using bd::test::FreshStore;
using bd::test::TempDir;

TEST_CASE("a device is never an output: it is refused before anything is written", "[outputs]")
{
    // Only looked at: writing would replace /dev/full with a regular file when run as root.
    for (const QString &device : {QStringLiteral("/dev/full"), QStringLiteral("/dev/null")}) {
        if (!QFileInfo::exists(device))
            continue;
        auto allowed = checkOutputTarget(device);
        REQUIRE_FALSE(allowed.ok());
        CHECK(allowed.errorMessage().contains(device));
        CHECK(allowed.errorMessage().contains(QStringLiteral("a device, not a regular file")));
    }
}

TEST_CASE("a minutes export onto the open database is refused, and the database stays whole", "[outputs][minutes]")
{
    FreshStore fresh;
    const QByteArray before = test::readFile(fresh.path());
    Document document;
    document.info.title = QStringLiteral("Minutes");
    auto written = writeDocument(document, fresh.path(), DocumentFormat::Html, QPageSize(QPageSize::A4), fresh.path());
    REQUIRE_FALSE(written.ok());
    CHECK(written.errorMessage().contains(QStringLiteral("the database that is open")));
    CHECK(test::readFile(fresh.path()) == before);
    // Nor through exportMinutes, which knows the store's file.
    auto exported = exportMinutes(*fresh.store, QStringLiteral("m.none"), fresh.path(), DocumentFormat::Pdf, {});
    CHECK_FALSE(exported.ok());
    CHECK(test::readFile(fresh.path()) == before);
}

TEST_CASE("a full disk during an export names the file and the reason, and leaves the old file", "[outputs][full]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("archive.json"));
    test::writeFile(path, QByteArrayLiteral("the old export\n"));
    const QByteArray big(1024 * 1024, 'x');
    // Files this process writes may not grow past 64 KiB, as on a disk with 64 KiB left.
    struct rlimit saved { };
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 64 * 1024;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto written = writeOutputFile(path, big);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    REQUIRE_FALSE(written.ok());
    INFO(written.errorMessage().toStdString());
    CHECK(written.errorMessage().contains(path));
    CHECK_FALSE(written.errorMessage().contains(QStringLiteral("Unknown error")));
    CHECK(written.errorMessage().contains(QStringLiteral("File too large"))); // the system's reason
    CHECK(test::readFile(path) == QByteArrayLiteral("the old export\n"));
    CHECK(QDir(dir.root()).entryList(QDir::Files) == QStringList {QStringLiteral("archive.json")});
}

TEST_CASE("an output's folder that is not there is named, with the way out, and not made", "[outputs]")
{
    TempDir dir;
    const QString nested = dir.path(QStringLiteral("2026/December/archive.json"));
    auto missing = writeOutputFile(nested, "{}");
    REQUIRE_FALSE(missing.ok());
    INFO(missing.errorMessage().toStdString());
    CHECK(missing.errorMessage().contains(QDir::toNativeSeparators(dir.path(QStringLiteral("2026/December")))));
    CHECK(missing.errorMessage().contains(QStringLiteral("does not exist")));
    CHECK(missing.errorMessage().contains(QStringLiteral("Create the folder first, or choose another place")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("2026"))));

    test::writeFile(dir.path(QStringLiteral("a-file")), "x");
    auto blocked = writeOutputFile(dir.path(QStringLiteral("a-file/archive.json")), "{}");
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.errorMessage().contains(QStringLiteral("is a file, not a folder")));
}
