#include "funding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Funding", text);
}

constexpr qint64 mostPence = 100'000'000'000; // £1,000,000,000

Error refused(QStringView text, const QString &why)
{
    return Error {tr("\u201c%1\u201d is not an amount: %2").arg(text.toString(), why), ErrorCode::Invalid};
}

} // namespace

Result<qint64> parsePounds(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return Error {tr("No amount was given: type it in pounds, for example 1,234.56."), ErrorCode::Invalid};
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QStringLiteral("\u00a3-"))
        || s.startsWith(QStringLiteral("\u2212")))
        return refused(text, tr("an amount cannot be negative."));
    if (s.startsWith(QChar(0x00a3)))
        s = s.mid(1).trimmed();
    static const QRegularExpression shape(QStringLiteral("^(\\d+|\\d{1,3}(,\\d{3})+)(\\.(\\d*))?$"));
    const QRegularExpressionMatch match = shape.match(s);
    if (!match.hasMatch()) {
        static const QRegularExpression threePlaces(QStringLiteral("^[\\d,]+\\.\\d{3,}$"));
        if (threePlaces.match(s).hasMatch())
            return refused(text, tr("pence have two decimal places at most."));
        return refused(text, tr("type pounds and pence, for example 1,234.56 or \u00a31234."));
    }
    const QString pounds = match.captured(1).remove(QLatin1Char(','));
    const QString pence = match.captured(4);
    if (pence.size() > 2)
        return refused(text, tr("pence have two decimal places at most."));
    if (pounds.size() > 10)
        return refused(text, tr("it is more than \u00a31,000,000,000."));
    const qint64 total = pounds.toLongLong() * 100 + (pence.isEmpty() ? 0 : pence.leftJustified(2, u'0').toLongLong());
    if (total > mostPence)
        return refused(text, tr("it is more than \u00a31,000,000,000."));
    return total;
}

QString plainPounds(qint64 pence)
{
    const bool negative = pence < 0;
    const qint64 magnitude = negative ? -pence : pence;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<double> ContributionLine::changePercent() const
{
    if (!previousPence || *previousPence == 0)
        return std::nullopt;
    return double(change()) * 100.0 / double(*previousPence);
}

int FundingYear::contributors() const
{
    return int(std::count_if(contributions.begin(), contributions.end(),
                             [](const ContributionLine &line) { return line.pence.has_value(); }));
}

FundingYear fundingYear(const QList<Funding> &funding, const QList<Spending> &spending, const FinancialYear &year)
{
    FundingYear result;
    result.year = year;
    QList<ContributionLine> gone;
    for (const Funding &f : funding) {
        if (f.year != year)
            continue;
        ContributionLine line {f.agency, f.amountPence, std::nullopt, f.note};
        result.contributed += f.amountPence;
        result.contributions << line;
    }
    for (const Funding &f : funding) {
        if (f.year != year.previous())
            continue;
        result.previouslyContributed += f.amountPence;
        auto found = std::find_if(result.contributions.begin(), result.contributions.end(),
                                  [&](const ContributionLine &line) { return line.agency == f.agency; });
        if (found != result.contributions.end())
            found->previousPence = f.amountPence;
        else
            gone << ContributionLine {f.agency, std::nullopt, f.amountPence, QString()};
    }
    const auto largestFirst = [](const ContributionLine &a, const ContributionLine &b) {
        const qint64 amountA = a.pence ? *a.pence : a.previousPence.value_or(0);
        const qint64 amountB = b.pence ? *b.pence : b.previousPence.value_or(0);
        return amountA != amountB ? amountA > amountB : a.agency < b.agency;
    };
    std::sort(result.contributions.begin(), result.contributions.end(), largestFirst);
    std::sort(gone.begin(), gone.end(), largestFirst);
    result.contributions << gone;
    for (const Spending &s : spending) {
        if (s.year != year)
            continue;
        result.spending << s;
        result.spent += s.amountPence;
    }
    return result;
}

QList<Funding> contributionsToCopy(const QList<Funding> &funding, const FinancialYear &year)
{
    QSet<Id> already;
    for (const Funding &f : funding) {
        if (f.year == year)
            already.insert(f.agency);
    }
    QList<Funding> copies;
    for (const Funding &f : funding) {
        if (f.year != year.previous() || already.contains(f.agency))
            continue;
        Funding copy = f;
        copy.year = year;
        copies << copy;
    }
    return copies;
}

QString spendingCategoryName(const QString &category)
{
    static const QRegularExpression key(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!key.match(category).hasMatch())
        return category;
    QString words = category;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    words[0] = words.at(0).toUpper();
    return words;
}

QList<FinancialYear> fundingYears(const QList<Funding> &funding, const QList<Spending> &spending)
{
    QList<FinancialYear> years;
    for (const Funding &f : funding)
        years << f.year;
    for (const Spending &s : spending)
        years << s.year;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace bd
