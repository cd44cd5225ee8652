#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

// The rules of the funding register, decided once here for the desktop, the documents and
// boarddesk-cli: how an amount typed in pounds becomes pence, and what a year's
// contributions, spending and change on the year before add up to.

// An amount typed in pounds and pence, as a person writes it: "£1,234.56", "1234.56",
// "1,234", "1234.5", "£20". Refused, with a message that quotes the text: a negative amount,
// a third decimal place, commas that do not group thousands, anything that is not a number,
// and more than £1,000,000,000.
Result<qint64> parsePounds(QStringView text);

// "1234.56": an amount as a spreadsheet or a script reads it (no pound sign, no grouping).
QString plainPounds(qint64 pence);

// One agency's line in a year: what it gave this year and the year before, either of which
// may be missing (an agency new this year, or one that gave nothing this year).
struct ContributionLine {
    Id agency;
    std::optional<qint64> pence;
    std::optional<qint64> previousPence;
    QString note;

    // This year's amount less last year's (a missing year counts as nothing given).
    qint64 change() const { return pence.value_or(0) - previousPence.value_or(0); }
    // The change as a percentage of last year's amount; nothing when it gave nothing then.
    std::optional<double> changePercent() const;
    bool isNew() const { return pence && !previousPence; }
    bool isGone() const { return !pence && previousPence; }
};

// A financial year's funding: the contributions (this year's, largest first; then the
// agencies that gave last year and not this, largest first), the spending lines, and the
// totals to the penny.
struct FundingYear {
    FinancialYear year;
    QList<ContributionLine> contributions;
    QList<Spending> spending;
    qint64 contributed = 0;
    qint64 previouslyContributed = 0; // the year before's total
    qint64 spent = 0;

    qint64 balance() const { return contributed - spent; }
    // The agencies that gave this year.
    int contributors() const;
};

FundingYear fundingYear(const QList<Funding> &funding, const QList<Spending> &spending, const FinancialYear &year);

// The contributions of the year before \a year, as they would be copied into \a year to
// start it: one for each agency that has none in \a year yet, with the same amount and note.
QList<Funding> contributionsToCopy(const QList<Funding> &funding, const FinancialYear &year);

// A spending category as a reader sees it: one written as a key ("independent-chair") reads
// "Independent chair"; one typed as words stays as typed.
QString spendingCategoryName(const QString &category);

// The financial years that have any contribution or spending line, oldest first.
QList<FinancialYear> fundingYears(const QList<Funding> &funding, const QList<Spending> &spending);

} // namespace bd
