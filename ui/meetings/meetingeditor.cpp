#include "meetingeditor.h"

#include "actionsarisingmodel.h"
#include "attendancemodel.h"
#include "outlineview.h"
#include "undokeys.h"
#include "util/clock.h"

#include "common/datefield.h"
#include "common/displayformat.h"
#include "common/pagewidgets.h"
#include "common/workspace.h"
#include "domain/ids.h"
#include "reports/minutesactions.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

namespace {

// A list whose rows paint no focus of their own: a ring shows that it has the focus, and
// the row the keys act on (the rating menu's) is marked.
class FocusRingListView : public QListView {
public:
    using QListView::QListView;

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        QListView::focusInEvent(event);
        if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
            setCurrentIndex(model()->index(0, modelColumn()));
    }
    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter painter(viewport());
        paintFocusRing(viewport(), painter);
    }
};

// A heading of the minutes with a coloured bar before it, as the printed minutes have.
QWidget *sectionHeading(QLabel *label, const QColor &accent, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *bar = new QFrame(row);
    bar->setFixedWidth(4);
    bar->setAutoFillBackground(true);
    QPalette p = bar->palette();
    p.setColor(QPalette::Window, accent);
    bar->setPalette(p);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    QPalette lp = label->palette();
    lp.setColor(QPalette::WindowText, QColor(0x1c, 0x3d, 0x5a));
    label->setPalette(lp);
    layout->addWidget(bar);
    layout->addWidget(label, 1);
    return row;
}

template<typename E> void fillCombo(QComboBox *combo, const QList<std::pair<E, QString>> &items)
{
    for (const auto &[value, text] : items)
        combo->addItem(text, enumKey(value));
}

template<typename E> E comboValue(const QComboBox *combo, E fallback)
{
    return enumFromKey<E>(combo->currentData().toString()).value_or(fallback);
}

template<typename E> void setComboValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(enumKey(value))));
}

QString headingText(const Partnership &partnership, EntryKind kind)
{
    switch (kind) {
    case EntryKind::Did:
        return partnership.headings.did.isEmpty() ? Headings::defaultDid() : partnership.headings.did;
    case EntryKind::Difference:
        return partnership.headings.difference.isEmpty() ? Headings::defaultDifference()
                                                         : partnership.headings.difference;
    case EntryKind::Note:
        return QCoreApplication::translate("bd::MeetingEditor", "Notes");
    }
    return QString();
}

} // namespace

MeetingEditor::MeetingEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_detailsTimer.setSingleShot(true);
    m_detailsTimer.setInterval(BulletEdit::savePauseMs);
    connect(&m_detailsTimer, &QTimer::timeout, this, &MeetingEditor::saveDetails);
    m_undoKeys = new UndoKeys(
        workspace.undoStack(), [this] { flush(); }, this);

    buildUi();
    connect(&workspace, &Workspace::recordChanged, this, &MeetingEditor::onRecordChanged);
    // A refusal of something done here is said here too (the window's status bar may be far).
    connect(&workspace, &Workspace::errorOccurred, this, [this](const QString &message) {
        if (isAncestorOf(QApplication::focusWidget()))
            showMessage(message);
    });
    // Whatever gets the keyboard is scrolled into sight.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll && m_scroll->widget() && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 24, 48);
    });
}

MeetingEditor::~MeetingEditor()
{
    // What was typed in the last fraction of a second is saved, not lost.
    flush();
}

// Building ------------------------------------------------------------------------------

void MeetingEditor::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *empty = hint(tr("Choose a meeting to see its minutes here."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own: it scrolls to the field that has the focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("meetingPage"));
    page->setAutoFillBackground(true);
    QPalette pagePalette = page->palette();
    pagePalette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    page->setPalette(pagePalette);
    m_scroll->setWidget(page);
    m_stack->addWidget(m_scroll);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(14);

    // Title: the body, then when and where, and whether the minutes are approved.
    auto *titleRow = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new QLabel(page);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_subtitle = hint(QString(), page);
    QFont subFont = m_subtitle->font();
    subFont.setPointSizeF(m_title->font().pointSizeF() / 1.55 * 1.02);
    m_subtitle->setFont(subFont);
    // Long body names wrap rather than widen the page past the window.
    m_title->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titleRow->addLayout(titles, 1);
    m_badge = new QLabel(page);
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMargin(6);
    titleRow->addWidget(m_badge, 0, Qt::AlignTop);
    // The minutes as a document: what was typed a moment ago is saved first.
    auto *print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print…"), page);
    print->setAccessibleName(tr("Print the minutes"));
    print->setToolTip(tr("Print the minutes of this meeting, with a preview"));
    auto *exportButton = new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export…"), page);
    exportButton->setAccessibleName(tr("Export the minutes"));
    exportButton->setToolTip(tr("Save the minutes of this meeting as PDF, ODT (Word, LibreOffice) or HTML"));
    titleRow->addSpacing(8);
    titleRow->addWidget(print, 0, Qt::AlignTop);
    titleRow->addWidget(exportButton, 0, Qt::AlignTop);
    connect(print, &QPushButton::clicked, this, [this] {
        flush();
        printMinutesWithPreview(this, m_workspace.store(), m_meetingId);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        flush();
        exportMinutesDialog(this, m_workspace.store(), m_meetingId);
    });
    m_print = print;
    m_export = exportButton;
    layout->addLayout(titleRow);

    m_message = new QLabel(page);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAutoFillBackground(true);
    QPalette mp = m_message->palette();
    mp.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xec));
    mp.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x1c));
    m_message->setPalette(mp);
    m_message->setMargin(8);
    m_message->hide();
    layout->addWidget(m_message);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(buildMinutes());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->setSpacing(16);
    right->addWidget(buildDetails());
    right->addWidget(buildAttendance());
    right->addWidget(buildActions());
    right->addStretch(1);
    columns->addLayout(left, 60);
    columns->addLayout(right, 40);
    layout->addLayout(columns, 1);

    setTabOrders();
    // "Go to the meeting" starts with its date: a new meeting's first question.
    setFocusProxy(m_date);
}

QWidget *MeetingEditor::buildDetails()
{
    auto *card = new Card;
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(cardTitle(tr("Details"), card));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_body = new QComboBox(card);
    m_body->setAccessibleName(tr("Body"));
    m_body->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_body->setMinimumContentsLength(16);
    form->addRow(tr("&Body"), m_body);

    m_date = new DateField(card);
    m_date->setAccessibleName(tr("Date"));
    m_time = new QTimeEdit(card);
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setMinimumTime(QTime(0, 0));
    m_time->setSpecialValueText(tr("No time"));
    auto *when = new QHBoxLayout;
    when->setSpacing(8);
    when->addWidget(m_date, 3);
    auto *at = new QLabel(tr("at"), card);
    when->addWidget(at);
    when->addWidget(m_time, 2);
    form->addRow(tr("&Date"), when);
    qobject_cast<QLabel *>(form->labelForField(when))->setBuddy(m_date);

    m_location = new QLineEdit(card);
    m_location->setAccessibleName(tr("Location"));
    m_location->setPlaceholderText(tr("e.g. County Hall, or virtual"));
    form->addRow(tr("&Location"), m_location);

    m_status = new QComboBox(card);
    m_status->setAccessibleName(tr("Meeting status"));
    fillCombo<MeetingStatus>(m_status,
                             {{MeetingStatus::Planned, tr("Planned")},
                              {MeetingStatus::Held, tr("Held")},
                              {MeetingStatus::Cancelled, tr("Cancelled")}});
    form->addRow(tr("&Status"), m_status);

    m_minutes = new QComboBox(card);
    m_minutes->setAccessibleName(tr("Minutes"));
    fillCombo<MinutesStatus>(m_minutes,
                             {{MinutesStatus::Draft, tr("Draft")}, {MinutesStatus::Approved, tr("Approved")}});
    m_approvedOn = new DateField(card);
    m_approvedOn->setAccessibleName(tr("Minutes approved on"));
    auto *minutes = new QHBoxLayout;
    minutes->setSpacing(8);
    minutes->addWidget(m_minutes, 2);
    minutes->addWidget(new QLabel(tr("on"), card));
    minutes->addWidget(m_approvedOn, 3);
    form->addRow(tr("&Minutes"), minutes);
    qobject_cast<QLabel *>(form->labelForField(minutes))->setBuddy(m_minutes);

    m_cases = new QSpinBox(card);
    m_cases->setAccessibleName(tr("Cases reviewed"));
    m_cases->setRange(-1, 999);
    m_cases->setSpecialValueText(tr("Not recorded"));
    m_casesLabel = new QLabel(tr("&Cases reviewed"), card);
    m_casesLabel->setBuddy(m_cases);
    form->addRow(m_casesLabel, m_cases);
    layout->addLayout(form);

    // Lists choose at once; typed fields wait for a pause (or leaving the field).
    for (QComboBox *combo : {m_body, m_status, m_minutes})
        connect(combo, &QComboBox::activated, this, [this] {
            if (m_minutes->currentData() == enumKey(MinutesStatus::Approved) && !m_approvedOn->isEnabled()) {
                const QScopedValueRollback guard(m_updating, true);
                m_approvedOn->setDate(std::max(Clock::today(), m_date->date()));
            }
            m_approvedOn->setEnabled(m_minutes->currentData() == enumKey(MinutesStatus::Approved));
            saveDetails();
        });
    connect(m_date, &DateField::dateChanged, this, &MeetingEditor::scheduleDetails);
    connect(m_time, &QTimeEdit::timeChanged, this, &MeetingEditor::scheduleDetails);
    connect(m_approvedOn, &DateField::dateChanged, this, &MeetingEditor::scheduleDetails);
    connect(m_location, &QLineEdit::textEdited, this, &MeetingEditor::scheduleDetails);
    connect(m_cases, &QSpinBox::valueChanged, this, &MeetingEditor::scheduleDetails);
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *> {m_time, m_cases})
        connect(box, &QAbstractSpinBox::editingFinished, this, &MeetingEditor::saveDetails);
    for (DateField *field : {m_date, m_approvedOn})
        connect(field, &DateField::editingFinished, this, &MeetingEditor::saveDetails);
    connect(m_location, &QLineEdit::editingFinished, this, &MeetingEditor::saveDetails);
    for (QWidget *field : std::initializer_list<QWidget *> {m_body, m_date, m_time, m_location, m_status, m_minutes,
                                                            m_approvedOn, m_cases})
        m_undoKeys->watch(field);
    return card;
}

QWidget *MeetingEditor::buildAttendance()
{
    auto *card = new Card;
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(cardTitle(tr("Attendance"), card));
    m_attendanceSummary = hint(QString(), card);
    layout->addWidget(m_attendanceSummary);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_sameAsLast = new QPushButton(tr("Same as last meeting"), card);
    m_sameAsLast->setAccessibleName(tr("Copy attendance from the last meeting"));
    m_restPresent = new QPushButton(tr("Everyone else present"), card);
    m_restPresent->setAccessibleName(tr("Mark everyone not yet marked as present"));
    buttons->addWidget(m_sameAsLast);
    buttons->addWidget(m_restPresent);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(hint(tr("Keys: P present · A apologies · X absent · D deputy · Tab: on to the minutes"), card));

    m_attendance = new AttendanceModel(this);
    m_attendance->setSaveFunction(
        [this](const QList<Attendance> &attendance, const QString &what) { return saveAttendance(attendance, what); });
    m_attendanceView = new AttendanceView(m_attendance, card);
    m_attendanceView->setAccessibleName(tr("Attendance"));
    layout->addWidget(m_attendanceView);
    connect(m_attendance, &QAbstractItemModel::dataChanged, this,
            [this] { m_attendanceSummary->setText(m_attendance->summary()); });
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            [this] { m_attendanceSummary->setText(m_attendance->summary()); });
    connect(m_sameAsLast, &QPushButton::clicked, this, &MeetingEditor::copyLastAttendance);
    connect(m_restPresent, &QPushButton::clicked, this, [this] { m_attendance->markRestPresent(); });
    return card;
}

QWidget *MeetingEditor::buildMinutes()
{
    auto *card = new Card;
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(6);
    const QList<std::pair<EntryKind, QColor>> kinds {{EntryKind::Did, QColor(0x2f, 0x6f, 0xbd)},
                                                     {EntryKind::Difference, QColor(0x2e, 0x8b, 0x57)},
                                                     {EntryKind::Note, QColor(0x8a, 0x8f, 0x98)}};
    for (const auto &[kind, accent] : kinds) {
        Section section;
        section.kind = kind;
        section.box = new QWidget(card);
        auto *box = new QVBoxLayout(section.box);
        box->setContentsMargins(0, kind == EntryKind::Did ? 0 : 14, 0, 0);
        box->setSpacing(4);
        section.heading = new QLabel(section.box);
        box->addWidget(sectionHeading(section.heading, accent, section.box));
        section.model = new OutlineModel(m_workspace, kind, this);
        section.view = new OutlineView(m_workspace, section.model, section.box);
        section.view->setPlaceholderText(tr("No bullets yet. Click here or press Enter to start typing."));
        box->addWidget(section.view);
        section.add = linkButton(tr("+ Add bullet"), section.box);
        section.add->setAccessibleName(tr("Add a bullet"));
        box->addWidget(section.add, 0, Qt::AlignLeft);
        layout->addWidget(section.box);
        OutlineView *view = section.view;
        connect(section.add, &QPushButton::clicked, view, &OutlineView::addBullet);
        m_sections << section;
    }
    // Up and Down cross from one heading's list to the next.
    for (int i = 0; i + 1 < m_sections.size(); ++i) {
        OutlineView *upper = m_sections.at(i).view;
        OutlineView *lower = m_sections.at(i + 1).view;
        connect(upper, &OutlineView::leaveDown, lower, [lower] {
            if (lower->isVisible() && lower->model()->rowCount() > 0)
                lower->editBullet(lower->outlineModel()->handleAt(lower->model()->index(0, 0)), 0);
            else if (lower->isVisible())
                lower->setFocus(Qt::OtherFocusReason);
        });
        connect(lower, &OutlineView::leaveUp, upper, [upper] {
            QModelIndex last;
            for (QModelIndex at = upper->model()->index(0, 0); at.isValid(); at = upper->indexBelow(at))
                last = at;
            if (last.isValid())
                upper->editBullet(upper->outlineModel()->handleAt(last), -1);
        });
    }
    // From anywhere in the meeting (the date of a new one, say) to its minutes in one key.
    for (int i = 0; i < m_sections.size() && i < 3; ++i) {
        auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        jump->setContext(Qt::WidgetWithChildrenShortcut);
        OutlineView *view = m_sections.at(i).view;
        connect(jump, &QShortcut::activated, view, [view] {
            if (view->isVisible())
                view->setFocus(Qt::TabFocusReason); // the first bullet, ready for typing
        });
    }
    auto *tips = hint(tr("Ctrl+1, Ctrl+2: to the first, second list · Enter: next bullet · Tab / Shift+Tab: indent · "
                         "Alt+↑/↓: move · Ctrl+B bold, Ctrl+I italic, "
                         "Ctrl+K link · Ctrl+T priorities · Shift+F10 or the Menu key: the bullet's menu · "
                         "Ctrl+Tab / Ctrl+Shift+Tab: leave the list · Esc: stop editing"),
                      card);
    tips->setObjectName(QStringLiteral("bulletKeys"));
    layout->addSpacing(6);
    layout->addWidget(tips);
    return card;
}

QWidget *MeetingEditor::buildActions()
{
    auto *card = new Card;
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(cardTitle(tr("Actions arising"), card));

    m_actions = new ActionsArisingModel(this);
    m_actionsView = new FocusRingListView(card);
    m_actionsView->setModel(m_actions);
    m_actionsView->setModelColumn(ActionsArisingModel::RefColumn);
    m_actionsView->setItemDelegate(new ActionDelegate(m_actionsView));
    m_actionsView->setAccessibleName(tr("Actions arising"));
    m_actionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionsView->setWordWrap(true);
    m_actionsView->setResizeMode(QListView::Adjust);
    m_actionsView->setFrameShape(QFrame::NoFrame);
    m_actionsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actionsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_actionsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_actionsView->setToolTip(tr("Right-click (or the menu key) to rate an action at this meeting."));
    connect(m_actionsView, &QWidget::customContextMenuRequested, this, &MeetingEditor::actionMenu);
    layout->addWidget(m_actionsView);
    m_noActions = hint(tr("No actions were raised at this meeting."), card);
    layout->addWidget(m_noActions);

    m_showAddAction = linkButton(tr("+ Add action"), card);
    m_showAddAction->setAccessibleName(tr("Add an action arising"));
    layout->addWidget(m_showAddAction, 0, Qt::AlignLeft);

    m_addActionForm = new QWidget(card);
    auto *form = new QVBoxLayout(m_addActionForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(6);
    m_newAction = new QLineEdit(m_addActionForm);
    m_newAction->setAccessibleName(tr("New action"));
    m_newAction->setPlaceholderText(tr("What is to be done…"));
    form->addWidget(m_newAction);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_newOwner = new QComboBox(m_addActionForm);
    m_newOwner->setAccessibleName(tr("Owner of the new action"));
    m_newOwner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newOwner->setMinimumContentsLength(8);
    m_newDue = new DateField(m_addActionForm);
    m_newDue->setAccessibleName(tr("Due date of the new action"));
    m_newDue->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_newDue->setAllowEmpty(true, tr("No due date"));
    m_addAction = new QPushButton(tr("Add"), m_addActionForm);
    m_addAction->setAccessibleName(tr("Add the action"));
    row->addWidget(m_newOwner, 1);
    row->addWidget(m_newDue);
    row->addWidget(m_addAction);
    form->addLayout(row);
    layout->addWidget(m_addActionForm);
    m_addActionForm->hide();

    connect(m_showAddAction, &QPushButton::clicked, this, [this] { showAddAction(true); });
    connect(m_addAction, &QPushButton::clicked, this, &MeetingEditor::addAction);
    connect(m_newAction, &QLineEdit::returnPressed, this, &MeetingEditor::addAction);
    m_undoKeys->watch(m_newAction);
    return card;
}

void MeetingEditor::showAddAction(bool show)
{
    m_addActionForm->setVisible(show);
    m_showAddAction->setVisible(!show);
    if (show)
        m_newAction->setFocus(Qt::OtherFocusReason);
}

void MeetingEditor::setTabOrders()
{
    // The order of the work: details, who came, what was said, what is to be done.
    QList<QWidget *> order {m_print,   m_export,     m_body,  m_date,       m_time,        m_location,      m_status,
                            m_minutes, m_approvedOn, m_cases, m_sameAsLast, m_restPresent, m_attendanceView};
    for (const Section &section : std::as_const(m_sections))
        order << section.view << section.add;
    order << m_actionsView << m_showAddAction << m_newAction << m_newOwner << m_newDue << m_addAction;
    for (int i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

void MeetingEditor::setReadOnly(bool readOnly)
{
    flush();
    m_readOnly = readOnly;
    for (QWidget *field : std::initializer_list<QWidget *> {m_body, m_date, m_time, m_status, m_minutes, m_cases,
                                                            m_sameAsLast, m_restPresent})
        field->setEnabled(!readOnly);
    m_approvedOn->setEnabled(!readOnly && m_minutes->currentData() == enumKey(MinutesStatus::Approved));
    m_location->setReadOnly(readOnly);
    m_attendanceView->setReadOnly(readOnly);
    for (const Section &section : std::as_const(m_sections)) {
        section.view->setReadOnly(readOnly);
        section.add->setVisible(!readOnly);
        section.view->setPlaceholderText(readOnly ? tr("No bullets.")
                                                  : tr("No bullets yet. Click here or press Enter to start typing."));
    }
    m_showAddAction->setVisible(!readOnly);
    if (readOnly)
        m_addActionForm->hide();
    m_actionsView->setContextMenuPolicy(readOnly ? Qt::NoContextMenu : Qt::CustomContextMenu);
}

// Loading -------------------------------------------------------------------------------

OutlineView *MeetingEditor::outline(EntryKind kind) const
{
    for (const Section &section : m_sections) {
        if (section.kind == kind)
            return section.view;
    }
    return nullptr;
}

void MeetingEditor::setMeeting(const Id &meetingId)
{
    flush(); // the meeting being left keeps what was typed
    m_meetingId = meetingId;
    m_message->hide();
    loadAll();
}

void MeetingEditor::loadLookups()
{
    Store &store = m_workspace.store();
    if (auto p = store.partnership())
        m_partnership = *p;
    if (auto list = store.list<Body>())
        m_bodies = *list;
    if (auto list = store.list<Person>())
        m_people = *list;
    if (auto list = store.list<Agency>())
        m_agencies = *list;
    if (auto list = store.list<Priority>())
        m_priorities = *list;

    const QScopedValueRollback guard(m_updating, true);
    m_body->clear();
    for (const Body &body : std::as_const(m_bodies))
        m_body->addItem(body.name, body.id);
    m_newOwner->clear();
    m_newOwner->addItem(tr("No owner"), QString());
    QList<Person> byName = m_people;
    std::sort(byName.begin(), byName.end(),
              [](const Person &a, const Person &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Person &person : std::as_const(byName))
        m_newOwner->addItem(person.name, person.id);
    m_attendance->setPeople(m_people, m_agencies);
    m_actions->setPeople(m_people, m_agencies);

    QHash<Id, QString> titles;
    for (const Priority &priority : std::as_const(m_priorities))
        titles.insert(priority.id, priority.title);
    for (Section &section : m_sections) {
        section.model->setPriorityTitles(titles);
        section.heading->setText(headingText(m_partnership, section.kind));
        section.view->setAccessibleName(headingText(m_partnership, section.kind));
    }

    QStringList locations;
    if (auto summaries = store.meetingSummaries()) {
        for (const MeetingSummary &s : std::as_const(*summaries)) {
            if (!s.location.isEmpty() && !locations.contains(s.location))
                locations << s.location;
        }
    }
    auto *completer = new QCompleter(locations, m_location);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_location->completer();
    m_location->setCompleter(completer);
}

void MeetingEditor::loadAll()
{
    if (m_meetingId.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    auto found = m_workspace.store().get<Meeting>(m_meetingId);
    if (!found || !*found) {
        if (!found)
            showMessage(found.errorMessage());
        m_meetingId.clear();
        m_stack->setCurrentIndex(0);
        return;
    }
    loadLookups();
    m_meeting = **found;
    for (Section &section : m_sections)
        section.model->setMeeting(m_meeting.id, m_meeting.entries);
    showMeeting(m_meeting, false);
    loadActions();
    m_stack->setCurrentIndex(1);
    showAddAction(false);
    m_showAddAction->setVisible(!m_readOnly);
    m_scroll->verticalScrollBar()->setValue(0);
}

void MeetingEditor::showMeeting(const Meeting &meeting, bool keepAttendanceOrder)
{
    const QScopedValueRollback guard(m_updating, true);
    m_meeting = meeting;
    m_body->setCurrentIndex(m_body->findData(meeting.body));
    if (m_date->date() != meeting.date)
        m_date->setDate(meeting.date);
    const QTime time = meeting.time.isValid() ? meeting.time : QTime(0, 0);
    if (m_time->time() != time)
        m_time->setTime(time);
    if (m_location->text() != meeting.location)
        m_location->setText(meeting.location);
    setComboValue(m_status, meeting.status);
    setComboValue(m_minutes, meeting.minutes);
    m_approvedOn->setMinimumDate(meeting.date);
    m_approvedOn->setEnabled(!m_readOnly && meeting.minutes == MinutesStatus::Approved);
    m_approvedOn->setDate(meeting.approvedOn.isValid() ? meeting.approvedOn : std::max(Clock::today(), meeting.date));
    const auto body
        = std::find_if(m_bodies.cbegin(), m_bodies.cend(), [&](const Body &b) { return b.id == meeting.body; });
    const bool panel = body != m_bodies.cend() && body->kind == BodyKind::Panel;
    m_cases->setVisible(panel);
    m_casesLabel->setVisible(panel);
    m_cases->setValue(meeting.casesReviewed.value_or(-1));

    m_attendance->setAttendance(meeting.attendance, expectedPeople(meeting), keepAttendanceOrder);
    m_attendanceSummary->setText(m_attendance->summary());
    const Id previous = previousMeeting(meeting);
    m_sameAsLast->setEnabled(!previous.isEmpty());
    m_sameAsLast->setToolTip(previous.isEmpty()
                                 ? tr("There is no earlier meeting of this body.")
                                 : tr("Copy who came, and who sent apologies, from the meeting before this one."));

    // The year's priorities are what a bullet may be tagged with.
    const FinancialYear year = FinancialYear::containing(meeting.date, m_partnership.financialYearStart);
    QList<Priority> choices;
    std::copy_if(m_priorities.cbegin(), m_priorities.cend(), std::back_inserter(choices),
                 [&](const Priority &p) { return p.year == year; });
    bool hasNotes = false;
    for (const Entry &entry : meeting.entries)
        hasNotes = hasNotes || entry.kind == EntryKind::Note;
    for (Section &section : m_sections) {
        section.view->setPriorityChoices(choices);
        if (section.kind == EntryKind::Note)
            section.box->setVisible(hasNotes || section.model->rowCount() > 0);
    }
    showTitle();
}

void MeetingEditor::showTitle()
{
    const auto body
        = std::find_if(m_bodies.cbegin(), m_bodies.cend(), [&](const Body &b) { return b.id == m_meeting.body; });
    m_title->setText(body != m_bodies.cend() ? body->name : m_meeting.body);
    QStringList when {displayDayAndDate(m_meeting.date)};
    if (m_meeting.time.isValid())
        when << m_meeting.time.toString(QStringLiteral("HH:mm"));
    if (!m_meeting.location.isEmpty())
        when << m_meeting.location;
    if (m_meeting.status == MeetingStatus::Planned)
        when << tr("planned");
    else if (m_meeting.status == MeetingStatus::Cancelled)
        when << tr("cancelled");
    m_subtitle->setText(when.join(QStringLiteral(" · ")));

    const bool approved = m_meeting.minutes == MinutesStatus::Approved;
    m_badge->setText(approved ? tr("Minutes approved %1").arg(displayDate(m_meeting.approvedOn)) : tr("Draft minutes"));
    QPalette p = m_badge->palette();
    p.setColor(QPalette::Window, approved ? QColor(0xe3, 0xf4, 0xe8) : QColor(0xfd, 0xf0, 0xd5));
    p.setColor(QPalette::WindowText, approved ? QColor(0x1d, 0x6b, 0x37) : QColor(0x8a, 0x55, 0x00));
    m_badge->setPalette(p);
    m_badge->setAutoFillBackground(true);
    m_badge->setAccessibleName(m_badge->text());
}

void MeetingEditor::loadActions()
{
    auto all = m_workspace.store().list<Action>();
    if (!all) {
        showMessage(all.errorMessage());
        return;
    }
    QList<Action> raised;
    std::copy_if(all->cbegin(), all->cend(), std::back_inserter(raised),
                 [&](const Action &a) { return a.raisedAt == m_meetingId; });
    m_actions->setActions(raised);
    m_actionsView->setVisible(!raised.isEmpty());
    m_noActions->setVisible(raised.isEmpty());
    // As tall as its actions: the page scrolls, not the list.
    int height = 2 * m_actionsView->frameWidth();
    for (int row = 0; row < m_actions->rowCount(); ++row)
        height += m_actionsView->sizeHintForIndex(m_actions->index(row, ActionsArisingModel::RefColumn)).height();
    m_actionsView->setFixedHeight(height);
}

QList<Id> MeetingEditor::expectedPeople(const Meeting &meeting) const
{
    auto memberships = m_workspace.store().list<Membership>(ListFilter {meeting.body, {}});
    if (!memberships)
        return {};
    QList<Membership> current;
    for (const Membership &m : std::as_const(*memberships)) {
        if ((!m.from.isValid() || m.from <= meeting.date) && (!m.to.isValid() || meeting.date <= m.to))
            current << m;
    }
    // The chair first, then as the roles go, then by name.
    std::stable_sort(current.begin(), current.end(), [&](const Membership &a, const Membership &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        return m_attendance->personName(a.person).localeAwareCompare(m_attendance->personName(b.person)) < 0;
    });
    QList<Id> people;
    for (const Membership &m : std::as_const(current)) {
        if (!people.contains(m.person))
            people << m.person;
    }
    return people;
}

Id MeetingEditor::previousMeeting(const Meeting &meeting) const
{
    auto summaries = m_workspace.store().meetingSummaries(ListFilter {meeting.body, {}});
    if (!summaries)
        return {};
    Id previous;
    for (const MeetingSummary &s : std::as_const(*summaries)) {
        if (s.id == meeting.id)
            break;
        previous = s.id; // listed by date: the last one before this meeting
    }
    return previous;
}

void MeetingEditor::onRecordChanged(RecordKind kind, const QString &key)
{
    if (m_meetingId.isEmpty())
        return;
    if (key.isEmpty()) { // many records at once, e.g. an import: read it all again
        loadAll();
        return;
    }
    switch (kind) {
    case RecordKind::Meeting: {
        if (key != m_meetingId)
            return;
        auto found = m_workspace.store().get<Meeting>(m_meetingId);
        if (!found)
            return showMessage(found.errorMessage());
        if (!*found) { // deleted
            m_meetingId.clear();
            m_stack->setCurrentIndex(0);
            return;
        }
        showMeeting(**found, true);
        for (Section &section : m_sections)
            section.model->reload();
        return;
    }
    case RecordKind::Action:
        loadActions();
        return;
    case RecordKind::Partnership:
    case RecordKind::Body:
    case RecordKind::Person:
    case RecordKind::Agency:
    case RecordKind::Membership:
    case RecordKind::Priority:
        loadLookups();
        showMeeting(m_meeting, true);
        loadActions();
        return;
    default:
        return;
    }
}

// Saving --------------------------------------------------------------------------------

void MeetingEditor::flush()
{
    if (m_detailsTimer.isActive())
        saveDetails();
    for (const Section &section : std::as_const(m_sections))
        section.view->commitTyping();
}

void MeetingEditor::scheduleDetails()
{
    if (!m_updating)
        m_detailsTimer.start();
}

void MeetingEditor::saveDetails()
{
    m_detailsTimer.stop();
    if (m_updating || m_meetingId.isEmpty())
        return;
    Meeting after = m_meeting;
    after.body = m_body->currentData().toString();
    after.date = m_date->date();
    after.time = m_time->time() == m_time->minimumTime() ? QTime() : m_time->time();
    after.location = m_location->text();
    after.status = comboValue(m_status, MeetingStatus::Held);
    after.minutes = comboValue(m_minutes, MinutesStatus::Draft);
    after.approvedOn = after.minutes == MinutesStatus::Approved ? m_approvedOn->date() : QDate();
    if (m_cases->isVisible() || m_meeting.casesReviewed)
        after.casesReviewed = m_cases->value() < 0 ? std::nullopt : std::optional<int>(m_cases->value());
    if (after == m_meeting)
        return;
    if (after.minutes == MinutesStatus::Approved && after.approvedOn < after.date) {
        showMessage(tr("The minutes of the meeting on %1 cannot be approved before it was held (approved on %2).")
                        .arg(displayDate(after.date), displayDate(after.approvedOn)));
        return;
    }
    const bool moved = after.body != m_meeting.body || after.date != m_meeting.date || after.status != m_meeting.status
        || after.time != m_meeting.time || after.minutes != m_meeting.minutes;
    if (saveMeeting(after, tr("Change meeting details")) && moved)
        emit meetingChanged(m_meetingId);
}

bool MeetingEditor::saveMeeting(const Meeting &after, const QString &what)
{
    const Meeting before = m_meeting;
    if (!m_workspace.push(new SaveRecordCommand<Meeting>(m_workspace, what, before, after)))
        return false; // the fields keep what was typed; the message says why
    m_message->hide();
    return true;
}

bool MeetingEditor::saveAttendance(const QList<Attendance> &attendance, const QString &what)
{
    Meeting after = m_meeting;
    after.attendance = attendance;
    if (after == m_meeting)
        return true;
    return saveMeeting(after, what);
}

void MeetingEditor::copyLastAttendance()
{
    const Id previous = previousMeeting(m_meeting);
    if (previous.isEmpty())
        return;
    auto found = m_workspace.store().get<Meeting>(previous);
    if (!found || !*found)
        return showMessage(found ? tr("The meeting before this one could not be read.") : found.errorMessage());
    saveAttendance((*found)->attendance, tr("Copy attendance from the last meeting"));
}

void MeetingEditor::addAction()
{
    const QString text = m_newAction->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Type what the action is, then add it."));
        m_newAction->setFocus();
        return;
    }
    Action action;
    action.id = newId(u"action");
    action.body = m_meeting.body;
    action.text = text;
    action.raisedAt = m_meetingId;
    action.owner = m_newOwner->currentData().toString();
    const auto owner
        = std::find_if(m_people.cbegin(), m_people.cend(), [&](const Person &p) { return p.id == action.owner; });
    if (owner != m_people.cend())
        action.ownerAgency = owner->agency;
    if (!m_newDue->commit())
        return; // the field says what is wrong with it
    action.due = m_newDue->date();
    if (!m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Add action"), std::nullopt, action)))
        return;
    m_message->hide();
    m_newAction->clear();
    m_newDue->setDate(QDate());
    m_newAction->setFocus(); // ready for the next one
}

void MeetingEditor::actionMenu(const QPoint &at)
{
    // From the keyboard (the Menu key, Shift+F10), the current action's.
    QModelIndex index = m_actionsView->indexAt(at);
    if (!index.isValid() && m_actionsView->hasFocus())
        index = m_actionsView->currentIndex();
    const std::optional<Action> action = m_actions->actionAt(index.row());
    if (!action)
        return;
    QMenu menu(this);
    menu.addSection(tr("Rate at this meeting"));
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Complete}) {
        QAction *item = menu.addAction(ActionsArisingModel::ragText(rag));
        connect(item, &QAction::triggered, this, [this, id = action->id, rag] { rateAction(id, rag); });
    }
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete action"));
    connect(remove, &QAction::triggered, this, [this, before = *action] {
        m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Delete action"), before, std::nullopt));
    });
    menu.exec(m_actionsView->viewport()->mapToGlobal(
        index == m_actionsView->indexAt(at) ? at : m_actionsView->visualRect(index).bottomLeft()));
}

void MeetingEditor::rateAction(const Id &id, Rag rag)
{
    auto found = m_workspace.store().get<Action>(id);
    if (!found || !*found)
        return;
    Action after = **found;
    // One rating per meeting: rating again at the same meeting changes it.
    const auto same = std::find_if(after.reviews.begin(), after.reviews.end(),
                                   [&](const ActionReview &r) { return r.meeting == m_meetingId; });
    if (same != after.reviews.end()) {
        same->rag = rag;
    } else {
        after.reviews << ActionReview {m_meeting.date, rag, QString(), m_meetingId};
        std::stable_sort(after.reviews.begin(), after.reviews.end(),
                         [](const ActionReview &a, const ActionReview &b) { return a.date < b.date; });
    }
    m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Rate action"), **found, after));
}

void MeetingEditor::showMessage(const QString &message)
{
    if (!isVisible() || m_meetingId.isEmpty())
        return;
    m_message->setText(message);
    m_message->show();
}

// Finding a bullet ---------------------------------------------------------------------

void MeetingEditor::selectEntry(qint64 entryRowId)
{
    const EntryHandle handle = EntryHandles::of(m_workspace).handleFor(entryRowId);
    for (const Section &section : std::as_const(m_sections)) {
        if (section.model->indexOf(handle).isValid()) {
            section.view->editBullet(handle, -1);
            if (BulletEdit *editor = section.view->activeEditor())
                m_scroll->ensureWidgetVisible(editor, 24, 80);
            return;
        }
    }
}

} // namespace bd
