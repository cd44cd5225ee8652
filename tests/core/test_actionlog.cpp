// The action log and the risk log as a chair reads them: the rating an action has now (its
// newest review), what is overdue on the clock's day, each filter of the action list, what
// changed since a date with both ratings, the risk bands at their edges, and carrying a
// workplan forward without losing an action or its history.
#include "externaltools.h"
#include "fixtures.h"
#include "skip.h"

#include "archive/transfer.h"
#include "documents/actionreports.h"
#include "documents/minutes.h"

#include "domain/actionlog.h"
#include "store/carryforward.h"
#include "store/store.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

using namespace bd;
using bd::test::FreshStore;

namespace {

ActionReview review(const QDate &date, Rag rag, const QString &note = {})
{
    ActionReview r;
    r.date = date;
    r.rag = rag;
    r.note = note;
    return r;
}

Action action(const QString &id, const QList<ActionReview> &reviews, const QDate &due = {})
{
    Action a;
    a.id = id;
    a.body = QStringLiteral("board");
    a.text = QStringLiteral("Action %1").arg(id);
    a.due = due;
    a.reviews = reviews;
    return a;
}

QStringList ids(const QList<Action> &actions)
{
    QStringList out;
    for (const Action &a : actions)
        out << a.id;
    return out;
}

} // namespace

TEST_CASE("an action's rating is its newest review's, and what it was on any day", "[actionlog]")
{
    const Action a = action(QStringLiteral("a"), {review(QDate(2024, 1, 10), Rag::Red),
                                                  review(QDate(2024, 3, 5), Rag::Amber),
                                                  review(QDate(2024, 6, 1), Rag::Green)});
    CHECK(a.currentRag() == Rag::Green);
    CHECK_FALSE(ragOn(a, QDate(2024, 1, 9)).has_value());
    CHECK(ragOn(a, QDate(2024, 1, 10)) == Rag::Red);
    CHECK(ragOn(a, QDate(2024, 3, 4)) == Rag::Red);
    CHECK(ragOn(a, QDate(2024, 3, 5)) == Rag::Amber);
    CHECK(ragOn(a, QDate(2025, 1, 1)) == Rag::Green);
    CHECK_FALSE(action(QStringLiteral("never"), {}).currentRag().has_value());
}

TEST_CASE("an amber action due 31 December 2023 is overdue from 1 January, by the clock", "[actionlog]")
{
    const Action amber
        = action(QStringLiteral("amber"), {review(QDate(2023, 11, 1), Rag::Amber)}, QDate(2023, 12, 31));
    {
        const ClockOverride clock(QDateTime(QDate(2023, 12, 31), QTime(17, 0)));
        CHECK_FALSE(isOverdue(amber, Clock::today()));
    }
    {
        const ClockOverride clock(QDateTime(QDate(2024, 1, 1), QTime(9, 0)));
        CHECK(isOverdue(amber, Clock::today()));
    }
    const QDate later(2024, 2, 1);
    Action done = amber;
    done.reviews << review(QDate(2024, 1, 5), Rag::Complete);
    CHECK_FALSE(isOverdue(done, later)); // complete is never overdue
    CHECK_FALSE(isOverdue(action(QStringLiteral("no-due"), {}), later)); // no due date, nothing to miss
    CHECK(isOverdue(action(QStringLiteral("unrated"), {}, QDate(2023, 6, 1)), later));
    // Carried forward into next year's plan: the copy carries on, the old one is not counted twice.
    CHECK_FALSE(isOverdue(amber, later, {QStringLiteral("amber")}));
}

TEST_CASE("each filter of the action log lets through what it says", "[actionlog]")
{
    const QDate today(2024, 6, 30);
    Action red = action(QStringLiteral("red"), {review(QDate(2024, 5, 1), Rag::Red)}, QDate(2024, 9, 30));
    red.priorities = {QStringLiteral("neglect")};
    red.ownerAgency = QStringLiteral("police");
    Action amber = action(QStringLiteral("amber"), {review(QDate(2024, 5, 1), Rag::Amber)}, QDate(2024, 3, 31));
    amber.owner = QStringLiteral("pat"); // the agency comes from the owner
    Action green = action(QStringLiteral("green"), {review(QDate(2024, 5, 1), Rag::Green)}, QDate(2024, 4, 30));
    green.body = QStringLiteral("executive");
    green.workplan = QStringLiteral("wp-exec");
    green.priorities = {QStringLiteral("neglect"), QStringLiteral("exploitation")};
    Action complete
        = action(QStringLiteral("complete"), {review(QDate(2024, 5, 1), Rag::Complete)}, QDate(2024, 1, 31));
    Action unrated = action(QStringLiteral("unrated"), {}, QDate(2025, 1, 31));
    const QList<Action> all {red, amber, green, complete, unrated};
    Person pat;
    pat.id = QStringLiteral("pat");
    pat.agency = QStringLiteral("police");

    auto with = [](auto set) {
        ActionFilter filter;
        set(filter);
        return filter;
    };
    auto run = [&](const ActionFilter &filter) { return ids(filterActions(all, filter, today, {pat})).join(QLatin1Char(',')); };
    CHECK(run({}) == QStringLiteral("red,amber,green,complete,unrated"));
    CHECK(run(with([](ActionFilter &f) { f.notGreen = true; })) == QStringLiteral("red,amber,unrated"));
    CHECK(run(with([](ActionFilter &f) { f.overdue = true; })) == QStringLiteral("amber,green"));
    CHECK(run(with([](ActionFilter &f) { f.rags = {Rag::Red, Rag::Amber}; })) == QStringLiteral("red,amber"));
    CHECK(run(with([](ActionFilter &f) { f.dueBefore = QDate(2024, 4, 30); })) == QStringLiteral("amber,complete"));
    CHECK(run(with([](ActionFilter &f) { f.priority = QStringLiteral("neglect"); })) == QStringLiteral("red,green"));
    CHECK(run(with([](ActionFilter &f) { f.ownerAgency = QStringLiteral("police"); })) == QStringLiteral("red,amber"));
    CHECK(run(with([](ActionFilter &f) { f.body = QStringLiteral("executive"); })) == QStringLiteral("green"));
    CHECK(run(with([](ActionFilter &f) { f.workplan = QStringLiteral("wp-exec"); })) == QStringLiteral("green"));
    // Filters combine: overdue and not green.
    CHECK(run(with([](ActionFilter &f) { f.notGreen = true; f.overdue = true; })) == QStringLiteral("amber"));
}

TEST_CASE("what changed since a date: actions whose rating moved, with both ratings", "[actionlog]")
{
    const QDate since(2024, 3, 31);
    const Action worse = action(QStringLiteral("worse"), {review(QDate(2024, 1, 10), Rag::Green),
                                                          review(QDate(2024, 5, 2), Rag::Red)});
    const Action better = action(QStringLiteral("better"), {review(QDate(2024, 3, 31), Rag::Amber),
                                                            review(QDate(2024, 4, 1), Rag::Green),
                                                            review(QDate(2024, 6, 1), Rag::Complete)});
    const Action same = action(QStringLiteral("same"), {review(QDate(2024, 1, 10), Rag::Amber),
                                                        review(QDate(2024, 5, 2), Rag::Amber)});
    const Action backAgain = action(QStringLiteral("back"), {review(QDate(2024, 1, 10), Rag::Amber),
                                                             review(QDate(2024, 4, 2), Rag::Red),
                                                             review(QDate(2024, 5, 2), Rag::Amber)});
    const Action newOne = action(QStringLiteral("new"), {review(QDate(2024, 4, 20), Rag::Red)});
    const Action before = action(QStringLiteral("before"), {review(QDate(2024, 1, 10), Rag::Red),
                                                            review(QDate(2024, 2, 10), Rag::Green)});

    const QList<RagChange> changes = changedSince({worse, better, same, backAgain, newOne, before}, since);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].action.id == QStringLiteral("worse"));
    CHECK(changes[0].before == Rag::Green);
    CHECK(changes[0].after == Rag::Red);
    CHECK(changes[0].changedOn == QDate(2024, 5, 2));
    CHECK_FALSE(changes[0].isImprovement());
    CHECK(changes[1].action.id == QStringLiteral("better"));
    CHECK(changes[1].before == Rag::Amber);
    CHECK(changes[1].after == Rag::Complete);
    CHECK(changes[1].isImprovement());
}

TEST_CASE("risk ratings fall in the bands of archive-v1 at their edges", "[actionlog][risks]")
{
    CHECK(riskBand(1) == Rag::Green);
    CHECK(riskBand(4) == Rag::Green); // 2x2, 1x4
    CHECK(riskBand(5) == Rag::Amber); // 1x5
    CHECK(riskBand(12) == Rag::Amber); // 3x4
    CHECK(riskBand(15) == Rag::Red); // 3x5
    CHECK(riskBand(25) == Rag::Red);
    // Every cell of the 5x5 matrix is in exactly one band, and no product falls between them.
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const int score = likelihood * impact;
            CHECK_FALSE((score > 12 && score < 15));
            const Rag band = riskBand(score);
            CHECK(band == (score <= 4 ? Rag::Green : score <= 12 ? Rag::Amber : Rag::Red));
        }
    }

    Risk risk;
    CHECK_FALSE(currentReview(risk).has_value());
    RiskReview first;
    first.date = QDate(2024, 1, 1);
    first.likelihood = 3;
    first.impact = 5;
    RiskReview second = first;
    second.date = QDate(2024, 4, 1);
    second.likelihood = 2;
    risk.reviews = {first, second};
    CHECK(currentReview(risk)->score() == 10);
    CHECK(previousReview(risk)->score() == 15);
    risk.closed = QDate(2024, 6, 1);
    CHECK(isOpen(risk, QDate(2024, 5, 31)));
    CHECK_FALSE(isOpen(risk, QDate(2024, 6, 1)));
}

namespace {

// A body with a 2023-24 plan of three actions: one complete, two open with reviews.
struct PlanFixture {
    FreshStore fresh;
    Store &store() { return *fresh.store; }
    PlanFixture()
    {
        Partnership p;
        p.name = QStringLiteral("Testshire Safeguarding Children Partnership");
        REQUIRE(store().setPartnership(p).ok());
        Body body;
        body.id = QStringLiteral("board");
        body.name = QStringLiteral("Board");
        REQUIRE(store().insert(body).ok());
        Workplan plan;
        plan.id = QStringLiteral("wp-2023");
        plan.body = QStringLiteral("board");
        plan.title = QStringLiteral("Board workplan 2023-24");
        plan.year = FinancialYear(2023);
        REQUIRE(store().insert(plan).ok());
        Action done = action(QStringLiteral("a-done"), {review(QDate(2023, 6, 1), Rag::Amber),
                                                        review(QDate(2024, 3, 1), Rag::Complete)},
                             QDate(2024, 3, 31));
        Action red = action(QStringLiteral("a-red"), {review(QDate(2023, 6, 1), Rag::Amber, QStringLiteral("Slow")),
                                                      review(QDate(2024, 3, 1), Rag::Red, QStringLiteral("Stuck"))},
                            QDate(2024, 3, 31));
        red.ref = QStringLiteral("1.2");
        Action unrated = action(QStringLiteral("a-unrated"), {}, QDate(2024, 6, 30));
        for (Action a : {done, red, unrated}) {
            a.workplan = plan.id;
            REQUIRE(store().insert(a).ok());
        }
    }
    QList<Action> actions()
    {
        auto all = store().list<Action>();
        REQUIRE(all.ok());
        return *all;
    }
};

} // namespace

TEST_CASE("carrying a workplan forward closes it and moves its open actions with their history", "[actionlog][store]")
{
    PlanFixture f;
    const QList<Action> before = f.actions();
    auto carried = carryForward(f.store(), QStringLiteral("wp-2023"), QDate(2024, 4, 10));
    INFO(carried.errorMessage().toStdString());
    REQUIRE(carried.ok());

    // The old plan is closed on the day, its actions all still there as they were.
    auto old = f.store().get<Workplan>(QStringLiteral("wp-2023"));
    REQUIRE(old.ok());
    CHECK((*old)->status == WorkplanStatus::Closed);
    CHECK((*old)->closedOn == QDate(2024, 4, 10));
    const QList<Action> after = f.actions();
    for (const Action &a : before)
        CHECK(after.contains(a));

    // The next year's plan holds copies of the two open actions, history and all.
    CHECK(carried->next.year == FinancialYear(2024));
    CHECK(carried->next.title == QStringLiteral("Board workplan 2024-25"));
    CHECK(carried->next.status == WorkplanStatus::Open);
    REQUIRE(carried->carried.size() == 2);
    const Action &red = carried->carried[0];
    CHECK(red.carriedFrom == QStringLiteral("a-red"));
    CHECK(red.workplan == carried->next.id);
    CHECK(red.ref == QStringLiteral("1.2"));
    CHECK(red.text == QStringLiteral("Action a-red"));
    CHECK(red.reviews == before[1].reviews);
    CHECK(red.currentRag() == Rag::Red);
    CHECK(carried->carried[1].carriedFrom == QStringLiteral("a-unrated"));
    CHECK(after.size() == before.size() + 2);

    // Stored, and read back with the link.
    auto stored = f.store().get<Action>(red.id);
    REQUIRE(stored.ok());
    CHECK((*stored)->carriedFrom == QStringLiteral("a-red"));

    // Nothing is counted twice: the old open actions are no longer overdue, the copies are.
    const QSet<Id> carriedOn = carriedForwardIds(after);
    CHECK_FALSE(isOverdue(before[1], QDate(2024, 5, 1), carriedOn));
    CHECK(isOverdue(red, QDate(2024, 5, 1), carriedOn));

    // The archive keeps the link.
    auto all = f.store().loadAll();
    REQUIRE(all.ok());
    CHECK(std::any_of(all->actions.cbegin(), all->actions.cend(),
                      [](const Action &a) { return a.carriedFrom == QStringLiteral("a-red"); }));

    // A closed plan cannot be carried again.
    auto again = carryForward(f.store(), QStringLiteral("wp-2023"), QDate(2024, 4, 11));
    CHECK_FALSE(again.ok());
    CHECK(f.actions().size() == after.size());
}

TEST_CASE("carrying forward into a plan that exists adds to it, and the audit log has every change", "[actionlog][store]")
{
    PlanFixture f;
    Workplan next;
    next.id = QStringLiteral("wp-2024");
    next.body = QStringLiteral("board");
    next.title = QStringLiteral("Our plan for 2024-25");
    next.year = FinancialYear(2024);
    REQUIRE(f.store().insert(next).ok());
    auto carried = carryForward(f.store(), QStringLiteral("wp-2023"), QDate(2024, 4, 10));
    REQUIRE(carried.ok());
    CHECK(carried->next.id == QStringLiteral("wp-2024"));
    auto log = f.store().auditLog();
    REQUIRE(log.ok());
    int actionInserts = 0;
    bool closedLogged = false;
    for (const AuditEntry &entry : std::as_const(*log)) {
        if (entry.kind == QLatin1String("action") && entry.action == AuditAction::Insert)
            ++actionInserts;
        if (entry.kind == QLatin1String("workplan") && entry.recordKey == QLatin1String("wp-2023")
            && entry.action == AuditAction::Update)
            closedLogged = true;
    }
    CHECK(actionInserts == 3 + 2);
    CHECK(closedLogged);
}

TEST_CASE("the workplan report, action log and risk log in HTML pass axe's WCAG 2 A and AA checks", "[actionlog][a11y]")
{
    if (!bd::test::canCheckAccessibility())
        BD_SKIP(
            "Chromium, node or tests/a11y/node_modules (npm ci there) is missing: the accessibility check is skipped");
    FreshStore fresh;
    auto imported = importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false);
    REQUIRE(imported.ok());
    bd::test::TempDir dir;
    QStringList files;
    auto add = [&](const QString &name, const Result<void> &written) {
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        files << dir.path(name);
    };
    add(QStringLiteral("plan.html"), exportWorkplanReport(*fresh.store, QStringLiteral("wp-child-exploitation-2024-25"),
                                                          dir.path(QStringLiteral("plan.html")), DocumentFormat::Html));
    add(QStringLiteral("log.html"),
        exportActionLog(*fresh.store, {}, dir.path(QStringLiteral("log.html")), DocumentFormat::Html));
    ActionLogOptions since;
    since.changedSince = QDate(2024, 9, 1);
    add(QStringLiteral("changed.html"),
        exportActionLog(*fresh.store, since, dir.path(QStringLiteral("changed.html")), DocumentFormat::Html));
    add(QStringLiteral("risks.html"),
        exportRiskLog(*fresh.store, {}, dir.path(QStringLiteral("risks.html")), DocumentFormat::Html));
    QString report;
    const int status = bd::test::checkAccessibility(files, &report);
    INFO(report.toStdString());
    CHECK(status == 0);
}

TEST_CASE("the dashboard counts each body's ratings, overdue actions and open risks by band", "[actionlog]")
{
    Body board;
    board.id = QStringLiteral("board");
    board.name = QStringLiteral("Board");
    Body quiet;
    quiet.id = QStringLiteral("quiet");
    quiet.name = QStringLiteral("Quiet group");
    Body exec;
    exec.id = QStringLiteral("executive");
    exec.name = QStringLiteral("Executive");
    const QDate today(2024, 6, 30);
    Action oldRed = action(QStringLiteral("old"), {review(QDate(2024, 1, 1), Rag::Red)}, QDate(2024, 3, 31));
    Action copy = oldRed;
    copy.id = QStringLiteral("copy");
    copy.carriedFrom = QStringLiteral("old");
    const QList<Action> actions {
        oldRed, copy,
        action(QStringLiteral("g"), {review(QDate(2024, 1, 1), Rag::Green)}, QDate(2024, 1, 31)),
        action(QStringLiteral("c"), {review(QDate(2024, 1, 1), Rag::Complete)}, QDate(2024, 1, 31)),
        action(QStringLiteral("u"), {}, QDate(2025, 1, 31))};
    Action execAmber = action(QStringLiteral("e"), {review(QDate(2024, 1, 1), Rag::Amber)});
    execAmber.body = exec.id;
    auto risk = [](const Id &body, int likelihood, int impact, const QDate &closed = {}) {
        Risk r;
        r.body = body;
        r.closed = closed;
        RiskReview rr;
        rr.date = QDate(2024, 1, 1);
        rr.likelihood = likelihood;
        rr.impact = impact;
        r.reviews = {rr};
        return r;
    };
    const QList<Risk> risks {risk(QStringLiteral("board"), 3, 5), risk(QStringLiteral("board"), 2, 2),
                             risk(QStringLiteral("board"), 5, 5, QDate(2024, 5, 1)), risk(QStringLiteral("executive"), 1, 5)};
    const QList<BodySummary> summaries = summariseBodies({board, quiet, exec}, actions + QList<Action> {execAmber}, risks, today);
    REQUIRE(summaries.size() == 2); // the quiet group has nothing to show
    const BodySummary &b = summaries[0];
    CHECK(b.name == QStringLiteral("Board"));
    CHECK(b.red == 1); // the carried copy, not the old one too
    CHECK(b.green == 1);
    CHECK(b.complete == 1);
    CHECK(b.unrated == 1);
    CHECK(b.overdue == 2); // the red copy and the green one past its date
    CHECK(b.risksRed == 1);
    CHECK(b.risksGreen == 1);
    CHECK(b.risksAmber == 0); // the closed red risk is not counted
    CHECK(summaries[1].amber == 1);
    CHECK(summaries[1].risksAmber == 1);
}

TEST_CASE("carrying forward can be taken back, leaving the plans as they were", "[actionlog][store]")
{
    PlanFixture f;
    auto before = f.store().loadAll();
    REQUIRE(before.ok());
    auto carried = carryForward(f.store(), QStringLiteral("wp-2023"), QDate(2024, 4, 10));
    REQUIRE(carried.ok());
    CHECK(carried->madeNext);
    auto undone = undoCarryForward(f.store(), *carried);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());
    auto after = f.store().loadAll();
    REQUIRE(after.ok());
    CHECK(after->workplans == before->workplans);
    CHECK(after->actions == before->actions);
}

TEST_CASE("the minutes list the actions reviewed at the meeting, with the rating given there", "[actionlog][minutes]")
{
    FreshStore fresh;
    auto imported = importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false);
    REQUIRE(imported.ok());
    const Id meeting = QStringLiteral("child-exploitation-2023-07-19");
    auto document = MinutesBuilder(*fresh.store).build(meeting);
    REQUIRE(document.ok());
    const Block *table = nullptr;
    for (qsizetype i = 0; i + 1 < document->blocks.size(); ++i) {
        if (document->blocks.at(i).kind == Block::Kind::Heading
            && plainText(document->blocks.at(i).text) == QStringLiteral("Actions reviewed"))
            table = &document->blocks.at(i + 1);
    }
    REQUIRE(table != nullptr);
    REQUIRE(table->kind == Block::Kind::Table);
    // The demo's 2023-24 action 1.1 was rated red at this meeting, with a note.
    bool found = false;
    for (const QList<TableCell> &row : table->table.rows) {
        if (plainText(row.at(0).text) == QStringLiteral("1.1")) {
            found = true;
            CHECK(plainText(row.at(3).text) == QStringLiteral("Red"));
            CHECK(plainText(row.at(4).text) == QStringLiteral("Work paused while the service restructures."));
        }
    }
    CHECK(found);
}

TEST_CASE("The dashboard and the home page read each action's standing as the whole action has it",
          "[actionlog][standing]")
{
    // The quick query (no text, no history) must agree with the full records on every
    // action of the demo: body, due date, carried-from and the newest review's rating.
    FreshStore fresh;
    auto imported = importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false);
    REQUIRE(imported);
    auto actions = fresh.store->list<Action>();
    auto standings = fresh.store->actionStandings();
    REQUIRE(actions);
    REQUIRE(standings);
    REQUIRE(standings->size() == actions->size());
    int rated = 0;
    for (qsizetype i = 0; i < actions->size(); ++i) {
        const Action &a = actions->at(i);
        const ActionStanding &s = standings->at(i);
        INFO(a.id.toStdString());
        CHECK(s.id == a.id);
        CHECK(s.body == a.body);
        CHECK(s.due == a.due);
        CHECK(s.carriedFrom == a.carriedFrom);
        CHECK(s.rag == a.currentRag());
        rated += a.currentRag() ? 1 : 0;
    }
    CHECK(rated > 0);

    // A new review becomes the standing's rating at once.
    Action first = actions->constFirst();
    first.reviews << review(QDate(2030, 1, 1), Rag::Red);
    REQUIRE(fresh.store->update(first));
    auto again = fresh.store->actionStandings();
    REQUIRE(again);
    CHECK(again->constFirst().rag == Rag::Red);
}

TEST_CASE("Needing attention: open actions rated red or overdue, red first, then the longest overdue",
          "[actionlog][attention]")
{
    const QDate today(2024, 6, 1);
    const auto standing = [](const QString &id, std::optional<Rag> rag, const QDate &due, const Id &carriedFrom = {}) {
        return ActionStanding {id, QStringLiteral("board"), carriedFrom, due, rag};
    };
    const QList<ActionStanding> all {
        standing(QStringLiteral("late-amber"), Rag::Amber, QDate(2024, 3, 1)),
        standing(QStringLiteral("red-undated"), Rag::Red, {}),
        standing(QStringLiteral("later-amber"), Rag::Amber, QDate(2024, 5, 1)),
        standing(QStringLiteral("red-due"), Rag::Red, QDate(2025, 1, 1)),
        standing(QStringLiteral("done-late"), Rag::Complete, QDate(2024, 1, 1)),
        standing(QStringLiteral("green-on-time"), Rag::Green, QDate(2024, 12, 1)),
        standing(QStringLiteral("due-today"), Rag::Amber, today),
        standing(QStringLiteral("old-red"), Rag::Red, QDate(2023, 1, 1)), // carried forward below
        standing(QStringLiteral("copy"), Rag::Amber, QDate(2025, 3, 1), QStringLiteral("old-red")),
        standing(QStringLiteral("unrated-late"), std::nullopt, QDate(2024, 2, 1)),
    };
    QStringList ids;
    for (const ActionStanding &s : needingAttention(all, today))
        ids << s.id;
    CHECK(ids
          == QStringList {QStringLiteral("red-due"), QStringLiteral("red-undated"), QStringLiteral("unrated-late"),
                          QStringLiteral("late-amber"), QStringLiteral("later-amber")});
}
