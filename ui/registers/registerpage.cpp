#include "registerpage.h"

#include "common/displayformat.h"
#include "common/pagewidgets.h"
#include "common/workspace.h"
#include "domain/actionlog.h"
#include "domain/displaytext.h"
#include "domain/ids.h"
#include "domain/workingdays.h"
#include "util/clock.h"
#include "workplans/actiondialog.h"
#include "workplans/reviewdialog.h"
#include "workplans/riskheatmap.h"
#include "workplans/riskreviewdialog.h"
#include "workplans/workplancommands.h"

#include <QCheckBox>
#include "common/datefield.h"
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace bd {

// SnapshotTableModel -------------------------------------------------------------------

void SnapshotTableModel::setContents(const QStringList &headers, const QList<Row> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

int SnapshotTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (index.column() >= row.cells.size())
        return {};
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cell.display;
    case Qt::ToolTipRole:
        return toolTipText(cell.display.toString());
    case SortRole:
        return cell.sort.isValid() ? cell.sort : cell.display;
    case Qt::DecorationRole:
        return cell.icon.isNull() ? QVariant() : QVariant(cell.icon);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.alignment);
    default:
        return {};
    }
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return {};
}

// RegisterPage -------------------------------------------------------------------------

namespace {

using Cell = SnapshotTableModel::Cell;
using Row = SnapshotTableModel::Row;

Cell text(const QString &value)
{
    return Cell {value, value.toCaseFolded(), {}};
}

Cell date(const QDate &value)
{
    return Cell {displayDate(value), value.isValid() ? QVariant(value.toJulianDay()) : QVariant(qint64(0)), {}};
}

Cell number(qint64 value)
{
    return Cell {QString::number(value), value, {}, Qt::AlignRight | Qt::AlignVCenter};
}

template<typename T> QHash<Id, QString> namesOf(Result<QList<T>> records)
{
    QHash<Id, QString> names;
    if (records) {
        for (const T &r : *records)
            names.insert(r.id, r.name);
    }
    return names;
}

QString note(NavigatorModel::Page page)
{
    using Page = NavigatorModel::Page;
    switch (page) {
    case Page::Actions:
        return RegisterPage::tr("Every action the partnership tracks: workplan actions, actions from meetings and "
                                "case review recommendations, with their latest rating. To review the selected "
                                "action press R, A, G or C (red, amber, green, complete), type a note and press "
                                "Enter; Ctrl+Z takes it back.");
    case Page::Risks:
        return RegisterPage::tr("The risk log, rated likelihood \u00d7 impact at the latest review: 1-4 green, "
                                "5-12 amber, 15-25 red. The heat map places each open risk by number, with an "
                                "arrow from where the review before put it.");
    case Page::CaseReviews:
        return RegisterPage::tr("Case reviews notified to the national panel and where each has got to, with the "
                                "statutory clocks in working days (England's bank holidays): a rapid review is due "
                                "15 working days after notification, a practice review's report six months after "
                                "the decision to hold one. The case review editor arrives in a later version.");
    case Page::Training:
        return RegisterPage::tr("Multi-agency courses in the year: sessions held and cancelled, and how many "
                                "attended. The training register's editor arrives in a later version.");
    case Page::KeyFacts:
        return RegisterPage::tr("The figures on the annual report's opening pages. Their editor arrives in a later "
                                "version.");
    default:
        return {};
    }
}

} // namespace

RegisterPage::RegisterPage(Workspace &workspace, NavigatorModel::Page page, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_page(page)
    , m_model(new SnapshotTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    auto *layout = pageLayout(this);
    QString heading;
    switch (page) {
    case NavigatorModel::Page::Actions:
        heading = tr("Actions and workplans");
        break;
    case NavigatorModel::Page::Risks:
        heading = tr("Risks");
        break;
    case NavigatorModel::Page::CaseReviews:
        heading = tr("Case reviews");
        break;
    case NavigatorModel::Page::Training:
        heading = tr("Training");
        break;
    case NavigatorModel::Page::KeyFacts:
        heading = tr("Key facts");
        break;
    default:
        break;
    }
    layout->addWidget(pageHeading(heading, this));
    layout->addWidget(pageNote(note(page), this));

    if (page == NavigatorModel::Page::Training || page == NavigatorModel::Page::KeyFacts) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("&Year:"), this);
        m_year = new QComboBox(this);
        m_year->setAccessibleName(tr("Year"));
        label->setBuddy(m_year);
        row->addWidget(label);
        row->addWidget(m_year);
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_year, &QComboBox::currentIndexChanged, this, &RegisterPage::refresh);
    }

    if (page == NavigatorModel::Page::Actions || page == NavigatorModel::Page::Risks)
        addActionFilters(layout);
    if (page == NavigatorModel::Page::Risks) {
        m_heatMap = new RiskHeatMap(this);
        layout->addWidget(m_heatMap);
    }

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SnapshotTableModel::SortRole);
    m_table = recordTable(this, heading);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    layout->addWidget(m_table, 1);
    if (page == NavigatorModel::Page::Actions) {
        m_table->installEventFilter(this);
        auto *add = new QPushButton(tr("&Add action\u2026"), this);
        add->setToolTip(tr("Insert"));
        auto *change = new QPushButton(tr("&Edit\u2026"), this);
        change->setToolTip(tr("F2 or Enter"));
        auto *remove = new QPushButton(tr("De&lete"), this);
        remove->setToolTip(tr("Delete"));
        auto *carry = new QPushButton(tr("&Close workplan and carry forward\u2026"), this);
        carry->setToolTip(tr("Closes the selected action's workplan and copies its open actions, with their "
                             "history, into the next year's plan"));
        layout->addLayout(buttonRow({add, change, remove, carry}));
        connect(add, &QPushButton::clicked, this, &RegisterPage::addAction);
        connect(change, &QPushButton::clicked, this, &RegisterPage::editSelected);
        connect(remove, &QPushButton::clicked, this, &RegisterPage::deleteSelected);
        connect(carry, &QPushButton::clicked, this, [this] { carryForwardSelected(); });
        connect(m_table, &QTableView::activated, this, &RegisterPage::editSelected);
    }
    if (page == NavigatorModel::Page::Risks) {
        m_table->installEventFilter(this);
        auto *review = new QPushButton(tr("&Review risk\u2026"), this);
        review->setToolTip(tr("R or Enter"));
        auto *close = new QPushButton(tr("Clos&e risk"), this);
        close->setToolTip(tr("Closes the selected risk today; Ctrl+Z opens it again"));
        layout->addLayout(buttonRow({review, close}));
        connect(review, &QPushButton::clicked, this, &RegisterPage::reviewSelectedRisk);
        connect(close, &QPushButton::clicked, this, &RegisterPage::closeSelectedRisk);
        connect(m_table, &QTableView::activated, this, &RegisterPage::reviewSelectedRisk);
    }
    if (m_bodyFilter)
        m_bodyFilter->setMinimumContentsLength(24);

    connect(&m_workspace, &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
        if (!shows(kind))
            return;
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

bool RegisterPage::shows(RecordKind kind) const
{
    switch (m_page) {
    case NavigatorModel::Page::Actions:
        return kind == RecordKind::Action || kind == RecordKind::Workplan || kind == RecordKind::Body
            || kind == RecordKind::Person;
    case NavigatorModel::Page::Risks:
        return kind == RecordKind::Risk || kind == RecordKind::Body || kind == RecordKind::Person;
    case NavigatorModel::Page::CaseReviews:
        return kind == RecordKind::CaseReview;
    case NavigatorModel::Page::Training:
        return kind == RecordKind::Course || kind == RecordKind::TrainingSession;
    case NavigatorModel::Page::KeyFacts:
        return kind == RecordKind::KeyFact || kind == RecordKind::Source;
    default:
        return false;
    }
}

void RegisterPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void RegisterPage::fillYears(const QList<int> &years)
{
    // Keep the year the user chose, else show the newest year that has anything.
    const int chosen = m_year->currentData().toInt();
    QList<int> sorted = years;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int year : sorted)
        m_year->addItem(FinancialYear(year).toString(), year);
    const int index = m_year->findData(chosen);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
}

FinancialYear RegisterPage::chosenYear() const
{
    return m_year ? FinancialYear(m_year->currentData().toInt()) : FinancialYear();
}

void RegisterPage::refresh()
{
    m_stale = false;
    switch (m_page) {
    case NavigatorModel::Page::Actions:
        buildActions();
        break;
    case NavigatorModel::Page::Risks:
        buildRisks();
        break;
    case NavigatorModel::Page::CaseReviews:
        buildCaseReviews();
        break;
    case NavigatorModel::Page::Training:
        buildTraining();
        break;
    case NavigatorModel::Page::KeyFacts:
        buildKeyFacts();
        break;
    default:
        break;
    }
}

bool RegisterPage::selectRecord(const QString &key)
{
    if (m_stale)
        refresh();
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RegisterPage::addActionFilters(QBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    m_bodyFilter = new QComboBox(this);
    m_bodyFilter->setAccessibleName(tr("Body"));
    bodyLabel->setBuddy(m_bodyFilter);
    row->addWidget(bodyLabel);
    row->addWidget(m_bodyFilter);
    connect(m_bodyFilter, &QComboBox::currentIndexChanged, this, &RegisterPage::refresh);
    if (m_page == NavigatorModel::Page::Actions) {
        m_notGreen = new QCheckBox(tr("&Not green"), this);
        m_notGreen->setToolTip(tr("Red, amber or not yet rated"));
        m_overdue = new QCheckBox(tr("&Overdue"), this);
        m_priorityFilter = new QComboBox(this);
        m_priorityFilter->setAccessibleName(tr("Priority"));
        m_agencyFilter = new QComboBox(this);
        m_agencyFilter->setAccessibleName(tr("Owner agency"));
        m_dueBeforeOn = new QCheckBox(tr("Due &before"), this);
        m_dueBefore = new DateField(this);
        m_dueBefore->setDate(Clock::today());
        m_dueBefore->setAccessibleName(tr("Due before"));
        auto *priorityLabel = new QLabel(tr("&Priority:"), this);
        priorityLabel->setBuddy(m_priorityFilter);
        auto *agencyLabel = new QLabel(tr("Owner &agency:"), this);
        agencyLabel->setBuddy(m_agencyFilter);
        for (QWidget *w : std::initializer_list<QWidget *> {m_notGreen, m_overdue, m_dueBeforeOn, m_dueBefore})
            row->addWidget(w);
        // The longer lists on a line of their own, wide enough to read.
        m_bodyFilter->setMinimumContentsLength(24);
        m_priorityFilter->setMinimumContentsLength(24);
        m_agencyFilter->setMinimumContentsLength(24);
        auto *second = new QHBoxLayout;
        for (QWidget *w : std::initializer_list<QWidget *> {priorityLabel, m_priorityFilter, agencyLabel, m_agencyFilter})
            second->addWidget(w);
        second->addStretch(1);
        m_secondFilterRow = second;
        for (QCheckBox *box : {m_notGreen, m_overdue, m_dueBeforeOn})
            connect(box, &QCheckBox::toggled, this, &RegisterPage::refresh);
        for (QComboBox *box : {m_priorityFilter, m_agencyFilter})
            connect(box, &QComboBox::currentIndexChanged, this, &RegisterPage::refresh);
        connect(m_dueBefore, &DateField::dateChanged, this, [this] {
            if (m_dueBeforeOn->isChecked())
                refresh();
        });
    }
    row->addStretch(1);
    layout->addLayout(row);
    if (m_secondFilterRow)
        layout->addLayout(m_secondFilterRow);
}

void RegisterPage::fillChoices(QComboBox *box, const QString &all, const QList<std::pair<Id, QString>> &choices)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto &[id, name] : choices)
        box->addItem(name, id);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

void RegisterPage::showActionsOf(const Id &body, bool overdueOnly)
{
    if (!m_bodyFilter || !m_overdue)
        return;
    refresh(); // the body list must hold the body first
    const QSignalBlocker blockBody(m_bodyFilter);
    const QSignalBlocker blockOverdue(m_overdue);
    const QSignalBlocker blockGreen(m_notGreen);
    m_bodyFilter->setCurrentIndex(std::max(0, m_bodyFilter->findData(body)));
    m_overdue->setChecked(overdueOnly);
    m_notGreen->setChecked(false);
    refresh();
}

void RegisterPage::showRisksOf(const Id &body)
{
    if (!m_bodyFilter)
        return;
    refresh();
    const QSignalBlocker blocker(m_bodyFilter);
    m_bodyFilter->setCurrentIndex(std::max(0, m_bodyFilter->findData(body)));
    refresh();
}

bool RegisterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_page == NavigatorModel::Page::Risks) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_R && key->modifiers() == Qt::NoModifier) {
            reviewSelectedRisk();
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress && m_page == NavigatorModel::Page::Actions) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
            switch (key->key()) {
            case Qt::Key_R:
                reviewSelected(Rag::Red);
                return true;
            case Qt::Key_A:
                reviewSelected(Rag::Amber);
                return true;
            case Qt::Key_G:
                reviewSelected(Rag::Green);
                return true;
            case Qt::Key_C:
                reviewSelected(Rag::Complete);
                return true;
            case Qt::Key_Insert:
                addAction();
                return true;
            case Qt::Key_F2:
                editSelected();
                return true;
            case Qt::Key_Delete:
                deleteSelected();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

Id RegisterPage::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_sorted->data(current, SnapshotTableModel::KeyRole).toString() : Id();
}

bool RegisterPage::addAction()
{
    Action fresh;
    fresh.id = newId(QStringLiteral("action"));
    // Start in the same plan as the selected action, or the body the list is narrowed to.
    if (auto selected = m_workspace.store().get<Action>(selectedKey()); selected && *selected) {
        fresh.body = (*selected)->body;
        fresh.workplan = (*selected)->workplan;
    } else {
        fresh.body = m_bodyFilter->currentData().toString();
    }
    ActionDialog dialog(m_workspace.store(), fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Action added = dialog.action();
    if (!m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Add action"), std::nullopt, added)))
        return false;
    selectRecord(added.id);
    return true;
}

bool RegisterPage::editSelected()
{
    const Id id = selectedKey();
    auto found = m_workspace.store().get<Action>(id);
    if (!found || !*found)
        return false;
    ActionDialog dialog(m_workspace.store(), **found, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Action after = dialog.action();
    if (after == **found)
        return false;
    if (!m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Edit action"), **found, after)))
        return false;
    selectRecord(id);
    return true;
}

bool RegisterPage::deleteSelected()
{
    const int row = m_table->currentIndex().row();
    auto found = m_workspace.store().get<Action>(selectedKey());
    if (!found || !*found)
        return false;
    if (!m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Delete action"), **found, std::nullopt)))
        return false;
    if (m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(std::min(row, m_sorted->rowCount() - 1), 0));
    return true;
}

bool RegisterPage::carryForwardSelected(bool confirm)
{
    auto found = m_workspace.store().get<Action>(selectedKey());
    if (!found || !*found || (*found)->workplan.isEmpty()) {
        m_workspace.reportError(tr("Select an action of the workplan to close first."));
        return false;
    }
    auto plan = m_workspace.store().get<Workplan>((*found)->workplan);
    if (!plan || !*plan)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Close workplan"),
                                 tr("Close %1 and carry its open actions, with their history, into the next year's "
                                    "plan? Ctrl+Z takes it back.")
                                     .arg((*plan)->title))
            != QMessageBox::Yes)
        return false;
    return m_workspace.push(new CarryForwardCommand(m_workspace, **plan));
}

bool RegisterPage::reviewSelectedRisk()
{
    const Id id = selectedKey();
    auto found = m_workspace.store().get<Risk>(id);
    if (!found || !*found)
        return false;
    RiskReviewDialog dialog(m_workspace.store(), **found, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Risk after = withReview(**found, dialog.review());
    if (!m_workspace.push(new SaveRecordCommand<Risk>(m_workspace, tr("Review risk"), **found, after)))
        return false;
    selectRecord(id);
    return true;
}

bool RegisterPage::closeSelectedRisk()
{
    const Id id = selectedKey();
    auto found = m_workspace.store().get<Risk>(id);
    if (!found || !*found || (*found)->closed.isValid())
        return false;
    Risk after = **found;
    after.closed = std::max(Clock::today(), after.opened);
    if (!m_workspace.push(new SaveRecordCommand<Risk>(m_workspace, tr("Close risk"), **found, after)))
        return false;
    selectRecord(id);
    return true;
}

bool RegisterPage::reviewSelected(Rag rag)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return false;
    const Id id = m_sorted->data(current, SnapshotTableModel::KeyRole).toString();
    auto found = m_workspace.store().get<Action>(id);
    if (!found || !*found) {
        m_workspace.reportError(found ? tr("The action '%1' is no longer there.").arg(id) : found.errorMessage());
        return false;
    }
    ReviewDialog dialog(m_workspace.store(), **found, rag, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Action after = withReview(**found, dialog.review());
    const bool saved = m_workspace.push(new SaveRecordCommand<Action>(
        m_workspace, tr("Review action %1").arg(found->value().ref).trimmed(), **found, after));
    if (saved)
        selectRecord(id);
    return saved;
}

void RegisterPage::buildActions()
{
    enum Column { RefColumn, TextColumn, PlanColumn, OwnerColumn, DueColumn, RatingColumn, ReviewedColumn };
    Store &store = m_workspace.store();
    auto all = store.list<Action>();
    if (!all)
        return m_workspace.reportError(all.errorMessage());
    auto bodyList = store.list<Body>();
    auto priorityList = store.list<Priority>();
    auto agencyList = store.list<Agency>();
    auto personList = store.list<Person>();
    if (bodyList && priorityList && agencyList) {
        QList<std::pair<Id, QString>> choices;
        for (const Body &b : std::as_const(*bodyList))
            choices << std::pair {b.id, b.name};
        fillChoices(m_bodyFilter, tr("All bodies"), choices);
        choices.clear();
        for (const Priority &p : std::as_const(*priorityList))
            choices << std::pair {p.id, QStringLiteral("%1 (%2)").arg(p.title, p.year.toString())};
        fillChoices(m_priorityFilter, tr("Any priority"), choices);
        choices.clear();
        for (const Agency &a : std::as_const(*agencyList))
            choices << std::pair {a.id, a.name};
        fillChoices(m_agencyFilter, tr("Any agency"), choices);
    }
    ActionFilter filter;
    filter.body = m_bodyFilter->currentData().toString();
    filter.notGreen = m_notGreen->isChecked();
    filter.overdue = m_overdue->isChecked();
    filter.priority = m_priorityFilter->currentData().toString();
    filter.ownerAgency = m_agencyFilter->currentData().toString();
    if (m_dueBeforeOn->isChecked())
        filter.dueBefore = m_dueBefore->date();
    const QDate today = Clock::today();
    const QSet<Id> carriedOn = carriedForwardIds(*all);
    const QList<Action> shown = filterActions(*all, filter, today, personList ? *personList : QList<Person> {});
    const auto actions = &shown;
    const auto bodies = namesOf(store.list<Body>());
    QHash<Id, QString> workplans;
    if (auto plans = store.list<Workplan>()) {
        for (const Workplan &plan : *plans)
            workplans.insert(plan.id, plan.title);
    }
    const auto people = namesOf(store.list<Person>());
    const auto agencies = namesOf(store.list<Agency>());
    QList<Row> rows;
    for (const Action &action : *actions) {
        Row row {action.id, {}};
        row.cells.resize(7);
        row.cells[RefColumn] = text(action.ref);
        row.cells[TextColumn] = text(plainText(action.text));
        // Refs number actions within a plan: the plan says which 1.1 this is.
        row.cells[PlanColumn]
            = text(!action.workplan.isEmpty() ? workplans.value(action.workplan) : bodies.value(action.body));
        row.cells[OwnerColumn]
            = text(!action.owner.isEmpty() ? people.value(action.owner) : agencies.value(action.ownerAgency));
        row.cells[DueColumn] = date(action.due);
        if (isOverdue(action, today, carriedOn))
            row.cells[DueColumn].display = tr("%1 (overdue)").arg(displayDate(action.due));
        row.cells[DueColumn].sort = action.due;
        if (const auto rag = action.currentRag())
            row.cells[RatingColumn] = Cell {displayName(*rag), ragRank(*rag), ragIcon(*rag)};
        else
            row.cells[RatingColumn] = Cell {tr("Not rated"), -1, {}};
        const QDate reviewed = action.reviews.isEmpty() ? QDate() : action.reviews.constLast().date;
        row.cells[ReviewedColumn] = Cell {displayDate(reviewed), reviewed, {}};
        rows << row;
    }
    m_model->setContents({tr("Ref"), tr("Action"), tr("Workplan or body"), tr("Owner"), tr("Due"), tr("Rating"),
                          tr("Last reviewed")},
                         rows);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    // The others as wide as what they hold, within limits (cut short, whole in a tooltip):
    // the action's own words keep the rest of the width.
    fitColumnsToContents(m_table, 15);
}

void RegisterPage::buildRisks()
{
    enum Column { NumberColumn, TitleColumn, BodyColumn, OwnerColumn, OpenedColumn, RatingColumn, ClosedColumn };
    Store &store = m_workspace.store();
    if (auto bodyList = store.list<Body>()) {
        QList<std::pair<Id, QString>> choices;
        for (const Body &b : std::as_const(*bodyList))
            choices << std::pair {b.id, b.name};
        fillChoices(m_bodyFilter, tr("All bodies"), choices);
    }
    ListFilter ofBody;
    ofBody.body = m_bodyFilter->currentData().toString();
    auto listed = store.list<Risk>(ofBody);
    if (!listed)
        return m_workspace.reportError(listed.errorMessage());
    // Open risks first, numbered R1, R2... as on the heat map; closed ones after, unnumbered.
    const QDate today = Clock::today();
    QList<Risk> open;
    QList<Risk> closed;
    for (const Risk &risk : std::as_const(*listed))
        (isOpen(risk, today) ? open : closed) << risk;
    m_heatMap->setRisks(open);
    const QList<Risk> ordered = open + closed;
    const auto risks = &ordered;
    const auto bodies = namesOf(store.list<Body>());
    const auto people = namesOf(store.list<Person>());
    QList<Row> rows;
    for (const Risk &risk : *risks) {
        Row row {risk.id, {}};
        row.cells.resize(7);
        const int number = int(rows.size()) + 1;
        row.cells[NumberColumn] = number <= open.size() ? Cell {tr("R%1").arg(number), number, {}} : Cell {QString(), 1000, {}};
        row.cells[TitleColumn] = text(risk.title);
        row.cells[BodyColumn] = text(bodies.value(risk.body));
        row.cells[OwnerColumn] = text(people.value(risk.owner));
        row.cells[OpenedColumn] = date(risk.opened);
        if (!risk.reviews.isEmpty()) {
            const int score = risk.reviews.constLast().score();
            const Rag rag = Risk::ratingFor(score);
            const auto before = previousReview(risk);
            const QString trend = !before || before->score() == score ? QString()
                : before->score() < score                             ? QStringLiteral(" \u2191")
                                                                      : QStringLiteral(" \u2193");
            row.cells[RatingColumn]
                = Cell {tr("%1 (%2)").arg(score).arg(displayName(rag)) + trend, score, ragIcon(rag)};
        } else {
            row.cells[RatingColumn] = Cell {tr("Not rated"), -1, {}};
        }
        row.cells[ClosedColumn] = date(risk.closed);
        rows << row;
    }
    m_model->setContents({tr("No."), tr("Risk"), tr("Body"), tr("Owner"), tr("Opened"), tr("Rating"), tr("Closed")},
                         rows);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    fitColumnsToContents(m_table, 18);
}

void RegisterPage::buildCaseReviews()
{
    enum Column { NameColumn, TypeColumn, NotifiedColumn, StatusColumn, ClockColumn, SignedOffColumn, PublishedColumn };
    auto reviews = m_workspace.store().list<CaseReview>();
    if (!reviews)
        return m_workspace.reportError(reviews.errorMessage());
    const QDate today = Clock::today();
    QList<Row> rows;
    for (const CaseReview &review : *reviews) {
        Row row {review.id, {}};
        row.cells.resize(7);
        row.cells[NameColumn] = text(review.name);
        row.cells[TypeColumn] = text(displayName(review.type));
        row.cells[NotifiedColumn] = date(review.notified);
        row.cells[StatusColumn] = text(displayName(review.status));
        // The statutory clock: overdue stands out by its icon and its words.
        auto clock = statutoryClock(review, today);
        if (!clock) {
            row.cells[ClockColumn] = text(clock.errorMessage());
        } else if (clock->has_value()) {
            const StatutoryClock &c = **clock;
            row.cells[ClockColumn] = Cell {tr("%1: %2").arg(c.what, clockText(c)), c.due.toJulianDay(), {}};
            if (c.state == StatutoryClock::State::Overdue)
                row.cells[ClockColumn].icon = ragIcon(Rag::Red);
            else if (c.state == StatutoryClock::State::MetLate)
                row.cells[ClockColumn].icon = ragIcon(Rag::Amber);
            else if (c.state == StatutoryClock::State::Met)
                row.cells[ClockColumn].icon = ragIcon(Rag::Green);
        } else {
            row.cells[ClockColumn] = Cell {QString(), qint64(0), {}};
        }
        row.cells[SignedOffColumn] = date(review.signedOff);
        row.cells[PublishedColumn] = date(review.published);
        rows << row;
    }
    m_model->setContents({tr("Review"), tr("Type"), tr("Notified"), tr("Status"), tr("Statutory clock"),
                          tr("Signed off"), tr("Published")},
                         rows);
    fitColumnsToContents(m_table, 44);
}

void RegisterPage::buildTraining()
{
    enum Column { CourseColumn, FormatColumn, HeldColumn, CancelledColumn, AttendeesColumn };
    Store &store = m_workspace.store();
    auto courses = store.list<Course>();
    auto sessions = store.list<TrainingSession>();
    if (!courses || !sessions)
        return m_workspace.reportError(!courses ? courses.errorMessage() : sessions.errorMessage());
    const auto partnership = store.partnership();
    const YearStart start = partnership ? partnership->financialYearStart : YearStart {};
    QList<int> years;
    for (const TrainingSession &s : *sessions)
        years << FinancialYear::containing(s.date, start).startYear();
    fillYears(years);
    const FinancialYear year = chosenYear();
    struct Tally {
        int held = 0;
        int cancelled = 0;
        int attendees = 0;
    };
    QHash<Id, Tally> tallies;
    for (const TrainingSession &s : *sessions) {
        if (FinancialYear::containing(s.date, start) != year)
            continue;
        Tally &t = tallies[s.course];
        if (s.status == SessionStatus::Cancelled) {
            ++t.cancelled;
        } else {
            ++t.held;
            t.attendees += s.attendees.value_or(0);
        }
    }
    QList<Row> rows;
    for (const Course &course : *courses) {
        if (!tallies.contains(course.id))
            continue;
        const Tally t = tallies.value(course.id);
        rows << Row {course.id,
                     {text(course.title), text(displayName(course.format)), number(t.held), number(t.cancelled),
                      number(t.attendees)}};
    }
    m_model->setContents({tr("Course"), tr("Format"), tr("Held"), tr("Cancelled"), tr("Attendees")}, rows);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CourseColumn, QHeaderView::Stretch);
    header->resizeSection(FormatColumn, 140);
    header->resizeSection(HeldColumn, 90);
    header->resizeSection(CancelledColumn, 100);
    header->resizeSection(AttendeesColumn, 100);
}

void RegisterPage::buildKeyFacts()
{
    enum Column { LabelColumn, ValueColumn, ComparatorColumn };
    auto facts = m_workspace.store().list<KeyFact>();
    if (!facts)
        return m_workspace.reportError(facts.errorMessage());
    QList<int> years;
    for (const KeyFact &fact : *facts)
        years << fact.year.startYear();
    fillYears(years);
    const FinancialYear year = chosenYear();
    QList<Row> rows;
    for (const KeyFact &fact : *facts) {
        if (fact.year == year)
            rows << Row {fact.id, {text(fact.label), text(fact.value), text(fact.comparator)}};
    }
    m_model->setContents({tr("Figure"), tr("Value"), tr("Compared with")}, rows);
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    header->resizeSection(ValueColumn, 120);
    header->resizeSection(ComparatorColumn, 220);
}

} // namespace bd
