#pragma once

#include "navigator/navigatormodel.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace bd {

class DateField;

class RiskHeatMap;
class Workspace;
enum class RecordKind;

// A read-only table built from the store: what a register page shows until its editor
// arrives. Each row carries the key of its record, so a search hit can select it.
class SnapshotTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles { SortRole = Qt::UserRole + 1, KeyRole };

    struct Cell {
        QVariant display;
        QVariant sort; // what the column sorts by, when not the text (dates, money)
        QIcon icon;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    struct Row {
        QString key;
        QList<Cell> cells;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContents(const QStringList &headers, const QList<Row> &rows);
    int rowOfKey(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

// One register (actions, risks, funding, case reviews, training, key facts, newsletters)
// as a sortable read-only table, refreshed from the store when it is shown.
class RegisterPage : public QWidget {
    Q_OBJECT

public:
    RegisterPage(Workspace &workspace, NavigatorModel::Page page, QWidget *parent = nullptr);

    NavigatorModel::Page page() const { return m_page; }
    // Reads the register again.
    void refresh();
    // Selects the row of this record (an action's or a case review's id); false if absent.
    bool selectRecord(const QString &key);

    QTableView *table() { return m_table; }
    SnapshotTableModel *model() { return m_model; }
    QComboBox *yearBox() { return m_year; }

    // Actions: narrows the log to one body (empty: every body), and to the overdue ones.
    void showActionsOf(const Id &body, bool overdueOnly);
    // Risks: narrows the log and the heat map to one body (empty: every body).
    void showRisksOf(const Id &body);
    // Actions: records a review of the selected action, rated \a rag, through the review
    // dialog (R, A, G and C on the table open it). Returns false when nothing was saved.
    bool reviewSelected(Rag rag);
    // Actions: add one (Insert), edit the selected one (F2, Enter), delete it (Delete), and
    // close the selected action's workplan, carrying its open actions into next year's plan.
    // Each is one undoable change, in the audit log. False when nothing was saved.
    bool addAction();
    bool editSelected();
    bool deleteSelected();
    bool carryForwardSelected(bool confirm = true);
    Id selectedKey() const;
    // Risks: review the selected risk (R, or Enter), close it today; undoable and audited.
    bool reviewSelectedRisk();
    bool closeSelectedRisk();
    QCheckBox *notGreenBox() const { return m_notGreen; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QComboBox *bodyBox() const { return m_bodyFilter; }
    RiskHeatMap *heatMap() const { return m_heatMap; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool shows(RecordKind kind) const;
    void fillYears(const QList<int> &years);
    FinancialYear chosenYear() const;
    void buildActions();
    void buildRisks();
    void buildCaseReviews();
    void buildTraining();
    void buildKeyFacts();
    void addActionFilters(QBoxLayout *layout);
    void fillChoices(QComboBox *box, const QString &all, const QList<std::pair<Id, QString>> &choices);

    Workspace &m_workspace;
    NavigatorModel::Page m_page;
    bool m_stale = true;
    SnapshotTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QComboBox *m_year = nullptr;
    QComboBox *m_bodyFilter = nullptr;
    QCheckBox *m_notGreen = nullptr;
    QCheckBox *m_overdue = nullptr;
    QComboBox *m_priorityFilter = nullptr;
    QComboBox *m_agencyFilter = nullptr;
    QCheckBox *m_dueBeforeOn = nullptr;
    DateField *m_dueBefore = nullptr;
    RiskHeatMap *m_heatMap = nullptr;
    QBoxLayout *m_secondFilterRow = nullptr;
};

} // namespace bd
