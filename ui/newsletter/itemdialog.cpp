#include "itemdialog.h"

#include "common/pagewidgets.h"
#include "domain/newsletterrules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

NewsletterItemDialog::NewsletterItemDialog(const NewsletterItem &item, const QStringList &sections, QWidget *parent)
    : QDialog(parent)
    , m_section(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_links(new QTableWidget(0, 2, this))
    , m_findings(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(item.title.isEmpty() ? tr("New item") : tr("Edit item"));
    resize(640, 560);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_section->setEditable(true);
    m_section->addItems(sections);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->setAccessibleName(tr("Section"));
    m_section->setToolTip(tr("The heading the item stands under; type a new one to start a section."));
    form->addRow(tr("&Section:"), m_section);
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    m_body->setAccessibleName(tr("Text"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("**bold**, *italic*, [label](https://...), a line starting \"- \" is a bullet"));
    form->addRow(tr("Te&xt:"), m_body);
    layout->addLayout(form, 1);

    auto *linksLabel = new QLabel(tr("&Links:"), this);
    linksLabel->setBuddy(m_links);
    layout->addWidget(linksLabel);
    m_links->setHorizontalHeaderLabels({tr("Label"), tr("Address")});
    m_links->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_links->horizontalHeader()->setStretchLastSection(true);
    m_links->horizontalHeader()->resizeSection(0, 220);
    m_links->verticalHeader()->hide();
    m_links->setAccessibleName(tr("Links"));
    m_links->setTabKeyNavigation(false);
    m_links->setMinimumHeight(120);
    layout->addWidget(m_links);
    auto *add = new QPushButton(tr("&Add link"), this);
    auto *remove = new QPushButton(tr("&Remove link"), this);
    layout->addLayout(buttonRow({add, remove}));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addLink();
        m_links->setCurrentCell(row, 0);
        m_links->editItem(m_links->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_links->currentRow() >= 0)
            m_links->removeRow(m_links->currentRow());
        updateFindings();
    });
    connect(m_links, &QTableWidget::itemChanged, this, &NewsletterItemDialog::updateFindings);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewsletterItemDialog::updateFindings);

    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_findings);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewsletterItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewsletterItemDialog::reject);
    layout->addWidget(buttons);

    setItem(item);
}

void NewsletterItemDialog::setItem(const NewsletterItem &item)
{
    m_section->setCurrentText(item.section);
    m_title->setText(item.title);
    m_body->setPlainText(item.body);
    m_links->setRowCount(0);
    for (const NewsletterLink &link : item.links)
        addLink(link.label, link.url);
    updateFindings();
}

int NewsletterItemDialog::addLink(const QString &label, const QString &url)
{
    const QSignalBlocker blocker(m_links);
    const int row = m_links->rowCount();
    m_links->insertRow(row);
    m_links->setItem(row, 0, new QTableWidgetItem(label));
    m_links->setItem(row, 1, new QTableWidgetItem(url));
    return row;
}

NewsletterItem NewsletterItemDialog::item() const
{
    NewsletterItem item;
    item.section = m_section->currentText().simplified();
    item.title = m_title->text().simplified();
    item.body = m_body->toPlainText().trimmed();
    for (int row = 0; row < m_links->rowCount(); ++row) {
        const QString label = m_links->item(row, 0) ? m_links->item(row, 0)->text().simplified() : QString();
        const QString url = m_links->item(row, 1) ? m_links->item(row, 1)->text().trimmed() : QString();
        if (!label.isEmpty() || !url.isEmpty())
            item.links << NewsletterLink {label, url};
    }
    return item;
}

void NewsletterItemDialog::updateFindings()
{
    Newsletter one;
    one.items << item();
    one.items.first().title = m_title->text().simplified();
    QStringList lines;
    for (const LinkFinding &finding : checkNewsletterLinks(one)) {
        if (finding.problem != LinkFinding::Problem::NoAddress)
            lines << finding.message();
    }
    m_findings->setText(lines.join(QLatin1Char('\n')));
    m_findings->setVisible(!lines.isEmpty());
}

void NewsletterItemDialog::accept()
{
    const NewsletterItem current = item();
    QString problem;
    if (current.section.isEmpty())
        problem = tr("Give the item a section: the heading it stands under.");
    else if (current.title.isEmpty())
        problem = tr("Give the item a title.");
    else {
        for (const NewsletterLink &link : current.links) {
            if (link.url.isEmpty()) {
                problem = tr("The link \u201c%1\u201d has no address: type one, or remove the link.").arg(link.label);
                break;
            }
        }
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace bd
