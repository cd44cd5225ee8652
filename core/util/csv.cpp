#include "csv.h"

namespace bd {

namespace {

QString quoted(QString cell)
{
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

} // namespace

QString csvText(QString text)
{
    // A spreadsheet runs a cell starting with one of these as a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    return quoted(std::move(text));
}

QString csvNumber(const QString &number)
{
    return quoted(number);
}

QString csvLine(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace bd
