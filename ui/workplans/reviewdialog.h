#pragma once

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace bd {

class DateField;

class Store;

// Records one review of an action: its rating (chosen by the key that opened the dialog),
// the day (today, by the clock), the meeting it was made at (the body's meeting that day,
// if there is one) and a note. The note has the focus, so R, type, Enter is a review.
class ReviewDialog : public QDialog {
    Q_OBJECT

public:
    ReviewDialog(Store &store, const Action &action, Rag rag, QWidget *parent = nullptr);

    ActionReview review() const;
    QComboBox *ratingBox() const { return m_rating; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_rating;
    DateField *m_date;
    QComboBox *m_meeting;
    QLineEdit *m_note;
};

} // namespace bd
