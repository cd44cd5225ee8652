// Issue 5 at the command line: `export audit` writes the audit log as CSV or JSON, and
// `export minutes --leave-out-names` keeps people's names out of a public copy.
#include "clirun.h"
#include "fixtures.h"

#include "store/store.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using bd::test::TempDir;

namespace {

QStringList attendeeNames(const QString &db, const QString &meetingId)
{
    auto store = bd::Store::open(db, {.readOnly = true, .create = false});
    REQUIRE(store.ok());
    auto meeting = (*store)->get<bd::Meeting>(meetingId);
    REQUIRE(meeting.ok());
    REQUIRE(meeting->has_value());
    QStringList names;
    for (const bd::Attendance &row : (*meeting)->attendance) {
        auto person = (*store)->get<bd::Person>(row.person);
        if (person && person->has_value() && !(*person)->name.isEmpty())
            names << (*person)->name;
    }
    return names;
}

} // namespace

TEST_CASE("export audit writes the audit log as CSV or JSON, and refuses another extension", "[cli][audit]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).status == 0);
    {
        auto store = bd::Store::open(db);
        REQUIRE(store.ok());
        bd::Agency agency {QStringLiteral("a.audited"), QStringLiteral("=Audited Agency"), QString(), bd::Sector::Other};
        REQUIRE((*store)->insert(agency).ok());
        agency.name = QStringLiteral("Audited Agency, renamed");
        REQUIRE((*store)->update(agency).ok());
    }
    const QByteArray before = bd::test::fileDigest(db);

    const QString csvPath = dir.path(QStringLiteral("audit.csv"));
    const auto csv = bd::test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("-o"), csvPath});
    INFO(csv.err.toStdString());
    REQUIRE(csv.status == 0);
    const QString csvText = QString::fromUtf8(bd::test::readFile(csvPath));
    CHECK(csvText.startsWith(QStringLiteral("id,at,user,kind,record,action,before,after")));
    CHECK(csvText.contains(QStringLiteral("a.audited")));
    CHECK(csvText.contains(QStringLiteral("renamed")));

    const QString jsonPath = dir.path(QStringLiteral("audit.json"));
    const auto json = bd::test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("-o"), jsonPath});
    REQUIRE(json.status == 0);
    const QJsonArray rows = QJsonDocument::fromJson(bd::test::readFile(jsonPath)).array();
    REQUIRE(rows.size() >= 2);
    bool sawUpdate = false;
    for (const auto &row : rows)
        sawUpdate = sawUpdate
            || (row.toObject().value(QStringLiteral("record")).toString() == QLatin1String("a.audited")
                && row.toObject().value(QStringLiteral("action")).toString() == QLatin1String("update"));
    CHECK(sawUpdate);

    const auto bad = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"),
                                       QStringLiteral("-o"), dir.path(QStringLiteral("audit.xlsx"))});
    CHECK(bad.status == 2);
    CHECK(bad.err.contains(QStringLiteral(".csv or .json")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("audit.xlsx"))));

    const auto missing = bd::test::runCli({QStringLiteral("--db"), dir.path(QStringLiteral("none.boarddesk")),
                                           QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("-o"),
                                           dir.path(QStringLiteral("none.csv"))});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("none.boarddesk")));

    // Exporting writes nothing to the database.
    CHECK(bd::test::fileDigest(db) == before);
}

TEST_CASE("export minutes --leave-out-names keeps every attendee's name out of the minutes", "[cli][minutes][privacy]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    const QString meeting = QStringLiteral("board-2024-12-10");
    const QStringList names = attendeeNames(db, meeting);
    REQUIRE(names.size() >= 2);

    const QStringList exportMinutes {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes"),
                                     QStringLiteral("--meeting"), meeting};
    const QString named = dir.path(QStringLiteral("named.html"));
    REQUIRE(bd::test::runCli(exportMinutes + QStringList {QStringLiteral("-o"), named}).status == 0);
    const QString withNames = QString::fromUtf8(bd::test::readFile(named));
    for (const QString &name : names)
        CHECK(withNames.contains(name.toHtmlEscaped())); // the control: they are there by default

    const QString anonymous = dir.path(QStringLiteral("public.html"));
    const auto run = bd::test::runCli(exportMinutes
                                      + QStringList {QStringLiteral("--leave-out-names"), QStringLiteral("-o"), anonymous});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QString withoutNames = QString::fromUtf8(bd::test::readFile(anonymous));
    CHECK(withoutNames.contains(QStringLiteral("10 December 2024")));
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(withoutNames.contains(name.toHtmlEscaped()));
    }

    // Only minutes have names to leave out.
    const auto misplaced = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("archive"),
                                             QStringLiteral("--leave-out-names"), QStringLiteral("-o"),
                                             dir.path(QStringLiteral("a.json"))});
    CHECK(misplaced.status == 2);
}
