#include "outlineview.h"

#include "common/pagewidgets.h"

#include "bullettext.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <utility>

namespace bd {

namespace {

// Chips: soft colours that stay readable; a priority keeps its colour wherever it shows.
struct ChipColours {
    QColor back;
    QColor text;
};

ChipColours chipColours(const QString &title)
{
    static const ChipColours palette[] = {
        {QColor(0xe3, 0xee, 0xfb), QColor(0x1a, 0x4a, 0x8a)}, {QColor(0xef, 0xe8, 0xf7), QColor(0x51, 0x2d, 0x8f)},
        {QColor(0xe6, 0xf4, 0xea), QColor(0x1e, 0x5e, 0x2f)}, {QColor(0xfd, 0xef, 0xe1), QColor(0x8a, 0x45, 0x0c)},
        {QColor(0xfb, 0xe7, 0xef), QColor(0x8a, 0x1c, 0x4b)}, {QColor(0xe0, 0xf3, 0xf5), QColor(0x0b, 0x5c, 0x66)},
    };
    return palette[qHash(title) % (sizeof(palette) / sizeof(palette[0]))];
}

QFont chipFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.82);
    return font;
}

constexpr int chipPadding = 7;
constexpr int chipSpacing = 4;
constexpr int chipMaxText = 130;

QColor currentRowColour(const QPalette &palette)
{
    QColor colour = palette.color(QPalette::Highlight);
    colour.setAlpha(26);
    return colour;
}

void setUpDocument(QTextDocument &doc, const QFont &font)
{
    doc.setDefaultFont(font);
    doc.setDocumentMargin(OutlineDelegate::textMargin);
    doc.setDefaultStyleSheet(QStringLiteral("a { color: #1a5fb4; text-decoration: underline; }"));
}

} // namespace

// BulletEdit ---------------------------------------------------------------------------

void BulletEdit::contextMenuEvent(QContextMenuEvent *event)
{
    emit menuRequested(event->reason() == QContextMenuEvent::Keyboard
                           ? viewport()->mapToGlobal(cursorRect().bottomLeft())
                           : event->globalPos());
}

BulletEdit::BulletEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    setUndoRedoEnabled(false); // undo is the workspace's: every change is a saved command
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    document()->setDocumentMargin(OutlineDelegate::textMargin);
    QPalette p = palette();
    QColor base = p.color(QPalette::Base);
    const QColor tint = currentRowColour(p);
    // The editor sits on the highlighted row: the same tint, opaque.
    base = QColor::fromRgbF(base.redF() * (1 - tint.alphaF()) + tint.redF() * tint.alphaF(),
                            base.greenF() * (1 - tint.alphaF()) + tint.greenF() * tint.alphaF(),
                            base.blueF() * (1 - tint.alphaF()) + tint.blueF() * tint.alphaF());
    p.setColor(QPalette::Base, base);
    setPalette(p);
    setAccessibleName(tr("Bullet"));

    m_pause.setSingleShot(true);
    m_pause.setInterval(savePauseMs);
    connect(this, &QTextEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(&m_pause, &QTimer::timeout, this, &BulletEdit::settled);
}

void BulletEdit::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    const QSignalBlocker quiet(this); // what the model says needs no saving
    setPlainText(text);
}

void BulletEdit::setCursorPosition(int position)
{
    QTextCursor cursor = textCursor();
    const int end = document()->characterCount() - 1;
    cursor.setPosition(position < 0 ? end : std::min(position, end));
    setTextCursor(cursor);
}

bool BulletEdit::onFirstLine() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.block() != document()->firstBlock())
        return false;
    const QTextLayout *layout = cursor.block().layout();
    return !layout || layout->lineCount() == 0
        || layout->lineForTextPosition(cursor.positionInBlock()).lineNumber() <= 0;
}

bool BulletEdit::onLastLine() const
{
    const QTextCursor cursor = textCursor();
    if (cursor.block() != document()->lastBlock())
        return false;
    const QTextLayout *layout = cursor.block().layout();
    if (!layout || layout->lineCount() == 0)
        return true;
    const QTextLine line = layout->lineForTextPosition(cursor.positionInBlock());
    return !line.isValid() || line.lineNumber() >= layout->lineCount() - 1;
}

// OutlineDelegate ----------------------------------------------------------------------

OutlineDelegate::OutlineDelegate(OutlineView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int OutlineDelegate::chipsWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList titles = index.data(OutlineModel::PriorityTitlesRole).toStringList();
    if (titles.isEmpty())
        return 0;
    const QFontMetrics fm(chipFont(option.font));
    int width = chipSpacing * 2;
    for (const QString &title : titles)
        width += std::min(fm.horizontalAdvance(title), chipMaxText) + 2 * chipPadding + chipSpacing;
    return width;
}

QRect OutlineDelegate::chipsRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = chipsWidth(option, index);
    if (width == 0)
        return {};
    const QFontMetrics fm(chipFont(option.font));
    const QFontMetrics text(option.font);
    const int height = fm.height() + 4;
    const int top = option.rect.top() + rowGap + textMargin + (text.height() - height) / 2;
    return QRect(option.rect.right() - width + 1, top, width, height);
}

int OutlineDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int depth = index.data(OutlineModel::DepthRole).toInt();
    const int available = m_view->viewport()->width() - m_view->indentation() * (depth + 1);
    return std::max(80, available - chipsWidth(option, index));
}

QSize OutlineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = textWidth(option, index);
    QTextDocument doc;
    setUpDocument(doc, option.font);
    if (m_editor && index == m_editedIndex)
        doc.setPlainText(m_editor->text()); // the row grows as the editor's text wraps
    else
        doc.setHtml(bulletHtml(index.data(Qt::EditRole).toString()));
    doc.setTextWidth(width);
    return QSize(width, int(std::ceil(doc.size().height())) + 2 * rowGap);
}

void OutlineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QRect chips = chipsRect(option, index);
    if (!(m_editor && index == m_editedIndex)) {
        QTextDocument doc;
        setUpDocument(doc, option.font);
        doc.setHtml(bulletHtml(index.data(Qt::EditRole).toString()));
        doc.setTextWidth(textWidth(option, index));
        painter->translate(option.rect.left(), option.rect.top() + rowGap);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->translate(-option.rect.left(), -(option.rect.top() + rowGap));
    }
    if (chips.isValid()) {
        painter->setRenderHint(QPainter::Antialiasing);
        const QFont font = chipFont(option.font);
        const QFontMetrics fm(font);
        painter->setFont(font);
        int x = chips.left() + chipSpacing * 2;
        for (const QString &title : index.data(OutlineModel::PriorityTitlesRole).toStringList()) {
            const QString shown = fm.elidedText(title, Qt::ElideRight, chipMaxText);
            const QRect chip(x, chips.top(), fm.horizontalAdvance(shown) + 2 * chipPadding, chips.height());
            const ChipColours colours = chipColours(title);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colours.back);
            painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
            painter->setPen(colours.text);
            painter->drawText(chip, Qt::AlignCenter, shown);
            x = chip.right() + 1 + chipSpacing;
        }
    }
    painter->restore();
}

QWidget *OutlineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    auto *editor = new BulletEdit(parent);
    editor->setFont(option.font);
    editor->setAccessibleDescription(m_view->accessibleName());
    m_editor = editor;
    m_editedIndex = index;
    m_editorHeight = 0;
    auto *self = const_cast<OutlineDelegate *>(this);
    connect(editor, &BulletEdit::settled, self, [self, editor] { emit self->commitData(editor); });
    connect(editor, &BulletEdit::menuRequested, m_view,
            [view = m_view, editor](const QPoint &at) { view->editorMenu(editor, at); });
    connect(editor->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, self,
            [self, editor](const QSizeF &size) {
                const int height = int(std::ceil(size.height()));
                if (editor == self->m_editor && self->m_editedIndex.isValid() && height != self->m_editorHeight) {
                    self->m_editorHeight = height;
                    emit self->sizeHintChanged(self->m_editedIndex);
                }
            });
    return editor;
}

void OutlineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *bullet = static_cast<BulletEdit *>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (bullet->text() != text) {
        bullet->setText(text);
        bullet->setCursorPosition(-1);
    }
}

void OutlineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<BulletEdit *>(editor)->text(), Qt::EditRole);
}

void OutlineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QRect rect = option.rect.adjusted(0, rowGap, 0, -rowGap);
    rect.setRight(rect.right() - chipsWidth(option, index));
    editor->setGeometry(rect);
}

void OutlineDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    // A pause that ends after the editor closed has nothing left to save.
    disconnect(editor, nullptr, this, nullptr);
    if (editor == m_editor) {
        m_editor = nullptr;
        m_editedIndex = QPersistentModelIndex();
    }
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool OutlineDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<BulletEdit *>(object);
    if (editor && event->type() == QEvent::ShortcutOverride) {
        // Keys the outline uses are not the window's shortcuts while a bullet is edited.
        auto *key = static_cast<QKeyEvent *>(event);
        if (OutlineView::isEditorShortcut(key)) {
            key->accept();
            return true;
        }
    }
    if (editor && event->type() == QEvent::KeyPress && m_view->editorKey(editor, static_cast<QKeyEvent *>(event)))
        return true;
    if (editor && event->type() == QEvent::KeyPress) {
        // Enter, Tab and Escape are the outline's (above); the base class must not take them.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Return || key == Qt::Key_Enter
            || key == Qt::Key_Escape)
            return true;
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

// OutlineView --------------------------------------------------------------------------

OutlineView::OutlineView(Workspace &workspace, OutlineModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_delegate(new OutlineDelegate(this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setItemsExpandable(false);
    setExpandsOnDoubleClick(false);
    setIndentation(24);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // editing starts where we say, below
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    header()->setStretchLastSection(true);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &OutlineView::onAboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &OutlineView::onReset);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateGeometry(); });
    connect(m_delegate, &QAbstractItemDelegate::sizeHintChanged, this, [this] { updateGeometry(); });
    expandAll();
}

BulletEdit *OutlineView::activeEditor() const
{
    return m_delegate->editedIndex().isValid() ? m_delegate->editor() : nullptr;
}

void OutlineView::setPriorityChoices(const QList<Priority> &priorities)
{
    m_priorityChoices = priorities;
}

void OutlineView::setReadOnly(bool readOnly)
{
    if (readOnly) {
        if (BulletEdit *editor = activeEditor())
            emit m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    m_readOnly = readOnly;
}

void OutlineView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

bool OutlineView::commitTyping()
{
    BulletEdit *editor = activeEditor();
    if (!editor)
        return true;
    const QModelIndex index = m_delegate->editedIndex();
    if (editor->text() == index.data(Qt::EditRole).toString())
        return true;
    return m_model->setData(index, editor->text(), Qt::EditRole);
}

void OutlineView::editBullet(EntryHandle handle, int position)
{
    const QModelIndex index = m_model->indexOf(handle);
    if (!index.isValid())
        return;
    BulletEdit *open = activeEditor();
    if (!hasFocus() && !(open && open->hasFocus()))
        setFocus(Qt::OtherFocusReason);
    if (currentIndex() != index)
        setCurrentIndex(index); // saves and closes the editor of the bullet left
    if (m_readOnly)
        return; // shown, not edited
    if (m_delegate->editedIndex() != index)
        edit(index);
    if (BulletEdit *editor = activeEditor()) {
        editor->setFocus(Qt::OtherFocusReason);
        editor->setCursorPosition(position);
    }
}

void OutlineView::addBullet()
{
    if (m_readOnly || !commitTyping())
        return;
    m_changing = true;
    const EntryHandle handle = m_model->appendBullet();
    m_changing = false;
    if (handle)
        editBullet(handle);
}

void OutlineView::afterChange(std::optional<EntryHandle> focus, int position)
{
    if (focus && *focus)
        editBullet(*focus, position);
    else if (focus)
        setFocus(Qt::OtherFocusReason); // nothing left to edit here
}

bool OutlineView::isEditorShortcut(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return true;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (mods == Qt::ControlModifier
        && (key == Qt::Key_B || key == Qt::Key_I || key == Qt::Key_K || key == Qt::Key_T || key == Qt::Key_Y
            || key == Qt::Key_Z || key == Qt::Key_Tab))
        return true;
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)
        && (key == Qt::Key_Z || key == Qt::Key_Backtab || key == Qt::Key_Tab))
        return true;
    if (mods == Qt::AltModifier && (key == Qt::Key_Up || key == Qt::Key_Down))
        return true;
    return false;
}

void OutlineView::formatBullet(BulletEdit *editor, const QString &mark)
{
    QTextCursor cursor = editor->textCursor();
    if (mark.isEmpty())
        insertLink(cursor);
    else
        toggleMarks(cursor, mark);
    editor->setTextCursor(cursor);
}

bool OutlineView::editorKey(BulletEdit *editor, QKeyEvent *event)
{
    const QModelIndex index = m_delegate->editedIndex();
    if (!index.isValid() || editor != m_delegate->editor())
        return false;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    // Undo and redo go to the workspace, after what was typed is saved: so Ctrl+Z undoes
    // the typing in this bullet, then the step before it.
    if (event->matches(QKeySequence::Undo) || (mods == Qt::ControlModifier && key == Qt::Key_Z)) {
        commitTyping();
        m_workspace.undoStack()->undo();
        return true;
    }
    if (event->matches(QKeySequence::Redo) || (mods == Qt::ControlModifier && key == Qt::Key_Y)
        || (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_Z)) {
        commitTyping();
        m_workspace.undoStack()->redo();
        return true;
    }

    if (mods == Qt::ControlModifier) {
        switch (key) {
        case Qt::Key_B:
            formatBullet(editor, QStringLiteral("**"));
            return true;
        case Qt::Key_I:
            formatBullet(editor, QStringLiteral("*"));
            return true;
        case Qt::Key_K:
            formatBullet(editor, QString());
            return true;
        case Qt::Key_T:
            showPriorityMenu();
            return true;
        case Qt::Key_Tab:
            commitTyping();
            emit m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
            focusNextPrevChild(true);
            return true;
        default:
            break;
        }
    }
    if ((mods == (Qt::ControlModifier | Qt::ShiftModifier)) && (key == Qt::Key_Backtab || key == Qt::Key_Tab)) {
        commitTyping();
        emit m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
        focusNextPrevChild(false);
        return true;
    }

    const int position = editor->cursorPosition();
    // Structural keys save the typing first; if the store refuses it, nothing more happens
    // and the editor keeps the text.
    auto structural = [&](auto change, int cursorAfter) {
        if (!commitTyping())
            return true;
        m_changing = true;
        const EntryHandle focus = (m_model->*change)(index);
        m_changing = false;
        if (focus)
            editBullet(focus, cursorAfter);
        return true;
    };

    if (mods == Qt::AltModifier && key == Qt::Key_Up)
        return structural(&OutlineModel::moveUp, position);
    if (mods == Qt::AltModifier && key == Qt::Key_Down)
        return structural(&OutlineModel::moveDown, position);
    if (mods == Qt::NoModifier && key == Qt::Key_Tab)
        return structural(&OutlineModel::indent, position);
    if (key == Qt::Key_Backtab || (mods == Qt::ShiftModifier && key == Qt::Key_Tab))
        return structural(&OutlineModel::outdent, position);

    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && (mods == Qt::NoModifier)) {
        if (!commitTyping())
            return true;
        const QString text = editor->text();
        if (text.trimmed().isEmpty()) {
            // Enter on an empty sub-bullet steps out a level, as in any outliner.
            if (m_model->depthOf(index) > 0)
                return structural(&OutlineModel::outdent, 0);
            return true;
        }
        QString keep = text.left(position);
        QString moveOn = text.mid(position);
        // Splitting between words: the space does not start the new bullet.
        while (keep.endsWith(QLatin1Char(' ')) && !moveOn.isEmpty())
            keep.chop(1);
        while (moveOn.startsWith(QLatin1Char(' ')))
            moveOn.remove(0, 1);
        m_changing = true;
        const EntryHandle focus = m_model->splitBullet(index, keep, moveOn);
        m_changing = false;
        if (focus)
            editBullet(focus, 0);
        return true;
    }

    if ((key == Qt::Key_Backspace || key == Qt::Key_Delete) && mods == Qt::NoModifier && editor->text().isEmpty()) {
        m_changing = true;
        const std::optional<EntryHandle> focus = m_model->removeBullet(index);
        m_changing = false;
        afterChange(focus, -1);
        return true;
    }

    if (key == Qt::Key_Escape) {
        commitTyping();
        emit m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
        return true;
    }

    if (mods == Qt::NoModifier && key == Qt::Key_Up && editor->onFirstLine()) {
        const QModelIndex above = indexAbove(index);
        if (above.isValid())
            editBullet(m_model->handleAt(above), -1);
        else
            emit leaveUp();
        return true;
    }
    if (mods == Qt::NoModifier && key == Qt::Key_Down && editor->onLastLine()) {
        const QModelIndex below = indexBelow(index);
        if (below.isValid())
            editBullet(m_model->handleAt(below), -1);
        else
            emit leaveDown();
        return true;
    }
    return false;
}

void OutlineView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    auto *bullet = qobject_cast<BulletEdit *>(editor);
    const QModelIndex index = m_delegate->editedIndex();
    EntryHandle emptyBullet = 0;
    if (!m_resetting && bullet && index.isValid()) {
        // What the store refused stays on screen, to be saved again.
        if (bullet->text() != index.data(Qt::EditRole).toString() && !commitTyping())
            return;
        if (bullet->text().trimmed().isEmpty())
            emptyBullet = m_model->handleAt(index);
    }
    QTreeView::closeEditor(editor, hint);
    // A bullet left empty is not minutes: it goes. Right away when the cursor left the list
    // (so the removal cancels the adding, and no trace is left on the undo stack); when the
    // view is moving its cursor to another bullet, once that is done.
    if (emptyBullet && m_inCurrentChange)
        QTimer::singleShot(0, this, [this, emptyBullet] { removeIfEmpty(emptyBullet); });
    else if (emptyBullet)
        removeIfEmpty(emptyBullet);
}

void OutlineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    const QScopedValueRollback guard(m_inCurrentChange, true);
    QTreeView::currentChanged(current, previous);
}

void OutlineView::removeIfEmpty(EntryHandle handle)
{
    const QModelIndex index = m_model->indexOf(handle);
    if (!index.isValid() || m_delegate->editedIndex() == index
        || !index.data(Qt::EditRole).toString().trimmed().isEmpty())
        return;
    (void)m_model->removeBullet(index);
}

void OutlineView::onAboutToReset()
{
    m_resetting = true;
    Spot spot;
    const QModelIndex current = currentIndex();
    spot.handle = m_model->handleAt(current);
    spot.above = m_model->handleAbove(current);
    if (BulletEdit *editor = activeEditor()) {
        spot.editing = true;
        spot.position = editor->cursorPosition();
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
    m_spot = spot;
}

void OutlineView::onReset()
{
    m_resetting = false;
    expandAll();
    updateGeometry();
    const std::optional<Spot> spot = std::exchange(m_spot, std::nullopt);
    if (!spot || m_changing)
        return; // our own change: the caller puts the cursor where it belongs
    // Undo or redo from elsewhere: the cursor stays in its bullet, or the one above it.
    const bool stays = m_model->indexOf(spot->handle).isValid();
    const EntryHandle target = stays ? spot->handle : spot->above;
    if (spot->editing && target)
        editBullet(target, stays ? spot->position : -1);
    else if (target)
        setCurrentIndex(m_model->indexOf(target));
}

void OutlineView::showPriorityMenu()
{
    if (m_readOnly)
        return;
    const QModelIndex index = currentIndex();
    if (!index.isValid())
        return;
    commitTyping();
    QMenu menu(this);
    populateMenu(&menu, index);
    const QRect rect = visualRect(index);
    menu.exec(viewport()->mapToGlobal(QPoint(rect.right() - 200, rect.bottom())));
}

void OutlineView::populateMenu(QMenu *menu, const QModelIndex &index)
{
    const EntryHandle handle = m_model->handleAt(index);
    const QStringList tagged = index.data(OutlineModel::PrioritiesRole).toStringList();
    menu->addSection(tr("Priorities"));
    QList<Priority> choices = m_priorityChoices;
    // A tag from another year stays visible, so it can be taken off.
    for (const Id &id : tagged) {
        if (std::none_of(choices.cbegin(), choices.cend(), [&](const Priority &p) { return p.id == id; }))
            choices << Priority {
                id,
                {},
                index.data(OutlineModel::PriorityTitlesRole).toStringList().value(tagged.indexOf(id), id),
                {},
                {}};
    }
    if (choices.isEmpty()) {
        menu->addAction(tr("No priorities are set for this year"))->setEnabled(false);
    }
    for (const Priority &priority : std::as_const(choices)) {
        QAction *action = menu->addAction(priority.title);
        action->setCheckable(true);
        action->setChecked(tagged.contains(priority.id));
        connect(action, &QAction::toggled, this, [this, handle, id = priority.id](bool on) {
            const QModelIndex at = m_model->indexOf(handle);
            QStringList list = at.data(OutlineModel::PrioritiesRole).toStringList();
            if (on && !list.contains(id))
                list << id;
            else if (!on)
                list.removeAll(id);
            m_model->setPriorities(at, list);
        });
    }
    menu->addSeparator();
    auto add = [&](const QString &text, const QKeySequence &keys, auto change) {
        QAction *action = menu->addAction(text);
        action->setShortcut(keys);
        action->setShortcutVisibleInContextMenu(true);
        connect(action, &QAction::triggered, this, [this, handle, change] {
            m_changing = true;
            const EntryHandle focus = (m_model->*change)(m_model->indexOf(handle));
            m_changing = false;
            if (focus)
                editBullet(focus);
        });
        return action;
    };
    add(tr("Indent"), QKeySequence(Qt::Key_Tab), &OutlineModel::indent);
    add(tr("Outdent"), QKeySequence(Qt::SHIFT | Qt::Key_Tab), &OutlineModel::outdent);
    add(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), &OutlineModel::moveUp);
    add(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), &OutlineModel::moveDown);
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("Delete bullet"));
    connect(remove, &QAction::triggered, this, [this, handle] {
        m_changing = true;
        const std::optional<EntryHandle> focus = m_model->removeBullet(m_model->indexOf(handle), true);
        m_changing = false;
        afterChange(focus, -1);
    });
}

void OutlineView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_readOnly)
        return;
    // From the keyboard: the current bullet's menu, under it.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    QModelIndex index = keyboard ? currentIndex() : indexAt(event->pos());
    if (!index.isValid())
        index = currentIndex();
    if (!index.isValid())
        return;
    commitTyping();
    setCurrentIndex(index);
    QMenu menu(this);
    populateMenu(&menu, index);
    menu.exec(keyboard ? viewport()->mapToGlobal(visualRect(index).bottomLeft()) : event->globalPos());
}

void OutlineView::editorMenu(BulletEdit *editor, const QPoint &globalPos)
{
    const QModelIndex index = m_delegate->editedIndex();
    if (m_readOnly || !index.isValid() || editor != m_delegate->editor())
        return;
    QMenu menu(this);
    populateMenu(&menu, index);
    menu.addSeparator();
    QMenu *standard = editor->createStandardContextMenu();
    standard->setParent(&menu, standard->windowFlags());
    for (QAction *action : standard->actions())
        menu.addAction(action);
    menu.exec(globalPos);
}

// Painting and size ----------------------------------------------------------------------

void OutlineView::drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool focused = hasFocus() || (activeEditor() && activeEditor()->hasFocus());
    if (index == currentIndex() && focused)
        painter->fillRect(QRect(0, option.rect.top(), viewport()->width(), option.rect.height()),
                          currentRowColour(palette()));
    QStyleOptionViewItem plain = option;
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver);
    QTreeView::drawRow(painter, plain, index);
}

void OutlineView::drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    // No expand arrows: an outline is always open. Just the bullet, by level.
    const int depth = index.data(OutlineModel::DepthRole).toInt();
    const QFontMetrics fm(font());
    const QPointF centre(rect.right() - indentation() / 2.0 + 3,
                         rect.top() + OutlineDelegate::rowGap + OutlineDelegate::textMargin + fm.height() / 2.0 + 0.5);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::Text);
    QColor colour = ink;
    colour.setAlphaF(0.55f);
    const double r = 2.8;
    if (depth == 0) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(centre, r, r);
    } else if (depth == 1) {
        painter->setPen(QPen(colour, 1.3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, r, r);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRect(QRectF(centre.x() - 2.4, centre.y() - 2.4, 4.8, 4.8));
    }
    painter->restore();
}

void OutlineView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_model->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    // An empty list with the focus: the row the first bullet will be, and a ring round it.
    if (hasFocus()) {
        painter.fillRect(viewport()->rect(), currentRowColour(palette()));
        paintFocusRing(viewport(), painter);
    }
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.5f);
    painter.setPen(colour);
    QFont italic = font();
    italic.setItalic(true);
    painter.setFont(italic);
    const QRect area
        = viewport()->rect().adjusted(indentation() + OutlineDelegate::textMargin, OutlineDelegate::rowGap, 0, 0);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

int OutlineView::contentHeight() const
{
    if (m_model->rowCount() == 0)
        return fontMetrics().height() + 2 * (OutlineDelegate::rowGap + OutlineDelegate::textMargin);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int height = 0;
    for (QModelIndex index = m_model->index(0, 0); index.isValid(); index = indexBelow(index))
        height += m_delegate->sizeHint(option, index).height();
    return height;
}

QSize OutlineView::sizeHint() const
{
    return QSize(320, contentHeight() + 2 * frameWidth());
}

QSize OutlineView::minimumSizeHint() const
{
    return QSize(160, contentHeight() + 2 * frameWidth());
}

void OutlineView::updateGeometries()
{
    QTreeView::updateGeometries();
    // The view is as tall as its bullets: it never scrolls itself.
    verticalScrollBar()->setValue(0);
    updateGeometry();
}

void OutlineView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    // Bullets wrap at the new width: their heights change.
    scheduleDelayedItemsLayout();
    updateGeometry();
}

// Keys and mouse when no bullet is being edited -------------------------------------------

void OutlineView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool typing = !event->text().isEmpty() && event->text().at(0).isPrint()
        && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool start = (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F2) && mods == Qt::NoModifier;
    if (m_readOnly) {
        QTreeView::keyPressEvent(event); // moving about is all there is
        return;
    }
    if (m_model->rowCount() == 0 && (start || typing)) {
        addBullet();
        if (typing && activeEditor())
            activeEditor()->insertPlainText(event->text());
        return;
    }
    QModelIndex current = currentIndex();
    if (!current.isValid())
        current = m_model->index(0, 0);
    if (start || typing) {
        editBullet(m_model->handleAt(current), -1);
        if (typing && activeEditor())
            activeEditor()->insertPlainText(event->text());
        return;
    }
    if (mods == Qt::ControlModifier && key == Qt::Key_T) {
        showPriorityMenu();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void OutlineView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton) {
        QTreeView::mousePressEvent(event);
        return;
    }
    if (!index.isValid()) {
        // Below the last bullet: carry on at the end of the list.
        if (m_model->rowCount() == 0) {
            addBullet();
        } else {
            QModelIndex last = m_model->index(m_model->rowCount() - 1, 0);
            while (m_model->rowCount(last) > 0)
                last = m_model->index(m_model->rowCount(last) - 1, 0, last);
            editBullet(m_model->handleAt(last), -1);
        }
        return;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    option.font = font();
    if (m_delegate->chipsRect(option, index).contains(event->position().toPoint())) {
        commitTyping();
        setCurrentIndex(index);
        showPriorityMenu();
        return;
    }
    editBullet(m_model->handleAt(index), -1);
    if (BulletEdit *editor = activeEditor()) {
        // The cursor goes where the click was.
        const QPoint at = editor->viewport()->mapFrom(viewport(), event->position().toPoint());
        editor->setTextCursor(editor->cursorForPosition(at));
    }
}

void OutlineView::focusInEvent(QFocusEvent *event)
{
    QTreeView::focusInEvent(event);
    const bool tabbedIn = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (!tabbedIn || activeEditor() || m_model->rowCount() == 0)
        return;
    // Tabbing into the list puts the cursor in a bullet: the first one going forwards, the
    // last one coming back.
    QModelIndex target = m_model->index(0, 0);
    if (event->reason() == Qt::BacktabFocusReason) {
        for (QModelIndex below = target; below.isValid(); below = indexBelow(below))
            target = below;
    }
    editBullet(m_model->handleAt(target), -1);
}

} // namespace bd
