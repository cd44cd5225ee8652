// Issue 12: `import --replace` through a symbolic link to a file the desktop program holds
// imports nothing, as it does through the file's own name.
#include "clirun.h"
#include "fixtures.h"

#include "store/lock.h"

#include <catch2/catch.hpp>

#include <QFile>

using bd::test::TempDir;

TEST_CASE("import through a symbolic link to a held database imports nothing and says who holds it", "[cli][lock]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("h.boarddesk"));
    const QString link = dir.path(QStringLiteral("l.boarddesk"));
    const QString archive = dir.path(QStringLiteral("a.json"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), file, QStringLiteral("demo")}).status == 0);
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), file, QStringLiteral("export"), QStringLiteral("archive"),
                              QStringLiteral("-o"), archive})
                .status
            == 0);
    REQUIRE(QFile::link(file, link));

    // The desktop program (here, this test) has the file open for changes.
    auto held = bd::DatabaseLock::acquire(file);
    REQUIRE(held.ok());
    const QByteArray before = bd::test::fileDigest(file);

    const auto imported = bd::test::runCli(
        {QStringLiteral("--db"), link, QStringLiteral("import"), archive, QStringLiteral("--replace")});
    INFO(imported.err.toStdString());
    CHECK(imported.status == 1);
    CHECK(imported.err.contains(QStringLiteral("Nothing was imported")));
    CHECK(imported.err.contains(QStringLiteral("is open for changes by")));
    CHECK(bd::test::fileDigest(file) == before);
}
