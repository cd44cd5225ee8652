#pragma once

#include "database.h"
#include "store.h"

#include <QList>

namespace bd {

// Several records of one kind added or removed as one change: all of them, in one
// transaction, or none (the first refusal is the error, and nothing stays written).
template<typename T> Result<void> insertAll(Store &store, const QList<T> &records)
{
    Transaction transaction(store.database());
    if (!transaction.started())
        return transaction.started();
    for (const T &record : records) {
        if (auto inserted = store.insert(record); !inserted)
            return inserted.error();
    }
    return transaction.commit();
}

template<typename T> Result<void> removeAll(Store &store, const QList<T> &records)
{
    Transaction transaction(store.database());
    if (!transaction.started())
        return transaction.started();
    for (const T &record : records) {
        if (auto removed = store.remove(record); !removed)
            return removed;
    }
    return transaction.commit();
}

} // namespace bd
