#include "actiondialog.h"

#include "domain/displaytext.h"
#include "store/store.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include "common/datefield.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

ActionDialog::ActionDialog(Store &store, const Action &action, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
{
    setWindowTitle(action.text.isEmpty() ? tr("Add action") : tr("Edit action"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_body = new QComboBox(this);
    if (auto bodies = store.list<Body>()) {
        for (const Body &b : std::as_const(*bodies))
            m_body->addItem(b.name, b.id);
    }
    m_body->setCurrentIndex(std::max(0, m_body->findData(action.body)));
    form->addRow(tr("&Body:"), m_body);
    m_workplan = new QComboBox(this);
    form->addRow(tr("&Workplan:"), m_workplan);
    fillWorkplans();
    m_workplan->setCurrentIndex(std::max(0, m_workplan->findData(action.workplan)));
    connect(m_body, &QComboBox::currentIndexChanged, this, &ActionDialog::fillWorkplans);

    m_ref = new QLineEdit(action.ref, this);
    m_ref->setPlaceholderText(tr("e.g. 2.3"));
    form->addRow(tr("&Ref:"), m_ref);
    m_text = new QPlainTextEdit(action.text, this);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().height() * 4 + 12);
    form->addRow(tr("&Action:"), m_text);

    m_owner = new QComboBox(this);
    m_owner->addItem(tr("No one named"), QString());
    m_agency = new QComboBox(this);
    m_agency->addItem(tr("No agency"), QString());
    QHash<Id, Id> agencyOf;
    if (auto people = store.list<Person>()) {
        for (const Person &p : std::as_const(*people)) {
            m_owner->addItem(p.name, p.id);
            agencyOf.insert(p.id, p.agency);
        }
    }
    if (auto agencies = store.list<Agency>()) {
        for (const Agency &a : std::as_const(*agencies))
            m_agency->addItem(a.name, a.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(action.owner)));
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(action.ownerAgency)));
    // Choosing an owner fills in their agency; it can still be changed.
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this, agencyOf] {
        const Id agency = agencyOf.value(m_owner->currentData().toString());
        if (!agency.isEmpty())
            m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
    });
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Owner's a&gency:"), m_agency);

    auto *dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("&Due by"), this);
    m_hasDue->setChecked(action.due.isValid());
    m_due = new DateField(this);
    m_due->setDate(action.due.isValid() ? action.due : Clock::today());
    m_due->setEnabled(m_hasDue->isChecked());
    m_due->setAccessibleName(tr("Due date"));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due:"), dueRow);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setEnabled(!action.text.trimmed().isEmpty());
    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this, save] { save->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_text->setFocus();
}

void ActionDialog::fillWorkplans()
{
    const Id chosen = m_workplan->currentData().toString();
    m_workplan->clear();
    m_workplan->addItem(tr("None (the body's action log)"), QString());
    ListFilter ofBody;
    ofBody.body = m_body->currentData().toString();
    if (auto plans = m_store.list<Workplan>(ofBody)) {
        for (const Workplan &plan : std::as_const(*plans))
            m_workplan->addItem(plan.title, plan.id);
    }
    m_workplan->setCurrentIndex(std::max(0, m_workplan->findData(chosen)));
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.body = m_body->currentData().toString();
    a.workplan = m_workplan->currentData().toString();
    a.ref = m_ref->text().trimmed();
    a.text = m_text->toPlainText().trimmed();
    a.owner = m_owner->currentData().toString();
    a.ownerAgency = m_agency->currentData().toString();
    a.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    return a;
}

} // namespace bd
