#include "overviewpages.h"

#include "common/displayformat.h"
#include "common/pagewidgets.h"
#include "common/workspace.h"
#include "registers/membershipmodel.h"
#include "registers/registerpage.h"
#include "util/clock.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {

using Cell = SnapshotTableModel::Cell;
using Row = SnapshotTableModel::Row;

Cell text(const QString &value)
{
    return Cell {value, {}, {}};
}

Cell date(const QDate &value)
{
    return Cell {displayDate(value), {}, {}};
}

QString groupHeading(NavigatorModel::BodyGroup group)
{
    switch (group) {
    case NavigatorModel::BodyGroup::BoardAndExecutive:
        return OverviewPage::tr("Board & executive");
    case NavigatorModel::BodyGroup::Subgroups:
        return OverviewPage::tr("Subgroups");
    case NavigatorModel::BodyGroup::PanelsAndReviewGroups:
        return OverviewPage::tr("Panels & review groups");
    case NavigatorModel::BodyGroup::Other:
        return OverviewPage::tr("Other groups");
    }
    return {};
}

} // namespace

OverviewPage::OverviewPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new SnapshotTableModel(this))
{
    auto *layout = pageLayout(this);
    m_heading = pageHeading(QString(), this);
    layout->addWidget(m_heading);
    m_note = pageNote(QString(), this);
    layout->addWidget(m_note);
    m_table = recordTable(this, QString());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setModel(m_model);
    layout->addWidget(m_table, 1);
    m_add = new QPushButton(this);
    layout->addLayout(buttonRow({m_add}));

    connect(m_table, &QTableView::activated, this, &OverviewPage::activate);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_showing == Showing::Group)
            emit addBodyRequested(m_group);
        else if (m_showing == Showing::Year)
            emit newMeetingRequested(m_body);
    });
    connect(&m_workspace, &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
        if (kind != RecordKind::Body && kind != RecordKind::Meeting && kind != RecordKind::Membership)
            return;
        // A hidden page reads the store when it is next shown, not on every save.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

void OverviewPage::showGroup(NavigatorModel::BodyGroup group)
{
    m_showing = Showing::Group;
    m_group = group;
    refresh();
}

void OverviewPage::showYear(const Id &bodyId, const FinancialYear &year)
{
    m_showing = Showing::Year;
    m_body = bodyId;
    m_year = year;
    refresh();
}

void OverviewPage::showRegisters()
{
    m_showing = Showing::Registers;
    refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void OverviewPage::refresh()
{
    m_stale = false;
    Store &store = m_workspace.store();
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    switch (m_showing) {
    case Showing::Nothing:
        return;
    case Showing::Group: {
        enum Column { NameColumn, KindColumn, MembersColumn, EstablishedColumn, ConcludedColumn };
        m_heading->setText(groupHeading(m_group));
        m_note->setText(tr("Open a body to edit it and its members, or to start the minutes of a meeting."));
        m_add->setText(tr("&Add body"));
        m_add->setIcon(QIcon(QStringLiteral(":/icons/new-body.svg")));
        m_add->show();
        auto bodies = store.list<Body>();
        auto memberships = store.list<Membership>();
        if (!bodies || !memberships)
            return m_workspace.reportError(!bodies ? bodies.errorMessage() : memberships.errorMessage());
        QList<Row> rows;
        for (const Body &body : *bodies) {
            if (NavigatorModel::groupOf(body.kind) != m_group)
                continue;
            const auto members = membersOn(*memberships, body.id, Clock::today()).size();
            rows << Row {body.id,
                         {text(body.name), text(displayName(body.kind)),
                          Cell {QString::number(members), {}, {}, Qt::AlignRight | Qt::AlignVCenter},
                          date(body.established), date(body.concluded)}};
        }
        m_model->setContents({tr("Body"), tr("Kind"), tr("Members"), tr("Established"), tr("Concluded")}, rows);
        header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
        header->resizeSection(KindColumn, 130);
        header->resizeSection(MembersColumn, 90);
        header->resizeSection(EstablishedColumn, 160);
        header->resizeSection(ConcludedColumn, 160);
        m_table->setAccessibleName(groupHeading(m_group));
        break;
    }
    case Showing::Year: {
        enum Column { DateColumn, TimeColumn, LocationColumn, StatusColumn, MinutesColumn, EntriesColumn };
        auto body = store.get<Body>(m_body);
        const QString name = body && body->has_value() ? (*body)->name : QString();
        m_heading->setText(tr("%1: %2").arg(name, m_year.toString()));
        m_note->setText(tr("The meetings of the year, newest first. Open one to read or take its minutes."));
        m_add->setText(tr("New &meeting"));
        m_add->setIcon(QIcon(QStringLiteral(":/icons/new-meeting.svg")));
        m_add->show();
        auto meetings = store.meetingSummaries(ListFilter {m_body, m_year});
        if (!meetings)
            return m_workspace.reportError(meetings.errorMessage());
        QList<Row> rows;
        for (auto it = meetings->crbegin(); it != meetings->crend(); ++it) {
            const MeetingSummary &m = *it;
            const bool held = m.status == MeetingStatus::Held;
            rows << Row {m.id,
                         {date(m.date), text(m.time.isValid() ? m.time.toString(QStringLiteral("HH:mm")) : QString()),
                          text(m.location), text(displayName(m.status)),
                          text(held ? displayName(m.minutes) : QString()),
                          Cell {QString::number(m.entryCount), {}, {}, Qt::AlignRight | Qt::AlignVCenter}}};
        }
        m_model->setContents({tr("Date"), tr("Time"), tr("Location"), tr("Meeting"), tr("Minutes"), tr("Bullets")},
                             rows);
        header->resizeSection(DateColumn, 160);
        header->resizeSection(TimeColumn, 70);
        header->setSectionResizeMode(LocationColumn, QHeaderView::Stretch);
        header->resizeSection(StatusColumn, 110);
        header->resizeSection(MinutesColumn, 110);
        header->resizeSection(EntriesColumn, 80);
        m_table->setAccessibleName(m_heading->text());
        break;
    }
    case Showing::Registers: {
        enum Column { RegisterColumn, RecordsColumn };
        m_heading->setText(tr("Registers"));
        m_note->setText(tr("What the partnership tracks besides its minutes. Open a register to see it."));
        m_add->hide();
        const auto count = [](auto result) { return result ? int(result->size()) : 0; };
        using Page = NavigatorModel::Page;
        const QList<std::pair<Page, int>> registers {{Page::Actions, count(store.list<Action>())},
                                                     {Page::Risks, count(store.list<Risk>())},
                                                     {Page::Funding, count(store.list<Funding>())},
                                                     {Page::CaseReviews, count(store.list<CaseReview>())},
                                                     {Page::Training, count(store.list<TrainingSession>())},
                                                     {Page::KeyFacts, count(store.list<KeyFact>())},
                                                     {Page::Newsletters, count(store.list<Newsletter>())}};
        const QStringList labels {tr("Actions and workplans"), tr("Risks"),     tr("Funding"),    tr("Case reviews"),
                                  tr("Training sessions"),     tr("Key facts"), tr("Newsletters")};
        QList<Row> rows;
        for (qsizetype i = 0; i < registers.size(); ++i)
            rows << Row {QString::number(int(registers.at(i).first)),
                         {text(labels.at(i)),
                          Cell {QString::number(registers.at(i).second), {}, {}, Qt::AlignRight | Qt::AlignVCenter}}};
        m_model->setContents({tr("Register"), tr("Records")}, rows);
        header->resizeSection(RegisterColumn, 300);
        header->resizeSection(RecordsColumn, 100);
        m_table->setAccessibleName(tr("Registers"));
        break;
    }
    }
}

void OverviewPage::activate(const QModelIndex &index)
{
    const QString key = index.data(SnapshotTableModel::KeyRole).toString();
    switch (m_showing) {
    case Showing::Group:
        emit bodyActivated(key);
        break;
    case Showing::Year:
        emit meetingActivated(key);
        break;
    case Showing::Registers:
        emit pageActivated(NavigatorModel::Page(key.toInt()));
        break;
    case Showing::Nothing:
        break;
    }
}

} // namespace bd
