#include "prioritiespage.h"

#include "delegates.h"
#include "peoplepage.h"
#include "util/clock.h"

#include "common/pagewidgets.h"
#include "domain/ids.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

PriorityTableModel::PriorityTableModel(Workspace &workspace, QObject *parent)
    : RecordListModel<Priority>(workspace, parent)
{
}

void PriorityTableModel::setYear(const FinancialYear &year)
{
    if (year == m_year)
        return;
    m_year = year;
    reload();
}

Result<QList<Priority>> PriorityTableModel::fetch()
{
    auto agencies = workspace().store().list<Agency>();
    if (!agencies)
        return agencies.error();
    m_agencyNames.clear();
    for (const Agency &agency : *agencies)
        m_agencyNames.insert(agency.id, agency.name);
    auto all = workspace().store().list<Priority>();
    if (!all)
        return all.error();
    QList<Priority> inYear;
    for (const Priority &priority : *all) {
        if (priority.year == m_year)
            inYear << priority;
    }
    return inYear;
}

int PriorityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriorityTableModel::data(const QModelIndex &index, int role) const
{
    const auto priority = recordAt(index.row());
    if (!priority || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case TitleColumn:
        return priority->title;
    case LeadAgencyColumn:
        return role == Qt::EditRole ? priority->leadAgency : m_agencyNames.value(priority->leadAgency);
    default:
        return {};
    }
}

bool PriorityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    auto priority = recordAt(index.row());
    if (!priority || role != Qt::EditRole || isReadOnly())
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TitleColumn:
        if (text.isEmpty()) {
            workspace().reportError(tr("A priority needs a title; %1 keeps its title.").arg(priority->title));
            return false;
        }
        priority->title = text;
        return saveRow(index.row(), *priority, tr("Rename priority"));
    case LeadAgencyColumn:
        priority->leadAgency = text;
        return saveRow(index.row(), *priority, tr("Change lead of %1").arg(priority->title));
    default:
        return false;
    }
}

QVariant PriorityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Priority");
    case LeadAgencyColumn:
        return tr("Strategic lead");
    default:
        return {};
    }
}

Qt::ItemFlags PriorityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordListModel<Priority>::flags(index);
    if (index.isValid() && !isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

PrioritiesPage::PrioritiesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PriorityTableModel(workspace, this))
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("Priorities"), this));
    layout->addWidget(pageNote(tr("The business plan's priorities for each year and the agency that leads each. "
                                  "Minutes and actions can be tagged with them."),
                               this));

    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Year"));
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    layout->addLayout(yearRow);

    m_table = recordTable(this, tr("Priorities"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        PriorityTableModel::LeadAgencyColumn,
        new ChoiceDelegate([&workspace] { return agencyChoices(workspace.store()); }, m_table));
    m_table->horizontalHeader()->resizeSection(PriorityTableModel::TitleColumn, 420);
    layout->addWidget(m_table, 2);

    auto *descriptionLabel = new QLabel(tr("&Description of the selected priority:"), this);
    m_description = new QPlainTextEdit(this);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);
    descriptionLabel->setBuddy(m_description);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description, 1);

    m_add = new QPushButton(tr("&Add priority"), this);
    m_remove = new QPushButton(tr("&Remove priority"), this);
    layout->addLayout(buttonRow({m_add, m_remove}));

    setTabOrder(m_year, m_table);
    setTabOrder(m_table, m_description);
    setTabOrder(m_description, m_add);
    setTabOrder(m_add, m_remove);

    fillYears();
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        saveDescription();
        m_model->setYear(FinancialYear(m_year->currentData().toInt()));
        showDescription();
    });
    m_model->setYear(FinancialYear(m_year->currentData().toInt()));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        saveDescription();
        showDescription();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PrioritiesPage::showDescription);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PrioritiesPage::showDescription);
    connect(m_add, &QPushButton::clicked, this, &PrioritiesPage::addPriority);
    connect(m_remove, &QPushButton::clicked, this, &PrioritiesPage::removeCurrent);
    showDescription();
}

void PrioritiesPage::fillYears()
{
    QSet<int> years;
    const auto partnership = m_workspace.store().partnership();
    const FinancialYear current
        = FinancialYear::containing(Clock::today(), partnership ? partnership->financialYearStart : YearStart {});
    years << current.startYear() << current.next().startYear();
    if (auto all = m_workspace.store().list<Priority>()) {
        for (const Priority &priority : *all)
            years << priority.year.startYear();
    }
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const QSignalBlocker blocker(m_year);
    for (int year : sorted)
        m_year->addItem(FinancialYear(year).toString(), year);
    m_year->setCurrentIndex(m_year->findData(current.startYear()));
}

void PrioritiesPage::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void PrioritiesPage::showDescription()
{
    const auto priority = m_model->recordAt(m_table->currentIndex().row());
    m_describing = priority ? priority->id : Id();
    m_description->setEnabled(priority.has_value());
    const QString text = priority ? priority->description : QString();
    if (m_description->toPlainText() != text)
        m_description->setPlainText(text);
}

void PrioritiesPage::saveDescription()
{
    if (m_describing.isEmpty() || m_model->isReadOnly())
        return;
    const int row = m_model->rowOfKey(m_describing);
    auto priority = m_model->recordAt(row);
    if (!priority || priority->description == m_description->toPlainText())
        return;
    priority->description = m_description->toPlainText();
    m_model->saveRow(row, *priority, tr("Change description of %1").arg(priority->title));
}

bool PrioritiesPage::eventFilter(QObject *watched, QEvent *event)
{
    // A plain text edit has no editingFinished: leaving it is when its text is saved.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        saveDescription();
    return QWidget::eventFilter(watched, event);
}

void PrioritiesPage::addPriority()
{
    Priority priority;
    priority.id = newId(u"priority");
    priority.year = m_model->year();
    priority.title = tr("New priority");
    const int row = m_model->addRecord(priority, tr("Add priority"));
    if (row < 0)
        return;
    const QModelIndex title = m_model->index(row, PriorityTableModel::TitleColumn);
    m_table->setCurrentIndex(title);
    m_table->edit(title);
}

void PrioritiesPage::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (const auto priority = m_model->recordAt(row))
        m_model->removeRecord(row, tr("Remove priority %1").arg(priority->title));
}

} // namespace bd
