// boarddesk-cli export minutes, run as a script runs it: on a machine with no display, the
// format from the file name (or --format), the meeting by id or by body and date, and the
// exit codes of cli.md.
#include "clirun.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSizeF>

using bd::test::TempDir;

namespace {

using Outcome = bd::test::CliOutcome;

} // namespace

TEST_CASE("export minutes writes PDF, ODT and HTML by the file's extension, headless", "[cli][minutes]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    const QByteArray before = bd::test::fileDigest(db);

    const Outcome pdf = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes"),
                             QStringLiteral("--meeting"), QStringLiteral("board-2024-12-10"), QStringLiteral("-o"),
                             dir.path(QStringLiteral("draft.pdf"))});
    INFO(pdf.err.toStdString());
    CHECK(pdf.status == 0);
    CHECK(pdf.err.isEmpty());
    CHECK(bd::test::readFile(dir.path(QStringLiteral("draft.pdf"))).startsWith("%PDF-"));

    const Outcome odt
        = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes"),
               QStringLiteral("--body"), QStringLiteral("board"), QStringLiteral("--date"),
               QStringLiteral("2024-09-10"), QStringLiteral("-o"), dir.path(QStringLiteral("approved.odt"))});
    CHECK(odt.status == 0);
    const QByteArray package = bd::test::readFile(dir.path(QStringLiteral("approved.odt")));
    CHECK(package.startsWith("PK"));
    CHECK(package.mid(30, 8 + 39) == "mimetypeapplication/vnd.oasis.opendocument.text");

    // --format wins over the extension.
    const Outcome html
        = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes"),
               QStringLiteral("--meeting"), QStringLiteral("cdop-2025-03-07"), QStringLiteral("--format"),
               QStringLiteral("html"), QStringLiteral("-o"), dir.path(QStringLiteral("cdop.txt"))});
    CHECK(html.status == 0);
    const QString page = QString::fromUtf8(bd::test::readFile(dir.path(QStringLiteral("cdop.txt"))));
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(page.contains(QStringLiteral("Child Death Overview Panel")));
    CHECK(page.contains(QStringLiteral("7 March 2025")));

    // Exporting writes nothing to the database.
    CHECK(bd::test::fileDigest(db) == before);
}

TEST_CASE("export minutes: usage errors exit 2, a missing meeting or body exits 1 naming it", "[cli][minutes]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    const QStringList exportMinutes {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes")};
    const QString out = dir.path(QStringLiteral("out.pdf"));
    const QString meeting = QStringLiteral("board-2024-12-10");

    for (const QStringList &bad :
         {QStringList {QStringLiteral("-o"), out}, QStringList {QStringLiteral("--meeting"), meeting},
          QStringList {QStringLiteral("--meeting"), meeting, QStringLiteral("--body"), QStringLiteral("board"),
                       QStringLiteral("-o"), out},
          QStringList {QStringLiteral("--body"), QStringLiteral("board"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("--body"), QStringLiteral("board"), QStringLiteral("--date"),
                       QStringLiteral("2024-02-30"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("--meeting"), meeting, QStringLiteral("-o"),
                       dir.path(QStringLiteral("out.docx"))},
          QStringList {QStringLiteral("--meeting"), meeting, QStringLiteral("-o"), dir.path(QStringLiteral("out"))},
          QStringList {QStringLiteral("--meeting"), meeting, QStringLiteral("--format"), QStringLiteral("rtf"),
                       QStringLiteral("-o"), out}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Outcome outcome = bd::test::runCli(exportMinutes + bad);
        CHECK(outcome.status == 2);
        CHECK(outcome.err.contains(QStringLiteral("--help")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("out.docx"))));

    const Outcome noMeeting = bd::test::runCli(
        exportMinutes
        + QStringList {QStringLiteral("--meeting"), QStringLiteral("board-1999-01-01"), QStringLiteral("-o"), out});
    CHECK(noMeeting.status == 1);
    CHECK(noMeeting.err.contains(QStringLiteral("board-1999-01-01")));
    CHECK(noMeeting.err.trimmed().count(QLatin1Char('\n')) == 0);

    const Outcome noBody
        = bd::test::runCli(exportMinutes
              + QStringList {QStringLiteral("--body"), QStringLiteral("choir"), QStringLiteral("--date"),
                             QStringLiteral("2024-12-10"), QStringLiteral("-o"), out});
    CHECK(noBody.status == 1);
    CHECK(noBody.err.contains(QStringLiteral("choir")));

    const Outcome noDate
        = bd::test::runCli(exportMinutes
              + QStringList {QStringLiteral("--body"), QStringLiteral("board"), QStringLiteral("--date"),
                             QStringLiteral("2024-12-11"), QStringLiteral("-o"), out});
    CHECK(noDate.status == 1);
    CHECK(noDate.err.contains(QStringLiteral("2024-12-11")));
    CHECK_FALSE(QFileInfo::exists(out));
}

namespace {

// The width and height, in points, of a PDF's first page.
QSizeF firstPageSize(const QByteArray &pdf)
{
    static const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace

TEST_CASE("export minutes lays the PDF out on the paper chosen in the settings, A4 until then", "[cli][minutes]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    // The settings of a user of their own: XDG_CONFIG_HOME is where QSettings looks.
    const QString config = dir.path(QStringLiteral("config"));
    const QStringList environment {QStringLiteral("XDG_CONFIG_HOME=") + config};
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}, environment).status == 0);
    const QStringList exportTo {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes"),
                                QStringLiteral("--meeting"), QStringLiteral("board-2024-12-10"), QStringLiteral("-o")};

    REQUIRE(bd::test::runCli(exportTo + QStringList {dir.path(QStringLiteral("a4.pdf"))}, environment).status == 0);
    const QSizeF a4 = firstPageSize(bd::test::readFile(dir.path(QStringLiteral("a4.pdf"))));
    CHECK(qRound(a4.width()) == 595);
    CHECK(qRound(a4.height()) == 842);

    // What the GUI's settings page writes when Letter is chosen.
    QDir().mkpath(config + QStringLiteral("/BoardDesk"));
    bd::test::writeFile(config + QStringLiteral("/BoardDesk/BoardDesk.conf"), "[documents]\npageSize=Letter\n");
    REQUIRE(bd::test::runCli(exportTo + QStringList {dir.path(QStringLiteral("letter.pdf"))}, environment).status == 0);
    const QSizeF letter = firstPageSize(bd::test::readFile(dir.path(QStringLiteral("letter.pdf"))));
    CHECK(qRound(letter.width()) == 612);
    CHECK(qRound(letter.height()) == 792);
}
