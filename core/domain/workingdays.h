#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace bd {

// Working days: Monday to Friday less the bank holidays, which are data, not code
// (resources/calendar/england-and-wales-bank-holidays.json, from gov.uk), and cover the years
// the file says. A date outside them cannot be counted: the answer would be a guess.
class BankHolidays {
public:
    // The file's holidays; an error names the file and what is wrong with it.
    static Result<BankHolidays> fromJson(const QByteArray &json, const QString &fileName);
    // England and Wales, as the program carries them.
    static const BankHolidays &englandAndWales();

    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool covers(const QDate &date) const;
    bool isHoliday(const QDate &date) const { return m_dates.contains(date); }
    // The holiday's name ("Christmas Day"), empty on any other day.
    QString holidayName(const QDate &date) const { return m_names.value(date); }
    bool isWorkingDay(const QDate &date) const;

    // The day \a days working days after \a from (the day itself does not count): 15 working
    // days after a Friday notification is a Friday three weeks on, later for each holiday.
    Result<QDate> addWorkingDays(const QDate &from, int days) const;
    // The working days after \a from up to and including \a to; negative when \a to is
    // earlier (then the working days after \a to up to and including \a from, negated).
    Result<int> workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    Error notCovered(const QDate &date) const;

    int m_firstYear = 0;
    int m_lastYear = 0;
    QSet<QDate> m_dates;
    QHash<QDate, QString> m_names;
};

// A case review's statutory clock: what is due, by when, and where it stands on a day.
struct StatutoryClock {
    enum class State { Running, Met, MetLate, Overdue };
    QString what; // "Rapid review", "Practice review report"
    QDate started; // notified, or the decision to hold the review
    QDate due;
    QDate done; // the day it was met, if it was
    State state = State::Running;
    int workingDaysLeft = 0; // Running: to the due day (0 on it); Overdue: negative, working days past it
    bool inWorkingDays = true; // false for a clock counted in months (the report's six months)
};

// The clock a review runs on, on \a today: a rapid review is due 15 working days after the
// panel was notified, done when signed off; a local child safeguarding practice review's
// report is due six months after the decision to hold one (\a review.decided), done when
// signed off. Other reviews, and a review not yet started, have none (an empty optional).
// An error when a day falls outside the years the bank holidays cover.
Result<std::optional<StatutoryClock>> statutoryClock(const CaseReview &review, const QDate &today,
                                                     const BankHolidays &holidays = BankHolidays::englandAndWales());

// The clock in words: "Due 12 Mar 2025, 4 working days left", "Overdue by 3 working days
// (due 12 Mar 2025)", "Met 10 Mar 2025".
QString clockText(const StatutoryClock &clock);

} // namespace bd
