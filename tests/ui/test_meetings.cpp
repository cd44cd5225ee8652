// The meeting editor, driven as a user drives it: typing bullets, marking attendance,
// undoing and redoing, closing and reopening, finding a bullet again.
#include "fixtures.h"

#include "archive/transfer.h"
#include "common/contextmenukeys.h"
#include "common/workspace.h"
#include "domain/ids.h"
#include "meetings/actionsarisingmodel.h"
#include "meetings/attendancemodel.h"
#include "meetings/bullettext.h"
#include "meetings/meetingeditor.h"
#include "meetings/outlineview.h"
#include "search/searchresultsmodel.h"
#include "search/searchwidget.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include "common/datefield.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>
#include <map>

using namespace bd;

// Catch prints failed comparisons with these.
static std::ostream &operator<<(std::ostream &os, const QString &text)
{
    return os << '"' << text.toStdString() << '"';
}

static std::ostream &operator<<(std::ostream &os, const QStringList &list)
{
    os << '{';
    for (const QString &line : list)
        os << ' ' << line;
    return os << " }";
}

namespace {

// A partnership database file holding the demo, open in a workspace as the app opens it.
struct DemoWorkspace {
    test::TempDir dir;
    QString path;
    std::unique_ptr<Workspace> workspace;

    DemoWorkspace()
        : path(dir.path(QStringLiteral("partnership.boarddesk")))
    {
        open();
        auto imported = importArchive(store(), test::demoArchive(), QStringLiteral("northvale.json"), false);
        INFO(imported.errorMessage().toStdString());
        REQUIRE(imported.ok());
    }
    void open(OpenOptions options = {})
    {
        auto opened = Store::open(path, options);
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        workspace = std::make_unique<Workspace>(std::move(*opened));
    }
    // Closes the file and opens it again, as after quitting and starting the app.
    void reopen(OpenOptions options = {})
    {
        workspace.reset();
        open(options);
    }
    Store &store() { return workspace->store(); }
    QUndoStack &undo() { return *workspace->undoStack(); }
};

// A new meeting, added as the main window adds one: one command on the undo stack.
Id addMeeting(Workspace &workspace, const Id &body, const QDate &date, const QList<Attendance> &attendance = {})
{
    Meeting meeting;
    meeting.id = newId(u"meeting");
    meeting.body = body;
    meeting.date = date;
    meeting.time = QTime(14, 0);
    meeting.location = QStringLiteral("Council Chamber");
    meeting.attendance = attendance;
    REQUIRE(workspace.push(
        new SaveRecordCommand<Meeting>(workspace, QStringLiteral("Add meeting"), std::nullopt, meeting)));
    return meeting.id;
}

Meeting stored(Store &store, const Id &id)
{
    auto found = store.get<Meeting>(id);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

// The bullets under one heading as a reader sees them: one line each, ">" per level.
QStringList outlineOf(const Meeting &meeting, EntryKind kind)
{
    QStringList lines;
    std::function<void(const QList<Entry> &, int)> walk = [&](const QList<Entry> &entries, int depth) {
        for (const Entry &e : entries) {
            if (depth == 0 && e.kind != kind)
                continue;
            lines << QString(depth, QLatin1Char('>')) + e.text;
            walk(e.children, depth + 1);
        }
    };
    walk(meeting.entries, 0);
    return lines;
}

// What a user can see of a meeting: both lists of bullets and who came. (Not the rowIds:
// undoing a deletion may give a bullet a new one.)
struct Shown {
    QStringList did;
    QStringList difference;
    QList<Attendance> attendance;
    friend bool operator==(const Shown &, const Shown &) = default;
};

Shown shownOf(Store &store, const Id &id)
{
    const Meeting m = stored(store, id);
    return {outlineOf(m, EntryKind::Did), outlineOf(m, EntryKind::Difference), m.attendance};
}

std::ostream &operator<<(std::ostream &os, const Shown &s)
{
    os << "did: " << s.did.join(QStringLiteral(" | ")).toStdString()
       << "\ndifference: " << s.difference.join(QStringLiteral(" | ")).toStdString() << "\nattendance:";
    for (const Attendance &a : s.attendance)
        os << ' ' << a.person.toStdString() << '=' << enumKey(a.status).toStdString();
    return os;
}

// The rows of an outline view, as shown: ">" per level.
QStringList outlineShown(OutlineView *view)
{
    QStringList lines;
    for (QModelIndex at = view->model()->index(0, 0); at.isValid(); at = view->indexBelow(at))
        lines << QString(at.data(OutlineModel::DepthRole).toInt(), QLatin1Char('>')) + at.data(Qt::EditRole).toString();
    return lines;
}

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

// Lets queued work run (an empty bullet left behind is removed once the event is over).
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void showEditor(MeetingEditor &editor, QSize size = {1100, 800})
{
    editor.resize(size);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
}

// The field a screen reader would announce as \a name.
template<typename T> T *named(QWidget *root, const QString &name)
{
    for (T *widget : root->findChildren<T *>()) {
        if (widget->accessibleName() == name)
            return widget;
    }
    FAIL("no field named " << name.toStdString());
    return nullptr;
}

// "A|>B" -> {"A", ">B"}
QStringList L(const char *lines)
{
    return QString::fromUtf8(lines).split(QLatin1Char('|'));
}

void clickInto(OutlineView *view)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(60, 8));
}

} // namespace

TEST_CASE("taking the minutes of a subgroup meeting: typed, saved, undone, redone, reopened and found", "[meetings]")
{
    DemoWorkspace f;
    const Id id = addMeeting(*f.workspace, QStringLiteral("neglect"), QDate(2025, 6, 17));

    // States the user has seen, by position on the undo stack.
    std::map<int, Shown> seen;
    int added = 0;
    {
        MeetingEditor editor(*f.workspace);
        showEditor(editor);
        editor.setMeeting(id);
        auto record = [&] {
            editor.flush();
            seen[f.undo().index()] = shownOf(f.store(), id);
        };
        record();
        added = f.undo().index();

        // Five bullets of what the group did, each ended with Enter.
        OutlineView *did = editor.outline(EntryKind::Did);
        REQUIRE(did);
        clickInto(did);
        REQUIRE(qobject_cast<BulletEdit *>(focused()));
        type(QStringLiteral("We reviewed the multi-agency audit of twelve neglect cases."));
        record();
        press(Qt::Key_Return);
        type(QStringLiteral("We heard from the Graded Care Profile 2 champions."));
        record();
        press(Qt::Key_Return);
        type(QStringLiteral("We agreed a "));
        press(Qt::Key_B, Qt::ControlModifier);
        type(QStringLiteral("neglect"));
        press(Qt::Key_End);
        type(QStringLiteral(" briefing for GP practices."));
        record();
        press(Qt::Key_Return);
        type(QStringLiteral("We asked health visitors about missed appointments."));
        record();
        press(Qt::Key_Return);
        type(QStringLiteral("We checked the zebrafinch pilot in two children's centres."));
        record();
        press(Qt::Key_Return); // a sixth bullet, left empty: it goes when the cursor leaves
        record();

        // Two bullets of the difference it made, the second under the first.
        OutlineView *difference = editor.outline(EntryKind::Difference);
        clickInto(difference);
        settle();
        REQUIRE(qobject_cast<BulletEdit *>(focused()));
        type(QStringLiteral("Schools spot neglect earlier."));
        record();
        press(Qt::Key_Return);
        type(QStringLiteral("Two more schools use the toolkit."));
        record();
        press(Qt::Key_Tab);
        record();

        const Shown typed = shownOf(f.store(), id);
        CHECK(typed.did
              == QStringList {QStringLiteral("We reviewed the multi-agency audit of twelve neglect cases."),
                              QStringLiteral("We heard from the Graded Care Profile 2 champions."),
                              QStringLiteral("We agreed a **neglect** briefing for GP practices."),
                              QStringLiteral("We asked health visitors about missed appointments."),
                              QStringLiteral("We checked the zebrafinch pilot in two children's centres.")});
        CHECK(typed.difference
              == QStringList {QStringLiteral("Schools spot neglect earlier."),
                              QStringLiteral(">Two more schools use the toolkit.")});
        CHECK(outlineShown(did) == typed.did);
        CHECK(outlineShown(difference) == typed.difference);

        // Attendance: the members are listed, not yet marked; one key each.
        AttendanceView *attendance = editor.attendanceView();
        auto *people = qobject_cast<AttendanceModel *>(attendance->model());
        REQUIRE(people->rowCount() == 8);
        CHECK_FALSE(people->statusAt(0).has_value());
        CHECK(people->personAt(0) == QStringLiteral("tomasz-nowak")); // the chair first
        attendance->setFocus();
        attendance->setCurrentIndex(people->index(0, AttendanceModel::StatusColumn));
        press(Qt::Key_P);
        record();
        press(Qt::Key_P);
        record();
        press(Qt::Key_A);
        record();
        press(Qt::Key_X);
        record();
        press(Qt::Key_D); // then whom for: the list opens; the second in it
        auto *whom = attendance->findChild<QComboBox *>();
        REQUIRE(whom);
        CHECK(whom->view()->isVisible());
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        settle();
        // (The offscreen platform does not give the window back its activation when a popup
        // closes, as a desktop does.)
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
        CHECK(focused() == attendance);
        record();
        press(Qt::Key_P);
        record();

        const Meeting marked = stored(f.store(), id);
        REQUIRE(marked.attendance.size() == 6);
        CHECK(marked.attendance.at(0).person == QStringLiteral("tomasz-nowak"));
        CHECK(marked.attendance.at(0).status == AttendanceStatus::Present);
        CHECK(marked.attendance.at(2).status == AttendanceStatus::Apologies);
        CHECK(marked.attendance.at(3).status == AttendanceStatus::Absent);
        CHECK(marked.attendance.at(4).status == AttendanceStatus::Deputy);
        CHECK(marked.attendance.at(4).deputyFor == people->deputyChoices(4).at(1).first);
        CHECK_FALSE(marked.attendance.at(4).deputyFor.isEmpty());
        CHECK(marked.attendance.at(5).status == AttendanceStatus::Present);
        CHECK(people->statusAt(6) == std::nullopt);

        // Undo, one step at a time, back to the empty meeting; each step shows what was there
        // before it. Then redo it all.
        const int last = f.undo().index();
        REQUIRE(seen.count(last) == 1);
        for (int at = last; at > added; --at) {
            f.undo().undo();
            settle();
            INFO("undone to step " << at - 1 << " of " << last);
            REQUIRE(f.undo().index() == at - 1);
            if (seen.count(at - 1))
                CHECK(shownOf(f.store(), id) == seen.at(at - 1));
            CHECK(outlineShown(did) == shownOf(f.store(), id).did);
            CHECK(outlineShown(difference) == shownOf(f.store(), id).difference);
        }
        CHECK(shownOf(f.store(), id) == seen.at(added));
        for (int at = added; at < last; ++at) {
            f.undo().redo();
            settle();
            INFO("redone to step " << at + 1 << " of " << last);
            if (seen.count(at + 1))
                CHECK(shownOf(f.store(), id) == seen.at(at + 1));
            CHECK(outlineShown(did) == shownOf(f.store(), id).did);
        }
        CHECK(shownOf(f.store(), id) == seen.at(last));
    }

    // Closed and opened again: everything is there, in order, indented as typed.
    f.reopen();
    const Shown reopened = shownOf(f.store(), id);
    CHECK(reopened == seen.rbegin()->second);
    CHECK(reopened.did.size() == 5);
    CHECK(reopened.difference.at(1) == QStringLiteral(">Two more schools use the toolkit."));

    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    CHECK(outlineShown(editor.outline(EntryKind::Did)) == reopened.did);
    CHECK(outlineShown(editor.outline(EntryKind::Difference)) == reopened.difference);

    // The search finds the new bullet, and choosing the hit opens it in the editor.
    SearchWidget search(*f.workspace);
    QObject::connect(&search, &SearchWidget::meetingRequested, &editor, [&](const Id &meeting, qint64 entry) {
        editor.setMeeting(meeting);
        editor.selectEntry(entry);
    });
    search.show();
    search.setQuery(QStringLiteral("zebrafinch pil"));
    SearchResultsModel *hits = search.resultsModel();
    REQUIRE(hits->rowCount() == 1);
    CHECK(hits->index(0, 0).data(SearchResultsModel::HeadingHtmlRole).toString()
          == QStringLiteral("Neglect Subgroup · 17 June 2025"));
    CHECK(hits->index(0, 0)
              .data(SearchResultsModel::ContextHtmlRole)
              .toString()
              .contains(QStringLiteral("<b>zebrafinch</b> <b>pilot</b>")));
    editor.setMeeting(QString());
    QTest::keyClick(search.searchField(), Qt::Key_Return);
    CHECK(editor.meetingId() == id);
    OutlineView *did = editor.outline(EntryKind::Did);
    CHECK(did->currentIndex().data(Qt::EditRole).toString()
          == QStringLiteral("We checked the zebrafinch pilot in two children's centres."));
    REQUIRE(did->activeEditor());
    CHECK(did->activeEditor()->text() == did->currentIndex().data(Qt::EditRole).toString());
}

TEST_CASE("bullets indent, outdent, move and go, and every step undoes and redoes", "[meetings]")
{
    DemoWorkspace f;
    const Id id = addMeeting(*f.workspace, QStringLiteral("e-safety"), QDate(2025, 5, 1));
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    OutlineView *did = editor.outline(EntryKind::Did);
    clickInto(did);
    for (const char *text : {"A", "B", "C", "D"}) {
        type(QString::fromLatin1(text));
        press(Qt::Key_Return);
    }
    type(QStringLiteral("E"));
    auto shown = [&] { return outlineShown(did); };
    auto inStore = [&] { return outlineOf(stored(f.store(), id), EntryKind::Did); };
    editor.flush();
    CHECK(inStore() == L("A|B|C|D|E"));
    auto step = [&](int key, Qt::KeyboardModifiers mods, const QStringList &expected) {
        press(key, mods);
        settle();
        editor.flush();
        INFO("after key " << key);
        CHECK(inStore() == expected);
        CHECK(shown() == expected);
    };

    // E under D, then D (with E) under C, then C under B: two levels below the top at most.
    step(Qt::Key_Tab, {}, L("A|B|C|D|>E"));
    press(Qt::Key_Up);
    step(Qt::Key_Tab, {}, L("A|B|C|>D|>>E"));
    press(Qt::Key_Up);
    step(Qt::Key_Tab, {}, L("A|B|C|>D|>>E")); // C cannot go: E would be three deep
    // D moves above C? It has no sibling above within C: nothing. B moves below C.
    press(Qt::Key_Up);
    CHECK(did->activeEditor()->text() == QStringLiteral("B"));
    step(Qt::Key_Down, Qt::AltModifier, L("A|C|>D|>>E|B"));
    step(Qt::Key_Up, Qt::AltModifier, L("A|B|C|>D|>>E"));
    step(Qt::Key_Up, Qt::AltModifier, L("B|A|C|>D|>>E"));
    // Outdent D: it follows C, and E comes with it.
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    CHECK(did->activeEditor()->text() == QStringLiteral("D"));
    step(Qt::Key_Tab, Qt::ShiftModifier, L("B|A|C|D|>E"));
    // Emptied and removed: its child stays, one level up.
    press(Qt::Key_End);
    press(Qt::Key_Backspace);
    step(Qt::Key_Backspace, {}, L("B|A|C|E"));
    CHECK(did->activeEditor()->text() == QStringLiteral("C"));

    // Back through every step, then forward again: bullets put back by undo come back
    // under new rowIds, and the later steps still find them.
    const QUndoStack &stack = f.undo();
    const int top = stack.index();
    std::vector<QStringList> undone;
    for (int i = 0; i < 8; ++i) {
        f.undo().undo();
        settle();
        undone.push_back(inStore());
        CHECK(shown() == inStore());
    }
    CHECK(std::find(undone.begin(), undone.end(), L("B|A|C|D|>E")) != undone.end());
    CHECK(std::find(undone.begin(), undone.end(), L("A|B|C|>D|>>E")) != undone.end());
    CHECK(std::find(undone.begin(), undone.end(), L("A|B|C|D|>E")) != undone.end());
    while (f.undo().index() < top) {
        f.undo().redo();
        settle();
        CHECK(shown() == inStore());
    }
    CHECK(inStore() == L("B|A|C|E"));
    CHECK(shown() == inStore());
}

TEST_CASE("typing in one bullet is one undo step, and Ctrl+Z in the bullet undoes it", "[meetings]")
{
    DemoWorkspace f;
    const Id id = addMeeting(*f.workspace, QStringLiteral("e-safety"), QDate(2025, 5, 1));
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    OutlineView *did = editor.outline(EntryKind::Did);
    const int before = f.undo().index();
    clickInto(did);
    // Typing with pauses in between saves several times; it is still one step.
    type(QStringLiteral("We met "));
    editor.flush();
    type(QStringLiteral("the online "));
    editor.flush();
    type(QStringLiteral("safety leads."));
    editor.flush();
    CHECK(f.undo().index() == before + 1);
    CHECK(outlineOf(stored(f.store(), id), EntryKind::Did)
          == QStringList {QStringLiteral("We met the online safety leads.")});

    press(Qt::Key_Return);
    type(QStringLiteral("Second"));
    // Ctrl+Z in the bullet: takes back the typing not yet saved along with the bullet, not
    // just a letter of it.
    press(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(outlineOf(stored(f.store(), id), EntryKind::Did)
          == QStringList {QStringLiteral("We met the online safety leads.")});
    CHECK(outlineShown(did) == QStringList {QStringLiteral("We met the online safety leads.")});
    // The cursor went back to the bullet above.
    REQUIRE(did->activeEditor());
    CHECK(did->activeEditor()->text() == QStringLiteral("We met the online safety leads."));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    CHECK(outlineOf(stored(f.store(), id), EntryKind::Did)
          == QStringList {QStringLiteral("We met the online safety leads."), QStringLiteral("Second")});
}

TEST_CASE("what the store refuses stays in the editor", "[meetings]")
{
    DemoWorkspace f;
    const Id id = addMeeting(*f.workspace, QStringLiteral("e-safety"), QDate(2025, 5, 1));
    f.reopen(OpenOptions {true, false}); // read-only: every write is refused
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    QSignalSpy errors(f.workspace.get(), &Workspace::errorOccurred);
    auto *location = named<QLineEdit>(&editor, QStringLiteral("Location"));
    location->setFocus();
    location->selectAll();
    type(QStringLiteral("Room 9"));
    editor.flush();
    CHECK(errors.count() >= 1);
    CHECK(location->text() == QStringLiteral("Room 9"));
    CHECK(stored(f.store(), id).location == QStringLiteral("Council Chamber"));

    OutlineView *did = editor.outline(EntryKind::Did);
    clickInto(did); // adding a bullet is refused too: nothing to type in
    CHECK(did->model()->rowCount() == 0);

    // Told the file is read-only, the editor does not even try.
    editor.setReadOnly(true);
    const int refusals = errors.count();
    clickInto(did);
    CHECK(errors.count() == refusals);
    CHECK_FALSE(named<QComboBox>(&editor, QStringLiteral("Body"))->isEnabled());
    CHECK(location->isReadOnly());
}

TEST_CASE("the details save as they change, and Ctrl+Z in a field undoes through the workspace", "[meetings]")
{
    DemoWorkspace f;
    const Id cdop = addMeeting(*f.workspace, QStringLiteral("cdop"), QDate(2025, 4, 4));
    const Id subgroup = addMeeting(*f.workspace, QStringLiteral("e-safety"), QDate(2025, 5, 1));
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    QSignalSpy changed(&editor, &MeetingEditor::meetingChanged);

    // Cases reviewed: only a panel has them.
    editor.setMeeting(subgroup);
    auto *cases = named<QSpinBox>(&editor, QStringLiteral("Cases reviewed"));
    CHECK_FALSE(cases->isVisible());
    editor.setMeeting(cdop);
    CHECK(cases->isVisible());
    cases->setFocus();
    cases->selectAll();
    type(QStringLiteral("6"));
    editor.flush();
    CHECK(stored(f.store(), cdop).casesReviewed == 6);

    // The date shows the British way; the approval date only counts once approved.
    auto *date = named<DateField>(&editor, QStringLiteral("Date"));
    auto *approvedOn = named<DateField>(&editor, QStringLiteral("Minutes approved on"));
    CHECK(date->text() == QStringLiteral("4 April 2025"));
    CHECK_FALSE(approvedOn->isEnabled());
    auto *minutes = named<QComboBox>(&editor, QStringLiteral("Minutes"));
    minutes->setFocus();
    press(Qt::Key_Down); // Draft -> Approved
    settle();
    CHECK(approvedOn->isEnabled());
    const Meeting approved = stored(f.store(), cdop);
    CHECK(approved.minutes == MinutesStatus::Approved);
    CHECK(approved.approvedOn >= approved.date);
    CHECK(changed.count() >= 1);

    // The location, typed and undone with Ctrl+Z in the field itself.
    auto *location = named<QLineEdit>(&editor, QStringLiteral("Location"));
    location->setFocus();
    location->selectAll();
    type(QStringLiteral("Virtual"));
    press(Qt::Key_Z, Qt::ControlModifier); // saves "Virtual", then undoes it
    settle();
    CHECK(stored(f.store(), cdop).location == QStringLiteral("Council Chamber"));
    CHECK(location->text() == QStringLiteral("Council Chamber"));
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    CHECK(stored(f.store(), cdop).location == QStringLiteral("Virtual"));
    CHECK(location->text() == QStringLiteral("Virtual"));
}

TEST_CASE("attendance can be copied from the last meeting of the body", "[meetings]")
{
    DemoWorkspace f;
    const Id id = addMeeting(*f.workspace, QStringLiteral("neglect"), QDate(2025, 6, 17));
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    QPushButton *same = nullptr;
    for (QPushButton *button : editor.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Same as last meeting"))
            same = button;
    }
    REQUIRE(same);
    REQUIRE(same->isEnabled());
    QTest::mouseClick(same, Qt::LeftButton);
    const Meeting last = stored(f.store(), QStringLiteral("neglect-2025-02-18"));
    CHECK_FALSE(last.attendance.isEmpty());
    CHECK(stored(f.store(), id).attendance == last.attendance);
    f.undo().undo();
    CHECK(stored(f.store(), id).attendance.isEmpty());
}

TEST_CASE("actions arising are listed with a readable rating, and can be added", "[meetings]")
{
    DemoWorkspace f;
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(QStringLiteral("board-2023-06-13"));
    ActionsArisingModel *actions = editor.findChild<ActionsArisingModel *>();
    REQUIRE(actions);
    REQUIRE(actions->rowCount() == 1);
    const QString rag = actions->index(0, ActionsArisingModel::RagColumn).data().toString();
    CHECK(QStringList {QStringLiteral("Red"), QStringLiteral("Amber"), QStringLiteral("Green"),
                       QStringLiteral("Complete"), QStringLiteral("Not rated")}
              .contains(rag));

    QTest::mouseClick(named<QPushButton>(&editor, QStringLiteral("Add an action arising")), Qt::LeftButton);
    auto *text = named<QLineEdit>(&editor, QStringLiteral("New action"));
    CHECK(text->hasFocus());
    type(QStringLiteral("Write to the district councils about eviction data"));
    press(Qt::Key_Return);
    REQUIRE(actions->rowCount() == 2);
    int row = 0;
    while (actions->actionAt(row)->text != QStringLiteral("Write to the district councils about eviction data"))
        ++row;
    const Action added = *actions->actionAt(row);
    CHECK(added.raisedAt == QStringLiteral("board-2023-06-13"));
    CHECK(added.body == QStringLiteral("board"));
    CHECK(actions->index(row, ActionsArisingModel::RagColumn).data().toString() == QStringLiteral("Not rated"));
    auto fromStore = f.store().get<Action>(added.id);
    REQUIRE(fromStore.ok());
    CHECK(fromStore->has_value());
    CHECK(text->text().isEmpty());
}

TEST_CASE("an action's due date is typed five ways, with the keyboard alone", "[meetings][datefield]")
{
    DemoWorkspace f;
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(QStringLiteral("board-2023-06-13"));
    ActionsArisingModel *actions = editor.findChild<ActionsArisingModel *>();
    REQUIRE(actions);
    auto *due = named<DateField>(&editor, QStringLiteral("Due date of the new action"));
    const QDate wanted(2027, 1, 31);
    // "+2w" and "today" count from the clock's today.
    const QStringList typed {QStringLiteral("31/1/27"),    QStringLiteral("31/01/2027"), QStringLiteral("31 Jan 2027"),
                             QStringLiteral("2027-01-31"), QStringLiteral("+2w"),        QStringLiteral("today")};
    for (int i = 0; i < typed.size(); ++i) {
        const ClockOverride clock(
            QDateTime(typed.at(i) == QLatin1String("today") ? wanted : QDate(2027, 1, 17), QTime(9, 0)));
        INFO("typed " << typed.at(i));
        if (i == 0) {
            named<QPushButton>(&editor, QStringLiteral("Add an action arising"))->setFocus();
            press(Qt::Key_Space);
        }
        // After an action is added the form stays open for the next one.
        REQUIRE(named<QLineEdit>(&editor, QStringLiteral("New action"))->hasFocus());
        const QString text = QStringLiteral("Action %1").arg(i + 1);
        type(text);
        press(Qt::Key_Tab); // the owner
        press(Qt::Key_Tab); // the due date
        REQUIRE(focused() == due);
        type(typed.at(i));
        press(Qt::Key_Tab); // leaves, showing the date the British way
        CHECK(due->text() == QStringLiteral("31 Jan 2027"));
        CHECK(focused() == named<QPushButton>(&editor, QStringLiteral("Add the action")));
        press(Qt::Key_Space);
        std::optional<Action> added;
        for (int row = 0; row < actions->rowCount(); ++row) {
            if (actions->actionAt(row)->text == text)
                added = actions->actionAt(row);
        }
        REQUIRE(added);
        CHECK(added->due == wanted);
        auto fromStore = f.store().get<Action>(added->id);
        REQUIRE(fromStore.ok());
        REQUIRE(fromStore->has_value());
        CHECK((*fromStore)->due == wanted);
        CHECK(due->text().isEmpty()); // ready for the next one
    }
}

TEST_CASE("every Tab stop of the meeting editor shows that it has the focus", "[meetings][focus]")
{
    DemoWorkspace f;
    // A meeting with empty bullet lists and an action form open: the stops that hid focus.
    const Id empty = addMeeting(*f.workspace, QStringLiteral("neglect"), QDate(2025, 6, 17));
    // And one with bullets and an action arising.
    const Id id = GENERATE_COPY(values<Id>({empty, QStringLiteral("board-2023-06-13")}));
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    settle();
    named<QPushButton>(&editor, QStringLiteral("Add an action arising"))->click();
    settle();
    editor.findChild<QPushButton *>()->window()->activateWindow();
    // Start at the first stop and go round once.
    QWidget *first = editor.nextInFocusChain();
    while (!(first->focusPolicy() & Qt::TabFocus) || !first->isVisible() || !first->isEnabled())
        first = first->nextInFocusChain();
    first->setFocus(Qt::TabFocusReason);
    // As after any key that moves the focus: styles show focus once the keyboard is in use.
    editor.window()->setAttribute(Qt::WA_KeyboardFocusChange);
    settle();
    QList<QWidget *> stops;
    QStringList seen;
    QStringList unseen;
    for (int press_ = 0; press_ < 60; ++press_) {
        QPointer<QWidget> widget = focused();
        // Where the focus went inside a stop (a bullet's editor), the stop is the list.
        QWidget *stopWidget = widget;
        while (stopWidget->parentWidget() && stopWidget->parentWidget() != &editor
               && !(stopWidget->focusPolicy() & Qt::TabFocus))
            stopWidget = stopWidget->parentWidget();
        for (QWidget *up = widget; up; up = up->parentWidget()) {
            if (qobject_cast<OutlineView *>(up))
                stopWidget = up;
        }
        const QString name = stopWidget->accessibleName().isEmpty()
            ? QString::fromLatin1(stopWidget->metaObject()->className())
            : stopWidget->accessibleName();
        if (stops.contains(stopWidget) && stops.constLast() != stopWidget)
            break; // round once
        // A time field takes Tab from its hours to its minutes: one stop.
        if (stops.isEmpty() || stops.constLast() != stopWidget) {
            stops << stopWidget;
            seen << name;
            QTest::qWait(1);
            const QImage withFocus = stopWidget->grab().toImage();
            // The same widget without the focus must look different: that is what a user sees.
            editor.setFocus(Qt::OtherFocusReason);
            stopWidget->clearFocus();
            settle();
            const QImage without = stopWidget->grab().toImage();
            if (withFocus == without)
                unseen << name;
            // A bullet's editor closes when it loses the focus: Tab brings it back.
            (widget ? widget.data() : stopWidget)->setFocus(Qt::TabFocusReason);
            settle();
        }
        // Ctrl+Tab leaves a bullet list (Tab indents in it).
        const bool inBullet = qobject_cast<BulletEdit *>(focused()) != nullptr;
        press(Qt::Key_Tab, inBullet ? Qt::ControlModifier : Qt::NoModifier);
        settle();
    }
    INFO("Tab stops: " << seen.join(QStringLiteral(", ")).toStdString());
    CHECK(seen.size() >= 16);
    CHECK(unseen == QStringList());
}

namespace {

// Opens a context menu with \a open and returns the texts of the menu that pops up (then closes it).
QStringList menuOpenedBy(const std::function<void()> &open)
{
    QStringList texts;
    // Looks for the menu until it shows (exec() runs its own loop), reads it, and closes it.
    QTimer poll;
    int tries = 0;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QMenu *menu = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *shown = qobject_cast<QMenu *>(top); shown && shown->isVisible())
                menu = shown;
        }
        if (!menu) {
            if (++tries > 200)
                poll.stop();
            return;
        }
        poll.stop();
        for (QAction *action : menu->actions())
            texts << action->text();
        menu->close();
    });
    poll.start(10);
    open();
    poll.stop();
    return texts;
}

} // namespace

TEST_CASE("Shift+F10 and the Menu key open the context menus of the meeting editor", "[meetings][menus]")
{
    DemoWorkspace f;
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(QStringLiteral("board-2023-06-13"));
    settle();
    ContextMenuKeys keys;
    qApp->installEventFilter(&keys);

    // Rating an action arising.
    auto *actions = named<QListView>(&editor, QStringLiteral("Actions arising"));
    actions->setFocus(Qt::TabFocusReason);
    REQUIRE(actions->currentIndex().isValid());
    const QStringList rate = menuOpenedBy([] { press(Qt::Key_F10, Qt::ShiftModifier); });
    CHECK(rate.contains(QStringLiteral("Delete action")));
    CHECK(menuOpenedBy([&] { openContextMenuFromKeyboard(actions); }) == rate); // the Menu key's way

    // A bullet being edited: its menu, with the field's own below.
    OutlineView *did = editor.outline(EntryKind::Did);
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    did->setFocus(Qt::TabFocusReason);
    settle();
    REQUIRE(qobject_cast<BulletEdit *>(focused()));
    const QPointer<QWidget> bulletEditor = focused();
    const QStringList bullet = menuOpenedBy([] { press(Qt::Key_F10, Qt::ShiftModifier); });
    CHECK(bullet.contains(QStringLiteral("Indent")));
    CHECK(bullet.contains(QStringLiteral("Delete bullet")));
    CHECK(std::any_of(bullet.cbegin(), bullet.cend(),
                      [](const QString &t) { return t.contains(QStringLiteral("Copy")); }));
    // The Menu key's way, on the same bullet (a closed menu may leave the window inactive).
    REQUIRE(bulletEditor);
    CHECK(menuOpenedBy([&] { openContextMenuFromKeyboard(bulletEditor); }) == bullet);

    // The hint line says how to leave the list.
    auto *tips = editor.findChild<QLabel *>(QStringLiteral("bulletKeys"));
    REQUIRE(tips);
    CHECK(tips->text().contains(QStringLiteral("Ctrl+Tab / Ctrl+Shift+Tab: leave the list")));
    CHECK(tips->text().contains(QStringLiteral("Shift+F10")));
    qApp->removeEventFilter(&keys);
}

TEST_CASE("from a new meeting's date to its first bullet is one key", "[meetings][keys]")
{
    DemoWorkspace f;
    const Id id = addMeeting(*f.workspace, QStringLiteral("neglect"), QDate(2025, 6, 17));
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(id);
    settle();
    editor.setFocus(); // the date, as a new meeting opens
    REQUIRE(focused() == named<DateField>(&editor, QStringLiteral("Date")));
    press(Qt::Key_1, Qt::ControlModifier);
    settle();
    CHECK((editor.outline(EntryKind::Did)->isAncestorOf(focused()) || focused() == editor.outline(EntryKind::Did)));
    type(QStringLiteral("We met"));
    press(Qt::Key_2, Qt::ControlModifier);
    settle();
    CHECK((editor.outline(EntryKind::Difference)->isAncestorOf(focused())
           || focused() == editor.outline(EntryKind::Difference)));
    editor.flush();
    CHECK(outlineOf(stored(f.store(), id), EntryKind::Did) == QStringList {QStringLiteral("We met")});
}

TEST_CASE("the meeting editor's models keep the item model rules", "[meetings]")
{
    DemoWorkspace f;
    OutlineModel outline(*f.workspace, EntryKind::Did);
    QAbstractItemModelTester outlineTester(&outline, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Meeting board = stored(f.store(), QStringLiteral("board-2023-06-13"));
    outline.setMeeting(board.id, board.entries);
    CHECK(outline.rowCount() > 0);
    CHECK(outline.rowCount(outline.index(0, 0)) == 5); // the priorities and their leads
    // Changes through the model, checked by the tester as they happen.
    const EntryHandle first = outline.handleAt(outline.index(1, 0));
    CHECK(outline.indent(outline.index(1, 0)) == first);
    CHECK(outline.depthOf(outline.indexOf(first)) == 1);
    CHECK(outline.outdent(outline.indexOf(first)) == first);
    CHECK(outline.setData(outline.indexOf(first), QStringLiteral("Changed"), Qt::EditRole));
    CHECK(outline.indexOf(first).data(Qt::EditRole).toString() == QStringLiteral("Changed"));
    CHECK(outline.setPriorities(outline.indexOf(first), {QStringLiteral("2023-24-transitions")}));
    f.undo().undo();
    f.undo().undo();
    f.undo().undo();
    f.undo().undo();
    CHECK(outlineOf(stored(f.store(), board.id), EntryKind::Did) == outlineOf(board, EntryKind::Did));

    AttendanceModel attendance;
    QAbstractItemModelTester attendanceTester(&attendance, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attendance.setAttendance(board.attendance, {QStringLiteral("somebody-new")}, false);
    CHECK(attendance.rowCount() == board.attendance.size() + 1);
    CHECK(attendance.index(attendance.rowCount() - 1, AttendanceModel::StatusColumn).data().toString()
          == QStringLiteral("Not marked"));

    ActionsArisingModel actions;
    QAbstractItemModelTester actionsTester(&actions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto all = f.store().list<Action>();
    REQUIRE(all.ok());
    actions.setActions(*all);
    CHECK(actions.rowCount() == all->size());
}

TEST_CASE("a bullet's Markdown shows as bold, italic and links, with what was typed escaped", "[meetings]")
{
    CHECK(bulletHtml(QStringLiteral("We **agreed** the *plan*"))
          == QStringLiteral("We <strong>agreed</strong> the <em>plan</em>"));
    CHECK(bulletHtml(QStringLiteral("See [the plan](https://example.org/a?b=1&c=2)."))
          == QStringLiteral("See <a href=\"https://example.org/a?b=1&amp;c=2\">the plan</a>."));
    CHECK(bulletHtml(QStringLiteral("<script>alert(1)</script> & 5 * 3"))
          == QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 5 * 3"));
    CHECK(bulletHtml(QStringLiteral("**not closed")) == QStringLiteral("**not closed"));
    // Read as the documents read it: only http, https and mailto become links.
    CHECK(bulletHtml(QStringLiteral("[click](javascript:alert(1))")) == QStringLiteral("[click](javascript:alert(1))"));
    CHECK(bulletHtml(QStringLiteral("[share](file:///etc/passwd)")) == QStringLiteral("[share](file:///etc/passwd)"));
    CHECK(bulletHtml(QStringLiteral("[mail](mailto:chair@example.org)"))
          == QStringLiteral("<a href=\"mailto:chair@example.org\">mail</a>"));
}

TEST_CASE("the meeting editor fits the width it is given, long names and all", "[meetings]")
{
    DemoWorkspace f;
    MeetingEditor editor(*f.workspace);
    // The editor's share of a 1280-pixel main window, beside the navigator.
    showEditor(editor, {940, 700});
    editor.setMeeting(QStringLiteral("board-2024-09-10"));
    settle();
    auto *scroll = editor.findChild<QScrollArea *>();
    REQUIRE(scroll != nullptr);
    const QWidget *page = scroll->widget();
    REQUIRE(page != nullptr);
    INFO("page needs " << page->minimumSizeHint().width() << " px; the window gives it "
                       << scroll->viewport()->width());
    CHECK(page->minimumSizeHint().width() <= scroll->viewport()->width());
    CHECK(page->width() <= scroll->viewport()->width());
}

// Not a test: draws the editor for the documentation. Run with
// BOARDDESK_SCREENSHOTS=docs/screenshots boarddesk_ui_tests "[screenshot]".
TEST_CASE("screenshot of the meeting editor", "[.][screenshot]")
{
    const QString folder = qEnvironmentVariable("BOARDDESK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    DemoWorkspace f;
    MeetingEditor editor(*f.workspace);
    showEditor(editor);
    editor.setMeeting(QStringLiteral("board-2023-06-13"));
    OutlineView *did = editor.outline(EntryKind::Did);
    const QModelIndex third = did->model()->index(2, 0);
    editor.selectEntry(third.data(OutlineModel::RowIdRole).toLongLong());
    if (BulletEdit *bullet = did->activeEditor())
        bullet->setCursorPosition(30);
    settle();
    QTest::qWait(50);
    CHECK(editor.grab().save(folder + QStringLiteral("/meeting-editor.png")));
}
