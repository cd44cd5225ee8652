// The one date field: what people type is read the British way, shown the British way, the
// calendar opens from the keyboard and Tab always leaves.
#include "common/datefield.h"
#include "util/clock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCalendarWidget>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace bd;

namespace {

const QDate today(2026, 12, 4);

QDate read(const char *typed)
{
    return parseTypedDate(QString::fromUtf8(typed), today).value_or(QDate());
}

// A window with a date field and a field after it, focus in the date field.
struct Form {
    QWidget window;
    DateField *date = new DateField(&window);
    QLineEdit *next = new QLineEdit(&window);
    Form()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(date);
        layout->addWidget(next);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        date->setFocus();
    }
    void retype(const QString &text)
    {
        date->setFocus();
        date->selectAll();
        QTest::keyClick(date, Qt::Key_Backspace);
        QTest::keyClicks(date, text);
        QTest::keyClick(date, Qt::Key_Tab);
    }
};

} // namespace

TEST_CASE("a typed date is read the British way, day first", "[datefield]")
{
    CHECK(read("31/1/27") == QDate(2027, 1, 31));
    CHECK(read("31/01/2027") == QDate(2027, 1, 31));
    CHECK(read("31.1.2027") == QDate(2027, 1, 31));
    CHECK(read("31-1-27") == QDate(2027, 1, 31));
    CHECK(read("31 Jan 2027") == QDate(2027, 1, 31));
    CHECK(read("31 january 2027") == QDate(2027, 1, 31));
    CHECK(read("31st January, 2027") == QDate(2027, 1, 31));
    CHECK(read("Sunday 31 January 2027") == QDate(2027, 1, 31));
    CHECK(read("31-jan-27") == QDate(2027, 1, 31));
    CHECK(read("2027-01-31") == QDate(2027, 1, 31));
    CHECK(read("3 Sept 2026") == QDate(2026, 9, 3));
    CHECK(read("25 Dec") == QDate(2026, 12, 25));
    CHECK(read("25/12") == QDate(2026, 12, 25));
    CHECK(read("today") == today);
    CHECK(read(" Today ") == today);
    CHECK(read("tomorrow") == QDate(2026, 12, 5));
    CHECK(read("yesterday") == QDate(2026, 12, 3));
    CHECK(read("+2w") == QDate(2026, 12, 18));
    CHECK(read("+3d") == QDate(2026, 12, 7));
    CHECK(read("+3") == QDate(2026, 12, 7));
    CHECK(read("-1m") == QDate(2026, 11, 4));
    CHECK(read("+1y") == QDate(2027, 12, 4));
    // Not dates: nothing is guessed.
    CHECK_FALSE(parseTypedDate(QStringLiteral("30/2/27"), today));
    CHECK_FALSE(parseTypedDate(QStringLiteral("31 Foo 2027"), today));
    CHECK_FALSE(parseTypedDate(QStringLiteral("late1Jan2027"), today));
    CHECK_FALSE(parseTypedDate(QStringLiteral("13/13/2027"), today));
    CHECK_FALSE(parseTypedDate(QString(), today));
}

TEST_CASE("the date field shows what was typed the British way, and Tab leaves it", "[datefield]")
{
    const ClockOverride clock(QDateTime(today, QTime(10, 0)));
    Form form;
    QSignalSpy changed(form.date, &DateField::dateChanged);
    form.retype(QStringLiteral("31/1/27"));
    CHECK(form.next->hasFocus());
    CHECK(form.date->date() == QDate(2027, 1, 31));
    CHECK(form.date->text() == QStringLiteral("31 January 2027"));
    CHECK(changed.count() == 1);

    form.retype(QStringLiteral("+2w"));
    CHECK(form.date->text() == QStringLiteral("18 December 2026"));

    // Not a date: Tab still leaves; the text stays, marked, and the date is unchanged.
    form.retype(QStringLiteral("late1Jan2027"));
    CHECK(form.next->hasFocus());
    CHECK(form.date->hasInvalidText());
    CHECK(form.date->text() == QStringLiteral("late1Jan2027"));
    CHECK(form.date->date() == QDate(2026, 12, 18));
    CHECK(form.date->toolTip().contains(QStringLiteral("not a date")));
    form.retype(QStringLiteral("today"));
    CHECK_FALSE(form.date->hasInvalidText());
    CHECK(form.date->date() == today);

    // Up and Down step a day.
    form.date->setFocus();
    QTest::keyClick(form.date, Qt::Key_Up);
    CHECK(form.date->date() == QDate(2026, 12, 5));
    QTest::keyClick(form.date, Qt::Key_PageDown);
    CHECK(form.date->date() == QDate(2026, 11, 5));

    // A field that may be empty is emptied by clearing it; one that may not, is not.
    form.date->setAllowEmpty(true, QStringLiteral("No due date"));
    form.retype(QString());
    CHECK_FALSE(form.date->date().isValid());
    CHECK_FALSE(form.date->hasInvalidText());
}

TEST_CASE("Alt+Down and F4 open the date field's calendar, Enter chooses and Esc closes", "[datefield]")
{
    const ClockOverride clock(QDateTime(today, QTime(10, 0)));
    Form form;
    form.date->setDate(QDate(2027, 1, 31));
    QTest::keyClick(form.date, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = form.date->calendar();
    REQUIRE(calendar);
    CHECK(calendar->selectedDate() == QDate(2027, 1, 31));
    CHECK(calendar->firstDayOfWeek() == Qt::Monday);
    // The next day, chosen with Enter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(form.date->calendar());
    CHECK(form.date->date() == QDate(2027, 2, 1));
    CHECK(form.date->text() == QStringLiteral("1 February 2027"));
    CHECK(form.date->hasFocus());

    QTest::keyClick(form.date, Qt::Key_F4);
    REQUIRE(form.date->calendar());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(form.date->calendar());
    CHECK(form.date->date() == QDate(2027, 2, 1));
}

TEST_CASE("a day and month field keeps its year, whatever is typed", "[datefield]")
{
    Form form;
    form.date->setDayAndMonthOnly(true);
    form.date->setDate(QDate(2001, 4, 1));
    CHECK(form.date->text() == QStringLiteral("1 April"));
    form.retype(QStringLiteral("1/9"));
    CHECK(form.date->date() == QDate(2001, 9, 1));
    CHECK(form.date->text() == QStringLiteral("1 September"));
}
