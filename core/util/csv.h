#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// CSV as RFC 4180 writes it and spreadsheets read it: cells joined by commas, lines ended by
// CRLF, a cell quoted when it holds a comma, a quote or a line break.

// \a text as one cell. Text that a spreadsheet would run as a formula (it starts with = + - @
// or a tab) is given a leading apostrophe, so a file made from typed text runs nothing.
QString csvText(QString text);
// A number written by the program ("-1234.56", "12.5"): never guarded, so it stays a number.
QString csvNumber(const QString &number);
// One line of cells already made by csvText or csvNumber, with its CRLF.
QString csvLine(const QStringList &cells);

} // namespace bd
