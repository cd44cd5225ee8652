#pragma once

#include "navigatormodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace bd {

class SnapshotTableModel;
class Workspace;

// What the right side shows for the navigator's grouping nodes: the bodies of a group, one
// body's meetings in one year, and the list of registers. Each row opens its record
// (double-click or Enter).
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(Workspace &workspace, QWidget *parent = nullptr);

    void showGroup(NavigatorModel::BodyGroup group);
    void showYear(const Id &bodyId, const FinancialYear &year);
    void showRegisters();

    QTableView *table() { return m_table; }
    SnapshotTableModel *model() { return m_model; }

signals:
    void bodyActivated(const bd::Id &bodyId);
    void meetingActivated(const bd::Id &meetingId);
    void pageActivated(bd::NavigatorModel::Page page);
    void addBodyRequested(bd::NavigatorModel::BodyGroup group);
    void newMeetingRequested(const bd::Id &bodyId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Showing { Nothing, Group, Year, Registers };
    void refresh();
    void activate(const QModelIndex &index);

    Workspace &m_workspace;
    Showing m_showing = Showing::Nothing;
    bool m_stale = false;
    NavigatorModel::BodyGroup m_group = NavigatorModel::BodyGroup::BoardAndExecutive;
    Id m_body;
    FinancialYear m_year;
    QLabel *m_heading;
    QLabel *m_note;
    SnapshotTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
};

} // namespace bd
