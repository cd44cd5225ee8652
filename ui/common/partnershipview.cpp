#include "partnershipview.h"

#include "homepage.h"
#include "util/clock.h"
#include "workspace.h"

#include "domain/ids.h"
#include "meetings/meetingeditor.h"
#include "navigator/overviewpages.h"
#include "newsletter/newsletterpage.h"
#include "registers/agenciespage.h"
#include "registers/bodyeditor.h"
#include "registers/fundingpage.h"
#include "registers/membershipmodel.h"
#include "registers/peoplepage.h"
#include "registers/prioritiespage.h"
#include "registers/registerpage.h"
#include "search/searchwidget.h"
#include "settings/partnershipsettings.h"
#include "workplans/dashboard.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace bd {

Result<Meeting> prepareMeeting(Store &store, const Id &bodyId, const QDate &date)
{
    auto memberships = store.list<Membership>(ListFilter {bodyId, {}});
    if (!memberships)
        return memberships.error();
    auto earlier = store.meetingSummaries(ListFilter {bodyId, {}});
    if (!earlier)
        return earlier.error();
    Meeting meeting;
    meeting.id = newId(u"meeting");
    meeting.body = bodyId;
    meeting.date = date;
    meeting.status = MeetingStatus::Held;
    meeting.minutes = MinutesStatus::Draft;
    // Bodies mostly meet at the same time in the same room.
    if (!earlier->isEmpty()) {
        meeting.time = earlier->constLast().time;
        meeting.location = earlier->constLast().location;
    }
    for (const Membership &member : membersOn(*memberships, bodyId, date))
        meeting.attendance << Attendance {member.person, AttendanceStatus::Present, {}};
    return meeting;
}

PartnershipView::PartnershipView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new NavigatorModel(workspace, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    m_banner->setPalette(bannerPalette);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("partnershipSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->setSpacing(6);
    m_search = new SearchWidget(workspace, left);
    leftLayout->addWidget(m_search);
    // The hits list would stand empty above the navigator until something is typed.
    const auto fitSearch
        = [this] { m_search->resultsView()->setVisible(!m_search->searchField()->text().trimmed().isEmpty()); };
    connect(m_search->searchField(), &QLineEdit::textChanged, this, fitSearch);
    fitSearch();
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("navigator"));
    m_tree->setAccessibleName(tr("Navigator"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // a long history scrolls without measuring every row
    m_tree->setIndentation(16);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setMinimumWidth(240);
    leftLayout->addWidget(m_tree, 1);

    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_blank = new QWidget(m_stack);
    m_stack->addWidget(m_blank);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 950});

    for (auto group : {NavigatorModel::BodyGroup::BoardAndExecutive, NavigatorModel::BodyGroup::Subgroups,
                       NavigatorModel::BodyGroup::PanelsAndReviewGroups, NavigatorModel::BodyGroup::Other}) {
        if (const QModelIndex index = m_model->groupIndex(group); index.isValid())
            m_tree->expand(index);
    }
    m_tree->expand(m_model->registersIndex());

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showIndex(current); });
    // A reset (an import, a new year start) loses the selection: show the partnership.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectPartnership(); });
    connect(m_search, &SearchWidget::meetingRequested, this,
            [this](const Id &meetingId, qint64 entryRowId) { selectMeeting(meetingId, entryRowId); });
    connect(m_search, &SearchWidget::actionRequested, this, [this](const Id &actionId) {
        selectPage(NavigatorModel::Page::Actions);
        registerPage(NavigatorModel::Page::Actions)->selectRecord(actionId);
    });
    connect(m_search, &SearchWidget::caseReviewRequested, this, [this](const Id &reviewId) {
        selectPage(NavigatorModel::Page::CaseReviews);
        registerPage(NavigatorModel::Page::CaseReviews)->selectRecord(reviewId);
    });

    showHome();
}

PartnershipView::~PartnershipView() = default;

void PartnershipView::addPage(QWidget *page)
{
    m_stack->addWidget(page);
}

QWidget *PartnershipView::currentPage() const
{
    return m_stack->currentWidget();
}

MeetingEditor *PartnershipView::meetingEditor()
{
    if (!m_meetingEditor) {
        m_meetingEditor = new MeetingEditor(m_workspace, m_stack);
        m_meetingEditor->setReadOnly(m_readOnly);
        addPage(m_meetingEditor);
        connect(m_meetingEditor, &MeetingEditor::meetingChanged, m_model, &NavigatorModel::refreshMeeting);
    }
    return m_meetingEditor;
}

BodyEditor *PartnershipView::bodyEditor()
{
    if (!m_bodyEditor) {
        m_bodyEditor = new BodyEditor(m_workspace, m_stack);
        m_bodyEditor->setReadOnly(m_readOnly);
        addPage(m_bodyEditor);
        connect(m_bodyEditor, &BodyEditor::newMeetingRequested, this, [this](const Id &bodyId) { newMeeting(bodyId); });
    }
    return m_bodyEditor;
}

HomePage *PartnershipView::homePage()
{
    if (!m_home) {
        m_home = new HomePage(m_workspace, m_stack);
        addPage(m_home);
        // The workplans' dashboard heads the home page too: what is red, and where.
        m_home->setDashboard(newDashboard(m_home));
        connect(m_home, &HomePage::meetingActivated, this, [this](const Id &id) { selectMeeting(id); });
        connect(m_home, &HomePage::actionActivated, this, [this](const Id &id) {
            selectPage(NavigatorModel::Page::Actions);
            registerPage(NavigatorModel::Page::Actions)->selectRecord(id);
        });
        connect(m_home, &HomePage::changeActivated, this, [this](const QString &kind, const QString &key) {
            if (kind == QLatin1String("meeting"))
                selectMeeting(key);
            else if (kind == QLatin1String("body"))
                selectBody(key);
            else if (kind == QLatin1String("partnership"))
                selectPartnership();
            else if (kind == QLatin1String("action") || kind == QLatin1String("caseReview")) {
                const auto page = kind == QLatin1String("action") ? NavigatorModel::Page::Actions
                                                                  : NavigatorModel::Page::CaseReviews;
                selectPage(page);
                registerPage(page)->selectRecord(key);
            } else if (kind == QLatin1String("person"))
                selectPage(NavigatorModel::Page::People);
            else if (kind == QLatin1String("agency"))
                selectPage(NavigatorModel::Page::Agencies);
            else if (kind == QLatin1String("priority"))
                selectPage(NavigatorModel::Page::Priorities);
            else
                emit auditLogRequested();
        });
        connect(m_home, &HomePage::auditLogRequested, this, &PartnershipView::auditLogRequested);
    }
    return m_home;
}

PartnershipSettings *PartnershipView::settingsPage()
{
    if (!m_settings) {
        m_settings = new PartnershipSettings(m_workspace, m_stack);
        m_settings->setReadOnly(m_readOnly);
        addPage(m_settings);
        connect(m_settings, &PartnershipSettings::agenciesRequested, this,
                [this] { selectPage(NavigatorModel::Page::Agencies); });
        connect(m_settings, &PartnershipSettings::peopleRequested, this,
                [this] { selectPage(NavigatorModel::Page::People); });
        connect(m_settings, &PartnershipSettings::prioritiesRequested, this,
                [this] { selectPage(NavigatorModel::Page::Priorities); });
    }
    return m_settings;
}

AgenciesPage *PartnershipView::agenciesPage()
{
    if (!m_agencies) {
        m_agencies = new AgenciesPage(m_workspace, m_stack);
        m_agencies->setReadOnly(m_readOnly);
        addPage(m_agencies);
    }
    return m_agencies;
}

PeoplePage *PartnershipView::peoplePage()
{
    if (!m_people) {
        m_people = new PeoplePage(m_workspace, m_stack);
        m_people->setReadOnly(m_readOnly);
        addPage(m_people);
    }
    return m_people;
}

PrioritiesPage *PartnershipView::prioritiesPage()
{
    if (!m_priorities) {
        m_priorities = new PrioritiesPage(m_workspace, m_stack);
        m_priorities->setReadOnly(m_readOnly);
        addPage(m_priorities);
    }
    return m_priorities;
}

FundingPage *PartnershipView::fundingPage()
{
    if (!m_funding) {
        m_funding = new FundingPage(m_workspace, m_stack);
        m_funding->setReadOnly(m_readOnly);
        addPage(m_funding);
    }
    return m_funding;
}

OverviewPage *PartnershipView::overviewPage()
{
    if (!m_overview) {
        m_overview = new OverviewPage(m_workspace, m_stack);
        addPage(m_overview);
        connect(m_overview, &OverviewPage::bodyActivated, this, &PartnershipView::selectBody);
        connect(m_overview, &OverviewPage::meetingActivated, this, [this](const Id &id) { selectMeeting(id); });
        connect(m_overview, &OverviewPage::pageActivated, this, &PartnershipView::selectPage);
        connect(m_overview, &OverviewPage::addBodyRequested, this, &PartnershipView::addBody);
        connect(m_overview, &OverviewPage::newMeetingRequested, this, [this](const Id &bodyId) { newMeeting(bodyId); });
    }
    return m_overview;
}

Dashboard *PartnershipView::dashboard()
{
    if (!m_dashboard) {
        m_dashboard = newDashboard(m_stack);
        addPage(m_dashboard);
    }
    return m_dashboard;
}

Dashboard *PartnershipView::newDashboard(QWidget *parent)
{
    auto *board = new Dashboard(m_workspace, parent);
    connect(board, &Dashboard::actionsRequested, this, [this](const Id &body, bool overdue) {
        selectPage(NavigatorModel::Page::Actions);
        registerPage(NavigatorModel::Page::Actions)->showActionsOf(body, overdue);
    });
    connect(board, &Dashboard::risksRequested, this, [this](const Id &body) {
        selectPage(NavigatorModel::Page::Risks);
        registerPage(NavigatorModel::Page::Risks)->showRisksOf(body);
    });
    return board;
}

RegisterPage *PartnershipView::registerPage(NavigatorModel::Page page)
{
    RegisterPage *&registerPage = m_registers[int(page)];
    if (!registerPage) {
        registerPage = new RegisterPage(m_workspace, page, m_stack);
        addPage(registerPage);
    }
    return registerPage;
}

NewsletterPage *PartnershipView::newsletterPage()
{
    if (!m_newsletters) {
        m_newsletters = new NewsletterPage(m_workspace, m_stack);
        m_newsletters->setReadOnly(m_readOnly);
        addPage(m_newsletters);
    }
    return m_newsletters;
}

void PartnershipView::showIndex(const QModelIndex &index)
{
    using Kind = NavigatorModel::NodeKind;
    using Page = NavigatorModel::Page;
    QWidget *page = index.isValid() ? m_blank : homePage();
    if (index.isValid()) {
        switch (index.data(NavigatorModel::NodeKindRole).value<Kind>()) {
        case Kind::Partnership:
            page = settingsPage();
            break;
        case Kind::Page: {
            const auto which = index.data(NavigatorModel::PageRole).value<Page>();
            if (which == Page::Agencies)
                page = agenciesPage();
            else if (which == Page::People)
                page = peoplePage();
            else if (which == Page::Priorities)
                page = prioritiesPage();
            else if (which == Page::Newsletters)
                page = newsletterPage();
            else if (which == Page::Funding)
                page = fundingPage();
            else
                page = registerPage(which);
            break;
        }
        case Kind::BodyGroup:
            overviewPage()->showGroup(index.data(NavigatorModel::BodyGroupRole).value<NavigatorModel::BodyGroup>());
            page = m_overview;
            break;
        case Kind::Registers:
            page = dashboard();
            break;
        case Kind::Body:
            bodyEditor()->setBody(index.data(NavigatorModel::IdRole).toString());
            page = m_bodyEditor;
            break;
        case Kind::Year:
            overviewPage()->showYear(index.data(NavigatorModel::BodyIdRole).toString(),
                                     FinancialYear(index.data(NavigatorModel::YearRole).toInt()));
            page = m_overview;
            break;
        case Kind::Meeting:
            meetingEditor()->setMeeting(index.data(NavigatorModel::IdRole).toString());
            page = m_meetingEditor;
            break;
        }
    }
    m_stack->setCurrentWidget(page);
    emit selectionChanged();
}

void PartnershipView::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->scrollTo(index); // expands its parents
    m_tree->setCurrentIndex(index);
}

void PartnershipView::showHome()
{
    if (m_tree->currentIndex().isValid())
        m_tree->setCurrentIndex(QModelIndex()); // shows the home page
    else
        showIndex(QModelIndex());
    m_tree->clearSelection();
    // The top of the navigator; this also lays it out now, as selecting a row would.
    m_tree->scrollTo(m_model->partnershipIndex());
}

void PartnershipView::selectPartnership()
{
    select(m_model->partnershipIndex());
}

void PartnershipView::selectPage(NavigatorModel::Page page)
{
    select(m_model->pageIndex(page));
}

void PartnershipView::selectGroup(NavigatorModel::BodyGroup group)
{
    select(m_model->groupIndex(group));
}

bool PartnershipView::selectBody(const Id &bodyId)
{
    const QModelIndex index = m_model->bodyIndex(bodyId);
    select(index);
    return index.isValid();
}

bool PartnershipView::selectMeeting(const Id &meetingId, qint64 entryRowId)
{
    const QModelIndex index = m_model->meetingIndex(meetingId);
    if (!index.isValid())
        return false;
    select(index);
    if (entryRowId != 0)
        meetingEditor()->selectEntry(entryRowId);
    return true;
}

void PartnershipView::focusSearch()
{
    m_search->focusSearch();
}

Id PartnershipView::currentBodyId() const
{
    return m_tree->currentIndex().data(NavigatorModel::BodyIdRole).toString();
}

Id PartnershipView::currentMeetingId() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.data(NavigatorModel::NodeKindRole).value<NavigatorModel::NodeKind>()
        != NavigatorModel::NodeKind::Meeting)
        return {};
    return current.data(NavigatorModel::IdRole).toString();
}

bool PartnershipView::newMeeting(const Id &bodyId)
{
    const Id body = bodyId.isEmpty() ? currentBodyId() : bodyId;
    if (body.isEmpty()) {
        m_workspace.reportError(tr("Choose a body in the navigator first: the new meeting is one of its meetings."));
        return false;
    }
    if (m_readOnly) {
        m_workspace.reportError(tr("This partnership is open read-only: no meeting can be added."));
        return false;
    }
    auto meeting = prepareMeeting(m_workspace.store(), body, Clock::today());
    if (!meeting) {
        m_workspace.reportError(meeting.errorMessage());
        return false;
    }
    auto found = m_workspace.store().get<Body>(body);
    const QString name = found && found->has_value() ? (*found)->name : body;
    if (!m_workspace.push(
            new SaveRecordCommand<Meeting>(m_workspace, tr("New meeting of %1").arg(name), std::nullopt, *meeting)))
        return false;
    if (!selectMeeting(meeting->id))
        return false;
    meetingEditor()->setFocus();
    return true;
}

bool PartnershipView::addBody(NavigatorModel::BodyGroup group)
{
    if (m_readOnly) {
        m_workspace.reportError(tr("This partnership is open read-only: no body can be added."));
        return false;
    }
    Body body;
    body.id = newId(u"body");
    body.established = Clock::today();
    switch (group) {
    case NavigatorModel::BodyGroup::BoardAndExecutive:
        body.kind = BodyKind::Executive;
        body.name = tr("New executive group");
        break;
    case NavigatorModel::BodyGroup::Subgroups:
        body.kind = BodyKind::Subgroup;
        body.name = tr("New subgroup");
        break;
    case NavigatorModel::BodyGroup::PanelsAndReviewGroups:
        body.kind = BodyKind::Panel;
        body.name = tr("New panel");
        break;
    case NavigatorModel::BodyGroup::Other:
        body.kind = BodyKind::Other;
        body.name = tr("New group");
        break;
    }
    // Most groups report to the board.
    if (auto bodies = m_workspace.store().list<Body>()) {
        for (const Body &other : *bodies) {
            if (other.kind == BodyKind::Board) {
                body.parent = other.id;
                break;
            }
        }
    }
    if (!m_workspace.push(new SaveRecordCommand<Body>(m_workspace, tr("Add %1").arg(body.name), std::nullopt, body)))
        return false;
    if (!selectBody(body.id))
        return false;
    bodyEditor()->nameEdit()->setFocus();
    bodyEditor()->nameEdit()->selectAll();
    return true;
}

void PartnershipView::commitPendingEdits()
{
    if (m_meetingEditor)
        m_meetingEditor->flush();
    // A form saves a field when it is left: leave it and come back.
    QPointer<QWidget> focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus) || ownsUndoKeys(focus))
        return;
    focus->clearFocus();
    if (focus && focus->isVisible())
        focus->setFocus(Qt::OtherFocusReason);
}

bool PartnershipView::ownsUndoKeys(const QWidget *widget) const
{
    return m_meetingEditor && m_meetingEditor->isAncestorOf(widget);
}

void PartnershipView::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void PartnershipView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_meetingEditor)
        m_meetingEditor->setReadOnly(readOnly);
    if (m_bodyEditor)
        m_bodyEditor->setReadOnly(readOnly);
    if (m_settings)
        m_settings->setReadOnly(readOnly);
    if (m_agencies)
        m_agencies->setReadOnly(readOnly);
    if (m_people)
        m_people->setReadOnly(readOnly);
    if (m_priorities)
        m_priorities->setReadOnly(readOnly);
    if (m_newsletters)
        m_newsletters->setReadOnly(readOnly);
    if (m_funding)
        m_funding->setReadOnly(readOnly);
}

} // namespace bd
