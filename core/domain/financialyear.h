#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace bd {

// The day a financial year starts on, "MM-DD" in the archive (default 1 April).
struct YearStart {
    int month = 4;
    int day = 1;

    static std::optional<YearStart> parse(QStringView text);
    QString toString() const;
    friend bool operator==(const YearStart &, const YearStart &) = default;
};

// A financial year, written "2018-19": the calendar year it starts in and the last two
// digits of the next.
class FinancialYear
{
public:
    FinancialYear() = default;
    explicit FinancialYear(int startYear) : m_startYear(startYear) {}

    // "2018-19" -> 2018; nothing for anything else ("2018-20", "2018/19", "18-19").
    static std::optional<FinancialYear> parse(QStringView text);
    // The financial year that \a date falls in.
    static FinancialYear containing(const QDate &date, YearStart start = {});

    bool isValid() const { return m_startYear > 0; }
    int startYear() const { return m_startYear; }
    QString toString() const;
    QDate firstDay(YearStart start = {}) const;
    QDate lastDay(YearStart start = {}) const;
    FinancialYear next() const { return FinancialYear(m_startYear + 1); }
    FinancialYear previous() const { return FinancialYear(m_startYear - 1); }

    friend auto operator<=>(const FinancialYear &, const FinancialYear &) = default;

private:
    int m_startYear = 0;
};

} // namespace bd
