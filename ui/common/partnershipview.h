#pragma once

#include "domain/types.h"
#include "navigator/navigatormodel.h"
#include "util/result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace bd {

class AgenciesPage;
class BodyEditor;
class Dashboard;
class HomePage;
class MeetingEditor;
class NewsletterPage;
class OverviewPage;
class PartnershipSettings;
class PeoplePage;
class PrioritiesPage;
class FundingPage;
class RegisterPage;
class SearchWidget;
class Store;
class Workspace;

// A new meeting of \a bodyId on \a date, not yet stored: held, minutes in draft, with a new
// id, the time and place of the body's latest meeting, and everyone who is a member of the
// body on that date marked present (chair first), for the minute-taker to correct.
Result<Meeting> prepareMeeting(Store &store, const Id &bodyId, const QDate &date);

// The body of the main window over one open partnership: the search box and the navigator
// on the left, the page of what is selected on the right. Pages are made the first time
// they are needed, so opening a partnership builds only the navigator.
class PartnershipView : public QWidget {
    Q_OBJECT

public:
    explicit PartnershipView(Workspace &workspace, QWidget *parent = nullptr);
    ~PartnershipView() override;

    Workspace &workspace() { return m_workspace; }
    NavigatorModel *navigatorModel() const { return m_model; }
    QTreeView *navigator() const { return m_tree; }
    QSplitter *splitter() { return m_splitter; }
    SearchWidget *searchWidget() { return m_search; }
    QWidget *currentPage() const;
    // The pages, made on first use.
    MeetingEditor *meetingEditor();
    BodyEditor *bodyEditor();
    PartnershipSettings *settingsPage();
    HomePage *homePage();
    AgenciesPage *agenciesPage();
    PeoplePage *peoplePage();
    PrioritiesPage *prioritiesPage();
    FundingPage *fundingPage();
    OverviewPage *overviewPage();
    // The dashboard: each body's RAG mix, overdue actions and risks by band (the Registers
    // node shows it).
    Dashboard *dashboard();
    RegisterPage *registerPage(NavigatorModel::Page page);
    // The newsletter's issues and editor (the Newsletters node shows it).
    NewsletterPage *newsletterPage();

    // The home page: what needs doing, with nothing selected in the navigator. The view opens on it.
    void showHome();
    void selectPartnership();
    void selectPage(NavigatorModel::Page page);
    void selectGroup(NavigatorModel::BodyGroup group);
    bool selectBody(const Id &bodyId);
    // Opens the meeting (expanding its body and year) and, if given, puts the cursor in
    // that bullet.
    bool selectMeeting(const Id &meetingId, qint64 entryRowId = 0);
    void focusSearch();

    // The body of the selected body, year or meeting; empty otherwise.
    Id currentBodyId() const;
    // The selected meeting; empty if the selection is not a meeting.
    Id currentMeetingId() const;

    // Starts the minutes of a meeting of \a bodyId (the current body if empty) today and
    // opens it. Returns false (with the reason on the workspace) if it could not.
    bool newMeeting(const Id &bodyId = {});
    // Adds a body to \a group and opens it with its name selected for typing.
    bool addBody(NavigatorModel::BodyGroup group);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Saves what is being typed in the field with the focus (and the meeting editor's
    // pending typing), before an undo, an export or closing.
    void commitPendingEdits();
    // Whether \a widget's page routes Ctrl+Z itself (the meeting editor does).
    bool ownsUndoKeys(const QWidget *widget) const;
    // A line across the top for what the user must know about the open file (read-only,
    // upgraded); hidden when empty.
    void setBanner(const QString &text);

signals:
    // What is selected changed (enables the window's meeting actions, for instance).
    void selectionChanged();
    // The home page's link to the audit log (the window opens it).
    void auditLogRequested();

private:
    // A dashboard whose parts open the filtered action and risk lists.
    Dashboard *newDashboard(QWidget *parent);
    void showIndex(const QModelIndex &index);
    void select(const QModelIndex &index);
    void addPage(QWidget *page);

    Workspace &m_workspace;
    bool m_readOnly = false;
    NavigatorModel *m_model;
    QLabel *m_banner;
    QSplitter *m_splitter;
    SearchWidget *m_search;
    QTreeView *m_tree;
    QStackedWidget *m_stack;
    QWidget *m_blank;
    MeetingEditor *m_meetingEditor = nullptr;
    BodyEditor *m_bodyEditor = nullptr;
    HomePage *m_home = nullptr;
    PartnershipSettings *m_settings = nullptr;
    AgenciesPage *m_agencies = nullptr;
    PeoplePage *m_people = nullptr;
    PrioritiesPage *m_priorities = nullptr;
    FundingPage *m_funding = nullptr;
    OverviewPage *m_overview = nullptr;
    Dashboard *m_dashboard = nullptr;
    NewsletterPage *m_newsletters = nullptr;
    QHash<int, RegisterPage *> m_registers;
};

} // namespace bd
