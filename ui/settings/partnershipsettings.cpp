#include "partnershipsettings.h"

#include "common/datefield.h"

#include "common/pagewidgets.h"
#include "common/recordcommands.h"
#include "backupsettings.h"
#include "documentsettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

PartnershipSettings::PartnershipSettings(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("Partnership settings"), this));
    layout->addWidget(pageNote(tr("How the partnership is named in minutes, reports and newsletters. Each change is "
                                  "saved when you leave the field; Ctrl+Z takes it back."),
                               this));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);

    const auto lineEdit = [this](const QString &accessibleName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::editingFinished, this, &PartnershipSettings::commit);
        return edit;
    };
    m_name = lineEdit(tr("Name"), tr("e.g. Northvale Safeguarding Children Partnership"));
    form->addRow(tr("&Name:"), m_name);
    m_shortName = lineEdit(tr("Short name"), tr("e.g. NSCP, used in page headers"));
    form->addRow(tr("&Short name:"), m_shortName);
    m_email = lineEdit(tr("Contact email"), tr("the address printed on newsletters"));
    form->addRow(tr("Contact &email:"), m_email);

    m_yearStart = new DateField(this);
    m_yearStart->setDayAndMonthOnly(true);
    m_yearStart->setAccessibleName(tr("Financial year starts on"));
    // A year with no 29 February: the start is a day and a month, every year.
    m_yearStart->setMinimumDate(QDate(2001, 1, 1));
    m_yearStart->setMaximumDate(QDate(2001, 12, 31));
    connect(m_yearStart, &DateField::editingFinished, this, &PartnershipSettings::commit);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearStart);
    yearRow->addWidget(
        pageNote(tr("Meetings, funding and reports are grouped by the year starting on this day."), this), 1);
    auto *yearLabel = new QLabel(tr("Financial &year starts on:"), this);
    yearLabel->setBuddy(m_yearStart); // a row holding a layout gets no buddy by itself
    form->addRow(yearLabel, yearRow);

    m_did = lineEdit(tr("First minutes heading"), Headings::defaultDid());
    form->addRow(tr("First minutes &heading:"), m_did);
    m_difference = lineEdit(tr("Second minutes heading"), Headings::defaultDifference());
    form->addRow(tr("Second minutes hea&ding:"), m_difference);
    layout->addLayout(form);

    layout->addSpacing(12);
    auto *listsLabel = new QLabel(tr("The partnership's lists"), this);
    QFont font = listsLabel->font();
    font.setWeight(QFont::DemiBold);
    listsLabel->setFont(font);
    layout->addWidget(listsLabel);
    auto *agencies = new QPushButton(QIcon(QStringLiteral(":/icons/agencies.svg")), tr("&Agencies"), this);
    auto *people = new QPushButton(QIcon(QStringLiteral(":/icons/people.svg")), tr("&People"), this);
    auto *priorities = new QPushButton(QIcon(QStringLiteral(":/icons/priorities.svg")), tr("P&riorities"), this);
    layout->addLayout(buttonRow({agencies, people, priorities}));
    layout->addSpacing(12);
    // This computer's settings, not the partnership's: they are kept in the user's settings.
    layout->addWidget(new DocumentSettings(this));
    layout->addWidget(new BackupSettings(this));
    layout->addStretch(1);

    connect(agencies, &QPushButton::clicked, this, &PartnershipSettings::agenciesRequested);
    connect(people, &QPushButton::clicked, this, &PartnershipSettings::peopleRequested);
    connect(priorities, &QPushButton::clicked, this, &PartnershipSettings::prioritiesRequested);
    connect(&m_workspace, &Workspace::recordChanged, this, &PartnershipSettings::onRecordChanged);
    load();
}

void PartnershipSettings::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_name, m_shortName, m_email, m_did, m_difference})
        edit->setReadOnly(readOnly);
    m_yearStart->setReadOnly(readOnly);
}

void PartnershipSettings::load()
{
    auto partnership = m_workspace.store().partnership();
    if (!partnership) {
        m_workspace.reportError(partnership.errorMessage());
        return;
    }
    m_partnership = *partnership;
    const auto show = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    show(m_name, m_partnership.name);
    show(m_shortName, m_partnership.shortName);
    show(m_email, m_partnership.contactEmail);
    show(m_did, m_partnership.headings.did);
    show(m_difference, m_partnership.headings.difference);
    const QSignalBlocker blocker(m_yearStart);
    m_yearStart->setDate(QDate(2001, m_partnership.financialYearStart.month, m_partnership.financialYearStart.day));
}

void PartnershipSettings::onRecordChanged(RecordKind kind, const QString &)
{
    if (kind == RecordKind::Partnership)
        load();
}

void PartnershipSettings::commit()
{
    if (m_readOnly)
        return;
    Partnership after = m_partnership;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_workspace.reportError(tr("The partnership needs a name: it heads every document."));
        load();
        return;
    }
    after.name = name;
    after.shortName = m_shortName->text().trimmed();
    after.contactEmail = m_email->text().trimmed();
    after.financialYearStart = YearStart {m_yearStart->date().month(), m_yearStart->date().day()};
    // An emptied heading goes back to the house style rather than printing nothing.
    after.headings.did = m_did->text().trimmed().isEmpty() ? Headings::defaultDid() : m_did->text().trimmed();
    after.headings.difference
        = m_difference->text().trimmed().isEmpty() ? Headings::defaultDifference() : m_difference->text().trimmed();
    if (after == m_partnership) {
        load(); // show the tidied text
        return;
    }
    QString text = tr("Change partnership settings");
    if (after.name != m_partnership.name)
        text = tr("Rename the partnership");
    else if (after.headings != m_partnership.headings)
        text = tr("Change the minutes headings");
    else if (!(after.financialYearStart == m_partnership.financialYearStart))
        text = tr("Change when the financial year starts");
    if (!m_workspace.push(new SavePartnershipCommand(m_workspace, text, m_partnership, after)))
        load();
}

} // namespace bd
