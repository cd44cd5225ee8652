// The case reviews' statutory clocks as a business manager checks them against a calendar:
// 15 working days for a rapid review across Christmas, Easter and a bank holiday that moved
// (VE day 2020), six months for a practice review's report, where each clock stands on a
// day, and a clear refusal for a year the bank holidays do not cover.
#include "domain/workingdays.h"

#include <catch2/catch.hpp>

using namespace bd;

namespace {

CaseReview rapidReview(const QDate &notified)
{
    CaseReview review;
    review.id = QStringLiteral("rr");
    review.name = QStringLiteral("Child R");
    review.type = CaseReviewType::RapidReview;
    review.notified = notified;
    return review;
}

QDate due(const QDate &notified)
{
    auto clock = statutoryClock(rapidReview(notified), notified);
    INFO((clock ? QString() : clock.errorMessage()).toStdString());
    REQUIRE(clock);
    REQUIRE(clock->has_value());
    return (*clock)->due;
}

} // namespace

TEST_CASE("England's bank holidays are read from the data the program carries", "[workingdays]")
{
    const BankHolidays &holidays = BankHolidays::englandAndWales();
    CHECK(holidays.firstYear() <= 2018);
    CHECK(holidays.lastYear() >= 2027);
    CHECK(holidays.isHoliday(QDate(2024, 12, 25)));
    CHECK(holidays.isHoliday(QDate(2020, 12, 28))); // Boxing Day on a Saturday: the Monday
    CHECK(holidays.isHoliday(QDate(2022, 9, 19))); // the Queen's state funeral
    CHECK(holidays.holidayName(QDate(2020, 5, 8)).contains(QStringLiteral("VE")));
    CHECK_FALSE(holidays.isHoliday(QDate(2020, 5, 4))); // the early May holiday moved that year
    CHECK(holidays.isWorkingDay(QDate(2020, 5, 4)));
    CHECK_FALSE(holidays.isWorkingDay(QDate(2024, 6, 1))); // a Saturday
}

TEST_CASE("A rapid review is due 15 working days after the panel was notified", "[workingdays]")
{
    // An ordinary three weeks: Friday to Friday.
    CHECK(due(QDate(2024, 6, 7)) == QDate(2024, 6, 28));
    // Across Christmas and New Year 2020-21: 25 and 28 December and 1 January are holidays.
    CHECK(due(QDate(2020, 12, 18)) == QDate(2021, 1, 13));
    // Across Easter 2024: Good Friday 29 March and Easter Monday 1 April.
    CHECK(due(QDate(2024, 3, 28)) == QDate(2024, 4, 22));
    // May 2020: VE day on Friday 8 May instead of Monday 4 May, and the spring holiday on the 25th.
    CHECK(due(QDate(2020, 5, 1)) == QDate(2020, 5, 26));
    // Notified on a Saturday: the count starts on the Monday.
    CHECK(due(QDate(2024, 6, 8)) == QDate(2024, 6, 28));
}

TEST_CASE("Where a clock stands: running, due, overdue, met or met late", "[workingdays]")
{
    CaseReview review = rapidReview(QDate(2024, 6, 7)); // due Friday 28 June 2024
    auto running = statutoryClock(review, QDate(2024, 6, 24));
    REQUIRE(running);
    REQUIRE(running->has_value());
    CHECK((*running)->state == StatutoryClock::State::Running);
    CHECK((*running)->workingDaysLeft == 4);
    CHECK(clockText(**running) == QStringLiteral("Due 28 June 2024, 4 working days left"));

    auto overdue = statutoryClock(review, QDate(2024, 7, 3));
    REQUIRE(overdue);
    CHECK((*overdue)->state == StatutoryClock::State::Overdue);
    CHECK((*overdue)->workingDaysLeft == -3);
    CHECK(clockText(**overdue) == QStringLiteral("Overdue by 3 working days (due 28 June 2024)"));

    review.signedOff = QDate(2024, 6, 27);
    auto met = statutoryClock(review, QDate(2024, 7, 3));
    REQUIRE(met);
    CHECK((*met)->state == StatutoryClock::State::Met);
    review.signedOff = QDate(2024, 7, 1);
    auto late = statutoryClock(review, QDate(2024, 7, 3));
    REQUIRE(late);
    CHECK((*late)->state == StatutoryClock::State::MetLate);
    CHECK(clockText(**late).contains(QStringLiteral("late")));

    // A practice review's report: six months from the decision to hold one.
    CaseReview practice;
    practice.type = CaseReviewType::Lcspr;
    practice.notified = QDate(2024, 1, 10);
    auto notDecided = statutoryClock(practice, QDate(2024, 3, 1));
    REQUIRE(notDecided);
    CHECK_FALSE(notDecided->has_value());
    practice.decided = QDate(2024, 1, 31);
    auto report = statutoryClock(practice, QDate(2024, 8, 1));
    REQUIRE(report);
    REQUIRE(report->has_value());
    CHECK((*report)->due == QDate(2024, 7, 31));
    CHECK((*report)->state == StatutoryClock::State::Overdue);

    // Thematic and learning reviews have no statutory clock.
    CaseReview thematic = rapidReview(QDate(2024, 6, 7));
    thematic.type = CaseReviewType::Thematic;
    auto none = statutoryClock(thematic, QDate(2024, 6, 10));
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("Days outside the years the bank holidays cover are refused, not guessed", "[workingdays]")
{
    const BankHolidays &holidays = BankHolidays::englandAndWales();
    const QDate beyond(holidays.lastYear(), 12, 20);
    auto clock = statutoryClock(rapidReview(beyond), beyond);
    REQUIRE_FALSE(clock);
    CHECK(clock.errorMessage().contains(QString::number(holidays.lastYear())));
    CHECK(clock.errorMessage().contains(QString::number(holidays.firstYear())));

    auto broken
        = BankHolidays::fromJson(R"({"firstYear": 2020, "lastYear": 2021, "holidays": [{"date": "2019-12-25"}]})",
                                 QStringLiteral("holidays.json"));
    REQUIRE_FALSE(broken);
    CHECK(broken.errorMessage().contains(QStringLiteral("holidays.json")));
    CHECK(broken.errorMessage().contains(QStringLiteral("holidays[0]")));
}
