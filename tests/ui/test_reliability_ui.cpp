// Reliability as the ui sees it: a busy database drops the change with an error the window
// can show, and keeps nothing half saved; and the desktop program links no network module.
#include "fixtures.h"
#include "skip.h"

#include "common/workspace.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

#include <sqlite3.h>

using namespace bd;

TEST_CASE("a change made while another program writes is dropped with a busy message, and can be made again",
          "[reliability][busy]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("busy.boarddesk"));
    auto store = Store::open(path, {.busyTimeoutMs = 200});
    REQUIRE(store.ok());
    Workspace workspace(std::move(*store));
    QSignalSpy errors(&workspace, &Workspace::errorOccurred);

    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    const Agency agency {QStringLiteral("a.busy"), QStringLiteral("Busy Agency"), QString(), Sector::Other};
    CHECK_FALSE(
        workspace.push(new SaveRecordCommand<Agency>(workspace, QStringLiteral("Add agency"), std::nullopt, agency)));
    REQUIRE(errors.size() == 1);
    const QString message = errors.at(0).at(0).toString();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("busy")));
    CHECK(message.contains(QStringLiteral("Try again")));
    CHECK(workspace.undoStack()->count() == 0);
    CHECK_FALSE(workspace.store().get<Agency>(agency.id)->has_value());

    REQUIRE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(other);
    CHECK(workspace.push(new SaveRecordCommand<Agency>(workspace, QStringLiteral("Add agency"), std::nullopt, agency)));
    CHECK(errors.size() == 1);
    CHECK(workspace.undoStack()->count() == 1);
    CHECK(workspace.store().get<Agency>(agency.id)->has_value());
}

TEST_CASE("the desktop program links no network module", "[reliability][privacy]")
{
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty())
        BD_SKIP("readelf (binutils) is missing: the linked libraries were not checked");
    for (const QString &program : {QCoreApplication::applicationFilePath(), QStringLiteral(BOARDDESK_GUI_PATH)}) {
        QProcess process;
        process.start(readelf, {QStringLiteral("-d"), program});
        REQUIRE(process.waitForFinished(20000));
        const QString needed = QString::fromUtf8(process.readAllStandardOutput());
        INFO(program.toStdString() << "\n" << needed.toStdString());
        REQUIRE(needed.contains(QStringLiteral("libQt6Widgets")));
        CHECK_FALSE(needed.contains(QStringLiteral("libQt6Network")));
    }
}
