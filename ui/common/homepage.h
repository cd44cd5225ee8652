#pragma once

#include "domain/types.h"
#include "store/audit.h"
#include "store/store.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QVBoxLayout;

namespace bd {

class Workspace;

// What the home page lists, read from the store for \a today.
struct HomeSummary {
    QList<MeetingSummary> nextMeetings; // today on, not cancelled, soonest first
    QList<MeetingSummary> awaitingApproval; // held before today, minutes still in draft, oldest first
    QList<Action> needingAttention; // the first of core's needingAttention (domain/actionlog.h)
    QList<AuditEntry> recentChanges; // newest first
    QHash<Id, QString> bodyNames;
    int awaitingTotal = 0;
    int attentionTotal = 0;
};

// How many of each the home page shows at most.
inline constexpr int homeListLength = 6;

Result<HomeSummary> homeSummary(Store &store, const QDate &today);

// The page the partnership opens on: the next meetings, minutes awaiting approval, actions
// red or overdue and the latest changes, each a list whose rows open what they name (Enter,
// a click). A dashboard (the workplans') may be placed at its top with setDashboard().
class HomePage : public QWidget {
    Q_OBJECT

public:
    explicit HomePage(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the store again (the page also does so when shown after a change).
    void refresh();
    // Puts \a dashboard above the lists (the page takes it); null removes the one there.
    void setDashboard(QWidget *dashboard);
    QWidget *dashboard() const { return m_dashboard; }

    QListWidget *nextMeetingsList() const { return m_next; }
    QListWidget *awaitingList() const { return m_awaiting; }
    QListWidget *actionsList() const { return m_actions; }
    QListWidget *changesList() const { return m_changes; }

signals:
    void meetingActivated(const bd::Id &meetingId);
    void actionActivated(const bd::Id &actionId);
    // A row of the recent changes: the record it is about (the audit log's kind and key).
    void changeActivated(const QString &kind, const QString &key);
    void auditLogRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *addList(QWidget *card, const QString &accessibleName);
    void activate(QListWidgetItem *item);

    Workspace &m_workspace;
    bool m_stale = true;
    QLabel *m_heading;
    QLabel *m_today;
    QVBoxLayout *m_dashboardArea;
    QWidget *m_dashboard = nullptr;
    QListWidget *m_next;
    QListWidget *m_awaiting;
    QListWidget *m_actions;
    QListWidget *m_changes;
    QLabel *m_awaitingTitle;
    QLabel *m_actionsTitle;
};

} // namespace bd
