#include "reviewwalk.h"

#include "common/displayformat.h"
#include "common/workspace.h"
#include "domain/actionlog.h"
#include "domain/displaytext.h"
#include "text/markdown.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

ReviewWalkthrough::ReviewWalkthrough(Workspace &workspace, const Id &meetingId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    Store &store = workspace.store();
    if (auto meeting = store.get<Meeting>(meetingId); meeting && *meeting)
        m_meeting = **meeting;
    QString bodyName = m_meeting.body;
    if (auto body = store.get<Body>(m_meeting.body); body && *body)
        bodyName = (*body)->name;
    ListFilter ofBody;
    ofBody.body = m_meeting.body;
    if (auto actions = store.list<Action>(ofBody)) {
        const QSet<Id> carriedOn = carriedForwardIds(*actions);
        for (const Action &action : std::as_const(*actions)) {
            if (isOpen(action, carriedOn))
                m_actions << action;
        }
    }
    setWindowTitle(tr("Review the workplan: %1, %2").arg(bodyName, displayDate(m_meeting.date)));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    m_progress = new QLabel(this);
    m_progress->setTextFormat(Qt::PlainText);
    layout->addWidget(m_progress);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setWeight(QFont::DemiBold);
    m_text->setFont(big);
    layout->addWidget(m_text);
    m_facts = new QLabel(this);
    m_facts->setTextFormat(Qt::PlainText);
    layout->addWidget(m_facts);
    m_history = new QLabel(this);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setWordWrap(true);
    layout->addWidget(m_history);

    auto *form = new QFormLayout;
    m_rating = new QComboBox(this);
    for (Rag value : {Rag::Red, Rag::Amber, Rag::Green, Rag::Complete})
        m_rating->addItem(ragIcon(value), displayName(value), int(value));
    form->addRow(tr("&Rating:"), m_rating);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What the meeting heard, in a sentence"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Record and &next"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    QPushButton *skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    QPushButton *stop = buttons->addButton(tr("&Finish"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &ReviewWalkthrough::record);
    connect(skip, &QPushButton::clicked, this, &ReviewWalkthrough::next);
    connect(stop, &QPushButton::clicked, this, &QDialog::reject);
    showAction(0);
}

void ReviewWalkthrough::showAction(int index)
{
    m_index = index;
    if (index >= m_actions.size()) {
        accept();
        return;
    }
    const Action &action = m_actions.at(index);
    m_progress->setText(tr("Action %1 of %2").arg(index + 1).arg(m_actions.size()));
    const QString text = markdownToPlainText(action.text);
    m_text->setText(action.ref.isEmpty() ? text : QStringLiteral("%1  %2").arg(action.ref, text));
    m_facts->setText(action.due.isValid() ? tr("Due %1").arg(displayDate(action.due)) : tr("No due date"));
    QStringList lines;
    for (const ActionReview &r : action.reviews)
        lines << QStringLiteral("%1  %2%3").arg(displayDate(r.date), displayName(r.rag),
                                                r.note.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + r.note);
    m_history->setText(lines.isEmpty() ? tr("Not reviewed before.") : lines.join(QLatin1Char('\n')));
    const Rag current = action.currentRag().value_or(Rag::Amber);
    m_rating->setCurrentIndex(m_rating->findData(int(current)));
    m_note->clear();
    m_rating->setFocus();
}

void ReviewWalkthrough::record()
{
    if (m_index >= m_actions.size())
        return;
    const Action &before = m_actions.at(m_index);
    ActionReview review;
    review.date = m_meeting.date;
    review.meeting = m_meeting.id;
    review.rag = static_cast<Rag>(m_rating->currentData().toInt());
    review.note = m_note->text().trimmed();
    const Action after = withReview(before, review);
    if (!m_workspace.push(new SaveRecordCommand<Action>(m_workspace, tr("Review action %1").arg(before.ref).trimmed(),
                                                        before, after)))
        return; // nothing saved: the screen stays as it is, to try again
    m_actions[m_index] = after;
    ++m_recorded;
    next();
}

void ReviewWalkthrough::next()
{
    showAction(m_index + 1);
}

} // namespace bd
