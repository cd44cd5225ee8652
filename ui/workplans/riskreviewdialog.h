#pragma once

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bd {

class DateField;

class Store;

// Records one review of a risk: likelihood and impact (1-5 each; the rating and its band
// shown as they are typed), the day (today, by the clock), the meeting it was made at and a
// note. Likelihood has the focus: 3, Tab, 4, Enter is a review.
class RiskReviewDialog : public QDialog {
    Q_OBJECT

public:
    RiskReviewDialog(Store &store, const Risk &risk, QWidget *parent = nullptr);

    RiskReview review() const;
    QSpinBox *likelihoodBox() const { return m_likelihood; }
    QSpinBox *impactBox() const { return m_impact; }

private:
    void showRating();

    QSpinBox *m_likelihood;
    QSpinBox *m_impact;
    QLabel *m_rating;
    DateField *m_date;
    QComboBox *m_meeting;
    QLineEdit *m_note;
};

} // namespace bd
