#pragma once

#include "domain/types.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bd {

// A made-up partnership of any size, for the benchmark (boarddesk-bench) and for tests that
// need a big history: `boarddesk-cli generate --years N --scale large|small -o FILE.json`.
//
// The same options always give the same records (a fixed seed and our own random numbers,
// not the standard library's distributions, whose results differ between libraries), and
// every record is valid by archive-v1.md, so the archive passes readArchive().

enum class GeneratorScale {
    // Per twenty years: 30 bodies meeting 12 times a year (7,200 meetings), 30 bullets a
    // meeting (216,000, some nested two levels), 10 attendance rows a meeting, 20,000
    // actions with 5 reviews each, 1,000 risks with reviews, funding from 15 agencies a year,
    // 5,000 training sessions, 200 case reviews and 50 newsletter issues.
    Large,
    // About a twentieth of that: 6 bodies meeting 3 times a year, the same 30 bullets and
    // 10 attendance rows a meeting, 1,000 actions, 50 risks, 5 funders, 250 sessions, 10
    // case reviews, 3 newsletters per twenty years. Quick enough for unit tests.
    Small,
};

// "large" or "small"; nothing for anything else.
std::optional<GeneratorScale> generatorScaleFromName(QStringView name);

struct GeneratorOptions {
    int years = 20; // financial years of history, 1 to 50; the last is lastYear
    GeneratorScale scale = GeneratorScale::Large;
    FinancialYear lastYear = FinancialYear(2024);
    quint64 seed = 0x5eed2024b0a2dULL;
};

// The partnership the options describe.
PartnershipData generatePartnership(const GeneratorOptions &options);

// The same as an archive (writeArchive), with a fixed `exported` time (the day after the
// last year ends), so the bytes depend only on the options.
QByteArray generateArchive(const GeneratorOptions &options);

} // namespace bd
