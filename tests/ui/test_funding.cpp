// The funding register as a treasurer uses it, with the keyboard alone: a year's totals and
// the change on the year before; an amount typed in pounds saved to the penny; a refused
// amount that leaves the stored one as it was; a year started from last year's contributions
// in one undoable step; spending lines added, edited and removed; the year as CSV.
#include "fixtures.h"

#include "archive/transfer.h"
#include "common/mainwindow.h"
#include "common/partnershipview.h"
#include "common/workspace.h"
#include "domain/displaytext.h"
#include "navigator/navigatormodel.h"
#include "registers/fundingpage.h"
#include "registers/registerpage.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace bd;

namespace {

struct FundingWindow {
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;
    FundingPage *page = nullptr;

    FundingWindow()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto store = Store::open(dir.path(QStringLiteral("demo.boarddesk")));
        REQUIRE(store.ok());
        REQUIRE(importArchive(**store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
        window = std::make_unique<MainWindow>(std::move(*store));
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->partnershipView()->selectPage(NavigatorModel::Page::Funding);
        page = window->partnershipView()->fundingPage();
        REQUIRE(window->partnershipView()->currentPage() == page);
    }
    ~FundingWindow() { QStandardPaths::setTestModeEnabled(false); }
    Store &store() { return window->workspace()->store(); }
    QUndoStack *undo() { return window->workspace()->undoStack(); }
    std::optional<qint64> stored(int year, const Id &agency)
    {
        auto funding = store().list<Funding>();
        REQUIRE(funding);
        for (const Funding &f : std::as_const(*funding)) {
            if (f.year == FinancialYear(year) && f.agency == agency)
                return f.amountPence;
        }
        return std::nullopt;
    }
    void chooseYear(const QString &year)
    {
        const int index = page->yearBox()->findText(year);
        REQUIRE(index >= 0);
        page->yearBox()->setCurrentIndex(index);
    }
    // Types \a text into the cell at \a row, \a column of \a table and presses Enter, as a
    // person would (F2 opens the editor).
    void type(QTableView *table, int row, int column, const QString &text)
    {
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, column));
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        REQUIRE(table->isAncestorOf(editor));
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits on the next turn of the event loop
    }
};

} // namespace

TEST_CASE("The funding register: the year's totals and each agency's change on the year before", "[ui][funding]")
{
    FundingWindow w;
    w.chooseYear(QStringLiteral("2024-25"));
    ContributionsModel *model = w.page->contributions();
    const FundingYear &year = model->fundingYear();
    REQUIRE(year.contributors() > 1);
    CHECK(w.page->totals()->text().contains(QStringLiteral("\u00a3303,708.00")));
    CHECK(w.page->totals()->text().contains(QStringLiteral("2023-24")));
    CHECK(w.page->totals()->text().contains(QStringLiteral("balance")));
    CHECK(model->headerData(ContributionsModel::PreviousColumn, Qt::Horizontal).toString()
          == QStringLiteral("2023-24"));
    // Every line that gave both years shows its change.
    for (int row = 0; row < model->rowCount(); ++row) {
        const ContributionLine &line = year.contributions.at(row);
        if (line.pence && line.previousPence && line.change() != 0)
            CHECK(model->index(row, ContributionsModel::ChangeColumn).data().toString().contains(QLatin1Char('%')));
    }
    CHECK(w.page->spending()->rowCount() > 0);
    // The spending categories read as words, not keys.
    for (int row = 0; row < w.page->spending()->rowCount(); ++row)
        CHECK_FALSE(
            w.page->spending()->index(row, SpendingModel::CategoryColumn).data().toString().contains(QLatin1Char('-')));
}

TEST_CASE("An amount typed in pounds is saved to the penny; a refused one leaves the stored amount", "[ui][funding]")
{
    FundingWindow w;
    w.chooseYear(QStringLiteral("2024-25"));
    ContributionsModel *model = w.page->contributions();
    const Id agency = model->agencyAt(0);
    const std::optional<qint64> before = w.stored(2024, agency);
    REQUIRE(before);

    QSignalSpy firstErrors(w.window->workspace(), &Workspace::errorOccurred);
    w.type(w.page->contributionsTable(), 0, ContributionsModel::AmountColumn, QStringLiteral("\u00a3123,456.78"));
    INFO((firstErrors.isEmpty() ? QString() : firstErrors.at(0).at(0).toString()).toStdString());
    CHECK(w.stored(2024, agency) == 12345678);
    CHECK(w.undo()->undoText().contains(QStringLiteral("contribution")));

    QSignalSpy errors(w.window->workspace(), &Workspace::errorOccurred);
    const int row = model->rowOfAgency(agency);
    w.type(w.page->contributionsTable(), row, ContributionsModel::AmountColumn, QStringLiteral("-50"));
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().contains(QStringLiteral("negative")));
    CHECK(errors.at(0).at(0).toString().contains(QStringLiteral("\u00a3123,456.78"))); // what it stays at
    CHECK(w.stored(2024, agency) == 12345678);
    w.type(w.page->contributionsTable(), model->rowOfAgency(agency), ContributionsModel::AmountColumn,
           QStringLiteral("10.005"));
    CHECK(errors.count() == 2);
    CHECK(w.stored(2024, agency) == 12345678);

    w.undo()->undo();
    CHECK(w.stored(2024, agency) == before);
}

TEST_CASE("A new year starts from last year's contributions in one step that Ctrl+Z takes back", "[ui][funding]")
{
    FundingWindow w;
    w.chooseYear(QStringLiteral("2025-26")); // the year after the newest is offered, empty
    CHECK(w.page->contributions()->fundingYear().contributors() == 0);
    CHECK(w.page->totals()->text().contains(QStringLiteral("Nothing is recorded")));
    REQUIRE(w.page->copyButton()->isEnabled());
    QTest::mouseClick(w.page->copyButton(), Qt::LeftButton);
    auto copied = w.store().list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2025)});
    auto last = w.store().list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2024)});
    REQUIRE(copied);
    REQUIRE(last);
    CHECK(copied->size() == last->size());
    CHECK(w.page->contributions()->fundingYear().contributed
          == w.page->contributions()->fundingYear().previouslyContributed);
    CHECK_FALSE(w.page->copyButton()->isEnabled()); // nothing left to copy

    w.undo()->undo();
    auto undone = w.store().list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2025)});
    REQUIRE(undone);
    CHECK(undone->isEmpty());
    w.undo()->redo();
    auto redone = w.store().list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2025)});
    REQUIRE(redone);
    CHECK(redone->size() == last->size());
}

TEST_CASE("Spending lines are added with Insert, typed in place and removed with Delete", "[ui][funding]")
{
    FundingWindow w;
    w.chooseYear(QStringLiteral("2024-25"));
    SpendingModel *spending = w.page->spending();
    const int before = spending->rowCount();
    QTableView *table = w.page->spendingTable();
    table->setFocus();
    table->setCurrentIndex(spending->index(0, 0));
    QTest::keyClick(table, Qt::Key_Insert);
    REQUIRE(spending->rowCount() == before + 1);
    // The new line's category is open for typing.
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Conference venue"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    int row = -1;
    for (int r = 0; r < spending->rowCount(); ++r) {
        if (spending->index(r, SpendingModel::CategoryColumn).data().toString() == QStringLiteral("Conference venue"))
            row = r;
    }
    REQUIRE(row >= 0);
    w.type(table, row, SpendingModel::AmountColumn, QStringLiteral("1,250.50"));
    auto lines = w.store().list<Spending>(ListFilter {.body = {}, .year = FinancialYear(2024)});
    REQUIRE(lines);
    const auto venue = std::find_if(lines->begin(), lines->end(),
                                    [](const Spending &s) { return s.category == QStringLiteral("Conference venue"); });
    REQUIRE(venue != lines->end());
    CHECK(venue->amountPence == 125050);
    CHECK(w.page->totals()->text().contains(displayMoney(w.page->contributions()->fundingYear().spent)));

    table->setCurrentIndex(spending->index(row, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(spending->rowCount() == before);
}

TEST_CASE("The funding page exports the year shown as CSV, through the CLI's code", "[ui][funding]")
{
    FundingWindow w;
    w.chooseYear(QStringLiteral("2024-25"));
    const QString path = w.dir.path(QStringLiteral("funding.csv"));
    CHECK(w.page->exportCsv(path) == path);
    const QString csv = QString::fromUtf8(test::readFile(path));
    CHECK(csv.startsWith(QStringLiteral("section,name,amount")));
    CHECK(csv.contains(QStringLiteral("total,contributions,303708.00")));
    if (!qEnvironmentVariableIsEmpty("BOARDDESK_SCREENSHOTS"))
        w.window->grab().save(qEnvironmentVariable("BOARDDESK_SCREENSHOTS") + QStringLiteral("/funding.png"));
}

TEST_CASE("The case review register shows each statutory clock, overdue ones standing out", "[ui][casereviews]")
{
    const ClockOverride clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0)));
    FundingWindow w;
    w.window->partnershipView()->selectPage(NavigatorModel::Page::CaseReviews);
    RegisterPage *page = w.window->partnershipView()->registerPage(NavigatorModel::Page::CaseReviews);
    QAbstractItemModel *model = page->table()->model();
    int clockColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Statutory clock"))
            clockColumn = column;
    }
    REQUIRE(clockColumn >= 0);
    QHash<QString, QString> clocks;
    for (int row = 0; row < model->rowCount(); ++row)
        clocks.insert(model->index(row, 0).data().toString(), model->index(row, clockColumn).data().toString());
    // Baby V: notified Wednesday 13 March 2024, 15 working days over Easter: due Friday 5 April.
    CHECK(clocks.value(QStringLiteral("Baby V"))
          == QStringLiteral("Rapid review: Met 3 April 2024 (due 5 April 2024)"));
    // Child S: decided 7 February 2024, report due 7 August; still running on 3 June.
    CHECK(clocks.value(QStringLiteral("Child S"))
              .startsWith(QStringLiteral("Practice review report: Due 7 August 2024")));
    // Child K's report came four months late.
    CHECK(clocks.value(QStringLiteral("Child K")).contains(QStringLiteral("late")));
    CHECK(clocks.value(QStringLiteral("Family M")).isEmpty()); // a serious case review: no clock here

    const ClockOverride later(QDateTime(QDate(2024, 8, 12), QTime(9, 0)));
    page->refresh();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QStringLiteral("Child S")) {
            CHECK(model->index(row, clockColumn).data().toString()
                  == QStringLiteral("Practice review report: Overdue (due 7 August 2024)"));
            CHECK_FALSE(model->index(row, clockColumn).data(Qt::DecorationRole).isNull());
        }
    }
}
