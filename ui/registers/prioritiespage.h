#pragma once

#include "recordtablemodel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace bd {

// One financial year's business-plan priorities and their strategic lead agencies.
class PriorityTableModel : public RecordListModel<Priority> {
    Q_OBJECT

public:
    enum Column { TitleColumn, LeadAgencyColumn, ColumnCount };

    explicit PriorityTableModel(Workspace &workspace, QObject *parent = nullptr);

    void setYear(const FinancialYear &year);
    FinancialYear year() const { return m_year; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    Result<QList<Priority>> fetch() override;
    bool dependsOn(RecordKind kind) const override { return kind == RecordKind::Agency; }

private:
    FinancialYear m_year;
    QHash<Id, QString> m_agencyNames;
};

class PrioritiesPage : public QWidget {
    Q_OBJECT

public:
    explicit PrioritiesPage(Workspace &workspace, QWidget *parent = nullptr);

    PriorityTableModel *model() { return m_model; }
    QTableView *table() { return m_table; }
    QComboBox *yearBox() { return m_year; }
    void setReadOnly(bool readOnly);
    void addPriority();
    void removeCurrent();

private:
    void fillYears();
    void showDescription();
    void saveDescription();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Workspace &m_workspace;
    PriorityTableModel *m_model;
    QComboBox *m_year;
    QTableView *m_table;
    QPlainTextEdit *m_description;
    QPushButton *m_add;
    QPushButton *m_remove;
    Id m_describing; // the priority whose description the box shows
};

} // namespace bd
