#include "bodyeditor.h"

#include "delegates.h"
#include "membershipmodel.h"
#include "util/clock.h"

#include "common/datefield.h"
#include "common/displayformat.h"
#include "common/pagewidgets.h"
#include "common/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

namespace {

} // namespace

BodyEditor::BodyEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_membersModel(new MembershipTableModel(workspace, this))
{
    auto *layout = pageLayout(this);

    auto *top = new QHBoxLayout;
    m_heading = pageHeading(QString(), this);
    top->addWidget(m_heading, 1);
    m_newMeeting = new QPushButton(QIcon(QStringLiteral(":/icons/new-meeting.svg")), tr("New &meeting"), this);
    m_newMeeting->setToolTip(tr("Start the minutes of a meeting of this body today (Ctrl+N)"));
    top->addWidget(m_newMeeting, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_summary = pageNote(QString(), this);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    for (BodyKind kind : enumValues<BodyKind>())
        m_kind->addItem(displayName(kind), QVariant::fromValue(kind));
    form->addRow(tr("&Kind:"), m_kind);

    m_parent = new QComboBox(this);
    m_parent->setAccessibleName(tr("Part of"));
    form->addRow(tr("&Part of:"), m_parent);

    m_purpose = new QPlainTextEdit(this);
    m_purpose->setAccessibleName(tr("Purpose"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setPlaceholderText(tr("What the body is for, as the annual report introduces it"));
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 4 + 14);
    m_purpose->installEventFilter(this);
    form->addRow(tr("P&urpose:"), m_purpose);

    const auto dateEdit = [this](const QString &accessibleName) {
        auto *edit = new DateField(this);
        edit->setAccessibleName(accessibleName);
        // Empty while its checkbox is clear.
        edit->setAllowEmpty(true, QStringLiteral("\u2014"));
        return edit;
    };
    m_establishedCheck = new QCheckBox(tr("&Established on:"), this);
    m_establishedCheck->setAccessibleName(tr("Established"));
    m_established = dateEdit(tr("Established on"));
    auto *establishedRow = new QHBoxLayout;
    establishedRow->addWidget(m_established);
    establishedRow->addStretch(1);
    form->addRow(m_establishedCheck, establishedRow);

    m_concludedCheck = new QCheckBox(tr("&Concluded on:"), this);
    m_concludedCheck->setAccessibleName(tr("Concluded"));
    m_concludedCheck->setToolTip(tr("Tick when the body has finished its work"));
    m_concluded = dateEdit(tr("Concluded on"));
    auto *concludedRow = new QHBoxLayout;
    concludedRow->addWidget(m_concluded);
    concludedRow->addStretch(1);
    form->addRow(m_concludedCheck, concludedRow);
    layout->addLayout(form);

    auto *membersLabel = new QLabel(tr("Mem&bers"), this);
    QFont font = membersLabel->font();
    font.setWeight(QFont::DemiBold);
    membersLabel->setFont(font);
    layout->addSpacing(6);
    layout->addWidget(membersLabel);
    m_members = recordTable(this, tr("Members"));
    m_members->setModel(m_membersModel);
    membersLabel->setBuddy(m_members);
    m_members->setItemDelegateForColumn(MembershipTableModel::PersonColumn,
                                        new ChoiceDelegate(
                                            [this] {
                                                ChoiceDelegate::Choices choices;
                                                auto people = m_workspace.store().list<Person>();
                                                if (!people)
                                                    return choices;
                                                std::sort(people->begin(), people->end(),
                                                          [](const Person &a, const Person &b) {
                                                              return QString::localeAwareCompare(a.name, b.name) < 0;
                                                          });
                                                for (const Person &person : *people)
                                                    choices << qMakePair(person.name, QVariant(person.id));
                                                return choices;
                                            },
                                            m_members));
    m_members->setItemDelegateForColumn(MembershipTableModel::RoleColumn,
                                        new ChoiceDelegate(
                                            [] {
                                                ChoiceDelegate::Choices choices;
                                                for (Role role : enumValues<Role>())
                                                    choices << qMakePair(displayName(role), QVariant(enumKey(role)));
                                                return choices;
                                            },
                                            m_members));
    auto *dates = new DateDelegate(m_members);
    m_members->setItemDelegateForColumn(MembershipTableModel::FromColumn, dates);
    m_members->setItemDelegateForColumn(MembershipTableModel::ToColumn, dates);
    m_members->horizontalHeader()->resizeSection(MembershipTableModel::PersonColumn, 240);
    m_members->horizontalHeader()->resizeSection(MembershipTableModel::RoleColumn, 130);
    m_members->horizontalHeader()->resizeSection(MembershipTableModel::FromColumn, 160);
    layout->addWidget(m_members, 1);

    m_addMember = new QPushButton(tr("&Add member"), this);
    m_removeMember = new QPushButton(tr("&Remove member"), this);
    m_removeMember->setToolTip(tr("For a membership entered by mistake; when someone leaves, set the To date"));
    layout->addLayout(buttonRow({m_addMember, m_removeMember}));

    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_parent);
    setTabOrder(m_parent, m_purpose);
    setTabOrder(m_purpose, m_establishedCheck);
    setTabOrder(m_establishedCheck, m_established);
    setTabOrder(m_established, m_concludedCheck);
    setTabOrder(m_concludedCheck, m_concluded);
    setTabOrder(m_concluded, m_members);
    setTabOrder(m_members, m_addMember);
    setTabOrder(m_addMember, m_removeMember);
    setTabOrder(m_removeMember, m_newMeeting);

    connect(m_name, &QLineEdit::editingFinished, this, &BodyEditor::commitName);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BodyEditor::commitKind);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &BodyEditor::commitParent);
    connect(m_establishedCheck, &QCheckBox::toggled, this, &BodyEditor::commitDates);
    connect(m_concludedCheck, &QCheckBox::toggled, this, &BodyEditor::commitDates);
    connect(m_established, &DateField::editingFinished, this, &BodyEditor::commitDates);
    connect(m_concluded, &DateField::editingFinished, this, &BodyEditor::commitDates);
    connect(m_addMember, &QPushButton::clicked, this, &BodyEditor::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, &BodyEditor::removeCurrentMember);
    connect(m_newMeeting, &QPushButton::clicked, this, [this] { emit newMeetingRequested(m_body.id); });
    connect(&m_workspace, &Workspace::recordChanged, this, &BodyEditor::onRecordChanged);
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::setBody(const Id &bodyId)
{
    if (!m_body.id.isEmpty() && bodyId != m_body.id)
        commitPurpose();
    m_body = Body {};
    m_body.id = bodyId;
    m_membersModel->setBody(bodyId);
    load();
}

void BodyEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_membersModel->setReadOnly(readOnly);
    m_name->setReadOnly(readOnly);
    m_purpose->setReadOnly(readOnly);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_kind, m_parent, m_establishedCheck, m_established, m_concludedCheck,
                                           m_concluded, m_addMember, m_removeMember, m_newMeeting})
        w->setEnabled(!readOnly);
    if (!readOnly)
        showBody();
}

void BodyEditor::load()
{
    if (m_body.id.isEmpty())
        return;
    auto found = m_workspace.store().get<Body>(m_body.id);
    if (!found) {
        m_workspace.reportError(found.errorMessage());
        return;
    }
    if (found->has_value())
        m_body = **found;
    fillParents();
    showBody();

    auto meetings = m_workspace.store().meetingSummaries(ListFilter {m_body.id, {}});
    if (!meetings || meetings->isEmpty()) {
        m_summary->setText(tr("No meetings yet."));
    } else if (meetings->size() == 1) {
        m_summary->setText(tr("One meeting, on %1.").arg(displayDate(meetings->constFirst().date)));
    } else {
        m_summary->setText(tr("%1 meetings: the first on %2, the latest on %3.")
                               .arg(meetings->size())
                               .arg(displayDate(meetings->constFirst().date), displayDate(meetings->constLast().date)));
    }
}

void BodyEditor::fillParents()
{
    const QSignalBlocker blocker(m_parent);
    m_parent->clear();
    m_parent->addItem(tr("Nothing (it reports to no other body)"), QString());
    if (auto bodies = m_workspace.store().list<Body>()) {
        for (const Body &body : *bodies) {
            if (body.id != m_body.id)
                m_parent->addItem(body.name, body.id);
        }
    }
}

void BodyEditor::showBody()
{
    const QSignalBlocker b1(m_kind), b2(m_parent), b3(m_establishedCheck), b4(m_concludedCheck);
    m_heading->setText(m_body.name);
    if (m_name->text() != m_body.name)
        m_name->setText(m_body.name);
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(m_body.kind)));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(m_body.parent)));
    if (m_purpose->toPlainText() != m_body.purpose)
        m_purpose->setPlainText(m_body.purpose);
    m_establishedCheck->setChecked(m_body.established.isValid());
    m_established->setDate(m_body.established);
    m_established->setEnabled(!m_readOnly && m_body.established.isValid());
    m_concludedCheck->setChecked(m_body.concluded.isValid());
    m_concluded->setDate(m_body.concluded);
    m_concluded->setEnabled(!m_readOnly && m_body.concluded.isValid());
}

void BodyEditor::onRecordChanged(RecordKind kind, const QString &key)
{
    if (m_body.id.isEmpty())
        return;
    if (kind == RecordKind::Body && (key.isEmpty() || key == m_body.id)) {
        auto found = m_workspace.store().get<Body>(m_body.id);
        if (found && found->has_value()) {
            m_body = **found;
            showBody();
        }
    } else if (kind == RecordKind::Body) {
        const Id current = m_body.parent;
        fillParents(); // another body's name may have changed
        const QSignalBlocker blocker(m_parent);
        m_parent->setCurrentIndex(std::max(0, m_parent->findData(current)));
    } else if (kind == RecordKind::Meeting) {
        load();
    }
}

void BodyEditor::save(const Body &after, const QString &text)
{
    if (m_readOnly || m_body.id.isEmpty() || after == m_body)
        return;
    if (!m_workspace.push(new SaveRecordCommand<Body>(m_workspace, text, m_body, after)))
        showBody(); // refused: show what is saved
}

void BodyEditor::commitName()
{
    const QString name = m_name->text().trimmed();
    if (name == m_body.name)
        return;
    if (name.isEmpty()) {
        m_workspace.reportError(tr("A body needs a name; %1 keeps its name.").arg(m_body.name));
        showBody();
        return;
    }
    Body after = m_body;
    after.name = name;
    save(after, tr("Rename %1").arg(m_body.name));
}

void BodyEditor::commitKind()
{
    Body after = m_body;
    after.kind = m_kind->currentData().value<BodyKind>();
    save(after, tr("Change kind of %1").arg(m_body.name));
}

void BodyEditor::commitParent()
{
    Body after = m_body;
    after.parent = m_parent->currentData().toString();
    save(after, tr("Change what %1 is part of").arg(m_body.name));
}

void BodyEditor::commitPurpose()
{
    Body after = m_body;
    after.purpose = m_purpose->toPlainText();
    save(after, tr("Change purpose of %1").arg(m_body.name));
}

void BodyEditor::commitDates()
{
    // A date just ticked starts as today, for the user to correct.
    for (auto [check, edit] :
         {std::pair {m_establishedCheck, m_established}, std::pair {m_concludedCheck, m_concluded}}) {
        if (check->isChecked() && !edit->date().isValid())
            edit->setDate(Clock::today());
    }
    m_established->setEnabled(!m_readOnly && m_establishedCheck->isChecked());
    m_concluded->setEnabled(!m_readOnly && m_concludedCheck->isChecked());
    Body after = m_body;
    after.established = m_establishedCheck->isChecked() ? m_established->date() : QDate();
    after.concluded = m_concludedCheck->isChecked() ? m_concluded->date() : QDate();
    if (after.established.isValid() && after.concluded.isValid() && after.concluded < after.established) {
        m_workspace.reportError(tr("%1 cannot conclude (%2) before it was established (%3).")
                                    .arg(m_body.name, displayDate(after.concluded), displayDate(after.established)));
        showBody();
        return;
    }
    save(after,
         after.concluded != m_body.concluded ? tr("Change when %1 concluded").arg(m_body.name)
                                             : tr("Change when %1 was established").arg(m_body.name));
}

void BodyEditor::addMember()
{
    auto people = m_workspace.store().list<Person>();
    if (!people)
        return m_workspace.reportError(people.errorMessage());
    if (people->isEmpty())
        return m_workspace.reportError(tr("There is nobody to add yet: add people on the People page first."));
    QSet<Id> members;
    for (const Membership &m : m_membersModel->records())
        members.insert(m.person);
    std::sort(people->begin(), people->end(),
              [](const Person &a, const Person &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    const auto first
        = std::find_if(people->begin(), people->end(), [&](const Person &p) { return !members.contains(p.id); });
    Membership membership;
    membership.body = m_body.id;
    membership.person = first != people->end() ? first->id : people->constFirst().id;
    membership.from = Clock::today();
    const int row = m_membersModel->addRecord(membership, tr("Add member to %1").arg(m_body.name));
    if (row < 0)
        return;
    const QModelIndex person = m_membersModel->index(row, MembershipTableModel::PersonColumn);
    m_members->setCurrentIndex(person);
    m_members->edit(person);
}

void BodyEditor::removeCurrentMember()
{
    const int row = m_members->currentIndex().row();
    if (m_membersModel->recordAt(row))
        m_membersModel->removeRecord(row, tr("Remove member of %1").arg(m_body.name));
}

void BodyEditor::hideEvent(QHideEvent *event)
{
    // Leaving the page is leaving the field: keep what was typed.
    commitPurpose();
    commitDates();
    QWidget::hideEvent(event);
}

bool BodyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_purpose && event->type() == QEvent::FocusOut)
        commitPurpose();
    return QWidget::eventFilter(watched, event);
}

} // namespace bd
