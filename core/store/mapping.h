#pragma once

#include "domain/limits.h"
#include "domain/records.h"
#include "values.h"

#include <QSqlQuery>
#include <QStringList>

namespace bd::storage {

// How each kind of field (domain/fields.h) is a column: its value bound to SQL and read back.
// Fields without a column (parts) have neither; a nested object's fields are its owner's.
namespace column {

template<typename F> constexpr bool isColumn = F::column != nullptr;

template<typename T, typename F> void names(const F &f, QStringList &out)
{
    if (f.column)
        out << QString::fromLatin1(f.column);
}
template<typename T, typename P> void names(const field::Object<T, P> &, QStringList &out)
{
    forEachField<P>([&out](const auto &f) { names<P>(f, out); });
}
template<typename T> void names(const field::RowId<T> &, QStringList &) { }

inline QVariant sqlOf(const QString &v, bool nullWhenEmpty)
{
    return nullWhenEmpty ? sqlRef(v) : QVariant(v);
}

template<typename T> void values(const field::RowId<T> &, const T &, QVariantList &) { }
template<typename T> void values(const field::Id<T> &f, const T &r, QVariantList &out)
{
    out << r.*f.member;
}
template<typename T> void values(const field::Text<T> &f, const T &r, QVariantList &out)
{
    const QString &text = r.*f.member;
    out << (text.isEmpty() && f.fallback ? f.fallback() : text);
}
template<typename T> void values(const field::Ref<T> &f, const T &r, QVariantList &out)
{
    out << sqlRef(r.*f.member);
}
template<typename T, typename E> void values(const field::Choice<T, E> &f, const T &r, QVariantList &out)
{
    out << sqlEnum(r.*f.member);
}
template<typename T, typename E> void values(const field::MaybeChoice<T, E> &f, const T &r, QVariantList &out)
{
    out << ((r.*f.member) ? sqlEnum(*(r.*f.member)) : QVariant());
}
template<typename T> void values(const field::Date<T> &f, const T &r, QVariantList &out)
{
    out << sqlDate(r.*f.member);
}
template<typename T> void values(const field::Time<T> &f, const T &r, QVariantList &out)
{
    out << sqlTime(r.*f.member);
}
template<typename T> void values(const field::Year<T> &f, const T &r, QVariantList &out)
{
    out << sqlYear(r.*f.member);
}
template<typename T> void values(const field::Count<T> &f, const T &r, QVariantList &out)
{
    out << sqlInt(r.*f.member);
}
template<typename T> void values(const field::Number<T> &f, const T &r, QVariantList &out)
{
    out << r.*f.member;
}
template<typename T> void values(const field::Pence<T> &f, const T &r, QVariantList &out)
{
    out << r.*f.member;
}
template<typename T> void values(const field::MonthDay<T> &f, const T &r, QVariantList &out)
{
    out << (r.*f.member).toString();
}
template<typename T, typename P> void values(const field::Object<T, P> &f, const T &r, QVariantList &out)
{
    forEachField<P>([&](const auto &inner) { values<P>(inner, r.*f.member, out); });
}
template<typename T> void values(const field::Refs<T> &, const T &, QVariantList &) { }
template<typename T, typename C> void values(const field::Children<T, C> &, const T &, QVariantList &) { }
template<typename T> void values(const field::EntryTree<T> &, const T &, QVariantList &) { }

// Reading: \a at is the next value of the row; RowId is read from \a rowIdAt.
struct Row {
    const QSqlQuery &query;
    int at = 0;
    int rowIdAt = -1;
    QVariant next() { return query.value(at++); }
};

template<typename T> void read(const field::RowId<T> &f, T &r, Row &row)
{
    r.*f.member = row.query.value(row.rowIdAt).toLongLong();
}
template<typename T> void read(const field::Id<T> &f, T &r, Row &row)
{
    r.*f.member = row.next().toString();
}
template<typename T> void read(const field::Text<T> &f, T &r, Row &row)
{
    r.*f.member = row.next().toString();
}
template<typename T> void read(const field::Ref<T> &f, T &r, Row &row)
{
    r.*f.member = textOf(row.next());
}
template<typename T, typename E> void read(const field::Choice<T, E> &f, T &r, Row &row)
{
    r.*f.member = enumOf(row.next(), f.fallback);
}
template<typename T, typename E> void read(const field::MaybeChoice<T, E> &f, T &r, Row &row)
{
    const QVariant v = row.next();
    r.*f.member = v.isNull() ? std::nullopt : enumFromKey<E>(v.toString());
}
template<typename T> void read(const field::Date<T> &f, T &r, Row &row)
{
    r.*f.member = dateOf(row.next());
}
template<typename T> void read(const field::Time<T> &f, T &r, Row &row)
{
    r.*f.member = timeOf(row.next());
}
template<typename T> void read(const field::Year<T> &f, T &r, Row &row)
{
    r.*f.member = yearOf(row.next());
}
template<typename T> void read(const field::Count<T> &f, T &r, Row &row)
{
    r.*f.member = intOf(row.next());
}
template<typename T> void read(const field::Number<T> &f, T &r, Row &row)
{
    r.*f.member = row.next().toInt();
}
template<typename T> void read(const field::Pence<T> &f, T &r, Row &row)
{
    r.*f.member = row.next().toLongLong();
}
template<typename T> void read(const field::MonthDay<T> &f, T &r, Row &row)
{
    r.*f.member = YearStart::parse(row.next().toString()).value_or(YearStart {});
}
template<typename T, typename P> void read(const field::Object<T, P> &f, T &r, Row &row)
{
    forEachField<P>([&](const auto &inner) { read<P>(inner, r.*f.member, row); });
}
template<typename T> void read(const field::Refs<T> &, T &, Row &) { }
template<typename T, typename C> void read(const field::Children<T, C> &, T &, Row &) { }
template<typename T> void read(const field::EntryTree<T> &, T &, Row &) { }

} // namespace column

// The column of \a T's field for \a member.
template<typename T, typename M> QString columnOf(M member)
{
    QString column;
    forEachField<T>([&](const auto &f) {
        if constexpr (std::is_same_v<std::decay_t<decltype(f.member)>, M>) {
            if (f.member == member)
                column = QString::fromLatin1(f.column);
        }
    });
    return column;
}

// The columns of a described type (domain/records.h) in its own table: the columns it
// writes (without its RowId, which the database gives), their values, and reading a row
// back into a record.
template<typename T> struct Columns {
    static QStringList columns()
    {
        static const QStringList list = [] {
            QStringList out;
            forEachField<T>([&out](const auto &f) { column::names<T>(f, out); });
            return out;
        }();
        return list;
    }
    static QVariantList values(const T &r)
    {
        QVariantList out;
        out.reserve(columns().size());
        forEachField<T>([&](const auto &f) { column::values<T>(f, r, out); });
        return out;
    }
    // A row whose columns from \a first on are columns(), then the RowId if T has one.
    static T read(const QSqlQuery &q, int first = 0)
    {
        T r;
        column::Row row {q, first, first + int(columns().size())};
        forEachField<T>([&](const auto &f) { column::read<T>(f, r, row); });
        return r;
    }
};

// A list's record type and its table. keyCount is the number of leading fields that form
// the key; 0 means the table's own integer "id" (the record's rowId) is the key.
template<typename T> struct Mapping : Columns<T> {
    using R = Record<T>;
    static constexpr auto prefix = R::prefix;
    static constexpr int keyCount = R::keyCount;
    static constexpr bool positioned = R::positioned;

    static QString table() { return QString::fromLatin1(R::table); }
    // Record<T>::sortedBy's columns, then the order the records were stored in.
    static QString order()
    {
        static const QString sql = [] {
            QStringList columns;
            const auto by = [] {
                if constexpr (requires { R::storedBy; })
                    return R::storedBy;
                else
                    return R::sortedBy;
            }();
            std::apply([&columns](auto... members) { ((columns << columnOf<T>(members)), ...); }, by);
            if (keyCount == 0)
                columns << QStringLiteral("id");
            else if (positioned)
                columns << QStringLiteral("position");
            else if (!columns.contains(QStringLiteral("id")))
                columns << QStringLiteral("rowid");
            return columns.join(QStringLiteral(", "));
        }();
        return sql;
    }
    static QString bodyColumn() { return R::body ? QString::fromLatin1(R::body) : QString(); }
    static std::optional<Clause> yearClause(const FinancialYear &y, YearStart s)
    {
        const QString column = R::year.column ? QString::fromLatin1(R::year.column) : QString();
        switch (R::year.rule) {
        case YearFilter::Rule::None:
            return std::nullopt;
        case YearFilter::Rule::YearColumn:
            return yearColumn(column, y, s);
        case YearFilter::Rule::DateIn:
            return dateInYear(column, y, s);
        case YearFilter::Rule::Active:
            return activeInYear(column, QString::fromLatin1(R::year.to), y, s);
        case YearFilter::Rule::WorkplanOrDue: {
            // That year's workplans' records, and the others whose date falls in that year.
            Clause due = dateInYear(column, y, s);
            return Clause {QStringLiteral("(workplan IN (SELECT id FROM workplans WHERE year = ?) OR "
                                          "(workplan IS NULL AND %1))")
                               .arg(due.sql),
                           QVariantList {y.startYear()} + due.values};
        }
        }
        return std::nullopt;
    }
};

template<typename T> QString describe(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QStringLiteral("%1 %2").arg(QLatin1String(Mapping<T>::prefix)).arg(record.rowId);
    else if constexpr (Mapping<T>::keyCount == 1)
        return QStringLiteral("%1 \"%2\"")
            .arg(QLatin1String(Mapping<T>::prefix), Mapping<T>::values(record).at(0).toString());
    else {
        const QVariantList v = Mapping<T>::values(record);
        return QStringLiteral("%1 %2 %3")
            .arg(QLatin1String(Mapping<T>::prefix), FinancialYear(v.at(0).toInt()).toString(), v.at(1).toString());
    }
}

template<typename T> Error failed(const T &record, const Error &error)
{
    return Error {tr("Could not save %1: %2").arg(describe(record), error.message)};
}

// A record holding more than domain/limits.h allows, refused naming it and the field.
template<typename T> std::optional<Error> beyondLimits(const T &record)
{
    if (auto beyond = Limits::beyond(record))
        return Error {tr("Could not save %1: %2.").arg(describe(record), *beyond), ErrorCode::Invalid};
    return std::nullopt;
}

template<typename T> QVariantList keyValues(const T &record)
{
    if constexpr (Mapping<T>::keyCount == 0)
        return {record.rowId};
    else
        return Mapping<T>::values(record).mid(0, Mapping<T>::keyCount);
}

template<typename T> QString keyWhere()
{
    if constexpr (Mapping<T>::keyCount == 0)
        return QStringLiteral("id = ?");
    QStringList parts;
    const QStringList columns = Mapping<T>::columns();
    for (int i = 0; i < Mapping<T>::keyCount; ++i)
        parts << columns.at(i) + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

// The columns Mapping<T>::read() reads: the record's own, then its RowId if it has one.
template<typename T> QString selectColumns()
{
    QString columns = Mapping<T>::columns().join(QStringLiteral(", "));
    if constexpr (Mapping<T>::keyCount == 0)
        columns += QStringLiteral(", id");
    return columns;
}

} // namespace bd::storage
