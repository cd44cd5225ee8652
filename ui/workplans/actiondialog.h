#pragma once

#include "domain/types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace bd {

class DateField;

class Store;

// Adds or edits one action of a workplan or a body's log: body, workplan, ref, what is to
// be done, owner and their agency, due date. Its reviews are kept as they are.
class ActionDialog : public QDialog {
    Q_OBJECT

public:
    ActionDialog(Store &store, const Action &action, QWidget *parent = nullptr);

    // The action as the dialog holds it (the reviews and links of the one it was given).
    Action action() const;
    QLineEdit *refEdit() const { return m_ref; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    void fillWorkplans();

    Store &m_store;
    Action m_action;
    QComboBox *m_body;
    QComboBox *m_workplan;
    QLineEdit *m_ref;
    QPlainTextEdit *m_text;
    QComboBox *m_owner;
    QComboBox *m_agency;
    QCheckBox *m_hasDue;
    DateField *m_due;
};

} // namespace bd
