#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace bd {

// The one clock: what day and time it is for BoardDesk. Everything that needs "now" (today's
// date in an editor, what is overdue, the day's backup, an export's stamp, a document's
// creation date) asks here, never the system clock directly, so a test can set the time and
// no test depends on today's date.
//
// Safe to read from any thread; set it only while nothing else is reading (a test's start).
class Clock {
public:
    // Local time.
    static QDateTime now();
    static QDate today() { return now().date(); }

    // Makes now() return what \a source returns (a test's fixed or moving time).
    static void set(std::function<QDateTime()> source);
    // Fixes now() at \a fixed.
    static void setFixed(const QDateTime &fixed);
    // Back to the system clock.
    static void reset();
};

// For tests: fixes the clock for a scope, then puts back the system clock.
class ClockOverride {
public:
    explicit ClockOverride(const QDateTime &fixed) { Clock::setFixed(fixed); }
    explicit ClockOverride(std::function<QDateTime()> source) { Clock::set(std::move(source)); }
    ~ClockOverride() { Clock::reset(); }
    ClockOverride(const ClockOverride &) = delete;
    ClockOverride &operator=(const ClockOverride &) = delete;
};

} // namespace bd
