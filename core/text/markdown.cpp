#include "markdown.h"

#include <QStringList>

namespace bd {

namespace {

// Inline text ------------------------------------------------------------------------------

bool isEscapable(QChar c)
{
    return QStringView(u"*_[]()#+-.!`").contains(c);
}

class InlineParser {
public:
    explicit InlineParser(const QString &text, QList<MarkdownLink> *found = nullptr)
        : m_s(text)
        , m_found(found)
    {
    }

    Inlines parse()
    {
        parseRange(0, int(m_s.size()), false, false);
        return std::move(m_out);
    }

private:
    void append(const QString &text, bool isBold, bool isItalic)
    {
        if (text.isEmpty())
            return;
        // Neighbours with the same look are one run: the writers then emit one element. A
        // link's words never join the text before them.
        if (m_out.size() > m_mergeFloor) {
            Inline &last = m_out.last();
            if (last.kind == Inline::Kind::Text && last.bold == isBold && last.italic == isItalic) {
                last.text += text;
                return;
            }
        }
        Inline run = plain(text);
        run.bold = isBold;
        run.italic = isItalic;
        m_out << run;
    }

    // Where the [label](target) starting at \a open ends (one past its ")"), or -1 when it
    // is not one. \a labelEnd is set to the "]", \a target to the target's text.
    int linkEnd(int open, int end, int *labelEnd, QString *target) const
    {
        int depth = 0;
        int k = open;
        for (; k < end; ++k) {
            const QChar c = m_s.at(k);
            if (c == u'\\' && k + 1 < end && isEscapable(m_s.at(k + 1))) {
                ++k;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']') {
                if (--depth == 0)
                    break;
            }
        }
        if (k >= end || k + 1 >= end || m_s.at(k + 1) != u'(')
            return -1;
        *labelEnd = k;
        // The target: no spaces, parentheses balanced (a URL may hold them).
        int parens = 0;
        for (int j = k + 2; j < end; ++j) {
            const QChar c = m_s.at(j);
            if (c.isSpace())
                return -1;
            if (c == u'(') {
                ++parens;
            } else if (c == u')') {
                if (parens-- == 0) {
                    *target = m_s.mid(k + 2, j - k - 2);
                    return j + 1;
                }
            }
        }
        return -1;
    }

    // The closing run of \a width stars (1 italic, 2 bold) for an opener ending at \a from,
    // or -1. A closer follows a non-space; a longer run closes with its last stars, so that
    // "***both***" is bold around italic.
    int closer(int from, int end, int width) const
    {
        for (int j = from; j < end; ++j) {
            const QChar c = m_s.at(j);
            if (c == u'\\' && j + 1 < end && isEscapable(m_s.at(j + 1))) {
                ++j;
                continue;
            }
            if (c == u'[') {
                int labelEnd = 0;
                QString target;
                const int after = linkEnd(j, end, &labelEnd, &target);
                if (after > 0) {
                    j = after - 1;
                    continue;
                }
            }
            if (c != u'*')
                continue;
            int run = 1;
            while (j + run < end && m_s.at(j + run) == u'*')
                ++run;
            const bool afterText = j > from && !m_s.at(j - 1).isSpace();
            if (afterText && width == 2 && run >= 2)
                return j + run - 2;
            if (afterText && width == 1 && run != 2)
                return j + run - 1;
            j += run - 1;
        }
        return -1;
    }

    void parseRange(int from, int end, bool isBold, bool isItalic)
    {
        QString words;
        auto flush = [&] {
            append(words, isBold, isItalic);
            words.clear();
        };
        int k = from;
        while (k < end) {
            const QChar c = m_s.at(k);
            if (c == u'\\' && k + 1 < end && isEscapable(m_s.at(k + 1))) {
                words += m_s.at(k + 1);
                k += 2;
                continue;
            }
            if (c == u'[') {
                int labelEnd = 0;
                QString target;
                const int after = linkEnd(k, end, &labelEnd, &target);
                if (after > 0) {
                    if (m_found)
                        *m_found << MarkdownLink {m_s.mid(k + 1, labelEnd - k - 1), target};
                    if (isSafeLinkTarget(target)) {
                        flush();
                        const qsizetype first = m_out.size();
                        const qsizetype floor = m_mergeFloor;
                        m_mergeFloor = first;
                        parseRange(k + 1, labelEnd, isBold, isItalic);
                        m_mergeFloor = floor;
                        if (m_out.size() == first)
                            append(target, isBold, isItalic);
                        for (qsizetype i = first; i < m_out.size(); ++i) {
                            m_out[i].kind = Inline::Kind::Link;
                            m_out[i].href = target;
                        }
                    } else {
                        // Not a target a document may link to: the text stays as typed.
                        words += m_s.mid(k, after - k);
                    }
                    k = after;
                    continue;
                }
            }
            if (c == u'*') {
                int run = 1;
                while (k + run < end && m_s.at(k + run) == u'*')
                    ++run;
                if (run >= 2 && k + 2 < end && !m_s.at(k + 2).isSpace()) {
                    const int close = closer(k + 2, end, 2);
                    if (close > 0) {
                        flush();
                        parseRange(k + 2, close, true, isItalic);
                        k = close + 2;
                        continue;
                    }
                }
                if (k + 1 < end && !m_s.at(k + 1).isSpace()) {
                    const int close = closer(k + 1, end, 1);
                    if (close > 0) {
                        flush();
                        parseRange(k + 1, close, isBold, true);
                        k = close + 1;
                        continue;
                    }
                }
                words += c;
                ++k;
                continue;
            }
            words += c;
            ++k;
        }
        flush();
    }

    const QString &m_s;
    QList<MarkdownLink> *m_found;
    Inlines m_out;
    qsizetype m_mergeFloor = 0;
};

// Blocks -----------------------------------------------------------------------------------

struct Line {
    enum class Type { Blank, Bullet, Number, Text };
    Type type = Type::Blank;
    int indent = 0;
    int number = 0;
    QString content;
    bool isItem() const { return type == Type::Bullet || type == Type::Number; }
};

Line readLine(const QString &raw)
{
    Line line;
    int indent = 0;
    int k = 0;
    for (; k < raw.size(); ++k) {
        if (raw.at(k) == u' ')
            ++indent;
        else if (raw.at(k) == u'\t')
            indent += 4 - indent % 4;
        else
            break;
    }
    line.indent = indent;
    const QString rest = raw.mid(k).trimmed();
    const QString fromMarker = raw.mid(k);
    if (rest.isEmpty())
        return line;
    if (fromMarker.startsWith(QLatin1String("- "))) {
        line.type = Line::Type::Bullet;
        line.content = fromMarker.mid(2).trimmed();
        return line;
    }
    int digits = 0;
    while (digits < fromMarker.size() && digits < 10 && fromMarker.at(digits).isDigit()
           && fromMarker.at(digits).unicode() < 128)
        ++digits;
    if (digits > 0 && digits <= 9 && fromMarker.mid(digits).startsWith(QLatin1String(". "))) {
        line.type = Line::Type::Number;
        line.number = fromMarker.left(digits).toInt();
        line.content = fromMarker.mid(digits + 2).trimmed();
        return line;
    }
    line.type = Line::Type::Text;
    line.content = rest;
    return line;
}

class BlockParser {
public:
    explicit BlockParser(const QString &text)
    {
        const QStringList raw = text.split(QLatin1Char('\n'));
        m_lines.reserve(raw.size());
        for (QString line : raw) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            m_lines << readLine(line);
        }
    }

    QList<Block> parse()
    {
        int pos = 0;
        return blocks(pos, 0);
    }

private:
    // Blocks whose lines are indented at least \a base, from \a pos on.
    QList<Block> blocks(int &pos, int base)
    {
        QList<Block> out;
        while (pos < m_lines.size()) {
            const Line &line = m_lines.at(pos);
            if (line.type == Line::Type::Blank) {
                ++pos;
                continue;
            }
            if (line.indent < base)
                break;
            if (line.isItem()) {
                out << list(pos);
                continue;
            }
            QStringList text {line.content};
            ++pos;
            while (pos < m_lines.size() && m_lines.at(pos).type == Line::Type::Text)
                text << m_lines.at(pos++).content;
            out << Block::paragraph(parseMarkdownInline(text.join(QLatin1Char(' '))));
        }
        return out;
    }

    // One list: items of one kind at one indentation, with what is under them.
    Block list(int &pos)
    {
        const Line &first = m_lines.at(pos);
        const int indent = first.indent;
        const bool ordered = first.type == Line::Type::Number;
        Block block = Block::list({}, ordered);
        block.start = ordered ? first.number : 1;
        while (pos < m_lines.size()) {
            // A blank line between items keeps the list going.
            int next = pos;
            while (next < m_lines.size() && m_lines.at(next).type == Line::Type::Blank)
                ++next;
            if (next >= m_lines.size())
                break;
            const Line &line = m_lines.at(next);
            const bool sibling = line.isItem() && (line.type == Line::Type::Number) == ordered && line.indent >= indent
                && line.indent < indent + 2;
            if (!sibling)
                break;
            pos = next + 1;
            QStringList text {line.content};
            // Lines that follow without a blank line continue the item's text.
            while (pos < m_lines.size() && m_lines.at(pos).type == Line::Type::Text)
                text << m_lines.at(pos++).content;
            ListItem item;
            item.text = parseMarkdownInline(text.join(QLatin1Char(' ')));
            // Indented two spaces or more: under this item.
            item.children = blocks(pos, indent + 2);
            block.items << item;
        }
        return block;
    }

    QList<Line> m_lines;
};

void flatten(const QList<Block> &blocks, Inlines &out)
{
    auto separate = [&out] {
        if (!out.isEmpty())
            out << plain(QStringLiteral(" "));
    };
    for (const Block &block : blocks) {
        if (block.kind == Block::Kind::List) {
            int number = block.start;
            for (const ListItem &item : block.items) {
                separate();
                out << plain(block.ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("\u2022 "));
                out << item.text;
                flatten(item.children, out);
            }
        } else {
            separate();
            out << block.text;
        }
    }
}

} // namespace

QList<Block> parseMarkdown(const QString &text)
{
    return BlockParser(text).parse();
}

namespace {

QString joinedLines(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1String("\r\n"), QLatin1String(" "));
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return oneLine;
}

} // namespace

Inlines parseMarkdownInline(const QString &text)
{
    return InlineParser(joinedLines(text)).parse();
}

QList<MarkdownLink> markdownLinks(const QString &text)
{
    QList<MarkdownLink> found;
    const QString oneLine = joinedLines(text);
    InlineParser(oneLine, &found).parse();
    return found;
}

Inlines parseMarkdownFlat(const QString &text)
{
    Inlines out;
    flatten(parseMarkdown(text), out);
    return out;
}

namespace {

QString toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Red:
        return QStringLiteral("tone-red");
    case Tone::Amber:
        return QStringLiteral("tone-amber");
    case Tone::Green:
        return QStringLiteral("tone-green");
    case Tone::Blue:
        return QStringLiteral("tone-blue");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("tone-neutral");
}

} // namespace

QString inlinesHtml(const Inlines &text)
{
    QString out;
    for (const Inline &run : text) {
        QString html = run.text.toHtmlEscaped();
        if (run.kind == Inline::Kind::Label)
            html = QStringLiteral("<span class=\"label %1\">%2</span>").arg(toneClass(run.tone), html);
        if (run.italic)
            html = QStringLiteral("<em>%1</em>").arg(html);
        if (run.bold && run.kind != Inline::Kind::Label)
            html = QStringLiteral("<strong>%1</strong>").arg(html);
        // The parser makes only safe links; checked again here since this is what a browser
        // or a label will follow.
        if (run.kind == Inline::Kind::Link && isSafeLinkTarget(run.href))
            html = QStringLiteral("<a href=\"%1\">%2</a>").arg(run.href.toHtmlEscaped(), html);
        out += html;
    }
    return out;
}

QString markdownToHtmlLine(const QString &markdown)
{
    return inlinesHtml(parseMarkdownFlat(markdown));
}

QString markdownToPlainText(const QString &markdown)
{
    return plainText(parseMarkdownFlat(markdown));
}

} // namespace bd
