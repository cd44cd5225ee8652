#include "fundingexport.h"

#include "store/store.h"
#include "util/csv.h"
#include "util/outputtarget.h"

#include <QCoreApplication>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::FundingExport", text);
}

QString amount(const std::optional<qint64> &pence)
{
    return pence ? csvNumber(plainPounds(*pence)) : QString();
}

} // namespace

QByteArray fundingYearCsv(const FundingYear &year, const QHash<Id, QString> &agencyNames)
{
    QString out = csvLine({QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("amount"),
                           QStringLiteral("previous_year"), QStringLiteral("change"), QStringLiteral("change_percent"),
                           QStringLiteral("note")});
    for (const ContributionLine &line : year.contributions) {
        const std::optional<double> percent = line.changePercent();
        out += csvLine({QStringLiteral("contribution"), csvText(agencyNames.value(line.agency, line.agency)),
                        amount(line.pence), amount(line.previousPence), csvNumber(plainPounds(line.change())),
                        percent ? csvNumber(QString::number(*percent, 'f', 1)) : QString(), csvText(line.note)});
    }
    for (const Spending &s : year.spending)
        out += csvLine({QStringLiteral("spending"), csvText(s.category), amount(s.amountPence), QString(), QString(),
                        QString(), csvText(s.note)});
    const auto total = [&out](const QString &name, qint64 pence) {
        out += csvLine(
            {QStringLiteral("total"), name, csvNumber(plainPounds(pence)), QString(), QString(), QString(), QString()});
    };
    total(QStringLiteral("contributions"), year.contributed);
    total(QStringLiteral("spending"), year.spent);
    total(QStringLiteral("balance"), year.balance());
    return out.toUtf8();
}

Result<void> exportFundingCsv(Store &store, const FinancialYear &year, const QString &path, const QString &database)
{
    const OutputRules rules {.database = database.isEmpty() ? store.path() : database,
                             .access = OutputAccess::Published};
    if (auto allowed = checkOutputTarget(path, rules); !allowed)
        return allowed;
    auto funding = store.list<Funding>();
    if (!funding)
        return funding.error();
    auto spending = store.list<Spending>();
    if (!spending)
        return spending.error();
    const FundingYear summary = fundingYear(*funding, *spending, year);
    if (summary.contributors() == 0 && summary.spending.isEmpty())
        return Error {tr("There is no funding or spending recorded for %1.").arg(year.toString()), ErrorCode::NotFound};
    auto agencies = store.list<Agency>();
    if (!agencies)
        return agencies.error();
    QHash<Id, QString> names;
    for (const Agency &agency : std::as_const(*agencies))
        names.insert(agency.id, agency.name);
    return writeOutputFile(path, fundingYearCsv(summary, names), rules);
}

} // namespace bd
