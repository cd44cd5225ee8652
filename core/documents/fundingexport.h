#pragma once

#include "domain/funding.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace bd {

class Store;

// A year's funding as CSV (RFC 4180, UTF-8, a header line) for a spreadsheet: one line per
// contribution (with last year's amount and the change, amount and percent), one per
// spending line, then the totals and the balance. Columns: section, name, amount,
// previous_year, change, change_percent, note; amounts in pounds as 1234.56, empty where
// there is nothing. \a agencyNames gives each agency's name (its id when missing).
QByteArray fundingYearCsv(const FundingYear &year, const QHash<Id, QString> &agencyNames);

// Reads \a year's funding from the store and writes it to \a path as CSV, whole or not at
// all. A year with no contribution and no spending is refused, naming the year. The one
// entry point the ui and the CLI share.
// \a database is the open database's path: the output may not be it or one of its files.
Result<void> exportFundingCsv(Store &store, const FinancialYear &year, const QString &path,
                              const QString &database = {});

} // namespace bd
