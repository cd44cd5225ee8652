// boarddesk-cli run as a process, as scripts run it: exit codes, output, and what it
// leaves on disk.
#include "clirun.h"
#include "fixtures.h"
#include "store/lock.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sqlite3.h>

using bd::test::TempDir;

namespace {

using Outcome = bd::test::CliOutcome;

// The archive without its `exported` time, for comparing two exports.
QJsonObject withoutExported(const QString &path)
{
    QJsonObject object = QJsonDocument::fromJson(bd::test::readFile(path)).object();
    REQUIRE(object.contains(QStringLiteral("exported")));
    object.remove(QStringLiteral("exported"));
    return object;
}

// The demo partnership in a database, and a small archive to import over it.
struct DemoAndSmallArchive {
    TempDir dir;
    QString db = dir.path(QStringLiteral("db.boarddesk"));
    QString archive = dir.path(QStringLiteral("small.json"));

    DemoAndSmallArchive()
    {
        REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
        bd::test::writeFile(
            archive, R"({"format": "boarddesk-archive", "version": 1, "partnership": {"name": "Small Partnership"}})");
    }
};

} // namespace

TEST_CASE("--help and --version succeed; usage errors exit 2 with a hint", "[cli]")
{
    const Outcome help = bd::test::runCli({QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("export archive")));

    const Outcome version = bd::test::runCli({QStringLiteral("--version")});
    CHECK(version.status == 0);
    CHECK(version.out.startsWith(QStringLiteral("boarddesk-cli ")));

    for (const QStringList &bad :
         {QStringList {}, QStringList {QStringLiteral("frobnicate")},
          QStringList {QStringLiteral("--no-such-option"), QStringLiteral("check")},
          QStringList {QStringLiteral("list"), QStringLiteral("teapots")},
          QStringList {QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--year"),
                       QStringLiteral("2018/19")},
          QStringList {QStringLiteral("export"), QStringLiteral("archive")}, QStringList {QStringLiteral("import")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Outcome outcome = bd::test::runCli(bad);
        CHECK(outcome.status == 2);
        CHECK(outcome.err.contains(QStringLiteral("--help")));
    }
}

TEST_CASE("a command of the contract that this version lacks fails plainly, not as a usage error", "[cli]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("demo")}).status == 0);
    const QString out = dir.path(QStringLiteral("out.pdf"));
    for (const QStringList &command :
         {QStringList {QStringLiteral("export"), QStringLiteral("agenda"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("copy")}}) {
        const Outcome run = bd::test::runCli(QStringList {QStringLiteral("--db"), demo} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 1);
        CHECK(run.err.contains(QStringLiteral("not available in this version")));
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("init creates an empty owner-only database, and refuses to overwrite one", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("new.boarddesk"));
    CHECK(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).status == 0);
    REQUIRE(QFileInfo::exists(db));
    CHECK_FALSE(QFileInfo(db).permissions().testFlag(QFileDevice::ReadOther));

    const QByteArray before = bd::test::fileDigest(db);
    const Outcome again = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("new.boarddesk")));
    CHECK(bd::test::fileDigest(db) == before);
}

TEST_CASE("the demo exports, imports into a new file and exports again to the same archive", "[cli]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.boarddesk"));
    const QString copy = dir.path(QStringLiteral("copy.boarddesk"));
    const QString first = dir.path(QStringLiteral("first.json"));
    const QString second = dir.path(QStringLiteral("second.json"));

    REQUIRE(bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("demo")}).status == 0);
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("export"), QStringLiteral("archive"),
                              QStringLiteral("-o"), first})
                .status
            == 0);
    const Outcome imported = bd::test::runCli({QStringLiteral("--db"), copy, QStringLiteral("import"), first});
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("archive"),
                              QStringLiteral("-o"), second})
                .status
            == 0);

    const QJsonObject a = withoutExported(first);
    CHECK(a.value(QStringLiteral("partnership"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString()
              .contains(QStringLiteral("Northvale")));
    CHECK(a == withoutExported(second));
    // And byte for byte, once the export time is taken out.
    QByteArray bytesA = bd::test::readFile(first), bytesB = bd::test::readFile(second);
    const auto stripExported = [](QByteArray bytes) {
        const qsizetype at = bytes.indexOf("\"exported\"");
        REQUIRE(at >= 0);
        return bytes.remove(at, bytes.indexOf('\n', at) - at);
    };
    CHECK(stripExported(bytesA) == stripExported(bytesB));
}

TEST_CASE("list prints tab-separated rows with a header, ids first", "[cli]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("demo")}).status == 0);
    const QByteArray before = bd::test::fileDigest(demo);

    const Outcome bodies
        = bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("list"), QStringLiteral("bodies")});
    REQUIRE(bodies.status == 0);
    const QStringList lines = bodies.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.first() == QStringLiteral("id\tkind\tname\tconcluded"));
    CHECK(lines.size() > 8);
    for (const QString &line : lines)
        CHECK(line.count(QLatin1Char('\t')) == 3);

    const Outcome meetings
        = bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("list"), QStringLiteral("meetings"),
                            QStringLiteral("--year"), QStringLiteral("2024-25")});
    REQUIRE(meetings.status == 0);
    const QStringList rows = meetings.out.trimmed().split(QLatin1Char('\n'));
    CHECK(rows.first() == QStringLiteral("id\tbody\tdate\tstatus\tminutes\tentries"));
    for (const QString &row : rows.mid(1)) {
        const QString date = row.section(QLatin1Char('\t'), 2, 2);
        CHECK(date >= QStringLiteral("2024-04-01"));
        CHECK(date <= QStringLiteral("2025-03-31"));
    }

    const Outcome actions
        = bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("list"), QStringLiteral("actions")});
    REQUIRE(actions.status == 0);
    CHECK(actions.out.startsWith(QStringLiteral("id\tbody\tworkplan\tdue\trag\ttext\n")));
    const Outcome reviews
        = bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("list"), QStringLiteral("case-reviews")});
    REQUIRE(reviews.status == 0);
    CHECK(reviews.out.startsWith(QStringLiteral("id\tname\ttype\tnotified\tstatus\n")));

    // Listing writes nothing to the database.
    CHECK(bd::test::fileDigest(demo) == before);
}

TEST_CASE("list funding and training give a year's figures as the store holds them", "[cli]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("demo")}).status == 0);
    const QByteArray before = bd::test::fileDigest(demo);
    const auto listed = [&](const QStringList &arguments) {
        const Outcome run
            = bd::test::runCli(QStringList {QStringLiteral("--db"), demo, QStringLiteral("list")} + arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    auto store = bd::Store::open(demo, {.readOnly = true, .create = false});
    REQUIRE(store.ok());
    const auto year = bd::FinancialYear::parse(QStringLiteral("2024-25"));
    REQUIRE(year);

    // Funding: each agency's amount in pounds and pence, to the penny, and only that year.
    const QStringList funding
        = listed({QStringLiteral("funding"), QStringLiteral("--year"), QStringLiteral("2024-25")});
    CHECK(funding.first() == QStringLiteral("year\tagency\tamount"));
    auto stored = (*store)->list<bd::Funding>({.body = {}, .year = *year});
    REQUIRE(stored.ok());
    REQUIRE(funding.size() == stored->size() + 1);
    qint64 listedTotal = 0;
    for (const QString &line : funding.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 3);
        CHECK(cells.at(0) == QStringLiteral("2024-25"));
        static const QRegularExpression amount(QStringLiteral("^\\d+\\.\\d\\d$"));
        CHECK(amount.match(cells.at(2)).hasMatch());
        listedTotal += qRound64(cells.at(2).toDouble() * 100);
    }
    qint64 storedTotal = 0;
    for (const bd::Funding &f : std::as_const(*stored))
        storedTotal += f.amountPence;
    CHECK(listedTotal == storedTotal);
    CHECK(storedTotal > 0);
    CHECK(listed({QStringLiteral("funding")}).size() > funding.size()); // every year without --year

    // Training: one row a session; a cancelled one says why, a held one how many came.
    const QStringList training
        = listed({QStringLiteral("training"), QStringLiteral("--year"), QStringLiteral("2024-25")});
    CHECK(training.first() == QStringLiteral("id\tcourse\tdate\tstatus\tattendees\tcancelReason"));
    auto sessions = (*store)->list<bd::TrainingSession>({.body = {}, .year = *year});
    REQUIRE(sessions.ok());
    REQUIRE(training.size() == sessions->size() + 1);
    int cancelled = 0;
    for (const QString &line : training.mid(1)) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        REQUIRE(cells.size() == 6);
        CHECK(cells.at(2) >= QStringLiteral("2024-04-01"));
        CHECK(cells.at(2) <= QStringLiteral("2025-03-31"));
        if (cells.at(3) == QLatin1String("cancelled")) {
            ++cancelled;
            CHECK(cells.at(4).isEmpty());
            CHECK_FALSE(cells.at(5).isEmpty());
        } else {
            CHECK(cells.at(3) == QLatin1String("held"));
            CHECK(cells.at(5).isEmpty());
        }
    }
    CHECK(cancelled > 0);

    // Neither belongs to a body.
    const Outcome withBody
        = bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("list"), QStringLiteral("funding"),
                            QStringLiteral("--body"), QStringLiteral("board")});
    CHECK(withBody.status == 2);
    store->reset();
    CHECK(bd::test::fileDigest(demo) == before);
}

TEST_CASE("a missing database is a failure naming it, not a new file", "[cli]")
{
    TempDir dir;
    const QString missing = dir.path(QStringLiteral("missing.boarddesk"));
    const Outcome outcome
        = bd::test::runCli({QStringLiteral("--db"), missing, QStringLiteral("list"), QStringLiteral("bodies")});
    CHECK(outcome.status == 1);
    CHECK(outcome.err.contains(QStringLiteral("missing.boarddesk")));
    CHECK(outcome.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("import refuses a bad archive with the JSON path and changes nothing", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("db.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).status == 0);
    const QString archive = dir.path(QStringLiteral("bad.json"));
    bd::test::writeFile(archive, R"({"format": "boarddesk-archive", "version": 1,
        "partnership": {"name": "P"},
        "agencies": [{"id": "a", "name": "A", "sector": "army"}]})");
    const QByteArray before = bd::test::fileDigest(db);
    const Outcome outcome = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), archive});
    CHECK(outcome.status == 1);
    CHECK(outcome.err.contains(QStringLiteral("agencies[0].sector")));
    CHECK(outcome.err.contains(QStringLiteral("bad.json")));
    CHECK(bd::test::fileDigest(db) == before);
}

TEST_CASE("import into a database that holds records needs --replace, which backs up first", "[cli]")
{
    const DemoAndSmallArchive files;
    const QString &db = files.db;
    const QString &archive = files.archive;

    const Outcome refused = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("import"), archive});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("--replace")));

    const Outcome replaced = bd::test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), archive, QStringLiteral("--replace")});
    INFO(replaced.err.toStdString());
    REQUIRE(replaced.status == 0);
    CHECK(replaced.out.contains(QStringLiteral(".bak")));
    const Outcome bodies
        = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("bodies")});
    CHECK(bodies.out.trimmed() == QStringLiteral("id\tkind\tname\tconcluded"));
}

TEST_CASE("import leaves a database another program has open alone, and says who has it", "[cli]")
{
    const DemoAndSmallArchive files;
    const QString &db = files.db;
    const QString &archive = files.archive;
    const QByteArray before = bd::test::fileDigest(db);

    {
        // As the desktop program holds it while the partnership is open.
        auto held = bd::DatabaseLock::acquire(db);
        REQUIRE(held.ok());
        const Outcome refused = bd::test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("import"), archive, QStringLiteral("--replace")});
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));
        CHECK(refused.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())));
        CHECK(bd::test::fileDigest(db) == before);
        CHECK(QDir(files.dir.root()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
    }

    // Closed there, the import goes ahead.
    const Outcome replaced = bd::test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("import"), archive, QStringLiteral("--replace")});
    INFO(replaced.err.toStdString());
    CHECK(replaced.status == 0);
    CHECK_FALSE(QFileInfo::exists(bd::DatabaseLock::lockPathFor(db)));
}

TEST_CASE("check reports problems with exit 3, one a line", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("db.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    CHECK(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).status == 0);

    // A reference broken behind the program's back.
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw,
                         "PRAGMA foreign_keys = OFF; UPDATE people SET agency = 'gone' WHERE rowid IN "
                         "(SELECT rowid FROM people WHERE agency IS NOT NULL LIMIT 2)",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    sqlite3_close(raw);

    const Outcome outcome = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(outcome.status == 3);
    CHECK(outcome.out.trimmed().split(QLatin1Char('\n')).size() == 2);
    CHECK(outcome.out.contains(QStringLiteral("people")));
}

TEST_CASE("backup writes a sound copy that opens", "[cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("db.boarddesk"));
    const QString copy = dir.path(QStringLiteral("copy.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("-o"), copy}).status
            == 0);
    CHECK(bd::test::runCli({QStringLiteral("--db"), copy, QStringLiteral("check")}).status == 0);
    const Outcome a
        = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("meetings")});
    const Outcome b
        = bd::test::runCli({QStringLiteral("--db"), copy, QStringLiteral("list"), QStringLiteral("meetings")});
    CHECK(a.out == b.out);
    CHECK(a.out.count(QLatin1Char('\n')) > 50);
}

TEST_CASE("export newsletter writes an issue by number in the form its extension asks for", "[cli][newsletter]")
{
    TempDir dir;
    const QString demo = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), demo, QStringLiteral("demo")}).status == 0);
    const QByteArray before = bd::test::fileDigest(demo);
    const auto exported = [&](const QStringList &arguments) {
        return bd::test::runCli(
            QStringList {QStringLiteral("--db"), demo, QStringLiteral("export"), QStringLiteral("newsletter")}
            + arguments);
    };
    for (const QString &name :
         {QStringLiteral("n.html"), QStringLiteral("n.txt"), QStringLiteral("n.pdf"), QStringLiteral("n.odt")}) {
        const Outcome run
            = exported({QStringLiteral("--number"), QStringLiteral("21"), QStringLiteral("-o"), dir.path(name)});
        INFO(name.toStdString() << ": " << run.err.toStdString());
        CHECK(run.status == 0);
        CHECK(QFileInfo(dir.path(name)).size() > 1000);
    }
    CHECK(bd::test::readFile(dir.path(QStringLiteral("n.html"))).contains("Information Update"));
    CHECK(bd::test::readFile(dir.path(QStringLiteral("n.txt"))).contains("https://"));

    const Outcome missing = exported(
        {QStringLiteral("--number"), QStringLiteral("99"), QStringLiteral("-o"), dir.path(QStringLiteral("x.html"))});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("99")));
    CHECK(exported({QStringLiteral("-o"), dir.path(QStringLiteral("x.html"))}).status == 2);
    CHECK(exported({QStringLiteral("--number"), QStringLiteral("21"), QStringLiteral("-o"),
                    dir.path(QStringLiteral("x.docx"))})
              .status
          == 2);
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.html"))));
    CHECK(bd::test::fileDigest(demo) == before);
}
