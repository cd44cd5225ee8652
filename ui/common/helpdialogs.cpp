#include "helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd {

namespace {

// "&Open..." -> "Open...", "Save && close" -> "Save & close".
QString menuText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x0001), QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, const QString &where, QList<ShortcutLine> &lines)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), where + QStringLiteral(" > ") + menuText(action->menu()->title()), lines);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        lines << ShortcutLine {where, menuText(action->text()), keys.join(QStringLiteral(", "))};
    }
}

} // namespace

QList<ShortcutLine> shortcutLines(const QMenuBar *menuBar)
{
    QList<ShortcutLine> lines;
    if (menuBar) {
        for (QAction *top : menuBar->actions()) {
            if (top->menu())
                collect(top->menu(), menuText(top->menu()->title()), lines);
        }
    }
    // The editors' own keys: they act on what has the focus, so they are not menu actions.
    const QString minutes = ShortcutsDialog::tr("In the minutes");
    const QString attendance = ShortcutsDialog::tr("In the attendance list");
    const QString dates = ShortcutsDialog::tr("In a date field");
    const QString anywhere = ShortcutsDialog::tr("Anywhere");
    lines << ShortcutLine {ShortcutsDialog::tr("In a meeting"),
                           ShortcutsDialog::tr("To the first, second list of bullets"),
                           QStringLiteral("Ctrl+1, Ctrl+2")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Start the next bullet"), QStringLiteral("Enter")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Indent, outdent the bullet"), QStringLiteral("Tab, Shift+Tab")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Move the bullet up, down"), QStringLiteral("Alt+Up, Alt+Down")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Bold, italic, link"), QStringLiteral("Ctrl+B, Ctrl+I, Ctrl+K")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Tag the bullet with priorities"), QStringLiteral("Ctrl+T")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Remove an empty bullet"), QStringLiteral("Delete")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Leave the list (forwards, back)"),
                           QStringLiteral("Ctrl+Tab, Ctrl+Shift+Tab")}
          << ShortcutLine {minutes, ShortcutsDialog::tr("Stop editing the bullet"), QStringLiteral("Esc")}
          << ShortcutLine {attendance, ShortcutsDialog::tr("Present, apologies, absent, deputy"),
                           QStringLiteral("P, A, X, D")}
          << ShortcutLine {dates, ShortcutsDialog::tr("Open the calendar"), QStringLiteral("Alt+Down, F4")}
          << ShortcutLine {dates, ShortcutsDialog::tr("A day later, earlier"), QStringLiteral("Up, Down")}
          << ShortcutLine {dates, ShortcutsDialog::tr("A month later, earlier"), QStringLiteral("Page Up, Page Down")}
          << ShortcutLine {anywhere, ShortcutsDialog::tr("Open the menu of what has the focus"),
                           QStringLiteral("Shift+F10, Menu")};
    return lines;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *filterLabel = new QLabel(tr("&Find a shortcut:"), this);
    auto *filter = new QLineEdit(this);
    filter->setClearButtonEnabled(true);
    filter->setPlaceholderText(tr("a word of what it does, or a key"));
    filterLabel->setBuddy(filter);
    auto *row = new QHBoxLayout;
    row->addWidget(filterLabel);
    row->addWidget(filter, 1);
    layout->addLayout(row);

    const QList<ShortcutLine> lines = shortcutLines(menuBar);
    m_table = new QTableWidget(int(lines.size()), 3, this);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    for (int i = 0; i < lines.size(); ++i) {
        const ShortcutLine &line = lines.at(i);
        int column = 0;
        for (const QString &text : {line.where, line.what, line.keys}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(i, column++, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            bool match = text.trimmed().isEmpty();
            for (int c = 0; c < m_table->columnCount() && !match; ++c)
                match = m_table->item(r, c)->text().contains(text.trimmed(), Qt::CaseInsensitive);
            m_table->setRowHidden(r, !match);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("BoardDesk user guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/guide.html")));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}

void UserGuideDialog::showSection(const QString &section)
{
    if (section.isEmpty())
        m_browser->setSource(QUrl(QStringLiteral("qrc:/help/guide.html")));
    else
        m_browser->scrollToAnchor(section);
}

} // namespace bd
