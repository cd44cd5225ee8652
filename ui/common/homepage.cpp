#include "homepage.h"

#include "audit/auditdescription.h"
#include "displayformat.h"
#include "domain/displaytext.h"
#include "pagewidgets.h"
#include "util/clock.h"
#include "workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

namespace {

enum ItemRole { KindRole = Qt::UserRole + 1, KeyRole };

QString shortDate(const QDate &date)
{
    return britishLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

Result<HomeSummary> homeSummary(Store &store, const QDate &today)
{
    HomeSummary summary;
    auto bodies = store.list<Body>();
    if (!bodies)
        return bodies.error();
    for (const Body &body : *bodies)
        summary.bodyNames.insert(body.id, body.name);

    auto meetings = store.meetingSummaries();
    if (!meetings)
        return meetings.error();
    std::sort(meetings->begin(), meetings->end(), [](const MeetingSummary &a, const MeetingSummary &b) {
        return std::tie(a.date, a.time) < std::tie(b.date, b.time);
    });
    for (const MeetingSummary &meeting : std::as_const(*meetings)) {
        if (meeting.status == MeetingStatus::Cancelled)
            continue;
        if (meeting.date >= today && summary.nextMeetings.size() < homeListLength)
            summary.nextMeetings << meeting;
        if (meeting.date < today && meeting.status == MeetingStatus::Held && meeting.minutes == MinutesStatus::Draft) {
            ++summary.awaitingTotal;
            if (summary.awaitingApproval.size() < homeListLength)
                summary.awaitingApproval << meeting;
        }
    }

    // Every action's standing is read in one query; only the few shown are read whole.
    auto standings = store.actionStandings();
    if (!standings)
        return standings.error();
    const QList<ActionStanding> attention = needingAttention(*standings, today);
    summary.attentionTotal = int(attention.size());
    for (const ActionStanding &standing : attention.mid(0, homeListLength)) {
        auto action = store.get<Action>(standing.id);
        if (!action)
            return action.error();
        if (*action)
            summary.needingAttention << **action;
    }

    auto changes = store.auditLog(AuditFilter {.limit = homeListLength, .newestFirst = true});
    if (!changes)
        return changes.error();
    summary.recentChanges = std::move(*changes);
    return summary;
}

HomePage::HomePage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = pageLayout(content);
    m_heading = pageHeading(QString(), content);
    layout->addWidget(m_heading);
    m_today = pageNote(QString(), content);
    layout->addWidget(m_today);

    // The workplans' dashboard goes here, when there is one.
    m_dashboardArea = new QVBoxLayout;
    m_dashboardArea->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_dashboardArea);

    auto *grid = new QGridLayout;
    grid->setSpacing(16);
    const auto card = [&](const QString &title, QLabel **titleLabel) {
        auto *frame = new Card(content);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(16, 14, 16, 12);
        box->setSpacing(8);
        QLabel *label = cardTitle(title, frame);
        box->addWidget(label, 0, Qt::AlignTop);
        if (titleLabel)
            *titleLabel = label;
        return frame;
    };
    Card *next = card(tr("Next meetings"), nullptr);
    m_next = addList(next, tr("Next meetings"));
    Card *awaiting = card(tr("Minutes awaiting approval"), &m_awaitingTitle);
    m_awaiting = addList(awaiting, tr("Minutes awaiting approval"));
    Card *actions = card(tr("Actions red or overdue"), &m_actionsTitle);
    m_actions = addList(actions, tr("Actions red or overdue"));
    Card *changes = card(tr("Recent changes"), nullptr);
    m_changes = addList(changes, tr("Recent changes"));
    QPushButton *showLog = linkButton(tr("Show the &audit log"), changes);
    connect(showLog, &QPushButton::clicked, this, &HomePage::auditLogRequested);
    static_cast<QVBoxLayout *>(changes->layout())->addWidget(showLog, 0, Qt::AlignLeft);
    for (Card *each : {next, awaiting, actions, changes})
        static_cast<QVBoxLayout *>(each->layout())->addStretch(1);
    grid->addWidget(next, 0, 0);
    grid->addWidget(awaiting, 0, 1);
    grid->addWidget(actions, 1, 0);
    grid->addWidget(changes, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addWidget(
        hint(tr("Enter or a click opens the row's meeting or action; Tab moves to the next list."), content));
    layout->addStretch(1);

    for (QListWidget *list : {m_next, m_awaiting, m_actions, m_changes}) {
        connect(list, &QListWidget::itemActivated, this, &HomePage::activate);
        connect(list, &QListWidget::itemClicked, this, &HomePage::activate);
    }
    connect(&m_workspace, &Workspace::recordChanged, this, [this] {
        // A hidden page reads the store when it is next shown, not on every save.
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

QListWidget *HomePage::addList(QWidget *card, const QString &accessibleName)
{
    auto *list = new QListWidget(card);
    list->setAccessibleName(accessibleName);
    list->setFrameShape(QFrame::NoFrame);
    // One line a row, cut short with "…" where the card is narrow; the tooltip has it all.
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideRight);
    list->setUniformItemSizes(true);
    list->setIconSize(QSize(16, 16));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setCursor(Qt::PointingHandCursor);
    list->setSpacing(1);
    card->layout()->addWidget(list);
    return list;
}

void HomePage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void HomePage::setDashboard(QWidget *dashboard)
{
    delete m_dashboard;
    m_dashboard = dashboard;
    if (dashboard) {
        // Room for several bodies before it scrolls.
        dashboard->setMinimumHeight(fontMetrics().lineSpacing() * 14);
        m_dashboardArea->addWidget(dashboard);
    }
}

void HomePage::refresh()
{
    m_stale = false;
    const QDate today = Clock::today();
    auto partnership = m_workspace.store().partnership();
    const QString name = partnership && !partnership->name.isEmpty() ? partnership->name : tr("New partnership");
    m_heading->setText(name);
    m_heading->setAccessibleName(name);
    m_today->setText(tr("Today is %1.").arg(displayDayAndDate(today)));

    for (QListWidget *list : {m_next, m_awaiting, m_actions, m_changes})
        list->clear();
    auto summary = homeSummary(m_workspace.store(), today);
    if (!summary) {
        m_workspace.reportError(summary.errorMessage());
        return;
    }
    const auto add
        = [](QListWidget *list, const QString &text, const QString &kind, const QString &key, const QIcon &icon = {}) {
              auto *item = new QListWidgetItem(icon, text, list);
              item->setToolTip(toolTipText(text));
              item->setData(KindRole, kind);
              item->setData(KeyRole, key);
          };
    const auto meetingText = [&](const MeetingSummary &m) {
        const QString body = summary->bodyNames.value(m.body, m.body);
        return m.time.isValid()
            ? tr("%1, %2 \u2014 %3").arg(shortDate(m.date), m.time.toString(QStringLiteral("HH:mm")), body)
            : tr("%1 \u2014 %2").arg(shortDate(m.date), body);
    };
    for (const MeetingSummary &m : std::as_const(summary->nextMeetings))
        add(m_next, meetingText(m), QStringLiteral("meeting"), m.id,
            QIcon(QStringLiteral(":/icons/status-planned.svg")));
    for (const MeetingSummary &m : std::as_const(summary->awaitingApproval))
        add(m_awaiting, meetingText(m), QStringLiteral("meeting"), m.id,
            QIcon(QStringLiteral(":/icons/status-draft.svg")));
    for (const Action &a : std::as_const(summary->needingAttention)) {
        QString text = a.ref.isEmpty() ? plainText(a.text) : tr("%1 %2").arg(a.ref, plainText(a.text));
        if (isOverdue(a, today))
            text = tr("Overdue since %1: %2").arg(britishLocale().toString(a.due, QStringLiteral("d MMM yyyy")), text);
        else if (a.due.isValid())
            text += QLatin1Char(' ') + tr("(due %1)").arg(shortDate(a.due));
        const std::optional<Rag> rag = a.currentRag();
        QListWidgetItem *item = new QListWidgetItem(rag ? ragIcon(*rag) : QIcon(), text, m_actions);
        item->setData(KindRole, QStringLiteral("action"));
        item->setData(KeyRole, a.id);
        // The colour is never the only sign: the rating in words.
        const QString rating = rag ? displayName(*rag) : tr("Not rated");
        item->setToolTip(toolTipText(tr("%1. Rated %2.").arg(text, rating)));
        item->setData(Qt::AccessibleTextRole, tr("%1, rated %2").arg(text, rating));
    }
    AuditDescriber describer(m_workspace.store());
    for (const AuditEntry &entry : std::as_const(summary->recentChanges)) {
        const ChangeDescription d = describer.describe(entry);
        add(m_changes, tr("%1 \u2014 %2").arg(displayDateTime(entry.at.toLocalTime()), d.sentence), entry.kind,
            entry.recordKey);
    }

    m_awaitingTitle->setText(
        summary->awaitingTotal > homeListLength
            ? tr("Minutes awaiting approval (%1 of %2)").arg(homeListLength).arg(summary->awaitingTotal)
            : tr("Minutes awaiting approval"));
    m_actionsTitle->setText(
        summary->attentionTotal > homeListLength
            ? tr("Actions red or overdue (%1 of %2)").arg(homeListLength).arg(summary->attentionTotal)
            : tr("Actions red or overdue"));
    const QList<std::pair<QListWidget *, QString>> empties {{m_next, tr("No meetings are planned from today on.")},
                                                            {m_awaiting, tr("No minutes are waiting for approval.")},
                                                            {m_actions, tr("No action is red or overdue.")},
                                                            {m_changes, tr("Nothing has been changed yet.")}};
    for (const auto &[list, text] : empties) {
        if (list->count() == 0) {
            auto *item = new QListWidgetItem(text, list);
            item->setFlags(Qt::ItemIsEnabled);
        }
        // As tall as its rows: the page scrolls, not each list.
        const int row = std::max(list->sizeHintForRow(0), list->fontMetrics().height() + 6) + 2 * list->spacing();
        list->setFixedHeight(2 * list->frameWidth() + row * int(list->count()) + 2);
        if (list->count() > 0 && list->item(0)->flags() & Qt::ItemIsSelectable)
            list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    }
}

void HomePage::activate(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString kind = item->data(KindRole).toString();
    const QString key = item->data(KeyRole).toString();
    if (kind == QLatin1String("meeting"))
        emit meetingActivated(key);
    else if (kind == QLatin1String("action"))
        emit actionActivated(key);
    else if (!kind.isEmpty())
        emit changeActivated(kind, key);
}

} // namespace bd
