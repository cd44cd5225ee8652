// The action log, the risk log and the dashboard as the administrator uses them: the
// dashboard's counts and where each leads, the action log's filters, a review recorded with
// the keyboard alone (and undone), and the risk log's heat map.
#include "fixtures.h"

#include "archive/transfer.h"
#include "common/mainwindow.h"
#include "common/partnershipview.h"
#include "common/workspace.h"
#include "domain/actionlog.h"
#include "navigator/navigatormodel.h"
#include "registers/registerpage.h"
#include "util/clock.h"
#include "workplans/dashboard.h"
#include "workplans/actiondialog.h"
#include "workplans/reviewdialog.h"
#include "workplans/reviewwalk.h"
#include "workplans/riskreviewdialog.h"
#include "workplans/riskheatmap.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QTreeView>

using namespace bd;

namespace {

struct DemoWindow {
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;

    DemoWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = dir.path(QStringLiteral("demo.boarddesk"));
        auto store = Store::open(path);
        REQUIRE(store.ok());
        auto imported = importArchive(**store, test::demoArchive(), QStringLiteral("northvale.json"), false);
        REQUIRE(imported.ok());
        window = std::make_unique<MainWindow>(std::move(*store));
        window->resize(1280, 800);
        window->show();
    }
    ~DemoWindow() { QStandardPaths::setTestModeEnabled(false); }
    PartnershipView &view() { return *window->partnershipView(); }
    Store &store() { return window->workspace()->store(); }
    RegisterPage *page(NavigatorModel::Page which)
    {
        view().selectPage(which);
        return view().registerPage(which);
    }
};

// Saves a picture of \a widget when BOARDDESK_SCREENSHOTS names a folder, to look at.
void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("BOARDDESK_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

QStringList column(QTableView *table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        cells << table->model()->index(row, column).data().toString();
    return cells;
}

} // namespace

TEST_CASE("the dashboard shows each body's ratings, overdue actions and risks, and opens each list", "[workplans]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 1, 15), QTime(10, 0)));
    DemoWindow demo;
    demo.view().navigator()->setCurrentIndex(demo.view().navigatorModel()->registersIndex());
    Dashboard *dashboard = demo.view().dashboard();
    REQUIRE(demo.view().currentPage() == dashboard);
    QApplication::processEvents();
    screenshot(demo.window.get(), QStringLiteral("dashboard.png"));

    const QList<BodySummary> &summaries = dashboard->summaries();
    REQUIRE_FALSE(summaries.isEmpty());
    auto board = std::find_if(summaries.cbegin(), summaries.cend(),
                              [](const BodySummary &s) { return s.body == QLatin1String("board"); });
    REQUIRE(board != summaries.cend());
    CHECK(board->risks() > 0);
    // Every body's bar names its parts in words, for a reader who cannot tell the colours.
    const QList<RagBar *> bars = dashboard->findChildren<RagBar *>();
    REQUIRE(bars.size() == summaries.size());
    for (RagBar *bar : bars)
        CHECK_FALSE(bar->accessibleDescription().isEmpty());

    // A body's overdue count opens the action log narrowed to those actions.
    auto withOverdue = std::find_if(summaries.cbegin(), summaries.cend(), [](const BodySummary &s) { return s.overdue > 0; });
    REQUIRE(withOverdue != summaries.cend());
    QPushButton *overdue = nullptr;
    for (QPushButton *button : dashboard->findChildren<QPushButton *>()) {
        if (button->accessibleName().startsWith(withOverdue->name + QLatin1Char(':')))
            overdue = button;
    }
    REQUIRE(overdue != nullptr);
    QTest::mouseClick(overdue, Qt::LeftButton);
    RegisterPage *actions = demo.view().registerPage(NavigatorModel::Page::Actions);
    REQUIRE(demo.view().currentPage() == actions);
    CHECK(actions->overdueBox()->isChecked());
    CHECK(actions->bodyBox()->currentData().toString() == withOverdue->body);
    const QStringList due = column(actions->table(), 4);
    CHECK(due.size() == withOverdue->overdue);
    for (const QString &cell : due)
        CHECK(cell.endsWith(QStringLiteral("(overdue)")));
    screenshot(demo.window.get(), QStringLiteral("actions-overdue.png"));
}

TEST_CASE("the action log's filters narrow the table to what they say", "[workplans]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 1, 15), QTime(10, 0)));
    DemoWindow demo;
    RegisterPage *actions = demo.page(NavigatorModel::Page::Actions);
    const int all = actions->table()->model()->rowCount();
    REQUIRE(all > 0);
    actions->notGreenBox()->setChecked(true);
    const QStringList ratings = column(actions->table(), 5);
    CHECK(ratings.size() < all);
    for (const QString &rating : ratings)
        CHECK((rating == QStringLiteral("Red") || rating == QStringLiteral("Amber") || rating == QStringLiteral("Not rated")));
    actions->notGreenBox()->setChecked(false);
    actions->showActionsOf(QStringLiteral("board"), false);
    const int board = actions->table()->model()->rowCount();
    CHECK(board > 0);
    CHECK(board < all);
}

TEST_CASE("a review is two keys and a note from the action log, and Ctrl+Z takes it back", "[workplans]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 1, 15), QTime(10, 0)));
    DemoWindow demo;
    RegisterPage *actions = demo.page(NavigatorModel::Page::Actions);
    QTableView *table = actions->table();
    REQUIRE(table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const Id id = table->model()->index(0, 0).data(SnapshotTableModel::KeyRole).toString();
    auto before = demo.store().get<Action>(id);
    REQUIRE(before.ok());
    const int reviewsBefore = int((*before)->reviews.size());

    // R opens the review rated red with the note focused; type, Enter saves.
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ReviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        sawDialog = true;
        screenshot(dialog, QStringLiteral("review-dialog.png"));
        CHECK(dialog->ratingBox()->currentText() == QStringLiteral("Red"));
        dialog->activateWindow();
        CHECK(QTest::qWaitForWindowActive(dialog));
        // Keys go where the dialog's focus is: the note.
        QWidget *focused = dialog->focusWidget();
        REQUIRE(focused == dialog->noteEdit());
        QTest::keyClicks(focused, QStringLiteral("Partner data still missing"));
        QTest::keyClick(focused, Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_R);
    CHECK(sawDialog);

    auto after = demo.store().get<Action>(id);
    REQUIRE(after.ok());
    REQUIRE((*after)->reviews.size() == reviewsBefore + 1);
    const ActionReview &newest = (*after)->reviews.constLast();
    CHECK(newest.rag == Rag::Red);
    CHECK(newest.date == QDate(2025, 1, 15));
    CHECK(newest.note == QStringLiteral("Partner data still missing"));
    CHECK((*after)->currentRag() == Rag::Red);
    // The table shows the new rating on the same action.
    CHECK(table->currentIndex().data(SnapshotTableModel::KeyRole).toString() == id);
    CHECK(table->model()->index(table->currentIndex().row(), 5).data().toString() == QStringLiteral("Red"));

    demo.window->workspace()->undoStack()->undo();
    auto undone = demo.store().get<Action>(id);
    REQUIRE(undone.ok());
    CHECK(**undone == **before);
    // The audit log has the review and its undoing.
    auto log = demo.store().auditLog();
    REQUIRE(log.ok());
    int changes = 0;
    for (const AuditEntry &entry : std::as_const(*log))
        changes += entry.kind == QLatin1String("action") && entry.recordKey == id ? 1 : 0;
    CHECK(changes == 2);
}

TEST_CASE("the risk log shows the heat map and numbers its open risks as the map does", "[workplans]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 1, 15), QTime(10, 0)));
    DemoWindow demo;
    RegisterPage *risks = demo.page(NavigatorModel::Page::Risks);
    QApplication::processEvents();
    REQUIRE(risks->heatMap() != nullptr);
    CHECK(risks->heatMap()->isVisible());
    CHECK(risks->heatMap()->accessibleDescription().contains(QStringLiteral("R1 at likelihood")));
    const QStringList numbers = column(risks->table(), 0);
    REQUIRE_FALSE(numbers.isEmpty());
    CHECK(numbers.first() == QStringLiteral("R1"));
    screenshot(demo.window.get(), QStringLiteral("risks.png"));
    risks->showRisksOf(QStringLiteral("board"));
    for (const QString &body : column(risks->table(), 2))
        CHECK(body == QStringLiteral("Northvale Safeguarding Children Partnership Board"));
}

TEST_CASE("actions are added, edited and deleted from the keyboard, each undoable", "[workplans]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 1, 15), QTime(10, 0)));
    DemoWindow demo;
    RegisterPage *actions = demo.page(NavigatorModel::Page::Actions);
    actions->showActionsOf(QStringLiteral("child-exploitation"), false);
    QTableView *table = actions->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const int before = table->model()->rowCount();
    auto all = demo.store().list<Action>();
    REQUIRE(all.ok());

    // Insert: a new action in the selected one's plan; type its ref and text, then save.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        screenshot(dialog, QStringLiteral("action-dialog.png"));
        dialog->refEdit()->setText(QStringLiteral("9.9"));
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Audit return home interviews"));
        dialog->accept();
    });
    QTest::keyClick(table, Qt::Key_Insert);
    CHECK(table->model()->rowCount() == before + 1);
    const Id added = actions->selectedKey();
    auto stored = demo.store().get<Action>(added);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->text == QStringLiteral("Audit return home interviews"));
    CHECK((*stored)->ref == QStringLiteral("9.9"));
    CHECK((*stored)->body == QStringLiteral("child-exploitation"));
    CHECK_FALSE((*stored)->workplan.isEmpty());

    // Delete takes it away; Ctrl+Z brings it back, and again takes back the adding.
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(table->model()->rowCount() == before);
    QUndoStack *undo = demo.window->workspace()->undoStack();
    undo->undo();
    CHECK(demo.store().get<Action>(added)->has_value());
    undo->undo();
    CHECK_FALSE(demo.store().get<Action>(added)->has_value());
    auto again = demo.store().list<Action>();
    REQUIRE(again.ok());
    CHECK(*again == *all);
}

TEST_CASE("closing a workplan carries its open actions forward, and Ctrl+Z takes it back", "[workplans]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 4, 2), QTime(10, 0)));
    DemoWindow demo;
    RegisterPage *actions = demo.page(NavigatorModel::Page::Actions);
    REQUIRE(actions->selectRecord(QStringLiteral("child-exploitation-2024-25-2.1")));
    auto before = demo.store().loadAll();
    REQUIRE(before.ok());
    REQUIRE(actions->carryForwardSelected(false));
    auto plan = demo.store().get<Workplan>(QStringLiteral("wp-child-exploitation-2024-25"));
    REQUIRE(plan.ok());
    CHECK((*plan)->status == WorkplanStatus::Closed);
    CHECK((*plan)->closedOn == QDate(2025, 4, 2));
    auto after = demo.store().loadAll();
    REQUIRE(after.ok());
    CHECK(after->workplans.size() == before->workplans.size() + 1);
    CHECK(std::any_of(after->actions.cbegin(), after->actions.cend(), [](const Action &a) {
        return a.carriedFrom == QStringLiteral("child-exploitation-2024-25-2.1");
    }));
    demo.window->workspace()->undoStack()->undo();
    auto undone = demo.store().loadAll();
    REQUIRE(undone.ok());
    CHECK(undone->workplans == before->workplans);
    CHECK(undone->actions == before->actions);
}

TEST_CASE("reviewing a workplan at a meeting steps through its open actions with the keyboard alone", "[workplans]")
{
    DemoWindow demo;
    const Id meeting = QStringLiteral("child-exploitation-2025-02-19");
    REQUIRE(demo.store().get<Meeting>(meeting)->has_value());
    ReviewWalkthrough walk(*demo.window->workspace(), meeting, demo.window.get());
    const int open = walk.actionCount();
    REQUIRE(open >= 2);
    walk.setWindowModality(Qt::ApplicationModal); // as exec() shows it from the Meeting menu
    walk.show();
    walk.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&walk));
    screenshot(&walk, QStringLiteral("review-walkthrough.png"));

    // First action: R picks red in the rating list, Tab to the note, type, Enter.
    REQUIRE(walk.focusWidget() == walk.ratingBox());
    QTest::keyClick(walk.focusWidget(), Qt::Key_R);
    CHECK(walk.ratingBox()->currentText() == QStringLiteral("Red"));
    QTest::keyClick(walk.focusWidget(), Qt::Key_Tab);
    REQUIRE(walk.focusWidget() == walk.noteEdit());
    QTest::keyClicks(walk.focusWidget(), QStringLiteral("Data sharing stalled"));
    QTest::keyClick(walk.focusWidget(), Qt::Key_Return);
    CHECK(walk.position() == 1);
    // Second: Alt+S skips it. Third (or the end): Enter keeps the rating it had.
    INFO("focus: " << (walk.focusWidget() ? walk.focusWidget()->metaObject()->className() : "none"));
    QTest::keyClick(walk.focusWidget(), Qt::Key_S, Qt::AltModifier);
    // A mnemonic clicks its button after a moment.
    for (int wait = 0; wait < 40 && walk.position() != 2; ++wait)
        QTest::qWait(50);
    CHECK(walk.position() == 2);
    if (open > 2) {
        QTest::keyClick(walk.focusWidget(), Qt::Key_Return);
        CHECK(walk.recorded() == 2);
    }
    // Escape stops.
    if (walk.isVisible())
        QTest::keyClick(walk.focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(walk.isVisible());

    // The reviews are stored against the meeting, dated its day.
    ListFilter ofBody;
    ofBody.body = QStringLiteral("child-exploitation");
    auto actions = demo.store().list<Action>(ofBody);
    REQUIRE(actions.ok());
    int atMeeting = 0;
    bool sawNote = false;
    for (const Action &a : std::as_const(*actions)) {
        for (const ActionReview &r : a.reviews) {
            if (r.meeting == meeting && r.note == QStringLiteral("Data sharing stalled")) {
                sawNote = true;
                CHECK(r.rag == Rag::Red);
                CHECK(r.date == QDate(2025, 2, 19));
                CHECK(a.currentRag() == Rag::Red);
            }
            atMeeting += r.meeting == meeting ? 1 : 0;
        }
    }
    CHECK(sawNote);
    CHECK(demo.window->workspace()->undoStack()->count() == walk.recorded());
}

TEST_CASE("a risk is reviewed and closed from the keyboard, and the heat map follows", "[workplans][risks]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 1, 15), QTime(10, 0)));
    DemoWindow demo;
    RegisterPage *risks = demo.page(NavigatorModel::Page::Risks);
    QTableView *table = risks->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const Id id = risks->selectedKey();
    auto before = demo.store().get<Risk>(id);
    REQUIRE(before.ok());

    // R: likelihood has the focus; 5, Tab, 5, Enter rates it 25, red.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<RiskReviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->activateWindow();
        CHECK(QTest::qWaitForWindowActive(dialog));
        REQUIRE(dialog->focusWidget() == static_cast<QWidget *>(dialog->likelihoodBox()));
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("5"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("5"));
        screenshot(dialog, QStringLiteral("risk-review.png"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(table, Qt::Key_R);
    auto after = demo.store().get<Risk>(id);
    REQUIRE(after.ok());
    REQUIRE((*after)->reviews.size() == (*before)->reviews.size() + 1);
    CHECK((*after)->reviews.constLast().score() == 25);
    CHECK(riskBand((*after)->reviews.constLast().score()) == Rag::Red);
    CHECK(risks->heatMap()->accessibleDescription().contains(QStringLiteral("at likelihood 5, impact 5")));

    // Closing takes it off the heat map; Ctrl+Z puts it back.
    REQUIRE(risks->selectRecord(id));
    REQUIRE(risks->closeSelectedRisk());
    auto closed = demo.store().get<Risk>(id);
    CHECK((*closed)->closed == QDate(2025, 1, 15));
    CHECK_FALSE(risks->heatMap()->accessibleDescription().contains(QStringLiteral("at likelihood 5, impact 5")));
    demo.window->workspace()->undoStack()->undo();
    demo.window->workspace()->undoStack()->undo();
    auto restored = demo.store().get<Risk>(id);
    CHECK(**restored == **before);
}
