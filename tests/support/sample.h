#pragma once

#include "domain/types.h"

namespace bd::test {

// A small partnership with one record of every kind, every optional field set somewhere,
// and every reference resolving. What a store or an archive must give back unchanged.
PartnershipData samplePartnership();

// Clears the database's own keys (rowIds), which a record does not have before it is stored.
void clearRowIds(PartnershipData &data);
void clearRowIds(QList<Entry> &entries);

} // namespace bd::test
