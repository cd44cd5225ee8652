// Issue 12 at the command line: the audit log names the account the system runs us as, not
// the one the environment claims; `list` puts nothing on the terminal that a terminal would
// act on; an empty --db is a usage error.
#include "clirun.h"
#include "fixtures.h"

#include "store/store.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using bd::test::TempDir;

namespace {

// The user of every row of the audit log of a demo database made with \a environment.
QStringList auditUsers(const TempDir &dir, const QString &name, const QStringList &environment)
{
    const QString db = dir.path(name + QStringLiteral(".boarddesk"));
    const auto made = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}, environment);
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    const QString log = dir.path(name + QStringLiteral(".json"));
    const auto exported = bd::test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("audit"), QStringLiteral("-o"), log});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    QStringList users;
    for (const auto &row : QJsonDocument::fromJson(bd::test::readFile(log)).array())
        users << row.toObject().value(QStringLiteral("user")).toString();
    REQUIRE_FALSE(users.isEmpty());
    return users;
}

} // namespace

TEST_CASE("the audit log records the account the system runs the CLI as, whatever USER and LOGNAME say",
          "[cli][audit][privacy]")
{
    TempDir dir;
    const QString account = bd::test::systemAccount();
    REQUIRE_FALSE(account.isEmpty());
    REQUIRE(account != QLatin1String("anyone"));

    // A forged name is kept only as a note beside the real one.
    for (const QString &user :
         auditUsers(dir, QStringLiteral("forged"), {QStringLiteral("USER=anyone"), QStringLiteral("LOGNAME=anyone")})) {
        INFO(user.toStdString());
        CHECK(user.startsWith(account + QStringLiteral(" (")));
        CHECK(user.contains(QStringLiteral("USER says anyone")));
    }

    // A claim holding a line break or a terminal escape is noted without them.
    for (const QString &user : auditUsers(dir, QStringLiteral("escaped"), {QStringLiteral("USER=any\x1b[2J\none")})) {
        INFO(user.toStdString());
        CHECK(user.startsWith(account + QStringLiteral(" (")));
        CHECK(std::none_of(user.cbegin(), user.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }));
    }

    // With neither set (a service, some cron jobs), the account is still recorded.
    for (const QString &user :
         auditUsers(dir, QStringLiteral("unset"), {QStringLiteral("USER"), QStringLiteral("LOGNAME")}))
        CHECK(user == account);

    // Telling the truth adds no note.
    for (const QString &user : auditUsers(dir, QStringLiteral("honest"),
                                          {QStringLiteral("USER=") + account, QStringLiteral("LOGNAME=") + account}))
        CHECK(user == account);
}

TEST_CASE("list shows control characters escaped, so no text reaches the terminal as a command", "[cli][privacy]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    // Clear the screen; set the window's title; a tab, a line break, DEL, C1's CSI; a backslash.
    // And U+202E, which would show what follows it backwards.
    const QString bodyName = QStringLiteral("Board\x1b[2J\tof\nthe\x7f partnership\u009b1m \u202egpj.exe");
    const QString actionText = QStringLiteral("Review \x1b]0;pwned\x07 the C:\\plan\r\n");
    QString bodyId;
    QString actionId;
    {
        auto store = bd::Store::open(db);
        REQUIRE(store.ok());
        auto bodies = (*store)->list<bd::Body>({});
        REQUIRE(bodies.ok());
        REQUIRE_FALSE(bodies->isEmpty());
        bd::Body body = bodies->constFirst();
        bodyId = body.id;
        body.name = bodyName;
        REQUIRE((*store)->update(body).ok());
        auto actions = (*store)->list<bd::Action>({});
        REQUIRE(actions.ok());
        REQUIRE_FALSE(actions->isEmpty());
        bd::Action action = actions->constFirst();
        actionId = action.id;
        action.text = actionText;
        REQUIRE((*store)->update(action).ok());
    }

    const auto listed = [&](const QString &what, int columns) {
        const auto run = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("list"), what});
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            INFO(line.toStdString());
            CHECK(line.count(QLatin1Char('\t')) == columns - 1);
            for (const QChar c : line) {
                const char16_t u = c.unicode();
                CHECK((u == u'\t' || (u >= 0x20 && u < 0x7f) || u > 0x9f));
                CHECK(u != u'\u202e');
            }
        }
        return lines;
    };

    const QStringList bodies = listed(QStringLiteral("bodies"), 4);
    const QStringList bodyRow = bodies.filter(bodyId + QLatin1Char('\t'));
    REQUIRE(bodyRow.size() == 1);
    CHECK(bodyRow.constFirst().contains(
        QStringLiteral("\tBoard\\x1b[2J\\tof\\nthe\\x7f partnership\\x9b1m \\u202egpj.exe\t")));

    const QStringList actions = listed(QStringLiteral("actions"), 6);
    const QStringList row = actions.filter(actionId + QLatin1Char('\t'));
    REQUIRE(row.size() == 1);
    CHECK(row.constFirst().endsWith(QStringLiteral("\tReview \\x1b]0;pwned\\x07 the C:\\\\plan\\r\\n")));
}

TEST_CASE("an empty --db is a usage error naming the option", "[cli]")
{
    TempDir dir;
    for (const QStringList &command : {QStringList {QStringLiteral("init")}, QStringList {QStringLiteral("check")},
                                       QStringList {QStringLiteral("list"), QStringLiteral("bodies")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto run = bd::test::runCli(QStringList {QStringLiteral("--db"), QString()} + command);
        CHECK(run.status == 2);
        CHECK(run.err.startsWith(QStringLiteral("boarddesk-cli: --db ")));
        CHECK(run.err.contains(QStringLiteral("--help")));
        CHECK(run.err.count(QLatin1Char('\n')) == 2); // our lines only, no Qt warnings
    }
}

TEST_CASE("check's problems and every failure line show stored or typed text escaped", "[cli][privacy]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.boarddesk"));
    REQUIRE(bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    const auto noControls = [](const QString &text) {
        INFO(text.toStdString());
        CHECK(std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return (c.category() == QChar::Other_Control && c != QLatin1Char('\n')) || c == QChar(0x202e);
        }));
    };

    // A stored value check reports, quoted as it is: a time that is not one.
    bd::test::runSqlite(db,
                        "UPDATE meetings SET time = '10:00' || char(27) || ']0;pwned' || char(7) || "
                        "char(8238) WHERE rowid = (SELECT min(rowid) FROM meetings)");
    const auto checked = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(checked.status == 3);
    CHECK(checked.out.contains(QStringLiteral("\\x1b]0;pwned\\x07\\u202e")));
    noControls(checked.out);

    // An id typed on the command line, quoted back in a failure and in a usage error.
    const auto failed = bd::test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("minutes"), QStringLiteral("--meeting"),
         QStringLiteral("m\x1b[2J"), QStringLiteral("-o"), dir.path(QStringLiteral("out.pdf"))});
    CHECK(failed.status == 1);
    CHECK(failed.err.contains(QStringLiteral("m\\x1b[2J")));
    noControls(failed.err);
    const auto unknown = bd::test::runCli({QStringLiteral("--db"), db, QStringLiteral("\x1b]0;x\x07")});
    CHECK(unknown.status == 2);
    noControls(unknown.err);
}
