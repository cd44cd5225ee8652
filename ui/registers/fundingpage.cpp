#include "fundingpage.h"

#include "common/pagewidgets.h"
#include "common/workspace.h"
#include "documents/fundingexport.h"
#include "domain/displaytext.h"
#include "store/batch.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {

const QString folderKey = QStringLiteral("exports/folder");

// Last year's contributions copied into a year, as one step: undo removes them all.
class CopyContributionsCommand : public StoreCommand {
public:
    CopyContributionsCommand(Workspace &workspace, const QString &text, QList<Funding> copies)
        : StoreCommand(workspace, text)
        , m_copies(std::move(copies))
    {
    }

protected:
    Result<void> apply(bool forward) override
    {
        auto done = forward ? insertAll(store(), m_copies) : removeAll(store(), m_copies);
        if (done)
            workspace().notifyChanged(RecordKind::Funding, QString());
        return done;
    }

private:
    QList<Funding> m_copies;
};

QString changeText(const ContributionLine &line)
{
    if (line.isNew())
        return ContributionsModel::tr("New this year");
    if (line.isGone())
        return ContributionsModel::tr("None this year");
    const qint64 change = line.change();
    if (change == 0)
        return ContributionsModel::tr("No change");
    const QString amount = (change > 0 ? QStringLiteral("+") : QString()) + displayMoney(change);
    const std::optional<double> percent = line.changePercent();
    if (!percent)
        return amount;
    return ContributionsModel::tr("%1 (%2%3%)")
        .arg(amount, *percent > 0 ? QStringLiteral("+") : QString(), britishLocale().toString(*percent, 'f', 1));
}

// The amount as it is typed back: "1234.56", no pound sign or grouping.
QString editText(qint64 pence)
{
    return plainPounds(pence);
}

} // namespace

// ContributionsModel -------------------------------------------------------------------

ContributionsModel::ContributionsModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

void ContributionsModel::setYear(const FinancialYear &year)
{
    m_year.year = year;
    reload();
}

void ContributionsModel::reload()
{
    Store &store = m_workspace.store();
    auto funding = store.list<Funding>();
    auto spending = store.list<Spending>();
    auto agencies = store.list<Agency>();
    if (!funding || !spending || !agencies) {
        m_workspace.reportError(!funding        ? funding.errorMessage()
                                    : !spending ? spending.errorMessage()
                                                : agencies.errorMessage());
        return;
    }
    beginResetModel();
    m_funding = std::move(*funding);
    m_spending = std::move(*spending);
    m_agencyNames.clear();
    for (const Agency &agency : std::as_const(*agencies))
        m_agencyNames.insert(agency.id, agency.name);
    m_year = bd::fundingYear(m_funding, m_spending, m_year.year);
    endResetModel();
}

int ContributionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_year.contributions.size());
}

int ContributionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id ContributionsModel::agencyAt(int row) const
{
    return row >= 0 && row < m_year.contributions.size() ? m_year.contributions.at(row).agency : Id();
}

int ContributionsModel::rowOfAgency(const Id &agency) const
{
    for (int row = 0; row < m_year.contributions.size(); ++row) {
        if (m_year.contributions.at(row).agency == agency)
            return row;
    }
    return -1;
}

std::optional<Funding> ContributionsModel::storedContribution(int row) const
{
    const Id agency = agencyAt(row);
    for (const Funding &f : m_funding) {
        if (f.year == m_year.year && f.agency == agency)
            return f;
    }
    return std::nullopt;
}

QVariant ContributionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_year.contributions.size())
        return {};
    const ContributionLine &line = m_year.contributions.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn || index.column() == PreviousColumn || index.column() == ChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == AmountColumn && !line.pence)
        return tr("%1 gave %2 last year and nothing is recorded for this year: type an amount to record it.")
            .arg(agencyName(line.agency), displayMoney(line.previousPence.value_or(0)));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case AgencyColumn:
        return agencyName(line.agency);
    case AmountColumn:
        if (!line.pence)
            return role == Qt::AccessibleTextRole ? tr("None") : QString();
        return role == Qt::EditRole ? editText(*line.pence) : displayMoney(*line.pence);
    case PreviousColumn:
        return line.previousPence ? displayMoney(*line.previousPence)
                                  : (role == Qt::AccessibleTextRole ? tr("None") : QString());
    case ChangeColumn:
        return changeText(line);
    case NoteColumn:
        return line.note;
    default:
        return {};
    }
}

bool ContributionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly)
        return false;
    const Id agency = agencyAt(index.row());
    const std::optional<Funding> before = storedContribution(index.row());
    Funding after = before.value_or(Funding {m_year.year, agency, 0, QString()});
    if (index.column() == AmountColumn) {
        auto pence = parsePounds(value.toString());
        if (!pence) {
            m_workspace.reportError(
                before ? tr("%1's contribution stays %2. %3")
                             .arg(agencyName(agency), displayMoney(before->amountPence), pence.errorMessage())
                       : tr("No contribution was recorded for %1. %2").arg(agencyName(agency), pence.errorMessage()));
            return false;
        }
        after.amountPence = *pence;
    } else if (index.column() == NoteColumn && before) {
        after.note = value.toString().trimmed();
    } else {
        return false;
    }
    if (before && *before == after)
        return true;
    const QString text = before ? tr("Change %1's contribution for %2").arg(agencyName(agency), m_year.year.toString())
                                : tr("Add %1's contribution for %2").arg(agencyName(agency), m_year.year.toString());
    return m_workspace.push(new SaveRecordCommand<Funding>(m_workspace, text, before, after));
}

QVariant ContributionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgencyColumn:
        return tr("Agency");
    case AmountColumn:
        return tr("Contribution");
    case PreviousColumn:
        return m_year.year.isValid() ? m_year.year.previous().toString() : tr("Last year");
    case ChangeColumn:
        return tr("Change");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ContributionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return flags;
    const bool stored = index.row() < m_year.contributions.size() && m_year.contributions.at(index.row()).pence;
    if (index.column() == AmountColumn || (index.column() == NoteColumn && stored))
        flags |= Qt::ItemIsEditable;
    return flags;
}

// SpendingModel ------------------------------------------------------------------------

SpendingModel::SpendingModel(Workspace &workspace, QObject *parent)
    : RecordListModel<Spending>(workspace, parent)
{
}

void SpendingModel::setYear(const FinancialYear &year)
{
    m_year = year;
    reload();
}

Result<QList<Spending>> SpendingModel::fetch()
{
    if (!m_year.isValid())
        return QList<Spending> {};
    return workspace().store().list<Spending>(ListFilter {.body = {}, .year = m_year});
}

int SpendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendingModel::data(const QModelIndex &index, int role) const
{
    const auto line = recordAt(index.row());
    if (!line)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CategoryColumn:
        return role == Qt::EditRole ? line->category : spendingCategoryName(line->category);
    case AmountColumn:
        return role == Qt::EditRole ? editText(line->amountPence) : displayMoney(line->amountPence);
    case NoteColumn:
        return line->note;
    default:
        return {};
    }
}

bool SpendingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    auto line = recordAt(index.row());
    if (!line || role != Qt::EditRole || isReadOnly())
        return false;
    const QString text = value.toString().trimmed();
    const QString name = spendingCategoryName(line->category);
    switch (index.column()) {
    case CategoryColumn:
        if (text.isEmpty()) {
            workspace().reportError(tr("A spending line needs a category; %1 keeps its name.").arg(name));
            return false;
        }
        line->category = text;
        return saveRow(index.row(), *line, tr("Rename spending line %1").arg(name));
    case AmountColumn: {
        auto pence = parsePounds(text);
        if (!pence) {
            workspace().reportError(
                tr("%1 stays %2. %3").arg(name, displayMoney(line->amountPence), pence.errorMessage()));
            return false;
        }
        line->amountPence = *pence;
        return saveRow(index.row(), *line, tr("Change spending on %1").arg(name));
    }
    case NoteColumn:
        line->note = text;
        return saveRow(index.row(), *line, tr("Change note on %1").arg(name));
    default:
        return false;
    }
}

QVariant SpendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Spent on");
    case AmountColumn:
        return tr("Amount");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags SpendingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordListModel<Spending>::flags(index);
    if (index.isValid() && !isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

// FundingPage --------------------------------------------------------------------------

FundingPage::FundingPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ContributionsModel(workspace, this))
    , m_spendingModel(new SpendingModel(workspace, this))
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("Funding"), this));
    layout->addWidget(pageNote(tr("Each partner agency's contribution and the partnership's spending, a financial year "
                                  "at a time. Type amounts in pounds (1,234.56); every change is saved as you make "
                                  "it, and Ctrl+Z takes it back."),
                               this));

    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    m_yearBox = new QComboBox(this);
    m_yearBox->setAccessibleName(tr("Year"));
    yearLabel->setBuddy(m_yearBox);
    m_copy = new QPushButton(tr("&Copy last year's contributions"), this);
    m_copy->setToolTip(tr("Starts the year with last year's amounts for the agencies that have none yet"));
    m_export = new QPushButton(tr("E&xport CSV\u2026"), this);
    m_export->setToolTip(tr("The year's contributions, spending and totals, for a spreadsheet"));
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_yearBox);
    yearRow->addSpacing(12);
    yearRow->addWidget(m_copy);
    yearRow->addWidget(m_export);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);

    layout->addWidget(cardTitle(tr("Contributions"), this));
    m_contributions = recordTable(this, tr("Contributions"));
    m_contributions->setModel(m_model);
    m_contributions->horizontalHeader()->setSectionResizeMode(ContributionsModel::AgencyColumn, QHeaderView::Stretch);
    m_contributions->installEventFilter(this);
    layout->addWidget(m_contributions, 3);
    auto *addContribution = new QPushButton(tr("&Add contribution\u2026"), this);
    addContribution->setToolTip(tr("Insert"));
    auto *removeContribution = new QPushButton(tr("&Remove contribution"), this);
    removeContribution->setToolTip(tr("Delete"));
    layout->addLayout(buttonRow({addContribution, removeContribution}));

    layout->addWidget(cardTitle(tr("Spending"), this));
    m_spendingTable = recordTable(this, tr("Spending"));
    m_spendingTable->setModel(m_spendingModel);
    m_spendingTable->horizontalHeader()->setSectionResizeMode(SpendingModel::CategoryColumn, QHeaderView::Stretch);
    m_spendingTable->installEventFilter(this);
    layout->addWidget(m_spendingTable, 2);
    auto *addSpending = new QPushButton(tr("Add &spending line"), this);
    addSpending->setToolTip(tr("Insert"));
    auto *removeSpending = new QPushButton(tr("Re&move spending line"), this);
    removeSpending->setToolTip(tr("Delete"));
    layout->addLayout(buttonRow({addSpending, removeSpending}));

    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("registerTotal"));
    QFont font = m_totals->font();
    font.setWeight(QFont::DemiBold);
    m_totals->setFont(font);
    layout->addWidget(m_totals);
    m_editButtons = {m_copy, addContribution, removeContribution, addSpending, removeSpending};

    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setYear(chosenYear());
        m_spendingModel->setYear(chosenYear());
        fitColumns();
        showTotals();
    });
    connect(m_copy, &QPushButton::clicked, this, &FundingPage::copyLastYear);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(addContribution, &QPushButton::clicked, this, [this] { this->addContribution(); });
    connect(removeContribution, &QPushButton::clicked, this, &FundingPage::removeContribution);
    connect(addSpending, &QPushButton::clicked, this, &FundingPage::addSpending);
    connect(removeSpending, &QPushButton::clicked, this, &FundingPage::removeSpending);
    connect(&m_workspace, &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
        if (kind != RecordKind::Funding && kind != RecordKind::Spending && kind != RecordKind::Agency)
            return;
        m_stale = true;
        if (isVisible())
            refresh();
    });
    refresh();
    fitColumns();
}

void FundingPage::fitColumns()
{
    // Amounts and changes whole; the agency's and category's names take the room left.
    fitColumnsToContents(m_contributions, 24);
    fitColumnsToContents(m_spendingTable, 24);
}

void FundingPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void FundingPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_spendingModel->setReadOnly(readOnly);
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setEnabled(!readOnly);
}

FinancialYear FundingPage::chosenYear() const
{
    return FinancialYear(m_yearBox->currentData().toInt());
}

void FundingPage::setYear(const FinancialYear &year)
{
    const int index = m_yearBox->findData(year.startYear());
    if (index >= 0)
        m_yearBox->setCurrentIndex(index);
}

void FundingPage::refresh()
{
    m_stale = false;
    const Id current = m_model->agencyAt(m_contributions->currentIndex().row());
    const int column = m_contributions->currentIndex().column();
    m_model->reload();
    fillYears();
    if (m_model->year() != chosenYear()) {
        m_model->setYear(chosenYear());
        m_spendingModel->setYear(chosenYear());
    } else {
        m_spendingModel->reload();
    }
    if (const int row = m_model->rowOfAgency(current); row >= 0)
        m_contributions->setCurrentIndex(m_model->index(row, column));
    showTotals();
}

void FundingPage::fillYears()
{
    // Every year with anything, the year after the newest (to start it) and today's year.
    QList<int> years;
    for (const FinancialYear &year : fundingYears(m_model->allFunding(), m_model->allSpending()))
        years << year.startYear();
    auto partnership = m_workspace.store().partnership();
    const YearStart start = partnership ? partnership->financialYearStart : YearStart {};
    const int thisYear = FinancialYear::containing(Clock::today(), start).startYear();
    const bool empty = years.isEmpty();
    if (!empty)
        years << years.constLast() + 1;
    years << thisYear;
    std::sort(years.begin(), years.end(), std::greater<>());
    years.erase(std::unique(years.begin(), years.end()), years.end());

    // Keep the year chosen; at first, the newest year that has anything.
    int chosen = m_yearBox->currentData().toInt();
    if (chosen == 0) {
        const QList<FinancialYear> withData = fundingYears(m_model->allFunding(), m_model->allSpending());
        chosen = withData.isEmpty() ? thisYear : withData.constLast().startYear();
    }
    const QSignalBlocker blocker(m_yearBox);
    m_yearBox->clear();
    for (int year : std::as_const(years))
        m_yearBox->addItem(FinancialYear(year).toString(), year);
    const int index = m_yearBox->findData(chosen);
    m_yearBox->setCurrentIndex(index >= 0 ? index : 0);
}

void FundingPage::showTotals()
{
    const FundingYear &year = m_model->fundingYear();
    m_copy->setEnabled(!m_readOnly && !contributionsToCopy(m_model->allFunding(), year.year).isEmpty());
    if (year.contributors() == 0 && year.spending.isEmpty()) {
        m_totals->setText(
            tr("Nothing is recorded for %1 yet. Add a contribution, or copy last year's.").arg(year.year.toString()));
        return;
    }
    QString contributed = year.contributors() == 1
        ? tr("Contributions %1 from one agency").arg(displayMoney(year.contributed))
        : tr("Contributions %1 from %2 agencies").arg(displayMoney(year.contributed)).arg(year.contributors());
    if (year.previouslyContributed > 0) {
        const double percent
            = double(year.contributed - year.previouslyContributed) * 100.0 / double(year.previouslyContributed);
        contributed += QLatin1Char(' ')
            + tr("(%1 in %2, %3%4%)")
                  .arg(displayMoney(year.previouslyContributed), year.year.previous().toString(),
                       percent > 0 ? QStringLiteral("+") : QString(), britishLocale().toString(percent, 'f', 1));
    }
    const QString balance = year.balance() >= 0
        ? tr("balance %1").arg(displayMoney(year.balance()))
        : tr("spending exceeds contributions by %1").arg(displayMoney(-year.balance()));
    m_totals->setText(
        tr("%1: %2; spending %3; %4.").arg(year.year.toString(), contributed, displayMoney(year.spent), balance));
}

void FundingPage::addContribution(const Id &agencyId, const QString &amount)
{
    if (m_readOnly)
        return;
    const FinancialYear year = chosenYear();
    // The agencies that have no contribution this year.
    QList<std::pair<QString, Id>> choices;
    for (auto it = m_model->agencyNames().cbegin(); it != m_model->agencyNames().cend(); ++it) {
        const int row = m_model->rowOfAgency(it.key());
        if (row < 0 || !m_model->fundingYear().contributions.at(row).pence)
            choices.push_back({it.value(), it.key()});
    }
    std::sort(choices.begin(), choices.end());
    if (choices.isEmpty()) {
        m_workspace.reportError(tr("Every agency already has a contribution for %1.").arg(year.toString()));
        return;
    }
    Id agency = agencyId;
    QString typed = amount;
    if (agency.isEmpty() || typed.isEmpty()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Add contribution for %1").arg(year.toString()));
        auto *form = new QFormLayout(&dialog);
        auto *agencies = new QComboBox(&dialog);
        for (const auto &[name, id] : std::as_const(choices))
            agencies->addItem(name, id);
        auto *amountEdit = new QLineEdit(&dialog);
        amountEdit->setPlaceholderText(tr("e.g. 12,500.00"));
        auto *error = new QLabel(&dialog);
        error->setWordWrap(true);
        error->setTextFormat(Qt::PlainText);
        error->hide();
        form->addRow(tr("&Agency:"), agencies);
        form->addRow(tr("&Amount (\u00a3):"), amountEdit);
        form->addRow(error);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
            if (auto pence = parsePounds(amountEdit->text()); !pence) {
                error->setText(pence.errorMessage());
                error->show();
                amountEdit->setFocus();
                return;
            }
            dialog.accept();
        });
        amountEdit->setFocus();
        if (dialog.exec() != QDialog::Accepted)
            return;
        agency = agencies->currentData().toString();
        typed = amountEdit->text();
    }
    auto pence = parsePounds(typed);
    if (!pence) {
        m_workspace.reportError(pence.errorMessage());
        return;
    }
    const Funding funding {year, agency, *pence, QString()};
    if (m_workspace.push(new SaveRecordCommand<Funding>(
            m_workspace, tr("Add %1's contribution for %2").arg(m_model->agencyName(agency), year.toString()),
            std::nullopt, funding))) {
        if (const int row = m_model->rowOfAgency(agency); row >= 0)
            m_contributions->setCurrentIndex(m_model->index(row, ContributionsModel::AmountColumn));
    }
}

void FundingPage::removeContribution()
{
    if (m_readOnly)
        return;
    const int row = m_contributions->currentIndex().row();
    const Id agency = m_model->agencyAt(row);
    if (agency.isEmpty() || !m_model->fundingYear().contributions.at(row).pence)
        return;
    const Funding before {chosenYear(), agency, *m_model->fundingYear().contributions.at(row).pence,
                          m_model->fundingYear().contributions.at(row).note};
    m_workspace.push(new SaveRecordCommand<Funding>(
        m_workspace, tr("Remove %1's contribution for %2").arg(m_model->agencyName(agency), chosenYear().toString()),
        before, std::nullopt));
}

void FundingPage::addSpending()
{
    if (m_readOnly)
        return;
    Spending line;
    line.year = chosenYear();
    line.category = tr("New spending line");
    const int row = m_spendingModel->addRecord(line, tr("Add spending line for %1").arg(line.year.toString()));
    if (row < 0)
        return;
    const QModelIndex category = m_spendingModel->index(row, SpendingModel::CategoryColumn);
    m_spendingTable->setFocus();
    m_spendingTable->setCurrentIndex(category);
    m_spendingTable->edit(category);
}

void FundingPage::removeSpending()
{
    if (m_readOnly)
        return;
    const int row = m_spendingTable->currentIndex().row();
    if (const auto line = m_spendingModel->recordAt(row))
        m_spendingModel->removeRecord(row, tr("Remove spending line %1").arg(spendingCategoryName(line->category)));
}

void FundingPage::copyLastYear()
{
    if (m_readOnly)
        return;
    const FinancialYear year = chosenYear();
    const QList<Funding> copies = contributionsToCopy(m_model->allFunding(), year);
    if (copies.isEmpty()) {
        m_workspace.reportError(
            tr("There is nothing from %1 to copy into %2.").arg(year.previous().toString(), year.toString()));
        return;
    }
    m_workspace.push(new CopyContributionsCommand(
        m_workspace,
        copies.size() == 1
            ? tr("Copy one contribution from %1 into %2").arg(year.previous().toString(), year.toString())
            : tr("Copy %1 contributions from %2 into %3")
                  .arg(copies.size())
                  .arg(year.previous().toString(), year.toString()),
        copies));
}

QString FundingPage::exportCsv(const QString &given)
{
    const FinancialYear year = chosenYear();
    QString path = given;
    if (path.isEmpty()) {
        QSettings settings;
        QString folder = settings.value(folderKey).toString();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export funding for %1").arg(year.toString()),
                                            QDir(folder).filePath(tr("Funding %1.csv").arg(year.toString())),
                                            tr("CSV, for a spreadsheet (*.csv)"));
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".csv");
        settings.setValue(folderKey, QFileInfo(path).absolutePath());
    }
    if (auto written = exportFundingCsv(m_workspace.store(), year, path); !written) {
        if (given.isEmpty())
            QMessageBox::warning(this, tr("Could not export"), written.errorMessage());
        else
            m_workspace.reportError(written.errorMessage());
        return {};
    }
    return path;
}

bool FundingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_contributions || watched == m_spendingTable)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool contributions = watched == m_contributions;
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            contributions ? addContribution() : addSpending();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            contributions ? removeContribution() : removeSpending();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bd
