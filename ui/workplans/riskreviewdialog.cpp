#include "riskreviewdialog.h"

#include "domain/actionlog.h"
#include "domain/displaytext.h"
#include "reviewfields.h"
#include "common/datefield.h"
#include "store/store.h"
#include "util/clock.h"

#include <QComboBox>
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

    m_date = reviewDateEdit(this);
    form->addRow(tr("&Date:"), m_date);
    m_meeting = meetingChooser(store, risk.body, m_date->date(), this);
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
