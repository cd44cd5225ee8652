#include "riskreviewdialog.h"

#include "domain/actionlog.h"
#include "domain/displaytext.h"
#include "store/store.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bd {

RiskReviewDialog::RiskReviewDialog(Store &store, const Risk &risk, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Review risk"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(risk.title, this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    layout->addWidget(title);

    const auto last = currentReview(risk);
    auto *form = new QFormLayout;
    m_likelihood = new QSpinBox(this);
    m_likelihood->setRange(1, 5);
    m_likelihood->setValue(last ? last->likelihood : 3);
    form->addRow(tr("&Likelihood (1-5):"), m_likelihood);
    m_impact = new QSpinBox(this);
    m_impact->setRange(1, 5);
    m_impact->setValue(last ? last->impact : 3);
    form->addRow(tr("&Impact (1-5):"), m_impact);
    m_rating = new QLabel(this);
    m_rating->setTextFormat(Qt::PlainText);
    form->addRow(tr("Rating:"), m_rating);
    connect(m_likelihood, &QSpinBox::valueChanged, this, &RiskReviewDialog::showRating);
    connect(m_impact, &QSpinBox::valueChanged, this, &RiskReviewDialog::showRating);
    showRating();

    const QDate today = Clock::today();
    m_date = new QDateEdit(today, this);
    m_date->setLocale(britishLocale());
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_date);
    m_meeting = new QComboBox(this);
    m_meeting->addItem(tr("Not at a meeting"), QString());
    ListFilter ofBody;
    ofBody.body = risk.body;
    if (auto meetings = store.meetingSummaries(ofBody)) {
        for (const MeetingSummary &m : std::as_const(*meetings)) {
            if (m.status == MeetingStatus::Cancelled)
                continue;
            m_meeting->addItem(displayDate(m.date), m.id);
            if (m.date == today)
                m_meeting->setCurrentIndex(m_meeting->count() - 1);
        }
    }
    form->addRow(tr("At &meeting:"), m_meeting);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_likelihood->setFocus();
    m_likelihood->selectAll();
}

void RiskReviewDialog::showRating()
{
    const int score = m_likelihood->value() * m_impact->value();
    m_rating->setText(QStringLiteral("%1 (%2)").arg(score).arg(displayName(riskBand(score))));
}

RiskReview RiskReviewDialog::review() const
{
    RiskReview r;
    r.date = m_date->date();
    r.likelihood = m_likelihood->value();
    r.impact = m_impact->value();
    r.note = m_note->text().trimmed();
    r.meeting = m_meeting->currentData().toString();
    return r;
}

} // namespace bd
