// Issue 12 in the desktop program: the export dialogs refuse what boarddesk-cli refuses (the
// open database, its files, another database), with the same message naming the file.
#include "fixtures.h"

#include "archive/transfer.h"
#include "audit/auditlogdialog.h"
#include "reports/minutesactions.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLineEdit>

using namespace bd;
using bd::test::FreshStore;

TEST_CASE("the minutes export dialog refuses the open database, through a link too", "[ui][outputs]")
{
    FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    const QByteArray before = test::readFile(fresh.path());
    const QString link = fresh.dir.path(QStringLiteral("minutes.pdf"));
    REQUIRE(QFile::link(fresh.path(), link));

    MinutesExportDialog dialog(*fresh.store, QStringLiteral("board-2024-12-10"));
    for (const QString &target : {fresh.path(), link}) {
        dialog.pathEdit()->setText(QDir::toNativeSeparators(target));
        auto written = dialog.exportNow();
        REQUIRE_FALSE(written.ok());
        INFO(written.errorMessage().toStdString());
        CHECK(written.errorMessage().contains(QDir::toNativeSeparators(target)));
        CHECK(written.errorMessage().contains(QStringLiteral("the database that is open")));
    }
    CHECK(test::readFile(fresh.path()) == before);
}

TEST_CASE("the audit log's export refuses the open database's log file", "[ui][outputs][audit]")
{
    FreshStore fresh;
    AuditLogDialog dialog(*fresh.store);
    const QString wal = fresh.path() + QStringLiteral("-wal.csv");
    const QString own = fresh.path() + QStringLiteral(".lock");
    CHECK(dialog.exportTo(wal).ok()); // only a name like one
    auto written = writeAuditLog(own + QStringLiteral(".csv"), {}, fresh.path());
    CHECK(written.ok());
    // The database itself, named as a CSV file through a link.
    const QString link = fresh.dir.path(QStringLiteral("audit.csv"));
    REQUIRE(QFile::link(fresh.path(), link));
    auto refused = dialog.exportTo(link);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("the database that is open")));
}
