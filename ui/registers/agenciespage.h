#pragma once

#include "recordtablemodel.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace bd {

// The partner agencies, edited in place.
class AgencyTableModel : public RecordListModel<Agency> {
    Q_OBJECT

public:
    enum Column { NameColumn, ShortNameColumn, SectorColumn, ColumnCount };

    explicit AgencyTableModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    Result<QList<Agency>> fetch() override;
    bool dependsOn(RecordKind) const override { return false; }
};

class AgenciesPage : public QWidget {
    Q_OBJECT

public:
    explicit AgenciesPage(Workspace &workspace, QWidget *parent = nullptr);

    AgencyTableModel *model() { return m_model; }
    QTableView *table() { return m_table; }
    void setReadOnly(bool readOnly);
    // Adds an agency and puts the cursor in its name.
    void addAgency();
    void removeCurrent();

private:
    Workspace &m_workspace;
    AgencyTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace bd
