#pragma once

// A test that needs a tool the machine lacks reports itself skipped, never passed: it says what
// is missing, stops, and its process exits with CTest's skip code (see main_core.cpp and
// main_ui.cpp; each test case runs as a process of its own under CTest). A check that failed
// before the skip still fails the test.

#include <catch2/catch.hpp>

#include <QString>

namespace bd::test {

// CTest's SKIP_RETURN_CODE for every test (tests/CMakeLists.txt).
inline constexpr int SkipReturnCode = 77;

inline bool &skippedFlag()
{
    static bool skipped = false;
    return skipped;
}

// Records that this test case could not check all it should, and why.
inline void markSkipped(const QString &reason)
{
    WARN("SKIPPED: " << reason.toStdString());
    skippedFlag() = true;
}

// What main() returns: a failure stays a failure; a run that passed but skipped says so.
inline int exitCode(int catchResult)
{
    return catchResult == 0 && skippedFlag() ? SkipReturnCode : catchResult;
}

} // namespace bd::test

// Skips the rest of the test case: BD_SKIP("pdftotext (poppler-utils) is missing").
#define BD_SKIP(reason)                                                                                                \
    do {                                                                                                               \
        bd::test::markSkipped(QStringLiteral(reason));                                                                 \
        return;                                                                                                        \
    } while (false)
