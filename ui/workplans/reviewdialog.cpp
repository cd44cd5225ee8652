#include "reviewdialog.h"

#include "common/displayformat.h"
#include "domain/displaytext.h"
#include "reviewfields.h"
#include "common/datefield.h"
#include "store/store.h"
#include "text/markdown.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bd {

ReviewDialog::ReviewDialog(Store &store, const Action &action, Rag rag, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review action %1").arg(action.ref.isEmpty() ? QString() : action.ref).trimmed());
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(markdownToPlainText(action.text), this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);
    // The rating history, oldest first, so the new review is read against it.
    if (!action.reviews.isEmpty()) {
        QStringList lines;
        for (const ActionReview &r : action.reviews) {
            QString line = QStringLiteral("%1  %2").arg(displayDate(r.date), displayName(r.rag));
            if (!r.note.isEmpty())
                line += QStringLiteral(" \u2014 ") + r.note;
            lines << line;
        }
        auto *history = new QLabel(tr("History:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')), this);
        history->setTextFormat(Qt::PlainText);
        history->setWordWrap(true);
        history->setObjectName(QStringLiteral("reviewHistory"));
        layout->addWidget(history);
    }

    auto *form = new QFormLayout;
    m_rating = new QComboBox(this);
    for (Rag value : {Rag::Red, Rag::Amber, Rag::Green, Rag::Complete})
        m_rating->addItem(ragIcon(value), displayName(value), int(value));
    m_rating->setCurrentIndex(m_rating->findData(int(rag)));
    form->addRow(tr("&Rating:"), m_rating);

    m_date = reviewDateEdit(this);
    form->addRow(tr("&Date:"), m_date);
    m_meeting = meetingChooser(store, action.body, m_date->date(), this);
    form->addRow(tr("At &meeting:"), m_meeting);

    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What has changed, in a sentence"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_note->setFocus();
}

ActionReview ReviewDialog::review() const
{
    ActionReview r;
    r.date = m_date->date();
    r.rag = static_cast<Rag>(m_rating->currentData().toInt());
    r.note = m_note->text().trimmed();
    r.meeting = m_meeting->currentData().toString();
    return r;
}

} // namespace bd
