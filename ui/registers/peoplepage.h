#pragma once

#include "recordtablemodel.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTableView;

namespace bd {

// The people who sit on the partnership's bodies, edited in place.
class PersonTableModel : public RecordListModel<Person> {
    Q_OBJECT

public:
    enum Column { NameColumn, AgencyColumn, TitleColumn, EmailColumn, ColumnCount };

    explicit PersonTableModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    Result<QList<Person>> fetch() override;
    bool dependsOn(RecordKind kind) const override { return kind == RecordKind::Agency; }

private:
    QHash<Id, QString> m_agencyNames;
};

class PeoplePage : public QWidget {
    Q_OBJECT

public:
    explicit PeoplePage(Workspace &workspace, QWidget *parent = nullptr);

    PersonTableModel *model() { return m_model; }
    QTableView *table() { return m_table; }
    void setReadOnly(bool readOnly);
    void addPerson();
    // Removes the current person, unless they are a member of a body: removing them would
    // take their memberships too, which an undo could not bring back as they were.
    void removeCurrent();

private:
    Workspace &m_workspace;
    PersonTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

// Choices for a combo box of agencies: "No agency" first, then each by name.
QList<QPair<QString, QVariant>> agencyChoices(Store &store, bool withNone = true);

} // namespace bd
