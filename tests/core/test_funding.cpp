// The funding register as a treasurer checks it: amounts typed as people type them, to the
// penny; what is refused and why; a year's totals and balance; the change on the year before
// for an agency new this year and for one gone; starting a year from last year's
// contributions; and the year as CSV for a spreadsheet, from the CLI.
#include "fixtures.h"

#include "documents/fundingexport.h"
#include "domain/funding.h"
#include "store/batch.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace bd;
using bd::test::FreshStore;

namespace {

Funding contribution(int year, const Id &agency, qint64 pence, const QString &note = {})
{
    Funding f;
    f.year = FinancialYear(year);
    f.agency = agency;
    f.amountPence = pence;
    f.note = note;
    return f;
}

Spending spend(int year, const QString &category, qint64 pence)
{
    Spending s;
    s.year = FinancialYear(year);
    s.category = category;
    s.amountPence = pence;
    return s;
}

} // namespace

TEST_CASE("Amounts are typed in pounds as people write them and kept to the penny", "[funding]")
{
    const auto pence = [](const char *text) {
        auto parsed = parsePounds(QString::fromUtf8(text));
        INFO(text << ": " << (parsed ? std::string() : parsed.errorMessage().toStdString()));
        REQUIRE(parsed);
        return *parsed;
    };
    CHECK(pence("£1,234.56") == 123456);
    CHECK(pence("1234.56") == 123456);
    CHECK(pence("1,234") == 123400);
    CHECK(pence(" £20 ") == 2000);
    CHECK(pence("1234.5") == 123450);
    CHECK(pence("0.01") == 1);
    CHECK(pence("155,683.00") == 15568300);
    CHECK(pence("1,000,000,000") == 100000000000);

    const auto refusal = [](const char *text) {
        auto parsed = parsePounds(QString::fromUtf8(text));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::Invalid);
        return parsed.errorMessage();
    };
    CHECK(refusal("-5").contains(QStringLiteral("negative")));
    CHECK(refusal("£-5.00").contains(QStringLiteral("negative")));
    CHECK(refusal("12.345").contains(QStringLiteral("two decimal places")));
    CHECK(refusal("1,23").contains(QStringLiteral("\u201c1,23\u201d"))); // commas must group thousands
    CHECK(refusal("twelve").contains(QStringLiteral("twelve")));
    CHECK(refusal("").contains(QStringLiteral("No amount")));
    CHECK(refusal("1,000,000,000.01").contains(QStringLiteral("1,000,000,000")));
    CHECK(plainPounds(123456) == QStringLiteral("1234.56"));
    CHECK(plainPounds(-5) == QStringLiteral("-0.05"));
}

TEST_CASE("A year's funding: totals to the penny, the balance and the change on the year before", "[funding]")
{
    const QList<Funding> funding {
        contribution(2023, QStringLiteral("council"), 10000000), contribution(2023, QStringLiteral("police"), 2500050),
        contribution(2023, QStringLiteral("college"), 99999), // gone in 2024-25
        contribution(2024, QStringLiteral("council"), 10500000), contribution(2024, QStringLiteral("police"), 2500050),
        contribution(2024, QStringLiteral("icb"), 3000001), // new in 2024-25
        contribution(2022, QStringLiteral("council"), 1)};
    const QList<Spending> spending {spend(2024, QStringLiteral("Staffing"), 12000000),
                                    spend(2024, QStringLiteral("Training"), 333333),
                                    spend(2023, QStringLiteral("Staffing"), 5)};
    const FundingYear year = fundingYear(funding, spending, FinancialYear(2024));
    CHECK(year.contributed == 10500000 + 2500050 + 3000001);
    CHECK(year.previouslyContributed == 10000000 + 2500050 + 99999);
    CHECK(year.spent == 12333333);
    CHECK(year.balance() == 16000051 - 12333333);
    CHECK(year.contributors() == 3);
    REQUIRE(year.contributions.size() == 4);

    // This year's, largest first, then the agency that gave nothing this year.
    CHECK(year.contributions[0].agency == QStringLiteral("council"));
    CHECK(year.contributions[0].change() == 500000);
    CHECK(*year.contributions[0].changePercent() == Approx(5.0));
    CHECK(year.contributions[1].agency == QStringLiteral("icb"));
    CHECK(year.contributions[1].isNew());
    CHECK(year.contributions[1].change() == 3000001);
    CHECK_FALSE(year.contributions[1].changePercent()); // nothing to compare with
    CHECK(year.contributions[2].agency == QStringLiteral("police"));
    CHECK(year.contributions[2].change() == 0);
    CHECK(year.contributions[3].agency == QStringLiteral("college"));
    CHECK(year.contributions[3].isGone());
    CHECK(year.contributions[3].change() == -99999);
    CHECK(*year.contributions[3].changePercent() == Approx(-100.0));
    CHECK(year.spending.size() == 2);

    CHECK(fundingYears(funding, spending)
          == QList<FinancialYear> {FinancialYear(2022), FinancialYear(2023), FinancialYear(2024)});
}

TEST_CASE("A new year starts from last year's contributions, leaving any already entered", "[funding]")
{
    FreshStore fresh;
    Store &store = *fresh.store;
    Agency council;
    council.id = QStringLiteral("council");
    council.name = QStringLiteral("Northvale Council");
    Agency police;
    police.id = QStringLiteral("police");
    police.name = QStringLiteral("Northvale Police");
    REQUIRE(store.insert(council));
    REQUIRE(store.insert(police));
    REQUIRE(store.insert(contribution(2024, council.id, 10000000, QStringLiteral("As agreed"))));
    REQUIRE(store.insert(contribution(2024, police.id, 2500000)));
    REQUIRE(store.insert(contribution(2025, police.id, 2600000)));

    auto funding = store.list<Funding>();
    REQUIRE(funding);
    const QList<Funding> copies = contributionsToCopy(*funding, FinancialYear(2025));
    REQUIRE(copies.size() == 1); // the police already gave for 2025-26
    CHECK(copies[0].agency == council.id);
    CHECK(copies[0].amountPence == 10000000);
    CHECK(copies[0].note == QStringLiteral("As agreed"));
    CHECK(copies[0].year == FinancialYear(2025));

    REQUIRE(insertAll(store, copies));
    auto after = store.list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2025)});
    REQUIRE(after);
    CHECK(after->size() == 2);

    // All or nothing: a batch with one refused record leaves nothing of it written.
    Funding unknown = contribution(2026, QStringLiteral("nobody"), 5);
    auto refused = insertAll(store, QList<Funding> {contribution(2026, council.id, 7), unknown});
    CHECK_FALSE(refused);
    auto none = store.list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2026)});
    REQUIRE(none);
    CHECK(none->isEmpty());

    REQUIRE(removeAll(store, copies));
    auto undone = store.list<Funding>(ListFilter {.body = {}, .year = FinancialYear(2025)});
    REQUIRE(undone);
    CHECK(undone->size() == 1);
}

TEST_CASE("A year's funding as CSV: every contribution, spending line and total, amounts as numbers", "[funding][csv]")
{
    FundingYear year;
    year.year = FinancialYear(2024);
    year.contributions
        = {ContributionLine {QStringLiteral("council"), 10500000, 10000000, QStringLiteral("Uplift, 5%")},
           ContributionLine {QStringLiteral("college"), std::nullopt, 99999, QString()}};
    year.spending = {spend(2024, QStringLiteral("=Staffing"), 12000000)};
    year.contributed = 10500000;
    year.previouslyContributed = 10099999;
    year.spent = 12000000;
    const QString csv
        = QString::fromUtf8(fundingYearCsv(year,
                                           {{QStringLiteral("council"), QStringLiteral("Northvale Council")},
                                            {QStringLiteral("college"), QStringLiteral("Vale College")}}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == QStringLiteral("section,name,amount,previous_year,change,change_percent,note"));
    CHECK(lines[1] == QStringLiteral("contribution,Northvale Council,105000.00,100000.00,5000.00,5.0,\"Uplift, 5%\""));
    CHECK(lines[2] == QStringLiteral("contribution,Vale College,,999.99,-999.99,-100.0,"));
    CHECK(lines[3] == QStringLiteral("spending,'=Staffing,120000.00,,,,")); // typed text never runs as a formula
    CHECK(lines[4] == QStringLiteral("total,contributions,105000.00,,,,"));
    CHECK(lines[5] == QStringLiteral("total,spending,120000.00,,,,"));
    CHECK(lines[6] == QStringLiteral("total,balance,-15000.00,,,,"));
}
