// boarddesk-cli's action log and risk log, run as a script runs them: list actions with
// --overdue and --rag, and export workplan, actions (whole, or what changed since a date)
// and risks in PDF, ODT and HTML, with the exit codes of cli.md and nothing written to the
// database.
#include "clirun.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QFileInfo>

using bd::test::TempDir;

namespace {

using Outcome = bd::test::CliOutcome;

struct Demo {
    TempDir dir;
    QString db = dir.path(QStringLiteral("demo.boarddesk"));
    Demo() { REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0); }
    Outcome run(const QStringList &arguments) const
    {
        return bd::test::runCli(QStringList {QStringLiteral("--db"), db} + arguments);
    }
    QString path(const QString &name) const { return dir.path(name); }
};

} // namespace

TEST_CASE("list actions --overdue --rag red,amber lists what a chair chases, nothing else", "[cli][actions]")
{
    Demo demo;
    const QByteArray before = bd::test::fileDigest(demo.db);
    const Outcome all = demo.run({QStringLiteral("list"), QStringLiteral("actions")});
    REQUIRE(all.status == 0);
    const Outcome chased = demo.run({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--overdue"),
                                     QStringLiteral("--rag"), QStringLiteral("red,amber")});
    INFO(chased.err.toStdString());
    REQUIRE(chased.status == 0);
    const QStringList rows = chased.out.trimmed().split(QLatin1Char('\n'));
    CHECK(rows.first() == QStringLiteral("id\tbody\tworkplan\tdue\trag\ttext"));
    REQUIRE(rows.size() > 1);
    CHECK(rows.size() < all.out.trimmed().split(QLatin1Char('\n')).size());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (const QString &row : rows.mid(1)) {
        INFO(row.toStdString());
        const QString due = row.section(QLatin1Char('\t'), 3, 3);
        const QString rag = row.section(QLatin1Char('\t'), 4, 4);
        CHECK_FALSE(due.isEmpty());
        CHECK(due < today);
        CHECK((rag == QStringLiteral("red") || rag == QStringLiteral("amber")));
    }

    const Outcome red = demo.run({QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--rag"),
                                  QStringLiteral("red"), QStringLiteral("--body"), QStringLiteral("board")});
    REQUIRE(red.status == 0);
    for (const QString &row : red.out.trimmed().split(QLatin1Char('\n')).mid(1)) {
        CHECK(row.section(QLatin1Char('\t'), 1, 1) == QStringLiteral("board"));
        CHECK(row.section(QLatin1Char('\t'), 4, 4) == QStringLiteral("red"));
    }

    // Usage errors: a rating that is not one, the filters on another list.
    for (const QStringList &bad :
         {QStringList {QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--rag"), QStringLiteral("pink")},
          QStringList {QStringLiteral("list"), QStringLiteral("meetings"), QStringLiteral("--overdue")},
          QStringList {QStringLiteral("list"), QStringLiteral("bodies"), QStringLiteral("--rag"), QStringLiteral("red")}}) {
        const Outcome outcome = demo.run(bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(outcome.status == 2);
        CHECK(outcome.err.contains(QStringLiteral("--help")));
    }
    CHECK(bd::test::fileDigest(demo.db) == before);
}

TEST_CASE("export workplan, actions and risks write PDF, ODT and HTML by the extension", "[cli][actions]")
{
    Demo demo;
    const QByteArray before = bd::test::fileDigest(demo.db);
    const QList<QStringList> commands {
        {QStringLiteral("workplan"), QStringLiteral("--id"), QStringLiteral("wp-child-exploitation-2024-25")},
        {QStringLiteral("actions")},
        {QStringLiteral("actions"), QStringLiteral("--body"), QStringLiteral("board")},
        {QStringLiteral("actions"), QStringLiteral("--changed-since"), QStringLiteral("2024-09-01")},
        {QStringLiteral("risks")},
        {QStringLiteral("risks"), QStringLiteral("--body"), QStringLiteral("board")}};
    int n = 0;
    for (const QStringList &command : commands) {
        for (const QString &extension : {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}) {
            const QString out = demo.path(QStringLiteral("out%1.%2").arg(++n).arg(extension));
            const Outcome run
                = demo.run(QStringList {QStringLiteral("export")} + command + QStringList {QStringLiteral("-o"), out});
            INFO(command.join(QLatin1Char(' ')).toStdString() << " " << extension.toStdString() << ": "
                                                              << run.err.toStdString());
            CHECK(run.status == 0);
            CHECK(run.err.isEmpty());
            const QByteArray bytes = bd::test::readFile(out);
            if (extension == QLatin1String("pdf"))
                CHECK(bytes.startsWith("%PDF-"));
            else if (extension == QLatin1String("odt"))
                CHECK(bytes.startsWith("PK"));
            else
                CHECK(bytes.contains("<!DOCTYPE html>"));
        }
    }
    CHECK(bd::test::fileDigest(demo.db) == before);
}

TEST_CASE("the exported documents say what is red and what changed", "[cli][actions]")
{
    Demo demo;
    const QString plan = demo.path(QStringLiteral("plan.html"));
    REQUIRE(demo.run({QStringLiteral("export"), QStringLiteral("workplan"), QStringLiteral("--id"),
                      QStringLiteral("wp-child-exploitation-2024-25"), QStringLiteral("-o"), plan})
                .status
            == 0);
    const QString planHtml = QString::fromUtf8(bd::test::readFile(plan));
    CHECK(planHtml.contains(QStringLiteral("Child Exploitation Subgroup workplan 2024-25")));
    CHECK(planHtml.contains(QStringLiteral("What changed since the meeting of")));
    CHECK(planHtml.contains(QStringLiteral("Actions by priority")));
    CHECK(planHtml.contains(QStringLiteral("(overdue)")));

    const QString changed = demo.path(QStringLiteral("changed.html"));
    REQUIRE(demo.run({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--changed-since"),
                      QStringLiteral("2024-09-01"), QStringLiteral("-o"), changed})
                .status
            == 0);
    const QString changedHtml = QString::fromUtf8(bd::test::readFile(changed));
    CHECK(changedHtml.contains(QStringLiteral("what changed since 1 September 2024")));
    CHECK(changedHtml.contains(QStringLiteral("Was")));
    CHECK(changedHtml.contains(QStringLiteral("Now")));

    const QString risks = demo.path(QStringLiteral("risks.html"));
    REQUIRE(demo.run({QStringLiteral("export"), QStringLiteral("risks"), QStringLiteral("-o"), risks}).status == 0);
    const QString risksHtml = QString::fromUtf8(bd::test::readFile(risks));
    CHECK(risksHtml.contains(QStringLiteral("Heat map of open risks")));
    CHECK(risksHtml.contains(QStringLiteral("Likelihood 5")));
    CHECK(risksHtml.contains(QStringLiteral("Impact 1")));
}

TEST_CASE("export workplan, actions and risks refuse what they cannot do with cli.md's exit codes", "[cli][actions]")
{
    Demo demo;
    const QString out = demo.path(QStringLiteral("out.pdf"));
    const Outcome missing
        = demo.run({QStringLiteral("export"), QStringLiteral("workplan"), QStringLiteral("--id"),
                    QStringLiteral("wp-nowhere"), QStringLiteral("-o"), out});
    CHECK(missing.status == 1);
    CHECK(missing.err.contains(QStringLiteral("wp-nowhere")));
    CHECK(missing.err.count(QLatin1Char('\n')) == 1);
    const Outcome noBody = demo.run(
        {QStringLiteral("export"), QStringLiteral("risks"), QStringLiteral("--body"), QStringLiteral("nobody"),
         QStringLiteral("-o"), out});
    CHECK(noBody.status == 1);
    CHECK(noBody.err.contains(QStringLiteral("nobody")));
    CHECK_FALSE(QFileInfo::exists(out));

    for (const QStringList &bad :
         {QStringList {QStringLiteral("export"), QStringLiteral("workplan"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--changed-since"),
                       QStringLiteral("2024-02-30"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("export"), QStringLiteral("risks"), QStringLiteral("--changed-since"),
                       QStringLiteral("2024-02-01"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("export"), QStringLiteral("risks"), QStringLiteral("-o"),
                       demo.path(QStringLiteral("risks.docx"))}}) {
        const Outcome outcome = demo.run(bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(outcome.status == 2);
        CHECK(outcome.err.contains(QStringLiteral("--help")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
}
