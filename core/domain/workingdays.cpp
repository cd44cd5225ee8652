#include "workingdays.h"

#include "domain/displaytext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::WorkingDays", text);
}

constexpr int rapidReviewWorkingDays = 15;
constexpr int practiceReviewMonths = 6;

} // namespace

Result<BankHolidays> BankHolidays::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto bad = [&](const QString &why) { return Error {tr("%1: %2").arg(fileName, why), ErrorCode::Damaged}; };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return bad(parseError.errorString());
    const QJsonObject root = doc.object();
    BankHolidays holidays;
    holidays.m_firstYear = root.value(QStringLiteral("firstYear")).toInt();
    holidays.m_lastYear = root.value(QStringLiteral("lastYear")).toInt();
    if (holidays.m_firstYear <= 0 || holidays.m_lastYear < holidays.m_firstYear)
        return bad(tr("firstYear and lastYear must say which years the file covers."));
    const QJsonArray list = root.value(QStringLiteral("holidays")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QDate date = QDate::fromString(entry.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid() || date.year() < holidays.m_firstYear || date.year() > holidays.m_lastYear)
            return bad(tr("holidays[%1].date is not a day in the years the file covers.").arg(i));
        holidays.m_dates.insert(date);
        holidays.m_names.insert(date, entry.value(QStringLiteral("name")).toString());
    }
    return holidays;
}

const BankHolidays &BankHolidays::englandAndWales()
{
    static const BankHolidays holidays = [] {
        const QString path = QStringLiteral(":/boarddesk/calendar/england-and-wales-bank-holidays.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The bank holidays are not built into this program (%s)", qPrintable(path));
        auto read = fromJson(file.readAll(), path);
        if (!read)
            qFatal("%s", qPrintable(read.errorMessage()));
        return *read;
    }();
    return holidays;
}

bool BankHolidays::covers(const QDate &date) const
{
    return date.isValid() && date.year() >= m_firstYear && date.year() <= m_lastYear;
}

bool BankHolidays::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() <= 5 && !m_dates.contains(date);
}

Error BankHolidays::notCovered(const QDate &date) const
{
    return Error {tr("Working days cannot be counted to %1: the bank holidays known to BoardDesk cover %2 to %3 only.")
                      .arg(displayDate(date))
                      .arg(m_firstYear)
                      .arg(m_lastYear),
                  ErrorCode::Invalid};
}

Result<QDate> BankHolidays::addWorkingDays(const QDate &from, int days) const
{
    QDate day = from;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (!covers(day))
            return notCovered(day);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

Result<int> BankHolidays::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (to < from) {
        auto back = workingDaysBetween(to, from);
        if (!back)
            return back.error();
        return -*back;
    }
    if (!covers(from))
        return notCovered(from);
    if (!covers(to))
        return notCovered(to);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

Result<std::optional<StatutoryClock>> statutoryClock(const CaseReview &review, const QDate &today,
                                                     const BankHolidays &holidays)
{
    StatutoryClock clock;
    if (review.type == CaseReviewType::RapidReview) {
        if (!review.notified.isValid())
            return std::optional<StatutoryClock> {};
        clock.what = tr("Rapid review");
        clock.started = review.notified;
        auto due = holidays.addWorkingDays(review.notified, rapidReviewWorkingDays);
        if (!due)
            return due.error();
        clock.due = *due;
    } else if (review.type == CaseReviewType::Lcspr) {
        if (!review.decided.isValid())
            return std::optional<StatutoryClock> {};
        clock.what = tr("Practice review report");
        clock.started = review.decided;
        clock.due = review.decided.addMonths(practiceReviewMonths);
        clock.inWorkingDays = false;
    } else {
        return std::optional<StatutoryClock> {};
    }
    clock.done = review.signedOff;
    if (clock.done.isValid()) {
        clock.state = clock.done <= clock.due ? StatutoryClock::State::Met : StatutoryClock::State::MetLate;
        return std::optional<StatutoryClock> {clock};
    }
    auto left = holidays.workingDaysBetween(today, clock.due);
    if (!left)
        return left.error();
    clock.workingDaysLeft = *left;
    clock.state = today > clock.due ? StatutoryClock::State::Overdue : StatutoryClock::State::Running;
    return std::optional<StatutoryClock> {clock};
}

QString clockText(const StatutoryClock &clock)
{
    const QString due = displayDate(clock.due);
    switch (clock.state) {
    case StatutoryClock::State::Met:
        return tr("Met %1 (due %2)").arg(displayDate(clock.done), due);
    case StatutoryClock::State::MetLate:
        return tr("Met late, %1 (due %2)").arg(displayDate(clock.done), due);
    case StatutoryClock::State::Overdue:
        if (!clock.inWorkingDays)
            return tr("Overdue (due %1)").arg(due);
        return clock.workingDaysLeft == -1
            ? tr("Overdue by 1 working day (due %1)").arg(due)
            : tr("Overdue by %1 working days (due %2)").arg(-clock.workingDaysLeft).arg(due);
    case StatutoryClock::State::Running:
        break;
    }
    if (clock.due == QDate() || clock.workingDaysLeft < 0)
        return tr("Due %1").arg(due);
    if (clock.workingDaysLeft == 0)
        return tr("Due by %1, no working day left").arg(due);
    return clock.workingDaysLeft == 1 ? tr("Due %1, 1 working day left").arg(due)
                                      : tr("Due %1, %2 working days left").arg(due).arg(clock.workingDaysLeft);
}

} // namespace bd
