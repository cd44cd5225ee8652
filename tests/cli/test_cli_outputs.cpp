// Issue 12 at the command line: what an export, a backup or `generate` may write over (never
// the database, its files, another database, a device or a pipe), who may read what it
// writes, and the messages when it cannot.
#include "clirun.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

using bd::test::TempDir;
using Outcome = bd::test::CliOutcome;

namespace {

const QString demoMeeting = QStringLiteral("board-2024-12-10");

// The demo partnership in a database of its own folder.
struct Demo {
    TempDir dir;
    QString db = dir.path(QStringLiteral("partnership.boarddesk"));
    Demo() { REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0); }
};

// Each command that writes a file, with -o \a output.
QList<QStringList> writersTo(const QString &output)
{
    const QString o = QStringLiteral("-o");
    return {
        {QStringLiteral("export"), QStringLiteral("archive"), o, output},
        {QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--meeting"), demoMeeting,
         QStringLiteral("--format"), QStringLiteral("html"), o, output},
        {QStringLiteral("export"), QStringLiteral("audit"), o, output},
        {QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("1"), o, output},
        {QStringLiteral("backup"), o, output},
    };
}

// Runs every writer with --db \a db onto \a output and checks each is refused, naming the
// file, and leaves \a output as it was.
void checkRefused(const QString &db, const QString &output, const QString &why)
{
    const QByteArray before = bd::test::fileDigest(output);
    for (const QStringList &command : writersTo(output)) {
        const Outcome run = bd::test::runCli(QStringList {QStringLiteral("--db"), db} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QDir::toNativeSeparators(output)));
        CHECK(run.err.contains(why));
        CHECK(bd::test::fileDigest(output) == before);
    }
}

} // namespace

TEST_CASE("no export, backup or generate writes over the open database, through any of its names", "[cli][outputs]")
{
    const Demo demo;
    const QString &db = demo.db;
    const QByteArray before = bd::test::fileDigest(db);

    SECTION("its own name")
    {
        checkRefused(db, db, QStringLiteral("the database that is open"));
    }
    SECTION("a symbolic link to it")
    {
        const QString link = demo.dir.path(QStringLiteral("link.json"));
        REQUIRE(QFile::link(db, link));
        checkRefused(db, link, QStringLiteral("the database that is open"));
        // And opened through the link, onto its real name.
        checkRefused(link, db, QStringLiteral("the database that is open"));
    }
    SECTION("a hard link to it")
    {
        const QString hard = demo.dir.path(QStringLiteral("hard.json"));
        REQUIRE(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()) == 0);
        checkRefused(db, hard, QStringLiteral("the database that is open"));
    }
    CHECK(bd::test::fileDigest(db) == before);
    // Still a database, that opens.
    CHECK(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).status == 0);
}

TEST_CASE("no output is one of the database's own files, even one not made yet", "[cli][outputs]")
{
    const Demo demo;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")}) {
        const QString own = demo.db + suffix;
        const Outcome run = bd::test::runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"),
                                              QStringLiteral("archive"), QStringLiteral("-o"), own});
        INFO(run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("one of the files of the open database")));
        CHECK_FALSE(QFileInfo::exists(own)); // a made-up -wal would be replayed into it
    }
    const QString backup = demo.db + QStringLiteral(".before-import-20261203-081500.bak");
    const Outcome run = bd::test::runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"),
                                          QStringLiteral("audit"), QStringLiteral("-o"), backup});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("one of the backups")));
    CHECK_FALSE(QFileInfo::exists(backup));
}

TEST_CASE("no output writes over another SQLite database", "[cli][outputs]")
{
    const Demo demo;
    const QString other = demo.dir.path(QStringLiteral("other.json")); // the name says nothing
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), other, QStringLiteral("init")}).status == 0);
    checkRefused(demo.db, other, QStringLiteral("an SQLite database"));
}

TEST_CASE("backup -o replaces an earlier backup of its own, but nothing open", "[cli][outputs][backup]")
{
    const Demo demo;
    const QString nightly = demo.dir.path(QStringLiteral("nightly.boarddesk"));
    const QStringList backup {QStringLiteral("--db"), demo.db, QStringLiteral("backup"), QStringLiteral("-o"), nightly};
    REQUIRE(bd::test::runCli(backup).status == 0);
    const Outcome again = bd::test::runCli(backup); // the next night, under the same name
    INFO(again.err.toStdString());
    CHECK(again.status == 0);
    // A backup with a lock beside it is open somewhere: a database, not a backup any more.
    bd::test::writeFile(nightly + QStringLiteral(".lock"), "1\n");
    checkRefused(demo.db, nightly, QStringLiteral("an SQLite database"));
    // Nor a copy of a database in use (in WAL mode), whatever its name.
    const QString live = demo.dir.path(QStringLiteral("live.boarddesk"));
    REQUIRE(QFile::copy(demo.db, live));
    checkRefused(demo.db, live, QStringLiteral("an SQLite database"));
}

TEST_CASE("no output replaces a named pipe, a folder or a device", "[cli][outputs]")
{
    const Demo demo;
    const QString pipe = demo.dir.path(QStringLiteral("pipe.json"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    for (const QStringList &command : writersTo(pipe)) {
        const Outcome run = bd::test::runCli(QStringList {QStringLiteral("--db"), demo.db} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("a named pipe, not a regular file")));
        struct stat st { };
        REQUIRE(::stat(QFile::encodeName(pipe).constData(), &st) == 0);
        CHECK(S_ISFIFO(st.st_mode));
    }
    const QString folder = demo.dir.path(QStringLiteral("folder.json"));
    REQUIRE(QDir().mkpath(folder));
    const Outcome run = bd::test::runCli({QStringLiteral("--db"), demo.db, QStringLiteral("export"),
                                          QStringLiteral("archive"), QStringLiteral("-o"), folder});
    CHECK(run.status == 1);
    CHECK(run.err.contains(QStringLiteral("a folder, not a regular file")));
    CHECK(QFileInfo(folder).isDir());
}

TEST_CASE("a database whose folder cannot be made is refused naming what is in the way", "[cli][outputs]")
{
    const bd::test::TempDir dir;
    const QString file = dir.path(QStringLiteral("notes.txt"));
    bd::test::writeFile(file, "a file, where a folder was meant\n");
    const QString db = dir.path(QStringLiteral("notes.txt/partnerships/p.boarddesk"));
    const QString archive = dir.path(QStringLiteral("a.json"));
    bd::test::writeFile(archive, bd::test::demoArchive());
    for (const QStringList &command : {QStringList {QStringLiteral("init")}, QStringList {QStringLiteral("demo")},
                                       QStringList {QStringLiteral("import"), archive}}) {
        const Outcome run = bd::test::runCli(QStringList {QStringLiteral("--db"), db} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("The folder %1 cannot be created")
                                   .arg(QDir::toNativeSeparators(dir.path(QStringLiteral("notes.txt/partnerships"))))));
        CHECK(run.err.contains(QStringLiteral("%1 is a file, not a folder").arg(QDir::toNativeSeparators(file))));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
    }
    CHECK(bd::test::readFile(file) == "a file, where a folder was meant\n");
}
