#include "textdocument.h"

#include "housestyle.h"

#include <QFont>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace bd {

namespace {

using namespace housestyle;

class TextRenderer {
public:
    TextRenderer(QTextDocument *target, const std::function<void()> &beforeBlock)
        : m_doc(target)
        , m_cursor(target)
        , m_edit(target)
        , m_beforeBlock(beforeBlock)
    {
    }

    void render(const Document &document)
    {
        QFont font;
        font.setFamilies(fontFamilies());
        // Hinting fits glyphs to screen pixels; on paper (and in the PDF) it only costs time.
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setPointSizeF(bodySize);
        m_doc->setDefaultFont(font);
        m_doc->setIndentWidth(pt(18));
        m_doc->setMetaInformation(QTextDocument::DocumentTitle, document.info.title);
        // Nobody undoes an export; keeping the history only costs time. One edit block: the
        // layout hears of the change once, at the end, not after every insert (or, for a
        // paginator, once a paragraph, of that paragraph only).
        m_doc->setUndoRedoEnabled(false);
        m_edit.beginEditBlock();
        blocks(document.blocks, 0);
        m_edit.endEditBlock();
    }

private:
    // QTextDocument's lengths are pixels at 96 dpi, whatever the device.
    static qreal pt(qreal points) { return points * 96.0 / 72.0; }

    static QTextCharFormat charFormat(qreal size, const QColor &colour, bool isBold = false)
    {
        QTextCharFormat format;
        format.setFontFamilies(fontFamilies());
        format.setFontHintingPreference(QFont::PreferNoHinting);
        format.setFontPointSize(size);
        format.setForeground(colour);
        format.setFontWeight(isBold ? QFont::Bold : QFont::Normal);
        return format;
    }

    static QTextBlockFormat blockFormat(qreal top, qreal bottom, int indent = 0)
    {
        QTextBlockFormat format;
        format.setTopMargin(pt(top));
        format.setBottomMargin(pt(bottom));
        format.setIndent(indent);
        format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    // The next paragraph: the empty one a fresh document (or a table or box) leaves, or a new
    // one. After a table or box that block's char format is the table's or box's own, so it
    // is left alone: the text gets its format as it goes in.
    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(block);
            if (m_cursor.atStart())
                m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_reuseBlock = false;
        } else {
            if (m_beforeBlock && ++m_sinceBreaks == paragraphsPerBreaks) {
                m_edit.endEditBlock(); // lays out what came in since
                m_beforeBlock();
                m_edit.beginEditBlock();
                m_sinceBreaks = 0;
                ++m_layoutRound;
            }
            m_cursor.insertBlock(block, chars);
        }
    }

    void inlines(const Inlines &text, const QTextCharFormat &base)
    {
        for (const Inline &run : text) {
            QTextCharFormat format = base;
            if (run.bold)
                format.setFontWeight(QFont::Bold);
            if (run.italic)
                format.setFontItalic(true);
            switch (run.kind) {
            case Inline::Kind::Text:
                m_cursor.insertText(run.text, format);
                break;
            case Inline::Kind::Link:
                format.setAnchor(true);
                format.setAnchorHref(run.href);
                format.setForeground(linkInk);
                format.setFontUnderline(true);
                m_cursor.insertText(run.text, format);
                break;
            case Inline::Kind::Label: {
                const ToneColours colours = toneColours(run.tone);
                format.setBackground(colours.fill);
                format.setForeground(colours.ink);
                format.setFontWeight(QFont::Bold);
                format.setFontPointSize(format.fontPointSize() * 0.9);
                // No-break spaces pad the colour around the words.
                m_cursor.insertText(QStringLiteral("\u00a0%1\u00a0").arg(run.text), format);
                break;
            }
            }
        }
    }

    void blocks(const QList<Block> &list, int depth)
    {
        for (const Block &block : list) {
            switch (block.kind) {
            case Block::Kind::Heading:
                heading(block);
                break;
            case Block::Kind::Paragraph:
                paragraph(block, depth);
                break;
            case Block::Kind::List:
                this->list(block, depth);
                break;
            case Block::Kind::Table:
                table(block.table);
                break;
            }
        }
    }

    void heading(const Block &block)
    {
        const int level = qBound(1, block.level, 6);
        QTextBlockFormat format = blockFormat(level == 1 ? 2 : level == 2 ? 15 : 10, level == 1 ? 4 : 5);
        format.setHeadingLevel(level);
        const qreal size = level == 1 ? titleSize : level == 2 ? sectionSize : subsectionSize;
        const QTextCharFormat chars = charFormat(size, accent, true);
        startBlock(format, chars);
        inlines(block.text, chars);
    }

    void paragraph(const Block &block, int depth)
    {
        switch (block.role) {
        case ParagraphRole::Draft:
        case ParagraphRole::Approved:
            status(block);
            return;
        default:
            break;
        }
        QTextBlockFormat format = blockFormat(0, 6, depth);
        QTextCharFormat chars = charFormat(bodySize, ink);
        switch (block.role) {
        case ParagraphRole::Kicker:
            chars = charFormat(kickerSize, accent, true);
            chars.setFontLetterSpacingType(QFont::PercentageSpacing);
            chars.setFontLetterSpacing(104);
            format = blockFormat(0, 2, depth);
            break;
        case ParagraphRole::Subtitle:
            chars = charFormat(subtitleSize, ink);
            format = blockFormat(0, 8, depth);
            break;
        case ParagraphRole::Meta:
            chars = charFormat(metaSize, muted);
            format = blockFormat(0, 1.5, depth);
            break;
        case ParagraphRole::Note:
            chars = charFormat(bodySize, muted);
            chars.setFontItalic(true);
            break;
        default:
            break;
        }
        startBlock(format, chars);
        inlines(block.text, chars);
    }

    // Draft or approved: a tinted box, so it is the first thing a reader sees.
    void status(const Block &block)
    {
        const bool draft = block.role == ParagraphRole::Draft;
        QTextFrameFormat box;
        box.setBorder(pt(0.75));
        box.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        box.setBorderBrush(draft ? draftInk : approvedInk);
        box.setBackground(draft ? draftFill : approvedFill);
        box.setPadding(pt(5));
        box.setTopMargin(pt(9));
        box.setBottomMargin(pt(6));
        m_cursor.insertFrame(box);
        const QTextCharFormat chars = charFormat(metaSize, draft ? draftInk : approvedInk, true);
        m_cursor.setBlockFormat(blockFormat(0, 0));
        inlines(block.text, chars);
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
    }

    void list(const Block &block, int depth)
    {
        static const QTextListFormat::Style bullets[]
            = {QTextListFormat::ListDisc, QTextListFormat::ListCircle, QTextListFormat::ListSquare};
        static const QTextListFormat::Style numbers[]
            = {QTextListFormat::ListDecimal, QTextListFormat::ListLowerAlpha, QTextListFormat::ListLowerRoman};
        QTextListFormat format;
        format.setStyle(block.ordered ? numbers[depth % 3] : bullets[depth % 3]);
        format.setIndent(depth + 1);
        // Qt 6.4's lists always count from 1: a list that starts elsewhere carries its numbers.
        // So does a long one: every item added to a QTextList marks all its items changed, so
        // one list of thousands of items costs the square of its length to build (and, laid
        // out as it goes in, to lay out). A long bulleted list is made of several lists of
        // the same look, a new one after every round of layout and every fifty items.
        constexpr int longList = 50;
        const bool ownNumbers = block.ordered && (block.start != 1 || block.items.size() > longList);
        const QTextCharFormat chars = charFormat(bodySize, ink);
        QTextList *textList = nullptr;
        int number = block.start;
        int inList = 0;
        int round = m_layoutRound;
        for (const ListItem &item : block.items) {
            startBlock(blockFormat(0, 3.5, ownNumbers ? depth + 1 : 0), chars);
            if (ownNumbers) {
                m_cursor.insertText(QStringLiteral("%1. ").arg(number++), chars);
            } else if (!textList || inList == longList || (!block.ordered && round != m_layoutRound)) {
                inList = 0;
                round = m_layoutRound;
                textList = m_cursor.createList(format);
            } else {
                textList->add(m_cursor.block());
            }
            ++inList;
            inlines(item.text, chars);
            blocks(item.children, depth + 1);
        }
    }

    void table(const Table &table)
    {
        const int columns = int(table.header.size());
        if (columns == 0)
            return;
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorderCollapse(true);
        format.setBorder(0);
        format.setCellPadding(pt(4.5));
        format.setCellSpacing(0);
        format.setTopMargin(pt(4));
        format.setBottomMargin(pt(8));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (table.columnPercent.size() == columns) {
            QList<QTextLength> widths;
            for (int percent : table.columnPercent)
                widths << QTextLength(QTextLength::PercentageLength, percent);
            format.setColumnWidthConstraints(widths);
        }
        QTextTable *textTable = m_cursor.insertTable(int(table.rows.size()) + 1, columns, format);

        const QTextCharFormat headerChars = charFormat(tableSize, ink, true);
        const QTextCharFormat cellChars = charFormat(tableSize, ink);
        auto fill = [&](int row, const QList<TableCell> &cells, const QTextCharFormat &chars, bool header) {
            for (int column = 0; column < columns && column < cells.size(); ++column) {
                QTextTableCell cell = textTable->cellAt(row, column);
                QTextTableCellFormat cellFormat;
                // Rules between rows only: the columns are clear without lines of their own.
                cellFormat.setLeftBorder(0);
                cellFormat.setRightBorder(0);
                cellFormat.setTopBorder(pt(header ? 0 : 0.5));
                cellFormat.setBottomBorder(pt(header ? 1.25 : 0.5));
                cellFormat.setBorderBrush(QBrush(header ? accent : rule));
                cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                if (header)
                    cellFormat.setBackground(headerFill);
                cell.setFormat(cellFormat);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setBlockFormat(blockFormat(0, 0));
                // Not setBlockCharFormat(): a cell's first block carries the cell's own format
                // (its background and borders) in that place.
                m_cursor = cursor;
                inlines(cells.at(column).text, chars);
            }
        };
        fill(0, table.header, headerChars, true);
        for (int row = 0; row < table.rows.size(); ++row)
            fill(row + 1, table.rows.at(row), cellChars, false);
        m_cursor = QTextCursor(m_doc);
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
    }

    QTextDocument *m_doc;
    QTextCursor m_cursor;
    QTextCursor m_edit; // holds the edit block
    const std::function<void()> &m_beforeBlock;
    // How often the layout runs while the text goes in, for m_beforeBlock: each round lays
    // out the paragraphs that came in since the last.
    static constexpr int paragraphsPerBreaks = 16;
    int m_sinceBreaks = 0;
    int m_layoutRound = 0;
    bool m_reuseBlock = true;
};

} // namespace

void renderTextDocument(const Document &document, QTextDocument *target, const std::function<void()> &beforeBlock)
{
    TextRenderer(target, beforeBlock).render(document);
}

} // namespace bd
