// The search box: hits follow typing, show where they are from with the words in bold (and
// what was typed escaped), and open what they found.
#include "fixtures.h"

#include "archive/transfer.h"
#include "common/workspace.h"
#include "search/searchresultsmodel.h"
#include "search/searchwidget.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace bd;

namespace {

struct SearchFixture {
    test::FreshStore fresh;
    std::unique_ptr<Workspace> workspace;
    SearchFixture()
    {
        auto imported = importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false);
        INFO(imported.errorMessage().toStdString());
        REQUIRE(imported.ok());
        workspace = std::make_unique<Workspace>(std::move(fresh.store));
    }
};

int rowOfKind(const SearchResultsModel *model, SearchKind kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(SearchResultsModel::KindRole).toInt() == int(kind))
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("the hits follow typing, a moment after it pauses", "[search]")
{
    SearchFixture f;
    SearchWidget search(*f.workspace);
    search.show();
    QAbstractItemModelTester tester(search.resultsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(search.searchField()->placeholderText() == QStringLiteral("Search minutes, actions, case reviews (Ctrl+F)"));
    search.focusSearch();
    QTest::keyClicks(search.searchField(), QStringLiteral("county li"));
    CHECK(QTest::qWaitFor([&] { return search.resultsModel()->rowCount() > 0; }));
    const int minutes = rowOfKind(search.resultsModel(), SearchKind::Entry);
    REQUIRE(minutes >= 0);
    const QModelIndex first = search.resultsModel()->index(minutes, 0);
    CHECK(first.data(SearchResultsModel::KindTextRole).toString() == QStringLiteral("Minutes"));
    CHECK(first.data(SearchResultsModel::ContextHtmlRole)
              .toString()
              .contains(QStringLiteral("<b>county</b> <b>lines</b>")));
    CHECK(first.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Minutes: ")));

    // Words that match nothing say so; emptied, the list is empty.
    search.setQuery(QStringLiteral("zzzqqq"));
    CHECK(search.resultsModel()->rowCount() == 0);
    search.setQuery(QString());
    CHECK(search.resultsModel()->rowCount() == 0);
    // Query syntax typed by a user is just text.
    search.setQuery(QStringLiteral("\"county* AND (lines"));
    CHECK(search.resultsModel()->rowCount() > 0);
}

TEST_CASE("a hit shows its body, its date the British way and the words in bold, with typed text escaped", "[search]")
{
    SearchFixture f;
    Store &store = f.workspace->store();
    const Id meeting = QStringLiteral("child-exploitation-2023-11-15");
    auto added = store.insertEntry(
        meeting, 0, 0, Entry {0, EntryKind::Did, QStringLiteral("Tom & Jerry said <b>quokka</b> is **safe**"), {}, {}});
    REQUIRE(added.ok());
    SearchWidget search(*f.workspace);
    search.setQuery(QStringLiteral("quokka"));
    REQUIRE(search.resultsModel()->rowCount() == 1);
    const QModelIndex hit = search.resultsModel()->index(0, 0);
    CHECK(hit.data(SearchResultsModel::HeadingHtmlRole).toString()
          == QStringLiteral("Child Exploitation Subgroup · 15 November 2023"));
    CHECK(hit.data(SearchResultsModel::ContextHtmlRole).toString()
          == QStringLiteral("Tom &amp; Jerry said &lt;b&gt;<b>quokka</b>&lt;/b&gt; is safe"));
    CHECK(hit.data(SearchResultsModel::EntryRowIdRole).toLongLong() == added->rowId);

    // A meeting hit bolds the words in where it is from.
    search.setQuery(QStringLiteral("exploitation november 2023"));
    const int row = rowOfKind(search.resultsModel(), SearchKind::Meeting);
    REQUIRE(row >= 0);
    CHECK(search.resultsModel()->index(row, 0).data(SearchResultsModel::HeadingHtmlRole).toString()
          == QStringLiteral("Child <b>Exploitation</b> Subgroup · 15 <b>November</b> <b>2023</b>"));
}

TEST_CASE("Enter or a double click opens what the hit found", "[search]")
{
    SearchFixture f;
    SearchWidget search(*f.workspace);
    search.resize(500, 700);
    search.show();
    REQUIRE(QTest::qWaitForWindowExposed(&search));
    QSignalSpy meetings(&search, &SearchWidget::meetingRequested);
    QSignalSpy actions(&search, &SearchWidget::actionRequested);
    QSignalSpy reviews(&search, &SearchWidget::caseReviewRequested);

    search.setQuery(QStringLiteral("county lines"));
    const int minutes = rowOfKind(search.resultsModel(), SearchKind::Entry);
    REQUIRE(minutes >= 0);
    search.searchField()->setFocus();
    for (int i = 0; i < minutes; ++i)
        QTest::keyClick(search.searchField(), Qt::Key_Down);
    QTest::keyClick(search.searchField(), Qt::Key_Return);
    REQUIRE(meetings.count() == 1);
    const SearchHit first = search.resultsModel()->hits().at(minutes);
    CHECK(meetings.at(0).at(0).toString() == first.id);
    CHECK(meetings.at(0).at(1).toLongLong() == first.entryRowId);
    CHECK(first.entryRowId > 0);

    // Down in the box chooses the next hit; Enter opens that one.
    search.setQuery(QStringLiteral("exploitation profile"));
    const int action = rowOfKind(search.resultsModel(), SearchKind::Action);
    REQUIRE(action >= 0);
    search.searchField()->setFocus();
    for (int i = 0; i < action; ++i)
        QTest::keyClick(search.searchField(), Qt::Key_Down);
    CHECK(search.resultsView()->currentIndex().row() == action);
    QTest::keyClick(search.searchField(), Qt::Key_Return);
    REQUIRE(actions.count() == 1);
    CHECK(actions.at(0).at(0).toString() == QStringLiteral("child-exploitation-2023-24-1.1"));

    auto all = f.workspace->store().list<CaseReview>();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all->isEmpty());
    search.setQuery(all->first().name);
    const int review = rowOfKind(search.resultsModel(), SearchKind::CaseReview);
    REQUIRE(review >= 0);
    QListView *view = search.resultsView();
    view->scrollTo(search.resultsModel()->index(review, 0));
    const QRect rect = view->visualRect(search.resultsModel()->index(review, 0));
    // (QTest's double click on a widget sends no press before it; a real one does.)
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    REQUIRE(reviews.count() == 1);
    CHECK(reviews.at(0).at(0).toString() == all->first().id);
}

TEST_CASE("the hits follow changes to the records", "[search]")
{
    SearchFixture f;
    SearchWidget search(*f.workspace);
    search.setQuery(QStringLiteral("wombat"));
    CHECK(search.resultsModel()->rowCount() == 0);
    Workspace &ws = *f.workspace;
    Meeting meeting = **ws.store().get<Meeting>(QStringLiteral("child-exploitation-2023-11-15"));
    Meeting after = meeting;
    after.location = QStringLiteral("Wombat Room");
    REQUIRE(ws.push(new SaveRecordCommand<Meeting>(ws, QStringLiteral("Move"), meeting, after)));
    CHECK(QTest::qWaitFor([&] { return search.resultsModel()->rowCount() == 1; }));
}
