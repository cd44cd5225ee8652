#pragma once

#include "sqlbackend.h"

#include <vector>

namespace bd::storage {

// What the store keeps in each column beyond its declared type: the dates, times, years and
// sums of money the records read back as QDate, QTime, FinancialYear and pence. `check`
// finds every stored value that breaks one, and an archive is not written from a file that
// holds one (it would be written as a blank date or 0 pence).
const std::vector<ValueRule> &valueRules();

} // namespace bd::storage
