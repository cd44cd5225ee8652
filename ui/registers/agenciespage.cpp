#include "agenciespage.h"

#include "delegates.h"

#include "common/displayformat.h"
#include "common/pagewidgets.h"
#include "domain/ids.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

AgencyTableModel::AgencyTableModel(Workspace &workspace, QObject *parent)
    : RecordListModel<Agency>(workspace, parent)
{
    reload();
}

Result<QList<Agency>> AgencyTableModel::fetch()
{
    return workspace().store().list<Agency>();
}

int AgencyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyTableModel::data(const QModelIndex &index, int role) const
{
    const auto agency = recordAt(index.row());
    if (!agency || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case NameColumn:
        return agency->name;
    case ShortNameColumn:
        return agency->shortName;
    case SectorColumn:
        return role == Qt::EditRole ? QVariant(enumKey(agency->sector)) : QVariant(displayName(agency->sector));
    default:
        return {};
    }
}

bool AgencyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    auto agency = recordAt(index.row());
    if (!agency || role != Qt::EditRole || isReadOnly())
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        if (text.isEmpty()) {
            workspace().reportError(tr("An agency needs a name; %1 keeps its name.").arg(agency->name));
            return false;
        }
        agency->name = text;
        return saveRow(index.row(), *agency, tr("Rename agency"));
    case ShortNameColumn:
        agency->shortName = text;
        return saveRow(index.row(), *agency, tr("Change short name of %1").arg(agency->name));
    case SectorColumn:
        if (const auto sector = enumFromKey<Sector>(text)) {
            agency->sector = *sector;
            return saveRow(index.row(), *agency, tr("Change sector of %1").arg(agency->name));
        }
        return false;
    default:
        return false;
    }
}

QVariant AgencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ShortNameColumn:
        return tr("Short name");
    case SectorColumn:
        return tr("Sector");
    default:
        return {};
    }
}

Qt::ItemFlags AgencyTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordListModel<Agency>::flags(index);
    if (index.isValid() && !isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

AgenciesPage::AgenciesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AgencyTableModel(workspace, this))
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("Agencies"), this));
    layout->addWidget(pageNote(tr("The partner agencies: who attends, who funds, who owns actions. Type in a cell to "
                                  "change it; every change is saved as you make it, and Ctrl+Z takes it back."),
                               this));
    m_table = recordTable(this, tr("Agencies"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(AgencyTableModel::SectorColumn,
                                      new ChoiceDelegate(
                                          [] {
                                              ChoiceDelegate::Choices choices;
                                              for (Sector sector : enumValues<Sector>())
                                                  choices << qMakePair(displayName(sector), QVariant(enumKey(sector)));
                                              return choices;
                                          },
                                          m_table));
    m_table->horizontalHeader()->resizeSection(AgencyTableModel::NameColumn, 360);
    m_table->horizontalHeader()->resizeSection(AgencyTableModel::ShortNameColumn, 140);
    layout->addWidget(m_table, 1);

    m_add = new QPushButton(tr("&Add agency"), this);
    m_remove = new QPushButton(tr("&Remove agency"), this);
    layout->addLayout(buttonRow({m_add, m_remove}));
    connect(m_add, &QPushButton::clicked, this, &AgenciesPage::addAgency);
    connect(m_remove, &QPushButton::clicked, this, &AgenciesPage::removeCurrent);
}

void AgenciesPage::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void AgenciesPage::addAgency()
{
    Agency agency;
    agency.id = newId(u"agency");
    agency.name = tr("New agency");
    const int row = m_model->addRecord(agency, tr("Add agency"));
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, AgencyTableModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void AgenciesPage::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (const auto agency = m_model->recordAt(row))
        m_model->removeRecord(row, tr("Remove agency %1").arg(agency->name));
}

} // namespace bd
