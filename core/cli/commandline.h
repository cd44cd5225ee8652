#pragma once

#include <QStringList>
#include <QTextStream>

namespace bd {

// boarddesk-cli, as ../shared/design/cli.md specifies it. Returns the exit status:
// 0 done, 1 failed (one line on \a err naming the file, record or JSON path at fault),
// 2 usage error (with a hint), 3 `check` found problems (each on a line of \a out).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

namespace exitcode {
constexpr int ok = 0;
constexpr int failed = 1;
constexpr int usage = 2;
constexpr int problems = 3;
} // namespace exitcode

} // namespace bd
