#pragma once

#include "database.h"
#include "domain/types.h"

namespace bd {
class Store;
}

namespace bd::storage {

// What belongs to a record beyond its own row. Each aggregate that has such parts says how
// to save them (after the row is written) and load them (for a list of records at once).
template<typename T> struct Parts {
    static Result<void> save(Store &, Database &, T &, bool) { return {}; }
    static Result<void> load(Database &, QList<T> &) { return {}; }
};

template<> struct Parts<Action> {
    static Result<void> save(Store &, Database &db, Action &record, bool inserted);
    static Result<void> load(Database &db, QList<Action> &records);
};

template<> struct Parts<Risk> {
    static Result<void> save(Store &, Database &db, Risk &record, bool inserted);
    static Result<void> load(Database &db, QList<Risk> &records);
};

template<> struct Parts<Newsletter> {
    static Result<void> save(Store &, Database &db, Newsletter &record, bool inserted);
    static Result<void> load(Database &db, QList<Newsletter> &records);
};

} // namespace bd::storage
