#include "emailwriter.h"

#include "housestyle.h"

namespace bd {

namespace {

using namespace housestyle;

QString hex(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

const QString fonts = QStringLiteral("Arial, 'Liberation Sans', Helvetica, sans-serif");
const QString pageFill = QStringLiteral("#eef1f5");
constexpr int gutter = 32; // pixels either side of the text in the 600-pixel column

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A style for text: the font stack repeated on every element, since Outlook does not let
// it inherit through tables.
QString textStyle(int size, int lineHeight, const QColor &colour, const QString &extra = {})
{
    return QStringLiteral("margin:0;font-family:%1;font-size:%2px;line-height:%3px;color:%4;%5")
        .arg(fonts)
        .arg(size)
        .arg(lineHeight)
        .arg(hex(colour), extra);
}

class EmailWriter {
public:
    QByteArray write(const Document &document)
    {
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" style=\"margin:0;padding:0;\">\n<head>\n"
                                "<meta charset=\"utf-8\">\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                "<title>%2</title>\n</head>\n")
                     .arg(escaped(document.info.language), escaped(document.info.title));
        m_out += QStringLiteral("<body style=\"margin:0;padding:0;background-color:%1;\">\n").arg(pageFill);
        m_out += QStringLiteral("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                                "border=\"0\" style=\"width:100%;border-collapse:collapse;background-color:%1;\">\n"
                                "<tr><td align=\"center\" style=\"padding:24px 8px;\">\n")
                     .arg(pageFill);
        m_out += QStringLiteral(
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            "style=\"width:100%;max-width:600px;border-collapse:collapse;background-color:#ffffff;\">\n");
        m_out += QStringLiteral("<tr><td style=\"height:8px;line-height:8px;font-size:0;background-color:%1;\">"
                                "&nbsp;</td></tr>\n")
                     .arg(hex(accent));
        for (const Block &block : document.blocks)
            row(block);
        if (!document.info.footer.isEmpty()) {
            m_out += QStringLiteral("<tr><td style=\"padding:16px %1px 24px;border-top:1px solid %2;\">"
                                    "<p style=\"%3\">%4</p></td></tr>\n")
                         .arg(gutter)
                         .arg(hex(rule), textStyle(13, 18, muted), escaped(document.info.footer));
        }
        m_out += QStringLiteral("</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return m_out.toUtf8();
    }

private:
    // Each block is a row of the column: padding on the cell, not margins on the text,
    // since Outlook ignores most margins.
    void row(const Block &block)
    {
        const bool section = block.kind == Block::Kind::Heading && block.level == 2;
        if (section) // room above the section's rule, which padding below the text above cannot give in Outlook
            m_out += QStringLiteral("<tr><td style=\"height:24px;line-height:24px;font-size:0;\">&nbsp;</td></tr>\n");
        const int top = block.kind == Block::Kind::Heading ? (block.level <= 2 ? 24 : 16) : 8;
        const QString border = section ? QStringLiteral("border-top:1px solid %1;").arg(hex(rule)) : QString();
        m_out += QStringLiteral("<tr><td style=\"padding:%1px %2px 0;%3\">").arg(top).arg(gutter).arg(border);
        switch (block.kind) {
        case Block::Kind::Heading:
            heading(block);
            break;
        case Block::Kind::Paragraph:
            paragraph(block);
            break;
        case Block::Kind::List:
            list(block, 0);
            break;
        case Block::Kind::Table:
            table(block.table);
            break;
        }
        m_out += QStringLiteral("</td></tr>\n");
    }

    void heading(const Block &block)
    {
        const int level = qBound(1, block.level, 6);
        const int size = level == 1 ? 28 : level == 2 ? 21 : 17;
        m_out += QStringLiteral("<h%1 style=\"%2\">")
                     .arg(level)
                     .arg(textStyle(size, size + 8, accent, QStringLiteral("font-weight:bold;")));
        inlines(block.text, accent);
        m_out += QStringLiteral("</h%1>").arg(level);
    }

    void paragraph(const Block &block)
    {
        QColor colour = ink;
        QString extra;
        int size = 16;
        switch (block.role) {
        case ParagraphRole::Kicker:
            colour = accent;
            size = 14;
            extra = QStringLiteral("font-weight:bold;letter-spacing:0.5px;");
            break;
        case ParagraphRole::Subtitle:
            size = 18;
            break;
        case ParagraphRole::Meta:
            colour = muted;
            size = 14;
            break;
        case ParagraphRole::Note:
            colour = muted;
            extra = QStringLiteral("font-style:italic;");
            break;
        case ParagraphRole::Draft:
            colour = draftInk;
            extra = QStringLiteral("font-weight:bold;padding:8px 12px;background-color:%1;border:1px solid %2;")
                        .arg(hex(draftFill), hex(draftInk));
            break;
        case ParagraphRole::Approved:
            colour = approvedInk;
            extra = QStringLiteral("font-weight:bold;padding:8px 12px;background-color:%1;border:1px solid %2;")
                        .arg(hex(approvedFill), hex(approvedInk));
            break;
        case ParagraphRole::Body:
            break;
        }
        m_out += QStringLiteral("<p style=\"%1\">").arg(textStyle(size, size + 8, colour, extra));
        inlines(block.text, colour);
        m_out += QStringLiteral("</p>");
    }

    void list(const Block &block, int depth)
    {
        const QString tag = block.ordered ? QStringLiteral("ol") : QStringLiteral("ul");
        const QString start
            = block.ordered && block.start != 1 ? QStringLiteral(" start=\"%1\"").arg(block.start) : QString();
        m_out += QStringLiteral("<%1%2 style=\"margin:%3px 0 0;padding:0 0 0 24px;\">")
                     .arg(tag, start)
                     .arg(depth == 0 ? 0 : 4);
        for (const ListItem &item : block.items) {
            m_out += QStringLiteral("<li style=\"%1\">").arg(textStyle(16, 24, ink, QStringLiteral("margin:4px 0 0;")));
            inlines(item.text, ink);
            for (const Block &child : item.children) {
                if (child.kind == Block::Kind::List) {
                    list(child, depth + 1);
                } else {
                    m_out += QStringLiteral("<p style=\"%1\">")
                                 .arg(textStyle(16, 24, ink, QStringLiteral("margin:4px 0 0;")));
                    inlines(child.text, ink);
                    m_out += QStringLiteral("</p>");
                }
            }
            m_out += QStringLiteral("</li>");
        }
        m_out += QStringLiteral("</%1>").arg(tag);
    }

    void table(const Table &table)
    {
        m_out += QStringLiteral("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                                "style=\"width:100%;border-collapse:collapse;\">");
        if (!table.caption.isEmpty())
            m_out
                += QStringLiteral("<caption style=\"%1\">%2</caption>")
                       .arg(textStyle(15, 22, ink, QStringLiteral("text-align:left;font-weight:bold;padding:0 0 4px;")),
                            escaped(table.caption));
        m_out += QStringLiteral("<thead><tr>");
        for (const TableCell &cell : table.header) {
            m_out += QStringLiteral("<th scope=\"col\" style=\"%1\">")
                         .arg(textStyle(14, 20, ink,
                                        QStringLiteral("text-align:left;font-weight:bold;padding:6px 8px;"
                                                       "background-color:%1;border-bottom:2px solid %2;")
                                            .arg(hex(headerFill), hex(accent))));
            inlines(cell.text, ink);
            m_out += QStringLiteral("</th>");
        }
        m_out += QStringLiteral("</tr></thead><tbody>");
        for (const auto &cells : table.rows) {
            m_out += QStringLiteral("<tr>");
            for (const TableCell &cell : cells) {
                m_out += QStringLiteral("<td style=\"%1\">")
                             .arg(textStyle(14, 20, ink,
                                            QStringLiteral("text-align:left;vertical-align:top;padding:6px 8px;"
                                                           "border-bottom:1px solid %1;")
                                                .arg(hex(rule))));
                inlines(cell.text, ink);
                m_out += QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>");
        }
        m_out += QStringLiteral("</tbody></table>");
    }

    void inlines(const Inlines &runs, const QColor &colour)
    {
        for (const Inline &run : runs) {
            QString style;
            if (run.bold)
                style += QStringLiteral("font-weight:bold;");
            if (run.italic)
                style += QStringLiteral("font-style:italic;");
            const QString text = escaped(run.text);
            switch (run.kind) {
            case Inline::Kind::Link:
                if (isSafeLinkTarget(run.href)) {
                    m_out += QStringLiteral("<a href=\"%1\" style=\"color:%2;text-decoration:underline;%3\">%4</a>")
                                 .arg(escaped(run.href), hex(linkInk), style, text);
                    break;
                }
                [[fallthrough]];
            case Inline::Kind::Text:
                if (style.isEmpty())
                    m_out += text;
                else
                    m_out += QStringLiteral("<span style=\"color:%1;%2\">%3</span>").arg(hex(colour), style, text);
                break;
            case Inline::Kind::Label: {
                const ToneColours tone = toneColours(run.tone);
                m_out += QStringLiteral("<span style=\"padding:0 6px;font-weight:bold;white-space:nowrap;"
                                        "background-color:%1;color:%2;\">%3</span>")
                             .arg(hex(tone.fill), hex(tone.ink), text);
                break;
            }
            }
        }
    }

    QString m_out;
};

QString plainInlines(const Inlines &runs)
{
    QString out;
    for (const Inline &run : runs) {
        out += run.text;
        if (run.kind == Inline::Kind::Link && isSafeLinkTarget(run.href) && run.href != run.text
            && QStringLiteral("mailto:") + run.text != run.href)
            out += QStringLiteral(" <%1>").arg(run.href);
    }
    return out;
}

void plainList(QString &out, const Block &block, int depth)
{
    const QString indent(depth * 3, QLatin1Char(' '));
    int number = block.start;
    for (const ListItem &item : block.items) {
        const QString marker = block.ordered ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- ");
        out += indent + marker + plainInlines(item.text) + QLatin1Char('\n');
        for (const Block &child : item.children) {
            if (child.kind == Block::Kind::List)
                plainList(out, child, depth + 1);
            else
                out += indent + QStringLiteral("  ") + plainInlines(child.text) + QLatin1Char('\n');
        }
    }
}

} // namespace

QByteArray renderEmailHtml(const Document &document)
{
    return EmailWriter().write(document);
}

QString renderPlainText(const Document &document)
{
    QString out;
    for (const Block &block : document.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: {
            const QString text = plainInlines(block.text);
            if (!out.isEmpty() && !out.endsWith(QStringLiteral("\n\n")))
                out += QLatin1Char('\n');
            if (block.level <= 2) {
                out += text + QLatin1Char('\n')
                    + QString(text.size(), block.level == 1 ? QLatin1Char('=') : QLatin1Char('-')) + QLatin1Char('\n');
            } else {
                out += QStringLiteral("### ") + text + QLatin1Char('\n');
            }
            break;
        }
        case Block::Kind::Paragraph:
            out += plainInlines(block.text) + QStringLiteral("\n\n");
            break;
        case Block::Kind::List:
            plainList(out, block, 0);
            out += QLatin1Char('\n');
            break;
        case Block::Kind::Table: {
            if (!block.table.caption.isEmpty())
                out += block.table.caption + QLatin1Char('\n');
            const auto line = [](const QList<TableCell> &cells) {
                QStringList texts;
                for (const TableCell &cell : cells)
                    texts << plainInlines(cell.text);
                return texts.join(QStringLiteral(" | ")) + QLatin1Char('\n');
            };
            out += line(block.table.header);
            for (const auto &cells : block.table.rows)
                out += line(cells);
            out += QLatin1Char('\n');
            break;
        }
        }
    }
    if (!document.info.footer.isEmpty())
        out += QStringLiteral("-- \n") + document.info.footer + QLatin1Char('\n');
    return out;
}

} // namespace bd
