// File > Import on a thread of its own (ui/common/importjob.h): it stores the archive all or
// nothing through its own connection, and a cancelled import leaves the database as it was.
#include "fixtures.h"

#include "common/importjob.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace bd;

namespace {

QString demoArchiveFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("northvale.json"));
    test::writeFile(path, test::demoArchive());
    return path;
}

} // namespace

TEST_CASE("An import job stores the archive from its own thread and reports progress", "[ui][import]")
{
    test::FreshStore fresh;
    const QString archive = demoArchiveFile(fresh.dir);
    ImportJob job(fresh.path(), archive, false);
    QSignalSpy progressed(&job, &ImportJob::progressed);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    REQUIRE(finished.wait(60000));
    INFO(job.outcome().errorMessage().toStdString());
    REQUIRE(job.outcome().ok());
    CHECK_FALSE(job.wasCancelled());
    REQUIRE_FALSE(progressed.isEmpty());
    CHECK(progressed.constLast().at(0).toInt() == 100);
    // The window's own connection sees what the job's wrote.
    auto meetings = fresh.store->meetingSummaries();
    REQUIRE(meetings.ok());
    CHECK_FALSE(meetings->isEmpty());
}

TEST_CASE("A cancelled import job writes nothing", "[ui][import]")
{
    test::FreshStore fresh;
    const QString archive = demoArchiveFile(fresh.dir);
    ImportJob job(fresh.path(), archive, false);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.cancel(); // before it starts: it stops at its first step
    job.start();
    REQUIRE(finished.wait(60000));
    CHECK(job.wasCancelled());
    CHECK_FALSE(job.outcome().ok());
    auto empty = fresh.store->isEmpty();
    REQUIRE(empty.ok());
    CHECK(*empty);
}

TEST_CASE("An import job names an archive it cannot read", "[ui][import]")
{
    test::FreshStore fresh;
    ImportJob job(fresh.path(), fresh.dir.path(QStringLiteral("missing.json")), false);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(job.wasCancelled());
    REQUIRE_FALSE(job.outcome().ok());
    CHECK(job.outcome().errorMessage().contains(QStringLiteral("missing.json")));
}
