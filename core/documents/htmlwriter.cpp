#include "htmlwriter.h"

#include "housestyle.h"
#include "text/markdown.h"

namespace bd {

namespace {

using namespace housestyle;

QString css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString styleSheet()
{
    // The same house style as the PDF, in CSS; sizes relative so a reader's zoom works.
    QString sheet = QStringLiteral(
        "body{margin:0;background:#fff;color:{ink};font-family:{fonts};font-size:1rem;line-height:1.5}"
        "main,footer{max-width:46rem;margin:0 auto;padding:2rem 1.5rem}"
        "footer{padding-top:.75rem;padding-bottom:2rem}"
        "footer p{margin:0;padding-top:.5rem;border-top:1px solid {rule};color:{muted};font-size:.85rem}"
        "h1,h2,h3,h4,h5,h6{color:{accent};line-height:1.25}"
        "h1{font-size:2rem;margin:.1em 0 .2em}"
        "h2{font-size:1.3rem;margin:1.6em 0 .5em}"
        "h3,h4,h5,h6{font-size:1.1rem;margin:1.2em 0 .4em}"
        "p{margin:0 0 .6em}"
        ".kicker{color:{accent};font-weight:700;letter-spacing:.02em;margin:0}"
        ".subtitle{font-size:1.2rem;margin:0 0 1em}"
        ".meta{color:{muted};margin:0 0 .15em}"
        ".status{font-weight:700;padding:.45em .75em;border:1px solid;margin:1em 0}"
        ".status-draft{color:{draftInk};background:{draftFill};border-color:{draftInk}}"
        ".status-approved{color:{approvedInk};background:{approvedFill};border-color:{approvedInk}}"
        ".note{color:{muted};font-style:italic}"
        "ul,ol{margin:0 0 .8em;padding-left:1.6em}"
        "li{margin:.3em 0}"
        "li>ul,li>ol{margin:.3em 0 0}"
        "li>p{margin:.3em 0 0}"
        "ul ul{list-style-type:circle}ul ul ul{list-style-type:square}"
        "ol ol{list-style-type:lower-alpha}ol ol ol{list-style-type:lower-roman}"
        "a{color:{link};text-decoration:underline}"
        "table{border-collapse:collapse;width:100%;margin:.4em 0 1.2em;font-size:.95rem}"
        "caption{text-align:left;font-weight:700;padding-bottom:.3em}"
        "th,td{border:0;border-bottom:1px solid {rule};padding:.4em .5em;text-align:left;vertical-align:top}"
        "th{background:{headerFill};border-bottom:2px solid {accent}}"
        ".label{display:inline-block;padding:0 .45em;border-radius:.25em;font-weight:700;white-space:nowrap}"
        ".tone-red{background:{redFill};color:{redInk}}"
        ".tone-amber{background:{amberFill};color:{amberInk}}"
        ".tone-green{background:{greenFill};color:{greenInk}}"
        ".tone-blue{background:{blueFill};color:{blueInk}}"
        ".tone-neutral{background:{neutralFill};color:{neutralInk}}"
        "@media print{main,footer{max-width:none;padding:0}a{color:inherit}}");
    const QList<std::pair<const char *, QString>> values {
        {"{ink}", css(ink)},
        {"{fonts}", QString::fromLatin1(cssFontFamilies)},
        {"{rule}", css(rule)},
        {"{muted}", css(muted)},
        {"{accent}", css(accent)},
        {"{draftInk}", css(draftInk)},
        {"{draftFill}", css(draftFill)},
        {"{approvedInk}", css(approvedInk)},
        {"{approvedFill}", css(approvedFill)},
        {"{link}", css(linkInk)},
        {"{headerFill}", css(headerFill)},
        {"{redFill}", css(toneColours(Tone::Red).fill)},
        {"{redInk}", css(toneColours(Tone::Red).ink)},
        {"{amberFill}", css(toneColours(Tone::Amber).fill)},
        {"{amberInk}", css(toneColours(Tone::Amber).ink)},
        {"{greenFill}", css(toneColours(Tone::Green).fill)},
        {"{greenInk}", css(toneColours(Tone::Green).ink)},
        {"{blueFill}", css(toneColours(Tone::Blue).fill)},
        {"{blueInk}", css(toneColours(Tone::Blue).ink)},
        {"{neutralFill}", css(toneColours(Tone::Neutral).fill)},
        {"{neutralInk}", css(toneColours(Tone::Neutral).ink)},
    };
    for (const auto &[name, value] : values)
        sheet.replace(QLatin1String(name), value);
    return sheet;
}

QString roleClass(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Kicker:
        return QStringLiteral("kicker");
    case ParagraphRole::Subtitle:
        return QStringLiteral("subtitle");
    case ParagraphRole::Meta:
        return QStringLiteral("meta");
    case ParagraphRole::Draft:
        return QStringLiteral("status status-draft");
    case ParagraphRole::Approved:
        return QStringLiteral("status status-approved");
    case ParagraphRole::Note:
        return QStringLiteral("note");
    case ParagraphRole::Body:
        break;
    }
    return QString();
}

// Void elements are closed ("<meta ... />"), which HTML5 allows, so the file is also
// well-formed XML: tools (and the tests) can read its structure with an XML reader.
class HtmlWriter {
public:
    QString write(const Document &document)
    {
        const DocumentInfo &info = document.info;
        m_out.reserve(16 * 1024);
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                     .arg(escaped(info.language.isEmpty() ? QStringLiteral("en-GB") : info.language));
        m_out += QStringLiteral("<title>%1</title>\n").arg(escaped(info.title));
        if (!info.author.isEmpty())
            m_out += QStringLiteral("<meta name=\"author\" content=\"%1\" />\n").arg(escaped(info.author));
        m_out += QStringLiteral("<meta name=\"generator\" content=\"BoardDesk %1\" />\n")
                     .arg(QStringLiteral(BOARDDESK_VERSION));
        m_out += QStringLiteral("<style>%1</style>\n</head>\n<body>\n<main>\n").arg(styleSheet());
        blocks(document.blocks, 0);
        m_out += QStringLiteral("</main>\n");
        if (!info.footer.isEmpty())
            m_out += QStringLiteral("<footer><p>%1</p></footer>\n").arg(escaped(info.footer));
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }

    void indent(int depth) { m_out += QString(depth * 2, QLatin1Char(' ')); }

    void inlines(const Inlines &text) { m_out += inlinesHtml(text); }

    void blocks(const QList<Block> &list, int depth)
    {
        for (const Block &block : list) {
            switch (block.kind) {
            case Block::Kind::Heading: {
                const int level = qBound(1, block.level, 6);
                indent(depth);
                m_out += QStringLiteral("<h%1>").arg(level);
                inlines(block.text);
                m_out += QStringLiteral("</h%1>\n").arg(level);
                break;
            }
            case Block::Kind::Paragraph: {
                if (block.text.isEmpty())
                    break;
                const QString cls = roleClass(block.role);
                indent(depth);
                m_out += cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls);
                inlines(block.text);
                m_out += QStringLiteral("</p>\n");
                break;
            }
            case Block::Kind::List:
                this->list(block, depth);
                break;
            case Block::Kind::Table:
                table(block.table, depth);
                break;
            }
        }
    }

    void list(const Block &block, int depth)
    {
        if (block.items.isEmpty())
            return;
        const QString tag = block.ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        indent(depth);
        if (block.ordered && block.start != 1)
            m_out += QStringLiteral("<ol start=\"%1\">\n").arg(block.start);
        else
            m_out += QStringLiteral("<%1>\n").arg(tag);
        for (const ListItem &item : block.items) {
            indent(depth + 1);
            m_out += QStringLiteral("<li>");
            inlines(item.text);
            if (!item.children.isEmpty()) {
                m_out += QLatin1Char('\n');
                blocks(item.children, depth + 2);
                indent(depth + 1);
            }
            m_out += QStringLiteral("</li>\n");
        }
        indent(depth);
        m_out += QStringLiteral("</%1>\n").arg(tag);
    }

    void table(const Table &table, int depth)
    {
        if (table.header.isEmpty())
            return;
        indent(depth);
        m_out += QStringLiteral("<table>\n");
        if (!table.caption.isEmpty()) {
            indent(depth + 1);
            m_out += QStringLiteral("<caption>%1</caption>\n").arg(escaped(table.caption));
        }
        if (table.columnPercent.size() == table.header.size()) {
            indent(depth + 1);
            m_out += QStringLiteral("<colgroup>");
            for (int percent : table.columnPercent)
                m_out += QStringLiteral("<col style=\"width:%1%\" />").arg(percent);
            m_out += QStringLiteral("</colgroup>\n");
        }
        indent(depth + 1);
        m_out += QStringLiteral("<thead><tr>");
        for (const TableCell &cell : table.header) {
            m_out += QStringLiteral("<th scope=\"col\">");
            inlines(cell.text);
            m_out += QStringLiteral("</th>");
        }
        m_out += QStringLiteral("</tr></thead>\n");
        indent(depth + 1);
        m_out += QStringLiteral("<tbody>\n");
        for (const QList<TableCell> &row : table.rows) {
            indent(depth + 2);
            m_out += QStringLiteral("<tr>");
            for (qsizetype column = 0; column < table.header.size(); ++column) {
                m_out += QStringLiteral("<td>");
                if (column < row.size())
                    inlines(row.at(column).text);
                m_out += QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        indent(depth + 1);
        m_out += QStringLiteral("</tbody>\n");
        indent(depth);
        m_out += QStringLiteral("</table>\n");
    }

    QString m_out;
};

} // namespace

QByteArray renderHtml(const Document &document)
{
    return HtmlWriter().write(document).toUtf8();
}

} // namespace bd
