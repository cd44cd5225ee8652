#pragma once

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class Workspace;

// "Review this workplan at this meeting": every open action of the meeting's body, one
// screen each, keyboard only. The rating list has the focus and starts at the action's
// current rating (a letter picks another: R, A, G, C); Tab goes to the note; Enter records
// the review, dated the meeting's day and tied to the meeting, and shows the next action.
// Alt+S skips an action; Escape stops. Each review is its own undoable change.
class ReviewWalkthrough : public QDialog {
    Q_OBJECT

public:
    ReviewWalkthrough(Workspace &workspace, const Id &meeting, QWidget *parent = nullptr);

    int actionCount() const { return int(m_actions.size()); }
    int position() const { return m_index; }
    int recorded() const { return m_recorded; }
    QComboBox *ratingBox() const { return m_rating; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    void showAction(int index);
    void record();
    void next();

    Workspace &m_workspace;
    Meeting m_meeting;
    QList<Action> m_actions;
    int m_index = 0;
    int m_recorded = 0;
    QLabel *m_progress;
    QLabel *m_text;
    QLabel *m_facts;
    QLabel *m_history;
    QComboBox *m_rating;
    QLineEdit *m_note;
    QPushButton *m_save;
};

} // namespace bd
