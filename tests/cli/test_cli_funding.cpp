// boarddesk-cli export funding, run as a treasurer's script runs it: the year's CSV with every
// agency's contribution and the change on the year before, the spending and the totals,
// agreeing with list funding; usage errors exit 2 and a year with nothing exits 1; nothing is
// written to the database.
#include "clirun.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using bd::test::TempDir;
using Outcome = bd::test::CliOutcome;

TEST_CASE("export funding writes the year's contributions, spending and totals as CSV", "[cli][funding]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    const QByteArray before = bd::test::fileDigest(db);
    const auto run = [&](const QStringList &arguments) {
        return bd::test::runCli(QStringList {QStringLiteral("--db"), db} + arguments);
    };
    const QString out = dir.path(QStringLiteral("funding 2024-25.csv"));
    const Outcome written = run({QStringLiteral("export"), QStringLiteral("funding"), QStringLiteral("--year"),
                                 QStringLiteral("2024-25"), QStringLiteral("-o"), out});
    INFO(written.err.toStdString());
    REQUIRE(written.status == 0);
    const QStringList lines
        = QString::fromUtf8(bd::test::readFile(out)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 4);
    CHECK(lines.first() == QStringLiteral("section,name,amount,previous_year,change,change_percent,note"));

    // Every contribution listed for the year is in the file, and the total is their sum.
    const Outcome listed
        = run({QStringLiteral("list"), QStringLiteral("funding"), QStringLiteral("--year"), QStringLiteral("2024-25")});
    REQUIRE(listed.status == 0);
    const QStringList rows = listed.out.trimmed().split(QLatin1Char('\n')).mid(1);
    REQUIRE_FALSE(rows.isEmpty());
    qint64 sum = 0;
    for (const QString &row : rows) {
        const QString amount = row.section(QLatin1Char('\t'), 2, 2);
        sum += qRound64(amount.toDouble() * 100);
        INFO(row.toStdString());
        CHECK(lines.filter(QStringLiteral("contribution,")).filter(QLatin1Char(',') + amount + QLatin1Char(',')).size()
              >= 1);
    }
    const QStringList total = lines.filter(QStringLiteral("total,contributions,"));
    REQUIRE(total.size() == 1);
    CHECK(qRound64(total.first().section(QLatin1Char(','), 2, 2).toDouble() * 100) == sum);
    CHECK(lines.filter(QStringLiteral("spending,")).size() >= 1);
    CHECK(lines.filter(QStringLiteral("total,balance,")).size() == 1);
    // The demo's agencies gave in 2023-24 as well: each line has last year's amount.
    CHECK_FALSE(lines.at(1).section(QLatin1Char(','), 3, 3).isEmpty());

    // Usage errors exit 2; a year with nothing recorded exits 1, naming it.
    for (const QStringList &bad :
         {QStringList {QStringLiteral("export"), QStringLiteral("funding"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("export"), QStringLiteral("funding"), QStringLiteral("--year"),
                       QStringLiteral("2024/25"), QStringLiteral("-o"), out},
          QStringList {QStringLiteral("export"), QStringLiteral("funding"), QStringLiteral("--year"),
                       QStringLiteral("2024-25"), QStringLiteral("-o"), dir.path(QStringLiteral("f.pdf"))}}) {
        const Outcome outcome = run(bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(outcome.status == 2);
        CHECK(outcome.err.contains(QStringLiteral("--help")));
    }
    const QString empty = dir.path(QStringLiteral("1999.csv"));
    const Outcome nothing = run({QStringLiteral("export"), QStringLiteral("funding"), QStringLiteral("--year"),
                                 QStringLiteral("1999-00"), QStringLiteral("-o"), empty});
    CHECK(nothing.status == 1);
    CHECK(nothing.err.contains(QStringLiteral("1999-00")));
    CHECK_FALSE(QFileInfo::exists(empty));
    CHECK(bd::test::fileDigest(db) == before);
}
