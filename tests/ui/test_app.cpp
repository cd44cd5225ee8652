// The desktop program as a file manager and IT support meet it: `boarddesk FILE` opens the
// file (the menu entry's %f), and Help > About BoardDesk says which version runs and where
// the open partnership's file is.
#include "fixtures.h"

#include "archive/transfer.h"
#include "common/aboutdialog.h"
#include "common/mainwindow.h"
#include "store/backups.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QTimer>

using namespace bd;

namespace {

// A database holding the demo partnership, so the navigator has something to show.
QString demoFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("my partnership.boarddesk"));
    auto store = Store::open(path);
    REQUIRE(store.ok());
    auto imported = importArchive(**store, test::demoArchive(), QStringLiteral("northvale.json"), false);
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    return path;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The desktop program itself, on the offscreen platform, told to quit once its window is
// painted (the hook boarddesk-bench uses: "shown=1" when a partnership filled the navigator).
Run runGui(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("BOARDDESK_BENCH_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BOARDDESK_GUI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("boarddesk FILE opens the file, as --db FILE does", "[app]")
{
    const test::TempDir dir;
    const QString path = demoFile(dir);

    for (const QStringList &arguments : {QStringList {path}, QStringList {QStringLiteral("--db"), path}}) {
        const Run run = runGui(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QLatin1String("shown=1")));
    }
}

TEST_CASE("boarddesk given two files to open says so and opens neither", "[app]")
{
    const test::TempDir dir;
    const Run run = runGui(
        {QStringLiteral("--db"), dir.path(QStringLiteral("a.boarddesk")), dir.path(QStringLiteral("b.boarddesk"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("give one database to open")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("a.boarddesk"))));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("b.boarddesk"))));
}

TEST_CASE("boarddesk given an empty name to open says so in one line and opens nothing", "[app]")
{
    for (const QStringList &arguments : {QStringList {QStringLiteral("--db"), QString()}, QStringList {QString()}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run run = runGui(arguments);
        CHECK(run.exitCode == 2);
        // Our line and no warning from opening a file of no name (Qt's note that this
        // machine sets no XDG_RUNTIME_DIR is the test machine's, not ours).
        QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
        REQUIRE(lines.size() == 1);
        CHECK(lines.constFirst().startsWith(QLatin1String("boarddesk: --db needs a database file")));
        CHECK_FALSE(run.out.contains(QLatin1String("shown=")));
    }
}

TEST_CASE("Help > About BoardDesk shows the version and where the open partnership's file is", "[app]")
{
    const test::TempDir dir;
    const QString path = demoFile(dir);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    MainWindow window(std::move(*store));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOARDDESK_VERSION)); // as app/main.cpp does

    QString version, database, backups;
    bool shown = false;
    QTimer::singleShot(0, [&] {
        auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        if (!about)
            return;
        shown = true;
        version = about->versionText();
        database = about->databaseText();
        if (auto *label = about->findChild<QLabel *>(QStringLiteral("aboutBackups")))
            backups = label->text();
        about->reject();
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    REQUIRE(action);
    action->trigger();

    REQUIRE(shown);
    CHECK(version == QStringLiteral("BoardDesk " BOARDDESK_VERSION));
    CHECK(database == QDir::toNativeSeparators(path));
    CHECK(backups == QDir::toNativeSeparators(backupFolderFor(path)));
}

TEST_CASE("About BoardDesk with no partnership open says so, and where the default file is", "[app]")
{
    AboutDialog about(QString {});
    CHECK(about.databaseText().startsWith(QLatin1String("No partnership is open.")));
    CHECK(about.databaseText().contains(QLatin1String("partnership.boarddesk")));
    CHECK_FALSE(about.findChild<QLabel *>(QStringLiteral("aboutBackups")));
}
