#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd::test {

// The path of the program \a name on PATH, or nothing.
std::optional<QString> tool(const QString &name);

// Runs \a program and returns what it printed (standard output, then standard error);
// \a status, if given, receives its exit status.
QString run(const QString &program, const QStringList &arguments, int *status = nullptr);

// The PDF's pages as pdftotext reads them (\a mode: -layout or -raw), or nothing when
// poppler-utils is missing (the test is then marked skipped).
std::optional<QStringList> pdfPages(const QByteArray &pdf, const QString &mode = QStringLiteral("-layout"));

// Whether the accessibility check (axe-core in Chromium, tests/a11y) can run here.
bool canCheckAccessibility();
// Runs axe's WCAG 2 A and AA checks on the HTML \a files; returns the exit status, and its
// report in \a report.
int checkAccessibility(const QStringList &files, QString *report);

} // namespace bd::test
