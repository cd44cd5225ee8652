#include "financialyear.h"

#include <QRegularExpression>

namespace bd {

std::optional<YearStart> YearStart::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int month = match.capturedView(1).toInt();
    const int day = match.capturedView(2).toInt();
    // 2000 is a leap year, so 02-29 is a possible (if unwise) start.
    if (!QDate::isValid(2000, month, day))
        return std::nullopt;
    return YearStart{month, day};
}

QString YearStart::toString() const
{
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

std::optional<FinancialYear> FinancialYear::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d\\d)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int start = match.capturedView(1).toInt();
    const int end = match.capturedView(2).toInt();
    if (start < 1900 || (start + 1) % 100 != end)
        return std::nullopt;
    return FinancialYear(start);
}

FinancialYear FinancialYear::containing(const QDate &date, YearStart start)
{
    const QDate startThisYear(date.year(), start.month, std::min(start.day, QDate(date.year(), start.month, 1).daysInMonth()));
    return FinancialYear(date < startThisYear ? date.year() - 1 : date.year());
}

QString FinancialYear::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-%2").arg(m_startYear).arg((m_startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QDate FinancialYear::firstDay(YearStart start) const
{
    return QDate(m_startYear, start.month, std::min(start.day, QDate(m_startYear, start.month, 1).daysInMonth()));
}

QDate FinancialYear::lastDay(YearStart start) const
{
    return next().firstDay(start).addDays(-1);
}

} // namespace bd
