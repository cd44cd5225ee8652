#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace bd::storage {

// The store's messages, in one translation context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Store", text);
}

// Conversions between domain values and the values bound to SQL: absent values (null dates,
// empty references, empty optionals) are NULL.
QVariant sqlDate(const QDate &date);
QDate dateOf(const QVariant &value);
QVariant sqlTime(const QTime &time);
QTime timeOf(const QVariant &value);
QVariant sqlRef(const Id &id);
QVariant sqlYear(const FinancialYear &year);
FinancialYear yearOf(const QVariant &value);
QVariant sqlInt(const std::optional<int> &value);
std::optional<int> intOf(const QVariant &value);
QString textOf(const QVariant &value);

template<typename E> QVariant sqlEnum(E value)
{
    return enumKey(value);
}

template<typename E> E enumOf(const QVariant &value, E fallback)
{
    return enumFromKey<E>(value.toString()).value_or(fallback);
}

// Year clauses: which records belong to a financial year.
struct Clause {
    QString sql;
    QVariantList values;
};

Clause yearColumn(const QString &column, const FinancialYear &year, YearStart);
Clause dateInYear(const QString &column, const FinancialYear &year, YearStart start);
Clause activeInYear(const QString &from, const QString &to, const FinancialYear &year, YearStart start);

// "?, ?, ?" for \a count values.
QString placeholders(qsizetype count);

} // namespace bd::storage
