#include "peoplepage.h"

#include "delegates.h"

#include "common/pagewidgets.h"
#include "domain/ids.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

QList<QPair<QString, QVariant>> agencyChoices(Store &store, bool withNone)
{
    QList<QPair<QString, QVariant>> choices;
    if (withNone)
        choices << qMakePair(QCoreApplication::translate("bd::PeoplePage", "No agency"), QVariant(QString()));
    auto agencies = store.list<Agency>();
    if (!agencies)
        return choices;
    QList<Agency> sorted = *agencies;
    std::sort(sorted.begin(), sorted.end(),
              [](const Agency &a, const Agency &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Agency &agency : sorted)
        choices << qMakePair(agency.name, QVariant(agency.id));
    return choices;
}

PersonTableModel::PersonTableModel(Workspace &workspace, QObject *parent)
    : RecordListModel<Person>(workspace, parent)
{
    reload();
}

Result<QList<Person>> PersonTableModel::fetch()
{
    auto agencies = workspace().store().list<Agency>();
    if (!agencies)
        return agencies.error();
    m_agencyNames.clear();
    for (const Agency &agency : *agencies)
        m_agencyNames.insert(agency.id, agency.name);
    auto people = workspace().store().list<Person>();
    if (people) // alphabetical, as the administrator looks people up
        std::stable_sort(people->begin(), people->end(), [](const Person &a, const Person &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    return people;
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    const auto person = recordAt(index.row());
    if (!person || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case NameColumn:
        return person->name;
    case AgencyColumn:
        return role == Qt::EditRole ? person->agency : m_agencyNames.value(person->agency);
    case TitleColumn:
        return person->title;
    case EmailColumn:
        return person->email;
    default:
        return {};
    }
}

bool PersonTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    auto person = recordAt(index.row());
    if (!person || role != Qt::EditRole || isReadOnly())
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        if (text.isEmpty()) {
            workspace().reportError(tr("A person needs a name; %1 keeps theirs.").arg(person->name));
            return false;
        }
        person->name = text;
        return saveRow(index.row(), *person, tr("Rename person"));
    case AgencyColumn:
        person->agency = text;
        return saveRow(index.row(), *person, tr("Change agency of %1").arg(person->name));
    case TitleColumn:
        person->title = text;
        return saveRow(index.row(), *person, tr("Change title of %1").arg(person->name));
    case EmailColumn:
        person->email = text;
        return saveRow(index.row(), *person, tr("Change email of %1").arg(person->name));
    default:
        return false;
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AgencyColumn:
        return tr("Agency");
    case TitleColumn:
        return tr("Title");
    case EmailColumn:
        return tr("Email");
    default:
        return {};
    }
}

Qt::ItemFlags PersonTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordListModel<Person>::flags(index);
    if (index.isValid() && !isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

PeoplePage::PeoplePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PersonTableModel(workspace, this))
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("People"), this));
    layout->addWidget(pageNote(tr("Everyone who sits on a body, attends meetings or owns actions, with their agency. "
                                  "Changes are saved as you make them."),
                               this));
    m_table = recordTable(this, tr("People"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        PersonTableModel::AgencyColumn,
        new ChoiceDelegate([&workspace] { return agencyChoices(workspace.store()); }, m_table));
    m_table->horizontalHeader()->resizeSection(PersonTableModel::NameColumn, 200);
    m_table->horizontalHeader()->resizeSection(PersonTableModel::AgencyColumn, 260);
    m_table->horizontalHeader()->resizeSection(PersonTableModel::TitleColumn, 260);
    layout->addWidget(m_table, 1);

    m_add = new QPushButton(tr("&Add person"), this);
    m_remove = new QPushButton(tr("&Remove person"), this);
    layout->addLayout(buttonRow({m_add, m_remove}));
    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removeCurrent);
}

void PeoplePage::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void PeoplePage::addPerson()
{
    Person person;
    person.id = newId(u"person");
    person.name = tr("New person");
    const int row = m_model->addRecord(person, tr("Add person"));
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, PersonTableModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void PeoplePage::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    const auto person = m_model->recordAt(row);
    if (!person)
        return;
    auto memberships = m_workspace.store().list<Membership>();
    if (!memberships) {
        m_workspace.reportError(memberships.errorMessage());
        return;
    }
    const auto count = std::count_if(memberships->begin(), memberships->end(),
                                     [&](const Membership &m) { return m.person == person->id; });
    if (count > 0) {
        m_workspace.reportError(
            count == 1 ? tr("%1 is a member of a body: take them off it first.").arg(person->name)
                       : tr("%1 is a member of %2 bodies: take them off those first.").arg(person->name).arg(count));
        return;
    }
    m_model->removeRecord(row, tr("Remove %1").arg(person->name));
}

} // namespace bd
