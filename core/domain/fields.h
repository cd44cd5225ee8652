#pragma once

#include <variant>

#include "types.h"

#include <limits>
#include <tuple>
#include <type_traits>

namespace bd {

enum class RecordKind;

// The kinds of field a record description (records.h) is made of. Each is plain data: which
// member, its archive key, its database column (nullptr when it has none in the record's own
// table) and what it may hold. The store, the archive and the audit log each say once, per
// kind of field, what to do with one; no code says it per record type.
namespace field {

enum class Need : unsigned char { Optional, Required };
constexpr Need Optional = Need::Optional;
constexpr Need Required = Need::Required;

// The database's own integer key of a record that has no id in the archive.
template<typename T> struct RowId {
    qint64 T::*member;
    static constexpr const char *column = "id";
};

// The record's archive id: required, 1-64 characters of a-z 0-9 . _ -, unique in its list.
template<typename T> struct Id {
    QString T::*member;
    static constexpr const char *key = "id";
    static constexpr const char *column = "id";
};

// Free text ("" is absent unless required). \a fallback: the value an absent one takes.
template<typename T> struct Text {
    QString T::*member;
    const char *key;
    const char *column;
    Need need = Optional;
    QString (*fallback)() = nullptr;
};

// The id of a record of \a target ("" is none; NULL in the database).
template<typename T> struct Ref {
    QString T::*member;
    const char *key;
    const char *column;
    RecordKind target;
    Need need = Optional;
};

// Ids of records of \a target, each at most once, in order: a part, kept in the link table
// \a table (owner column \a owner, then position and the id).
template<typename T> struct Refs {
    QStringList T::*member;
    const char *key;
    RecordKind target;
    const char *table;
    const char *owner;
    static constexpr const char *column = nullptr;
};

// One of an enumeration's keys (enums.h); \a fallback when absent.
template<typename T, typename E> struct Choice {
    E T::*member;
    const char *key;
    const char *column;
    Need need;
    E fallback;
};

// An enumeration key that may be absent.
template<typename T, typename E> struct MaybeChoice {
    std::optional<E> T::*member;
    const char *key;
    const char *column;
};

template<typename T> struct Date {
    QDate T::*member;
    const char *key;
    const char *column;
    Need need = Optional;
};

template<typename T> struct Time {
    QTime T::*member;
    const char *key;
    const char *column;
};

template<typename T> struct Year {
    FinancialYear T::*member;
    const char *key;
    const char *column;
    Need need = Optional;
};

// A whole number >= 0 that may be absent.
template<typename T> struct Count {
    std::optional<int> T::*member;
    const char *key;
    const char *column;
};

// A whole number from \a least to \a most; \a least when absent.
template<typename T> struct Number {
    int T::*member;
    const char *key;
    const char *column;
    Need need;
    int least;
    int most;
};

// Money: a whole number of pence, >= 0, required.
template<typename T> struct Pence {
    qint64 T::*member;
    const char *key;
    const char *column;
};

// The day a financial year starts, "MM-DD".
template<typename T> struct MonthDay {
    YearStart T::*member;
    const char *key;
    const char *column;
};

// A nested object described by Record<P>, flattened into the record's own columns.
template<typename T, typename P> struct Object {
    P T::*member;
    const char *key;
    static constexpr const char *column = nullptr;
};

// A list of records described by Record<C>, each a row of Record<C>::table (a part).
template<typename T, typename C> struct Children {
    QList<C> T::*member;
    const char *key;
    static constexpr const char *column = nullptr;
};

// A meeting's bullets: a tree of Entry, with the rules of the meeting's part (a part).
template<typename T> struct EntryTree {
    QList<Entry> T::*member;
    const char *key;
    static constexpr const char *column = nullptr;
};

} // namespace field

// Which records of a list belong to a financial year.
struct YearFilter {
    enum class Rule {
        None, // not a yearly record
        YearColumn, // column holds the year's first calendar year
        DateIn, // column's date falls in the year
        Active, // from column .. to column overlaps the year (either may be absent)
        WorkplanOrDue, // its workplan's year; without a workplan, column's date falls in it
    };
    Rule rule = Rule::None;
    const char *column = nullptr;
    const char *to = nullptr;
};

// Calls \a fn with each field of \a T's description, in order.
template<typename T, typename Fn> constexpr void forEachField(Fn &&fn);

// Calls \a fn(std::type_identity<T>) for each type of a list of types.
template<typename... Ts> struct TypeList {
    template<typename Fn> static constexpr void forEach(Fn &&fn) { (fn(std::type_identity<Ts> {}), ...); }
    // One record of any of the types, by address.
    using ConstPointers = std::variant<const Ts *...>;
};

} // namespace bd
