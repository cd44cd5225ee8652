// Issue 18: the newsletter editor as the administrator uses it: a new issue numbered and
// dated for them, the manager's message typed and undone, items added, reordered by keyboard
// and by drop, every change undoable and in the audit log; the link checker; "Copy as HTML".
#include "fixtures.h"

#include "archive/transfer.h"
#include "common/datefield.h"
#include "common/mainwindow.h"
#include "common/partnershipview.h"
#include "common/workspace.h"
#include "navigator/navigatormodel.h"
#include "newsletter/itemdialog.h"
#include "newsletter/newsletterpage.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace bd;

namespace {

struct NewsletterWindow {
    test::TempDir dir;
    std::unique_ptr<MainWindow> window;
    NewsletterPage *page = nullptr;

    NewsletterWindow()
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
        window->partnershipView()->selectPage(NavigatorModel::Page::Newsletters);
        page = window->partnershipView()->newsletterPage();
        REQUIRE(window->partnershipView()->currentPage() == page);
        QApplication::processEvents();
    }
    ~NewsletterWindow() { QStandardPaths::setTestModeEnabled(false); }
    Store &store() { return window->workspace()->store(); }
    QUndoStack *undo() { return window->workspace()->undoStack(); }
    Newsletter stored(const Id &id)
    {
        auto found = store().get<Newsletter>(id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    }
    QStringList titles(const Id &id)
    {
        QStringList out;
        for (const NewsletterItem &item : stored(id).items)
            out << item.title;
        return out;
    }
    int auditRows(const Id &id)
    {
        auto log = store().auditLog({QStringLiteral("newsletter"), id});
        REQUIRE(log.ok());
        return int(log->size());
    }
};

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("BOARDDESK_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

NewsletterItem item(const QString &section, const QString &title, QList<NewsletterLink> links = {})
{
    return NewsletterItem {section, title, QStringLiteral("Some *words* about ") + title, links};
}

} // namespace

TEST_CASE("The Newsletters node opens the issues, newest first, with the newest open", "[newsletter][ui]")
{
    NewsletterWindow w;
    REQUIRE(w.page->issueList()->count() == 2);
    CHECK(w.page->issueList()->item(0)->text().startsWith(QStringLiteral("Issue 22")));
    REQUIRE(w.page->currentIssue());
    CHECK(w.page->currentIssue()->number == 22);
    CHECK(w.page->titleEdit()->text() == w.page->currentIssue()->title);
    CHECK(w.page->messageEdit()->toPlainText().startsWith(QStringLiteral("Welcome to issue 22")));
    // Sections, each with its items under it.
    QTreeWidget *tree = w.page->itemTree();
    REQUIRE(tree->topLevelItemCount() >= 2);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Information for sharing"));
    CHECK(tree->topLevelItem(0)->childCount() == 2);
    screenshot(w.window.get(), QStringLiteral("newsletter-editor.png"));
}

TEST_CASE("A new issue takes the next number and today's date; its message and items are undoable and audited",
          "[newsletter][ui]")
{
    const ClockOverride clock(QDateTime(QDate(2025, 6, 2), QTime(10, 0)));
    NewsletterWindow w;
    REQUIRE(w.page->newIssue());
    REQUIRE(w.page->currentIssue());
    const Id id = w.page->currentIssue()->id;
    CHECK(w.stored(id).number == 23);
    CHECK(w.stored(id).date == QDate(2025, 6, 2));
    CHECK(w.page->numberBox()->value() == 23);
    CHECK(w.page->dateField()->text() == QStringLiteral("2 June 2025"));
    CHECK(w.page->issueList()->item(0)->text().startsWith(QStringLiteral("Issue 23")));

    // The title and the message, typed.
    w.page->titleEdit()->setFocus();
    QTest::keyClicks(w.page->titleEdit(), QStringLiteral("Summer 2025"));
    QTest::keyClick(w.page->titleEdit(), Qt::Key_Tab);
    CHECK(w.stored(id).title == QStringLiteral("Summer 2025"));
    w.page->messageEdit()->setFocus();
    QTest::keyClicks(w.page->messageEdit(), QStringLiteral("Hello all."));
    w.page->commitPendingEdits();
    CHECK(w.stored(id).managerMessage == QStringLiteral("Hello all."));

    // Items: added in their sections, a new section after the others.
    REQUIRE(w.page->addItem(item(QStringLiteral("News"), QStringLiteral("First"))));
    REQUIRE(w.page->addItem(item(QStringLiteral("Training"), QStringLiteral("Course"))));
    REQUIRE(w.page->addItem(item(QStringLiteral("News"), QStringLiteral("Second"))));
    CHECK(w.titles(id) == strings({"First", "Second", "Course"}));
    CHECK(w.stored(id).items.at(2).section == QStringLiteral("Training"));
    CHECK(w.page->currentItemIndex() == 1);

    // Keyboard: Ctrl+Up moves "Second" above "First"; Alt+Down then takes it back down.
    w.page->itemTree()->setFocus();
    QTest::keyClick(w.page->itemTree(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(w.titles(id) == strings({"Second", "First", "Course"}));
    CHECK(w.page->currentItemIndex() == 0);
    QTest::keyClick(w.page->itemTree(), Qt::Key_Down, Qt::AltModifier);
    CHECK(w.titles(id) == strings({"First", "Second", "Course"}));
    // Ctrl+Down at the end of its section takes it into the next one.
    QTest::keyClick(w.page->itemTree(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(w.stored(id).items.at(1).section == QStringLiteral("Training"));
    CHECK(w.titles(id) == strings({"First", "Second", "Course"}));

    // A drop: "Course" before "First", into News.
    REQUIRE(w.page->dropItem(2, 0, QStringLiteral("News")));
    CHECK(w.titles(id) == strings({"Course", "First", "Second"}));
    CHECK(w.stored(id).items.at(0).section == QStringLiteral("News"));

    // Delete with the key, then undo it all step by step back to the empty issue.
    w.page->setCurrentItemIndex(1);
    w.page->itemTree()->setFocus();
    QTest::keyClick(w.page->itemTree(), Qt::Key_Delete);
    CHECK(w.titles(id) == strings({"Course", "Second"}));
    w.undo()->undo();
    CHECK(w.titles(id) == strings({"Course", "First", "Second"}));
    CHECK(w.page->itemTree()->topLevelItem(0)->child(1)->text(0) == QStringLiteral("First"));
    w.undo()->undo(); // the drop
    CHECK(w.titles(id) == strings({"First", "Second", "Course"}));
    for (int i = 0; i < 3; ++i)
        w.undo()->undo(); // the three moves
    w.undo()->undo();
    w.undo()->undo();
    w.undo()->undo(); // the three items
    CHECK(w.stored(id).items.isEmpty());
    w.undo()->undo(); // the message (one command for the whole run)
    CHECK(w.stored(id).managerMessage.isEmpty());
    CHECK(w.stored(id).title == QStringLiteral("Summer 2025"));
    CHECK(w.page->messageEdit()->toPlainText().isEmpty());
    w.undo()->redo();
    CHECK(w.stored(id).managerMessage == QStringLiteral("Hello all."));

    // Each change is in the audit log.
    CHECK(w.auditRows(id) >= 12);
}

TEST_CASE("The item dialog keeps what is typed and names a malformed link", "[newsletter][ui]")
{
    NewsletterItemDialog dialog(NewsletterItem {}, {QStringLiteral("News"), QStringLiteral("Training")});
    dialog.sectionBox()->setCurrentText(QStringLiteral("Dates for your diary"));
    dialog.titleEdit()->setText(QStringLiteral("Conference"));
    dialog.bodyEdit()->setPlainText(QStringLiteral("Book **now**."));
    dialog.addLink(QStringLiteral("Book"), QStringLiteral("https://example.org/book"));
    dialog.addLink(QStringLiteral("Programme"), QStringLiteral("example.org/programme"));
    const NewsletterItem got = dialog.item();
    CHECK(got.section == QStringLiteral("Dates for your diary"));
    CHECK(got.title == QStringLiteral("Conference"));
    CHECK(got.links.size() == 2);
    CHECK(got.links.at(1).url == QStringLiteral("example.org/programme"));
    // Without a title it is not accepted.
    dialog.titleEdit()->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("Check links names the item and link; Copy as HTML gives the email and its plain text", "[newsletter][ui]")
{
    NewsletterWindow w;
    CHECK(w.page->linkFindings().isEmpty());
    REQUIRE(w.page->addItem(item(QStringLiteral("News"), QStringLiteral("Broken"),
                                 {{QStringLiteral("Bad"), QStringLiteral("htps//example.org")}})));
    const QList<LinkFinding> findings = w.page->linkFindings();
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().message().contains(QStringLiteral("\u201cBroken\u201d")));
    CHECK(findings.first().message().contains(QStringLiteral("htps//example.org")));

    REQUIRE(w.page->copyAsHtml().ok());
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->hasHtml());
    CHECK(mime->hasText());
    CHECK(mime->formats().contains(QStringLiteral("text/html")));
    CHECK(mime->formats().contains(QStringLiteral("text/plain")));
    CHECK(mime->html().contains(QStringLiteral("width=\"600\"")));
    CHECK_FALSE(mime->html().contains(QStringLiteral("<style")));
    CHECK(mime->html().contains(QStringLiteral("Broken")));
    CHECK(mime->text().contains(QStringLiteral("Issue 22")));
    CHECK(mime->text().contains(QStringLiteral("Welcome to issue 22")));
    CHECK(mime->text().contains(QStringLiteral("Broken")));

    const QString path = w.dir.path(QStringLiteral("issue.pdf"));
    REQUIRE(w.page->exportTo(path).ok());
    CHECK(test::readFile(path).startsWith("%PDF"));
}

TEST_CASE("A read-only file shows the issues but changes nothing", "[newsletter][ui]")
{
    NewsletterWindow w;
    w.window->partnershipView()->setReadOnly(true);
    const Newsletter before = *w.page->currentIssue();
    CHECK_FALSE(w.page->newIssue());
    CHECK_FALSE(w.page->addItem(item(QStringLiteral("News"), QStringLiteral("X"))));
    CHECK(w.page->titleEdit()->isReadOnly());
    CHECK(w.stored(before.id) == before);
}

namespace {

// Drags \a dragged onto the upper edge of \a target (so it lands above it) the way Qt's
// drag machinery delivers it: enter, move (which places the drop indicator), drop.
void dragAbove(QTreeWidget *tree, QTreeWidgetItem *dragged, QTreeWidgetItem *target)
{
    tree->setCurrentItem(dragged);
    const QModelIndex index = tree->indexFromItem(dragged);
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({index}));
    const QRect rect = tree->visualItemRect(target);
    const QPointF at(rect.center().x(), rect.top() + 1);
    QWidget *viewport = tree->viewport();
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
}

} // namespace

TEST_CASE("An item dragged above another lands there, in its section; one Ctrl+Z puts it back", "[newsletter][ui]")
{
    NewsletterWindow w;
    const Id id = w.page->currentIssue()->id;
    const QStringList before = w.titles(id);
    QTreeWidget *tree = w.page->itemTree();
    // The Training item, dragged above the first item of "Information for sharing".
    QTreeWidgetItem *training = tree->topLevelItem(tree->topLevelItemCount() - 1)->child(0);
    QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
    const QString moving = training->text(0);
    dragAbove(tree, training, first);
    const Newsletter after = w.stored(id);
    REQUIRE(after.items.size() == before.size());
    CHECK(after.items.first().title == moving);
    CHECK(after.items.first().section == QStringLiteral("Information for sharing"));
    CHECK(tree->topLevelItem(0)->child(0)->text(0) == moving);
    CHECK(tree->currentItem()->text(0) == moving);
    w.undo()->undo();
    CHECK(w.titles(id) == before);

    // A section dragged above the first one moves with its items.
    QTreeWidgetItem *lastSection = tree->topLevelItem(tree->topLevelItemCount() - 1);
    const QString section = lastSection->text(0);
    dragAbove(tree, lastSection, tree->topLevelItem(0));
    CHECK(w.stored(id).items.first().section == section);
    CHECK(tree->topLevelItem(0)->text(0) == section);
}

TEST_CASE("Check links lists each finding; the item dialog shows an item to edit", "[newsletter][ui]")
{
    NewsletterWindow w;
    REQUIRE(w.page->addItem(item(QStringLiteral("Training"), QStringLiteral("Spring dates"),
                                 {{QStringLiteral("Book a place"), QStringLiteral("www.example.org/book")},
                                  {QStringLiteral("Programme"), QStringLiteral("https://example.org/programme")}})));
    const int index = w.page->currentItemIndex();
    int chosen = -2;
    auto dialog = w.page->linkCheckDialog(&chosen);
    dialog->show();
    auto *list = dialog->findChild<QListWidget *>();
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("\u201cBook a place\u201d (www.example.org/book)")));
    screenshot(dialog.get(), QStringLiteral("newsletter-check-links.png"));
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(dialog->result() == QDialog::Accepted);
    CHECK(chosen == index);

    const Newsletter issue = *w.page->currentIssue();
    NewsletterItemDialog edit(groupedBySection(issue.items).at(index), newsletterSections(issue.items));
    edit.show();
    CHECK(edit.linkTable()->rowCount() == 2);
    screenshot(&edit, QStringLiteral("newsletter-item-dialog.png"));
}
