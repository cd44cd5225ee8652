#include "newsletterpage.h"

#include "itemdialog.h"
#include "newslettercommands.h"

#include "common/datefield.h"
#include "common/pagewidgets.h"
#include "common/workspace.h"
#include "documents/emailwriter.h"
#include "documents/newsletter.h"
#include "documents/paged.h"
#include "domain/displaytext.h"
#include "domain/ids.h"
#include "reports/minutesactions.h"
#include "text/markdown.h"
#include "util/clock.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace bd {

namespace {

using Typing = SaveNewsletterCommand::Typing;

const QString exportFolderKey = QStringLiteral("exports/folder");

// "Issue 22 · 17 February 2025", and the title on a line of its own.
QString issueLabel(const Newsletter &issue)
{
    const QString head = NewsletterPage::tr("Issue %1 \u00b7 %2").arg(issue.number).arg(displayDate(issue.date));
    return issue.title.isEmpty() ? head : head + QLatin1Char('\n') + issue.title;
}

} // namespace

// The tree ----------------------------------------------------------------------------------

NewsletterItemTree::NewsletterItemTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Section and item"), tr("Links")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // Not InternalMove: that mode refuses a drag whose source it cannot see (one made by a
    // test, for instance). Drags from other widgets are refused below instead.
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setAccessibleName(tr("Items of the issue"));
    setAccessibleDescription(tr("Ctrl+Up and Ctrl+Down move the selected item or section; Insert adds an item, "
                                "Enter edits it, Delete removes it."));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IndexRole).toInt() >= 0)
            emit editRequested();
    });
}

void NewsletterItemTree::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        && (mods == Qt::ControlModifier || mods == Qt::AltModifier)) {
        emit stepRequested(event->key() == Qt::Key_Up ? -1 : +1);
        event->accept();
        return;
    }
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Insert:
            emit addRequested();
            return event->accept();
        case Qt::Key_Delete:
            emit deleteRequested();
            return event->accept();
        case Qt::Key_F2:
            emit editRequested();
            return event->accept();
        default:
            break;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

bool NewsletterItemTree::isOwnDrag(const QDropEvent *event) const
{
    return (event->source() == this || !event->source()) && currentItem()
        && event->mimeData()->hasFormat(model()->mimeTypes().value(0));
}

void NewsletterItemTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isOwnDrag(event))
        return event->ignore();
    QTreeWidget::dragEnterEvent(event);
}

void NewsletterItemTree::dragMoveEvent(QDragMoveEvent *event)
{
    if (!isOwnDrag(event))
        return event->ignore();
    QTreeWidget::dragMoveEvent(event);
}

void NewsletterItemTree::dropEvent(QDropEvent *event)
{
    if (!isOwnDrag(event))
        return event->ignore();
    // The page makes the move and shows the issue again: the tree itself moves nothing.
    QTreeWidgetItem *dragged = currentItem();
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    const DropIndicatorPosition where = dropIndicatorPosition();
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!dragged || dragged == target)
        return;
    const int from = dragged->data(0, IndexRole).toInt();
    if (from < 0) {
        // A section: before the target's section, or after it when dropped below it.
        const QString section = dragged->data(0, SectionRole).toString();
        QString before;
        if (target) {
            QTreeWidgetItem *head = target->parent() ? target->parent() : target;
            const bool above = !target->parent() && where == AboveItem;
            if (above) {
                before = head->data(0, SectionRole).toString();
            } else {
                const int next = indexOfTopLevelItem(head) + 1;
                before = next < topLevelItemCount() ? topLevelItem(next)->data(0, SectionRole).toString() : QString();
            }
        }
        if (before != section)
            emit sectionDropped(section, before);
        return;
    }
    if (!target) {
        if (topLevelItemCount() > 0)
            emit itemDropped(from, -1, topLevelItem(topLevelItemCount() - 1)->data(0, SectionRole).toString());
        return;
    }
    const QString section = target->data(0, SectionRole).toString();
    const int at = target->data(0, IndexRole).toInt();
    if (at >= 0) {
        emit itemDropped(from, where == AboveItem ? at : at + 1, section);
        return;
    }
    // On a section's heading: first in it; just above it, last in the section before.
    if (where == AboveItem) {
        const int previous = indexOfTopLevelItem(target) - 1;
        if (previous >= 0) {
            emit itemDropped(from, -1, topLevelItem(previous)->data(0, SectionRole).toString());
            return;
        }
    }
    const int first = target->childCount() > 0 ? target->child(0)->data(0, IndexRole).toInt() : -1;
    emit itemDropped(from, first, section);
}

// The page ----------------------------------------------------------------------------------

NewsletterPage::NewsletterPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_issues(new QListWidget(this))
    , m_new(new QPushButton(tr("&New issue"), this))
    , m_delete(new QPushButton(tr("Delete issue"), this))
    , m_editor(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_number(new QSpinBox(m_editor))
    , m_date(new DateField(m_editor))
    , m_title(new QLineEdit(m_editor))
    , m_message(new QPlainTextEdit(m_editor))
    , m_messageTimer(new QTimer(this))
    , m_tree(new NewsletterItemTree(m_editor))
    , m_status(new QLabel(m_editor))
{
    auto *layout = pageLayout(this);
    layout->addWidget(pageHeading(tr("Newsletters"), this));
    layout->addWidget(pageNote(tr("The partnership's Information Update: each issue's manager's message and its items "
                                  "under their headings, ready to send by email (Copy as HTML, Export) or print."),
                               this));

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *issuesLabel = new QLabel(tr("&Issues"), left);
    issuesLabel->setBuddy(m_issues);
    leftLayout->addWidget(issuesLabel);
    m_issues->setAccessibleName(tr("Issues"));
    m_issues->setWordWrap(true);
    m_issues->setTextElideMode(Qt::ElideRight);
    m_issues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_issues->setSpacing(2);
    leftLayout->addWidget(m_issues, 1);
    leftLayout->addLayout(buttonRow({m_new, m_delete}));
    splitter->addWidget(left);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setText(tr("No issue yet: New issue starts one, numbered and dated for you."));
    m_empty->setWordWrap(true);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(m_editor, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 700});

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_number->setRange(1, 99999);
    m_number->setAccessibleName(tr("Issue number"));
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number);
    auto *dateLabel = new QLabel(tr("&Date:"), m_editor);
    dateLabel->setBuddy(m_date);
    numberRow->addSpacing(12);
    numberRow->addWidget(dateLabel);
    numberRow->addWidget(m_date, 1);
    m_date->setAccessibleName(tr("Date"));
    auto *numberLabel = new QLabel(tr("N&umber:"), m_editor);
    numberLabel->setBuddy(m_number);
    form->addRow(numberLabel, numberRow);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Information Update, issue N"));
    form->addRow(tr("&Title:"), m_title);
    m_message->setAccessibleName(tr("Manager's message"));
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("The manager's message, printed after the title (**bold**, *italic*, "
                                     "[label](https://...))"));
    m_message->setMinimumHeight(90);
    m_message->setMaximumHeight(160);
    form->addRow(tr("&Manager's message:"), m_message);
    editorLayout->addLayout(form);

    auto *itemsLabel = new QLabel(tr("It&ems (Ctrl+Up/Down or drag to reorder; Insert, Enter, Delete)"), m_editor);
    itemsLabel->setBuddy(m_tree);
    editorLayout->addWidget(itemsLabel);
    editorLayout->addWidget(m_tree, 1);

    auto *add = new QPushButton(tr("&Add item..."), m_editor);
    auto *edit = new QPushButton(tr("Ed&it item..."), m_editor);
    auto *remove = new QPushButton(tr("Remo&ve item"), m_editor);
    auto *from = new QPushButton(tr("Add &from..."), m_editor);
    auto *fromMenu = new QMenu(from);
    fromMenu->addAction(tr("A case review's publication..."), this, &NewsletterPage::addFromCaseReview);
    fromMenu->addAction(tr("A training course..."), this, &NewsletterPage::addFromCourse);
    fromMenu->addAction(tr("A bullet of a meeting's minutes..."), this, &NewsletterPage::addFromBullet);
    from->setMenu(fromMenu);
    from->setToolTip(tr("Starts an item filled in from what the partnership already holds"));
    auto *up = new QPushButton(tr("Move up"), m_editor);
    auto *down = new QPushButton(tr("Move down"), m_editor);
    up->setToolTip(tr("Ctrl+Up"));
    down->setToolTip(tr("Ctrl+Down"));
    editorLayout->addLayout(buttonRow({add, from, edit, remove, up, down}));

    auto *check = new QPushButton(tr("Check &links"), m_editor);
    auto *copy = new QPushButton(tr("&Copy as HTML"), m_editor);
    auto *exportButton = new QPushButton(tr("E&xport..."), m_editor);
    auto *print = new QPushButton(tr("&Print..."), m_editor);
    copy->setToolTip(tr("Puts the issue on the clipboard, ready to paste into an email"));
    editorLayout->addLayout(buttonRow({check, copy, exportButton, print}));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    editorLayout->addWidget(m_status);

    m_editing = {m_new, m_delete, m_number, m_date, m_title, m_message, add, from, edit, remove, up, down};

    connect(m_issues, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_showing)
            return;
        commitPendingEdits();
        selectIssue(item ? item->data(Qt::UserRole).toString() : QString());
    });
    connect(m_new, &QPushButton::clicked, this, &NewsletterPage::newIssue);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_issue)
            return;
        if (QMessageBox::question(this, tr("Delete issue"),
                                  tr("Delete issue %1 and everything in it? Ctrl+Z brings it back.")
                                      .arg(m_issue->number))
            == QMessageBox::Yes)
            deleteIssue();
    });
    connect(m_number, &QSpinBox::editingFinished, this, &NewsletterPage::commitNumber);
    connect(m_date, &DateField::dateChanged, this, [this](const QDate &date) {
        if (m_showing || !m_issue || !date.isValid() || date == m_issue->date)
            return;
        Newsletter after = *m_issue;
        after.date = date;
        save(tr("Change the issue's date"), after);
    });
    connect(m_title, &QLineEdit::editingFinished, this, &NewsletterPage::commitTitle);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(700);
    connect(m_messageTimer, &QTimer::timeout, this, &NewsletterPage::commitMessage);
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_messageTimer->start();
    });
    m_message->installEventFilter(this);

    connect(m_tree, &NewsletterItemTree::stepRequested, this, &NewsletterPage::moveSelected);
    connect(m_tree, &NewsletterItemTree::itemDropped, this, &NewsletterPage::dropItem);
    connect(m_tree, &NewsletterItemTree::sectionDropped, this, &NewsletterPage::dropSection);
    connect(m_tree, &NewsletterItemTree::addRequested, this, &NewsletterPage::addItemByDialog);
    connect(m_tree, &NewsletterItemTree::editRequested, this, &NewsletterPage::editItemByDialog);
    connect(m_tree, &NewsletterItemTree::deleteRequested, this, &NewsletterPage::deleteItemAsked);
    connect(add, &QPushButton::clicked, this, &NewsletterPage::addItemByDialog);
    connect(edit, &QPushButton::clicked, this, &NewsletterPage::editItemByDialog);
    connect(remove, &QPushButton::clicked, this, &NewsletterPage::deleteItemAsked);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(check, &QPushButton::clicked, this, &NewsletterPage::showLinkCheck);
    connect(copy, &QPushButton::clicked, this, &NewsletterPage::copyAsked);
    connect(exportButton, &QPushButton::clicked, this, &NewsletterPage::exportByDialog);
    connect(print, &QPushButton::clicked, this, &NewsletterPage::printByDialog);

    connect(&m_workspace, &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
        if (kind == RecordKind::Newsletter || kind == RecordKind::Partnership)
            reloadIssues(m_issue ? m_issue->id : Id());
    });

    reloadIssues({});
}

void NewsletterPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *widget : std::as_const(m_editing)) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            text->setReadOnly(readOnly);
        else
            widget->setEnabled(!readOnly);
    }
    m_tree->setDragEnabled(!readOnly);
}

void NewsletterPage::reloadIssues(const Id &select)
{
    auto issues = m_workspace.store().list<Newsletter>();
    if (!issues)
        return m_workspace.reportError(issues.errorMessage());
    const int selectedIndex = currentItemIndex();
    m_showing = true;
    m_issues->clear();
    QListWidgetItem *current = nullptr;
    // The newest first: the one being written.
    for (auto it = issues->crbegin(); it != issues->crend(); ++it) {
        auto *row = new QListWidgetItem(issueLabel(*it), m_issues);
        row->setData(Qt::UserRole, QString(it->id));
        if (it->id == select || (!current && select.isEmpty()))
            current = row;
    }
    if (!current && m_issues->count() > 0)
        current = m_issues->item(0);
    m_issue.reset();
    if (current) {
        m_issues->setCurrentItem(current);
        const Id id = current->data(Qt::UserRole).toString();
        for (const Newsletter &issue : std::as_const(*issues)) {
            if (issue.id == id)
                m_issue = issue;
        }
    }
    m_showing = false;
    showIssue();
    if (m_issue && m_issue->id == select && selectedIndex >= 0)
        setCurrentItemIndex(std::min(selectedIndex, int(m_issue->items.size()) - 1));
}

bool NewsletterPage::selectIssue(const Id &id)
{
    auto issue = m_workspace.store().get<Newsletter>(id);
    if (!issue || !*issue)
        return false;
    m_issue = **issue;
    m_showing = true;
    for (int i = 0; i < m_issues->count(); ++i) {
        if (m_issues->item(i)->data(Qt::UserRole).toString() == id)
            m_issues->setCurrentRow(i);
    }
    m_showing = false;
    showIssue();
    return true;
}

void NewsletterPage::showIssue()
{
    m_showing = true;
    m_editor->setVisible(bool(m_issue));
    m_empty->setVisible(!m_issue);
    m_delete->setEnabled(bool(m_issue) && !m_readOnly);
    if (m_issue) {
        m_number->setValue(m_issue->number);
        m_date->setDate(m_issue->date);
        if (m_title->text() != m_issue->title)
            m_title->setText(m_issue->title);
        if (m_message->toPlainText() != m_issue->managerMessage)
            m_message->setPlainText(m_issue->managerMessage);
    }
    m_showing = false;
    showItems(-1);
}

void NewsletterPage::showItems(int selectIndex, const QString &selectSection)
{
    m_tree->clear();
    if (!m_issue)
        return;
    const QList<NewsletterItem> items = groupedBySection(m_issue->items);
    QTreeWidgetItem *head = nullptr;
    QTreeWidgetItem *select = nullptr;
    for (int i = 0; i < items.size(); ++i) {
        const NewsletterItem &item = items.at(i);
        if (!head || head->data(0, NewsletterItemTree::SectionRole).toString() != item.section) {
            head = new QTreeWidgetItem(m_tree, {item.section});
            QFont bold = head->font(0);
            bold.setBold(true);
            head->setFont(0, bold);
            head->setData(0, NewsletterItemTree::IndexRole, -1);
            head->setData(0, NewsletterItemTree::SectionRole, item.section);
            head->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
            if (item.section == selectSection)
                select = head;
        }
        auto *row = new QTreeWidgetItem(head, {item.title, item.links.isEmpty() ? QString()
                                                                               : QString::number(item.links.size())});
        row->setData(0, NewsletterItemTree::IndexRole, i);
        row->setData(0, NewsletterItemTree::SectionRole, item.section);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        row->setToolTip(0, markdownToPlainText(item.body));
        if (i == selectIndex)
            select = row;
    }
    m_tree->expandAll();
    if (select)
        m_tree->setCurrentItem(select);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

int NewsletterPage::currentItemIndex() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, NewsletterItemTree::IndexRole).toInt() : -1;
}

void NewsletterPage::setCurrentItemIndex(int index)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, NewsletterItemTree::IndexRole).toInt() == index && index >= 0) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

bool NewsletterPage::save(const QString &what, const Newsletter &after, int typing)
{
    if (m_readOnly || !m_issue)
        return false;
    const Newsletter before = *m_issue;
    if (before == after)
        return true;
    return m_workspace.push(new SaveNewsletterCommand(m_workspace, what, before, after, Typing(typing)));
}

bool NewsletterPage::saveItems(const QString &what, const QList<NewsletterItem> &items, int select)
{
    if (!m_issue)
        return false;
    Newsletter after = *m_issue;
    after.items = items;
    if (!save(what, after))
        return false;
    setCurrentItemIndex(select);
    m_tree->setFocus();
    return true;
}

bool NewsletterPage::newIssue()
{
    if (m_readOnly)
        return false;
    commitPendingEdits();
    auto issues = m_workspace.store().list<Newsletter>();
    if (!issues) {
        m_workspace.reportError(issues.errorMessage());
        return false;
    }
    Newsletter issue;
    issue.id = newId(u"newsletter");
    issue.number = suggestedNewsletterNumber(*issues);
    issue.date = Clock::today();
    if (!m_workspace.push(new SaveNewsletterCommand(m_workspace, tr("New newsletter issue %1").arg(issue.number),
                                                    std::nullopt, issue)))
        return false;
    selectIssue(issue.id);
    m_title->setFocus();
    return true;
}

bool NewsletterPage::deleteIssue()
{
    if (m_readOnly || !m_issue)
        return false;
    const Newsletter issue = *m_issue;
    m_issue.reset();
    if (!m_workspace.push(new SaveNewsletterCommand(m_workspace, tr("Delete newsletter issue %1").arg(issue.number),
                                                    issue, std::nullopt))) {
        m_issue = issue;
        return false;
    }
    reloadIssues({});
    return true;
}

void NewsletterPage::commitNumber()
{
    if (m_showing || !m_issue || m_number->value() == m_issue->number)
        return;
    auto issues = m_workspace.store().list<Newsletter>();
    if (issues) {
        for (const Newsletter &other : std::as_const(*issues)) {
            if (other.number == m_number->value() && other.id != m_issue->id) {
                m_status->setText(tr("Issue %1 already exists: each issue has its own number.").arg(other.number));
                m_number->setValue(m_issue->number);
                return;
            }
        }
    }
    m_status->clear();
    Newsletter after = *m_issue;
    after.number = m_number->value();
    save(tr("Renumber the issue"), after);
}

void NewsletterPage::commitTitle()
{
    if (m_showing || !m_issue || m_title->text().trimmed() == m_issue->title)
        return;
    Newsletter after = *m_issue;
    after.title = m_title->text().trimmed();
    save(tr("Change the issue's title"), after, int(Typing::Title));
}

void NewsletterPage::commitMessage()
{
    m_messageTimer->stop();
    if (m_showing || !m_issue || m_message->toPlainText() == m_issue->managerMessage)
        return;
    Newsletter after = *m_issue;
    after.managerMessage = m_message->toPlainText();
    save(tr("Type the manager's message"), after, int(Typing::Message));
}

void NewsletterPage::commitPendingEdits()
{
    if (m_messageTimer->isActive())
        commitMessage();
    if (m_title->hasFocus())
        commitTitle();
}

bool NewsletterPage::addItem(const NewsletterItem &item)
{
    if (!m_issue)
        return false;
    auto [items, at] = withNewsletterItem(m_issue->items, item);
    return saveItems(tr("Add item \u201c%1\u201d").arg(item.title), items, at);
}

bool NewsletterPage::replaceItem(int index, const NewsletterItem &item)
{
    if (!m_issue)
        return false;
    QList<NewsletterItem> items = groupedBySection(m_issue->items);
    if (index < 0 || index >= items.size())
        return false;
    if (items.at(index).section == item.section) {
        items[index] = item;
        return saveItems(tr("Edit item \u201c%1\u201d").arg(item.title), items, index);
    }
    // Into another section: the item goes to the end of it.
    items.removeAt(index);
    auto [moved, at] = withNewsletterItem(items, item);
    return saveItems(tr("Edit item \u201c%1\u201d").arg(item.title), moved, at);
}

bool NewsletterPage::deleteItem(int index)
{
    if (!m_issue)
        return false;
    QList<NewsletterItem> items = groupedBySection(m_issue->items);
    if (index < 0 || index >= items.size())
        return false;
    const NewsletterItem gone = items.takeAt(index);
    return saveItems(tr("Delete item \u201c%1\u201d").arg(gone.title), items, std::min(index, int(items.size()) - 1));
}

bool NewsletterPage::moveSelected(int step)
{
    if (!m_issue || m_readOnly)
        return false;
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return false;
    const int index = current->data(0, NewsletterItemTree::IndexRole).toInt();
    if (index < 0) {
        const QString section = current->data(0, NewsletterItemTree::SectionRole).toString();
        auto moved = stepNewsletterSection(m_issue->items, section, step);
        if (!moved)
            return false;
        Newsletter after = *m_issue;
        after.items = *moved;
        if (!save(tr("Move section \u201c%1\u201d").arg(section), after))
            return false;
        showItems(-1, section);
        m_tree->setFocus();
        return true;
    }
    auto moved = stepNewsletterItem(m_issue->items, index, step);
    if (!moved)
        return false;
    return saveItems(tr("Move item \u201c%1\u201d").arg(moved->first.at(moved->second).title), moved->first,
                     moved->second);
}

bool NewsletterPage::dropItem(int from, int before, const QString &section)
{
    if (!m_issue || m_readOnly)
        return false;
    auto [items, at] = moveNewsletterItem(m_issue->items, from, before, section);
    if (at < 0)
        return false;
    return saveItems(tr("Move item \u201c%1\u201d").arg(items.at(at).title), items, at);
}

bool NewsletterPage::dropSection(const QString &section, const QString &before)
{
    if (!m_issue || m_readOnly)
        return false;
    Newsletter after = *m_issue;
    after.items = moveNewsletterSection(m_issue->items, section, before);
    if (!save(tr("Move section \u201c%1\u201d").arg(section), after))
        return false;
    showItems(-1, section);
    return true;
}

void NewsletterPage::addItemByDialog()
{
    if (!m_issue || m_readOnly)
        return;
    NewsletterItem item;
    if (const QTreeWidgetItem *current = m_tree->currentItem())
        item.section = current->data(0, NewsletterItemTree::SectionRole).toString();
    NewsletterItemDialog dialog(item, newsletterSections(m_issue->items), this);
    if (dialog.exec() == QDialog::Accepted)
        addItem(dialog.item());
}

void NewsletterPage::addPrefilled(const NewsletterItem &item)
{
    if (!m_issue || m_readOnly)
        return;
    NewsletterItemDialog dialog(item, newsletterSections(m_issue->items), this);
    dialog.setWindowTitle(tr("New item"));
    if (dialog.exec() == QDialog::Accepted)
        addItem(dialog.item());
}

void NewsletterPage::addFromCaseReview()
{
    auto reviews = m_workspace.store().list<CaseReview>();
    if (!reviews)
        return m_workspace.reportError(reviews.errorMessage());
    // Published ones first, the latest at the top: what a newsletter announces.
    QList<CaseReview> list = *reviews;
    std::stable_sort(list.begin(), list.end(), [](const CaseReview &a, const CaseReview &b) {
        return a.published.isValid() != b.published.isValid() ? a.published.isValid() : a.published > b.published;
    });
    QStringList names;
    for (const CaseReview &review : std::as_const(list))
        names << (review.published.isValid() ? tr("%1, published %2").arg(review.name, displayDate(review.published))
                                             : tr("%1 (%2)").arg(review.name, displayName(review.status)));
    if (names.isEmpty())
        return m_workspace.reportError(tr("The partnership has no case reviews yet."));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add from a case review"), tr("Case review:"), names, 0,
                                                 false, &ok);
    if (ok)
        addPrefilled(newsletterItemFor(list.at(names.indexOf(chosen))));
}

void NewsletterPage::addFromCourse()
{
    auto courses = m_workspace.store().list<Course>();
    auto sessions = m_workspace.store().list<TrainingSession>();
    if (!courses || !sessions)
        return m_workspace.reportError(!courses ? courses.errorMessage() : sessions.errorMessage());
    QStringList names;
    for (const Course &course : std::as_const(*courses))
        names << course.title;
    if (names.isEmpty())
        return m_workspace.reportError(tr("The partnership has no training courses yet."));
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Add from a training course"), tr("Course:"), names, 0, false, &ok);
    if (ok)
        addPrefilled(newsletterItemFor(courses->at(names.indexOf(chosen)), *sessions,
                                       m_issue ? m_issue->date : Clock::today()));
}

void NewsletterPage::addFromBullet()
{
    auto meetings = m_workspace.store().meetingSummaries();
    auto bodies = m_workspace.store().list<Body>();
    if (!meetings || !bodies)
        return m_workspace.reportError(!meetings ? meetings.errorMessage() : bodies.errorMessage());
    QHash<Id, QString> bodyNames;
    for (const Body &body : std::as_const(*bodies))
        bodyNames.insert(body.id, body.name);
    // The latest meetings with minutes, newest first.
    QList<MeetingSummary> withMinutes;
    for (auto it = meetings->crbegin(); it != meetings->crend() && withMinutes.size() < 100; ++it) {
        if (it->entryCount > 0)
            withMinutes << *it;
    }
    std::stable_sort(withMinutes.begin(), withMinutes.end(),
                     [](const MeetingSummary &a, const MeetingSummary &b) { return a.date > b.date; });
    QStringList names;
    for (const MeetingSummary &meeting : std::as_const(withMinutes))
        names << tr("%1, %2").arg(bodyNames.value(meeting.body), displayDate(meeting.date));
    if (names.isEmpty())
        return m_workspace.reportError(tr("No meeting has minutes yet."));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add from the minutes"), tr("Meeting:"), names, 0, false, &ok);
    if (!ok)
        return;
    auto meeting = m_workspace.store().get<Meeting>(withMinutes.at(names.indexOf(chosen)).id);
    if (!meeting || !*meeting)
        return m_workspace.reportError(meeting ? tr("The meeting is no longer there.") : meeting.errorMessage());
    QStringList bullets;
    for (const Entry &entry : (*meeting)->entries)
        bullets << markdownToPlainText(entry.text);
    const QString bullet = QInputDialog::getItem(this, tr("Add from the minutes"), tr("Bullet:"), bullets, 0, false, &ok);
    if (ok)
        addPrefilled(newsletterItemFor((*meeting)->entries.at(bullets.indexOf(bullet)), **meeting,
                                       bodyNames.value((*meeting)->body)));
}

void NewsletterPage::editItemByDialog()
{
    const int index = currentItemIndex();
    if (!m_issue || index < 0)
        return;
    const QList<NewsletterItem> items = groupedBySection(m_issue->items);
    NewsletterItemDialog dialog(items.at(index), newsletterSections(items), this);
    if (m_readOnly)
        dialog.setEnabled(false);
    if (dialog.exec() == QDialog::Accepted && !m_readOnly)
        replaceItem(index, dialog.item());
}

void NewsletterPage::deleteItemAsked()
{
    // Undoable, so no question asked.
    deleteItem(currentItemIndex());
}

QList<LinkFinding> NewsletterPage::linkFindings() const
{
    return m_issue ? checkNewsletterLinks(*m_issue) : QList<LinkFinding>();
}

std::unique_ptr<QDialog> NewsletterPage::linkCheckDialog(int *chosen)
{
    const QList<LinkFinding> findings = linkFindings();
    auto dialog = std::make_unique<QDialog>(this);
    dialog->setWindowTitle(tr("Check links"));
    auto *layout = new QVBoxLayout(dialog.get());
    auto *summary = new QLabel(dialog.get());
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(findings.isEmpty()
                         ? tr("Every link of this issue is well formed. (BoardDesk does not visit them: it never goes "
                              "on the network, so a page that has moved is not found here.)")
                         : findings.size() == 1
                         ? tr("One link would not work as written. Enter on it opens its item to put it right.")
                         : tr("%1 links would not work as written. Enter on one opens its item to put it right.")
                               .arg(findings.size()));
    layout->addWidget(summary);
    if (!findings.isEmpty()) {
        auto *list = new QListWidget(dialog.get());
        list->setAccessibleName(tr("Malformed links"));
        list->setWordWrap(true);
        for (const LinkFinding &finding : findings)
            list->addItem(finding.message());
        list->setCurrentRow(0);
        layout->addWidget(list, 1);
        QDialog *window = dialog.get();
        connect(list, &QListWidget::itemActivated, window, [window, list, chosen, findings] {
            if (chosen)
                *chosen = findings.at(list->currentRow()).item;
            window->accept();
        });
        dialog->resize(640, 360);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog.get());
    connect(buttons, &QDialogButtonBox::rejected, dialog.get(), &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

void NewsletterPage::showLinkCheck()
{
    commitPendingEdits();
    int chosen = -2;
    if (linkCheckDialog(&chosen)->exec() != QDialog::Accepted || chosen == -2)
        return;
    // The finding chosen: its item to edit, or the manager's message.
    if (chosen >= 0) {
        setCurrentItemIndex(chosen);
        editItemByDialog();
    } else {
        m_message->setFocus();
    }
}

bool NewsletterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_message && event->type() == QEvent::FocusOut)
        commitMessage();
    return QWidget::eventFilter(watched, event);
}

Result<void> NewsletterPage::copyAsHtml()
{
    commitPendingEdits();
    if (!m_issue)
        return Error {tr("Open an issue first.")};
    auto document = NewsletterBuilder(m_workspace.store()).build(m_issue->number);
    if (!document)
        return document.error();
    auto *mime = new QMimeData;
    mime->setHtml(QString::fromUtf8(renderEmailHtml(*document)));
    mime->setText(renderPlainText(*document));
    QApplication::clipboard()->setMimeData(mime);
    return {};
}

void NewsletterPage::copyAsked()
{
    if (auto copied = copyAsHtml(); !copied)
        m_workspace.reportError(copied.errorMessage());
    else
        m_status->setText(tr("Issue %1 is on the clipboard: paste it into an email.").arg(m_issue->number));
}

Result<void> NewsletterPage::exportTo(const QString &path)
{
    commitPendingEdits();
    if (!m_issue)
        return Error {tr("Open an issue first.")};
    return exportNewsletter(m_workspace.store(), m_issue->number, path, ExportOptions::fromSettings());
}

void NewsletterPage::exportByDialog()
{
    if (!m_issue)
        return;
    QSettings settings;
    QString folder = settings.value(exportFolderKey).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Information Update %1").arg(m_issue->number);
    QString filter;
    const QString html = tr("Email-ready web page (*.html)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export newsletter"), QDir(folder).filePath(name + QStringLiteral(".html")),
        QStringList {html, tr("PDF (*.pdf)"), tr("OpenDocument text (*.odt)"), tr("Plain text for email (*.txt)")}
            .join(QStringLiteral(";;")),
        &filter);
    if (path.isEmpty())
        return;
    settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    if (auto written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export newsletter"), written.errorMessage());
    else
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

Result<void> NewsletterPage::printTo(QPrinter *printer)
{
    if (!m_issue)
        return Error {tr("Open an issue first.")};
    auto document = NewsletterBuilder(m_workspace.store()).build(m_issue->number);
    if (!document)
        return document.error();
    preparePrinter(*printer, *document, ExportOptions::fromSettings().pageSize);
    return paintDocument(*document, printer);
}

void NewsletterPage::printByDialog()
{
    commitPendingEdits();
    if (!m_issue)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print issue %1").arg(m_issue->number));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (auto printed = printTo(p); !printed)
            m_workspace.reportError(printed.errorMessage());
    });
    preview.exec();
}

} // namespace bd
