#include "values.h"

#include <QStringList>

namespace bd::storage {

namespace {

// Digits at \a at..at+count of \a text as a number; -1 if any is not a digit.
int digitsAt(QStringView text, qsizetype at, qsizetype count)
{
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Dates and times are read for every row of every list: "YYYY-MM-DD" and "HH:MM" are read
// by hand (QDate::fromString and, far more, QTime::fromString with a format are slow),
// anything else as before.
QDate dateOf(const QVariant &value)
{
    if (value.isNull())
        return QDate();
    const QString text = value.toString();
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(text, Qt::ISODate);
}

QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return QTime();
    const QString text = value.toString();
    if (text.size() == 5 && text[2] == u':') {
        const int h = digitsAt(text, 0, 2), m = digitsAt(text, 3, 2);
        if (h >= 0 && m >= 0)
            return QTime(h, m);
    }
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QVariant sqlRef(const Id &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

QVariant sqlYear(const FinancialYear &year)
{
    return year.isValid() ? QVariant(year.startYear()) : QVariant();
}

FinancialYear yearOf(const QVariant &value)
{
    return value.isNull() ? FinancialYear() : FinancialYear(value.toInt());
}

QVariant sqlInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

Clause yearColumn(const QString &column, const FinancialYear &year, YearStart)
{
    return {column + QStringLiteral(" = ?"), {year.startYear()}};
}

Clause dateInYear(const QString &column, const FinancialYear &year, YearStart start)
{
    return {column + QStringLiteral(" BETWEEN ? AND ?"), {sqlDate(year.firstDay(start)), sqlDate(year.lastDay(start))}};
}

Clause activeInYear(const QString &from, const QString &to, const FinancialYear &year, YearStart start)
{
    return {QStringLiteral("(%1 IS NULL OR %1 <= ?) AND (%2 IS NULL OR %2 >= ?)").arg(from, to),
            {sqlDate(year.lastDay(start)), sqlDate(year.firstDay(start))}};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace bd::storage
