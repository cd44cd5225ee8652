#include "odtwriter.h"

#include "housestyle.h"
#include "util/clock.h"
#include "zip.h"

#include <QDateTime>
#include <QSizeF>
#include <QXmlStreamWriter>

namespace bd {

namespace {

using namespace housestyle;

const QString mimeType = QStringLiteral("application/vnd.oasis.opendocument.text");

// Word on Windows has Arial; LibreOffice elsewhere puts its metric twin, Liberation Sans, in
// its place; either way the lines break where they did in the PDF.
const QString fontName = QStringLiteral("Arial");

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString points(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("pt");
}

QString millimetres(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeAttribute(QStringLiteral("xmlns:office"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:style"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:table"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:fo"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:svg"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:xlink"), QStringLiteral("http://www.w3.org/1999/xlink"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
}

void fontFaces(QXmlStreamWriter &xml)
{
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    xml.writeEmptyElement(QStringLiteral("style:font-face"));
    xml.writeAttribute(QStringLiteral("style:name"), fontName);
    xml.writeAttribute(QStringLiteral("svg:font-family"), fontName);
    xml.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("swiss"));
    xml.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    xml.writeEndElement();
}

// Writes one style element with its paragraph and text properties.
struct StyleSpec {
    QString name;
    QString displayName;
    QString family = QStringLiteral("paragraph");
    QString parent;
    QString next;
    int outlineLevel = 0;
    QList<std::pair<QString, QString>> paragraph; // attribute, value
    QList<std::pair<QString, QString>> text;
};

void writeStyle(QXmlStreamWriter &xml, const StyleSpec &spec)
{
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), spec.name);
    if (!spec.displayName.isEmpty())
        xml.writeAttribute(QStringLiteral("style:display-name"), spec.displayName);
    xml.writeAttribute(QStringLiteral("style:family"), spec.family);
    if (!spec.parent.isEmpty())
        xml.writeAttribute(QStringLiteral("style:parent-style-name"), spec.parent);
    if (!spec.next.isEmpty())
        xml.writeAttribute(QStringLiteral("style:next-style-name"), spec.next);
    if (spec.outlineLevel > 0)
        xml.writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(spec.outlineLevel));
    if (!spec.paragraph.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        for (const auto &[name, value] : spec.paragraph)
            xml.writeAttribute(name, value);
    }
    if (!spec.text.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        for (const auto &[name, value] : spec.text)
            xml.writeAttribute(name, value);
    }
    xml.writeEndElement();
}

using Props = QList<std::pair<QString, QString>>;

Props margins(qreal top, qreal bottom)
{
    return {{QStringLiteral("fo:margin-top"), points(top)},
            {QStringLiteral("fo:margin-bottom"), points(bottom)},
            {QStringLiteral("fo:line-height"), QStringLiteral("118%")}};
}

Props font(qreal size, const QColor &textColour, bool isBold = false)
{
    Props props {{QStringLiteral("style:font-name"), fontName},
                 {QStringLiteral("fo:font-size"), points(size)},
                 {QStringLiteral("fo:color"), colour(textColour)}};
    if (isBold)
        props << std::pair {QStringLiteral("fo:font-weight"), QStringLiteral("bold")};
    return props;
}

QString toneStyle(Tone tone)
{
    switch (tone) {
    case Tone::Red:
        return QStringLiteral("BD_Label_Red");
    case Tone::Amber:
        return QStringLiteral("BD_Label_Amber");
    case Tone::Green:
        return QStringLiteral("BD_Label_Green");
    case Tone::Blue:
        return QStringLiteral("BD_Label_Blue");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("BD_Label_Neutral");
}

QString roleStyle(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Kicker:
        return QStringLiteral("BD_20_Kicker");
    case ParagraphRole::Subtitle:
        return QStringLiteral("Subtitle");
    case ParagraphRole::Meta:
        return QStringLiteral("BD_20_Meta");
    case ParagraphRole::Draft:
        return QStringLiteral("BD_20_Draft");
    case ParagraphRole::Approved:
        return QStringLiteral("BD_20_Approved");
    case ParagraphRole::Note:
        return QStringLiteral("BD_20_Note");
    case ParagraphRole::Body:
        break;
    }
    return QStringLiteral("Standard");
}

// Text as ODF wants it: runs of spaces, tabs and line breaks are elements, not characters.
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString run;
    qsizetype i = 0;
    auto flush = [&] {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u' ' && i + 1 < text.size() && text.at(i + 1) == u' ') {
            qsizetype spaces = 0;
            while (i + spaces < text.size() && text.at(i + spaces) == u' ')
                ++spaces;
            run += u' ';
            flush();
            xml.writeEmptyElement(QStringLiteral("text:s"));
            xml.writeAttribute(QStringLiteral("text:c"), QString::number(spaces - 1));
            i += spaces;
            continue;
        }
        if (c == u'\t' || c == u'\n') {
            flush();
            xml.writeEmptyElement(c == u'\t' ? QStringLiteral("text:tab") : QStringLiteral("text:line-break"));
        } else if (c != u'\r') {
            run += c;
        }
        ++i;
    }
    flush();
}

class ContentWriter {
public:
    ContentWriter(const Document &document, qreal textWidthMm)
        : m_document(document)
        , m_textWidth(textWidthMm)
    {
        // Each table's column styles go before the body: find the tables first.
        findTables(document.blocks);
    }

    QByteArray write()
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        m_xml = &xml;
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("office:document-content"));
        declareNamespaces(xml);
        fontFaces(xml);
        xml.writeStartElement(QStringLiteral("office:automatic-styles"));
        automaticStyles(xml);
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("office:body"));
        xml.writeStartElement(QStringLiteral("office:text"));
        blocks(m_document.blocks);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        m_xml = nullptr;
        return out;
    }

private:
    void findTables(const QList<Block> &list)
    {
        for (const Block &block : list) {
            if (block.kind == Block::Kind::Table && !block.table.header.isEmpty()) {
                const qsizetype columns = block.table.header.size();
                m_tableColumns << (block.table.columnPercent.size() == columns ? block.table.columnPercent
                                                                               : QList<int>(columns, 1));
            }
            for (const ListItem &item : block.items)
                findTables(item.children);
        }
    }

    void inlines(const Inlines &text)
    {
        for (const Inline &run : text) {
            const bool isLink = run.kind == Inline::Kind::Link && isSafeLinkTarget(run.href);
            if (isLink) {
                m_xml->writeStartElement(QStringLiteral("text:a"));
                m_xml->writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
                m_xml->writeAttribute(QStringLiteral("xlink:href"), run.href);
                m_xml->writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Internet_20_link"));
            }
            QString style;
            QString words = run.text;
            if (run.kind == Inline::Kind::Label) {
                style = toneStyle(run.tone);
                words = QStringLiteral("\u00a0%1\u00a0").arg(run.text);
            } else if (run.bold && run.italic) {
                style = QStringLiteral("BD_Bold_Italic");
            } else if (run.bold) {
                style = QStringLiteral("BD_Bold");
            } else if (run.italic) {
                style = QStringLiteral("BD_Italic");
            }
            if (!style.isEmpty()) {
                m_xml->writeStartElement(QStringLiteral("text:span"));
                m_xml->writeAttribute(QStringLiteral("text:style-name"), style);
            }
            writeText(*m_xml, words);
            if (!style.isEmpty())
                m_xml->writeEndElement();
            if (isLink)
                m_xml->writeEndElement();
        }
    }

    void paragraph(const QString &style, const Inlines &text)
    {
        m_xml->writeStartElement(QStringLiteral("text:p"));
        m_xml->writeAttribute(QStringLiteral("text:style-name"), style);
        inlines(text);
        m_xml->writeEndElement();
    }

    void blocks(const QList<Block> &list)
    {
        for (const Block &block : list) {
            switch (block.kind) {
            case Block::Kind::Heading: {
                const int level = qBound(1, block.level, 6);
                m_xml->writeStartElement(QStringLiteral("text:h"));
                m_xml->writeAttribute(QStringLiteral("text:style-name"),
                                      QStringLiteral("Heading_20_%1").arg(qMin(level, 3)));
                m_xml->writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
                inlines(block.text);
                m_xml->writeEndElement();
                break;
            }
            case Block::Kind::Paragraph:
                paragraph(roleStyle(block.role), block.text);
                break;
            case Block::Kind::List:
                this->list(block);
                break;
            case Block::Kind::Table:
                table(block.table);
                break;
            }
        }
    }

    void list(const Block &block)
    {
        m_xml->writeStartElement(QStringLiteral("text:list"));
        m_xml->writeAttribute(QStringLiteral("text:style-name"),
                              block.ordered ? QStringLiteral("BD_Numbers") : QStringLiteral("BD_Bullets"));
        bool first = true;
        for (const ListItem &item : block.items) {
            m_xml->writeStartElement(QStringLiteral("text:list-item"));
            if (first && block.ordered && block.start != 1)
                m_xml->writeAttribute(QStringLiteral("text:start-value"), QString::number(block.start));
            first = false;
            paragraph(QStringLiteral("BD_20_List"), item.text);
            // Further paragraphs stay in the item, without a bullet of their own; a sub-list
            // nests inside it.
            blocks(item.children);
            m_xml->writeEndElement();
        }
        m_xml->writeEndElement();
    }

    void table(const Table &table)
    {
        const int columns = int(table.header.size());
        if (columns == 0)
            return;
        const QString name = QStringLiteral("Table%1").arg(++m_tables);

        m_xml->writeStartElement(QStringLiteral("table:table"));
        m_xml->writeAttribute(QStringLiteral("table:name"), name);
        m_xml->writeAttribute(QStringLiteral("table:style-name"), name);
        for (int column = 0; column < columns; ++column) {
            m_xml->writeEmptyElement(QStringLiteral("table:table-column"));
            m_xml->writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("%1.C%2").arg(name).arg(column));
        }
        auto row = [&](const QList<TableCell> &cells, bool header) {
            m_xml->writeStartElement(QStringLiteral("table:table-row"));
            for (int column = 0; column < columns; ++column) {
                m_xml->writeStartElement(QStringLiteral("table:table-cell"));
                m_xml->writeAttribute(QStringLiteral("table:style-name"),
                                      header ? QStringLiteral("BD_Cell_Header") : QStringLiteral("BD_Cell"));
                m_xml->writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                paragraph(header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"),
                          column < cells.size() ? cells.at(column).text : Inlines {});
                m_xml->writeEndElement();
            }
            m_xml->writeEndElement();
        };
        // Repeated at the top of every page the table runs onto.
        m_xml->writeStartElement(QStringLiteral("table:table-header-rows"));
        row(table.header, true);
        m_xml->writeEndElement();
        for (const QList<TableCell> &cells : table.rows)
            row(cells, false);
        m_xml->writeEndElement();
    }

    void automaticStyles(QXmlStreamWriter &xml) const
    {
        // Inline looks.
        writeStyle(xml,
                   {QStringLiteral("BD_Bold"),
                    {},
                    QStringLiteral("text"),
                    {},
                    {},
                    0,
                    {},
                    {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}});
        writeStyle(xml,
                   {QStringLiteral("BD_Italic"),
                    {},
                    QStringLiteral("text"),
                    {},
                    {},
                    0,
                    {},
                    {{QStringLiteral("fo:font-style"), QStringLiteral("italic")}}});
        writeStyle(xml,
                   {QStringLiteral("BD_Bold_Italic"),
                    {},
                    QStringLiteral("text"),
                    {},
                    {},
                    0,
                    {},
                    {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                     {QStringLiteral("fo:font-style"), QStringLiteral("italic")}}});
        for (Tone tone : {Tone::Red, Tone::Amber, Tone::Green, Tone::Blue, Tone::Neutral}) {
            const ToneColours colours = toneColours(tone);
            writeStyle(xml,
                       {toneStyle(tone),
                        {},
                        QStringLiteral("text"),
                        {},
                        {},
                        0,
                        {},
                        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")},
                         {QStringLiteral("fo:color"), colour(colours.ink)},
                         {QStringLiteral("fo:background-color"), colour(colours.fill)},
                         {QStringLiteral("fo:font-size"), QStringLiteral("90%")}}});
        }

        // Table cells: rules between rows, a tinted header row.
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("BD_Cell_Header"));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
        xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        xml.writeAttribute(QStringLiteral("fo:background-color"), colour(headerFill));
        xml.writeAttribute(QStringLiteral("fo:border-bottom"), QStringLiteral("1.25pt solid %1").arg(colour(accent)));
        xml.writeAttribute(QStringLiteral("fo:border-top"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("fo:border-left"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("fo:border-right"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("fo:padding"), points(4.5));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("BD_Cell"));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
        xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
        xml.writeAttribute(QStringLiteral("fo:border-bottom"), QStringLiteral("0.5pt solid %1").arg(colour(rule)));
        xml.writeAttribute(QStringLiteral("fo:border-top"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("fo:border-left"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("fo:border-right"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("fo:padding"), points(4.5));
        xml.writeEndElement();

        for (int t = 0; t < m_tableColumns.size(); ++t) {
            const QString name = QStringLiteral("Table%1").arg(t + 1);
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
            xml.writeEmptyElement(QStringLiteral("style:table-properties"));
            xml.writeAttribute(QStringLiteral("style:width"), millimetres(m_textWidth));
            xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
            xml.writeAttribute(QStringLiteral("fo:margin-top"), points(4));
            xml.writeAttribute(QStringLiteral("fo:margin-bottom"), points(8));
            xml.writeEndElement();
            const QList<int> &widths = m_tableColumns.at(t);
            int total = 0;
            for (int w : widths)
                total += qMax(1, w);
            for (int column = 0; column < widths.size(); ++column) {
                xml.writeStartElement(QStringLiteral("style:style"));
                xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("%1.C%2").arg(name).arg(column));
                xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
                xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
                const qreal share = qreal(qMax(1, widths.at(column))) / total;
                xml.writeAttribute(QStringLiteral("style:column-width"), millimetres(m_textWidth * share));
                xml.writeAttribute(QStringLiteral("style:rel-width"), QStringLiteral("%1*").arg(qRound(share * 10000)));
                xml.writeEndElement();
            }
        }
    }

    const Document &m_document;
    qreal m_textWidth;
    QXmlStreamWriter *m_xml = nullptr; // while write() runs
    int m_tables = 0;
    QList<QList<int>> m_tableColumns;
};

void listStyle(QXmlStreamWriter &xml, const QString &name, bool ordered)
{
    static const QString bullets[] = {QStringLiteral("\u2022"), QStringLiteral("\u25e6"), QStringLiteral("\u25aa")};
    static const QString numbers[] = {QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("i")};
    xml.writeStartElement(QStringLiteral("text:list-style"));
    xml.writeAttribute(QStringLiteral("style:name"), name);
    for (int level = 1; level <= 6; ++level) {
        if (ordered) {
            xml.writeStartElement(QStringLiteral("text:list-level-style-number"));
            xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
            xml.writeAttribute(QStringLiteral("style:num-suffix"), QStringLiteral("."));
            xml.writeAttribute(QStringLiteral("style:num-format"), numbers[(level - 1) % 3]);
        } else {
            xml.writeStartElement(QStringLiteral("text:list-level-style-bullet"));
            xml.writeAttribute(QStringLiteral("text:level"), QString::number(level));
            xml.writeAttribute(QStringLiteral("text:bullet-char"), bullets[(level - 1) % 3]);
        }
        xml.writeStartElement(QStringLiteral("style:list-level-properties"));
        xml.writeAttribute(QStringLiteral("text:list-level-position-and-space-mode"),
                           QStringLiteral("label-alignment"));
        xml.writeEmptyElement(QStringLiteral("style:list-level-label-alignment"));
        const qreal indent = 6.35 * level;
        xml.writeAttribute(QStringLiteral("text:label-followed-by"), QStringLiteral("listtab"));
        xml.writeAttribute(QStringLiteral("text:list-tab-stop-position"), millimetres(indent));
        xml.writeAttribute(QStringLiteral("fo:text-indent"), millimetres(-4.5));
        xml.writeAttribute(QStringLiteral("fo:margin-left"), millimetres(indent));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray stylesXml(const DocumentInfo &info, const QPageSize &pageSize)
{
    const QSizeF paper = pageSize.size(QPageSize::Millimeter);
    const qreal textWidth = paper.width() - marginLeft - marginRight;

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    declareNamespaces(xml);
    fontFaces(xml);

    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("style:font-name"), fontName);
    xml.writeAttribute(QStringLiteral("fo:font-size"), points(bodySize));
    xml.writeAttribute(QStringLiteral("fo:language"), info.language.section(QLatin1Char('-'), 0, 0));
    xml.writeAttribute(QStringLiteral("fo:country"), info.language.section(QLatin1Char('-'), 1, 1));
    xml.writeAttribute(QStringLiteral("fo:color"), colour(ink));
    xml.writeEndElement();

    const QString standard = QStringLiteral("Standard");
    writeStyle(xml, {standard, {}, QStringLiteral("paragraph"), {}, {}, 0, margins(0, 6), font(bodySize, ink)});
    writeStyle(xml,
               {QStringLiteral("Heading"),
                {},
                QStringLiteral("paragraph"),
                standard,
                standard,
                0,
                {{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
                font(sectionSize, accent, true)});
    const qreal headingSizes[] = {titleSize, sectionSize, subsectionSize};
    const qreal headingTops[] = {2, 15, 10};
    for (int level = 1; level <= 3; ++level) {
        Props paragraph = margins(headingTops[level - 1], level == 1 ? 4 : 5);
        paragraph << std::pair {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")};
        writeStyle(xml,
                   {QStringLiteral("Heading_20_%1").arg(level), QStringLiteral("Heading %1").arg(level),
                    QStringLiteral("paragraph"), QStringLiteral("Heading"), standard, level, paragraph,
                    font(headingSizes[level - 1], accent, true)});
    }
    writeStyle(xml,
               {QStringLiteral("BD_20_Kicker"),
                QStringLiteral("Kicker"),
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                margins(0, 2),
                font(kickerSize, accent, true)});
    writeStyle(xml,
               {QStringLiteral("Subtitle"),
                {},
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                margins(0, 8),
                font(subtitleSize, ink)});
    writeStyle(xml,
               {QStringLiteral("BD_20_Meta"),
                QStringLiteral("Meta"),
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                margins(0, 1.5),
                font(metaSize, muted)});
    for (bool draft : {true, false}) {
        const QColor statusInk = draft ? draftInk : approvedInk;
        Props paragraph = margins(9, 6);
        paragraph << std::pair {QStringLiteral("fo:background-color"), colour(draft ? draftFill : approvedFill)}
                  << std::pair {QStringLiteral("fo:border"), QStringLiteral("0.75pt solid %1").arg(colour(statusInk))}
                  << std::pair {QStringLiteral("fo:padding"), points(5)};
        writeStyle(xml,
                   {draft ? QStringLiteral("BD_20_Draft") : QStringLiteral("BD_20_Approved"),
                    draft ? QStringLiteral("Draft") : QStringLiteral("Approved"),
                    QStringLiteral("paragraph"),
                    standard,
                    {},
                    0,
                    paragraph,
                    font(metaSize, statusInk, true)});
    }
    Props note = font(bodySize, muted);
    note << std::pair {QStringLiteral("fo:font-style"), QStringLiteral("italic")};
    writeStyle(xml,
               {QStringLiteral("BD_20_Note"),
                QStringLiteral("Note"),
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                margins(0, 6),
                note});
    writeStyle(xml,
               {QStringLiteral("BD_20_List"),
                QStringLiteral("List item"),
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                margins(0, 3.5),
                font(bodySize, ink)});
    writeStyle(xml,
               {QStringLiteral("Table_20_Contents"),
                QStringLiteral("Table Contents"),
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                margins(0, 0),
                font(tableSize, ink)});
    writeStyle(xml,
               {QStringLiteral("Table_20_Heading"),
                QStringLiteral("Table Heading"),
                QStringLiteral("paragraph"),
                QStringLiteral("Table_20_Contents"),
                {},
                0,
                margins(0, 0),
                font(tableSize, ink, true)});
    Props footer = margins(0, 0);
    footer << std::pair {QStringLiteral("fo:border-top"), QStringLiteral("0.5pt solid %1").arg(colour(rule))}
           << std::pair {QStringLiteral("fo:padding-top"), points(4)};
    writeStyle(
        xml,
        {QStringLiteral("Footer"), {}, QStringLiteral("paragraph"), standard, {}, 0, footer, font(footerSize, muted)});
    Props header = margins(0, 0);
    header << std::pair {QStringLiteral("fo:text-align"), QStringLiteral("end")};
    writeStyle(xml,
               {QStringLiteral("Header"),
                {},
                QStringLiteral("paragraph"),
                standard,
                {},
                0,
                header,
                font(metaSize, draftInk, true)});
    writeStyle(xml,
               {QStringLiteral("Internet_20_link"),
                QStringLiteral("Internet link"),
                QStringLiteral("text"),
                {},
                {},
                0,
                {},
                {{QStringLiteral("fo:color"), colour(linkInk)},
                 {QStringLiteral("style:text-underline-style"), QStringLiteral("solid")},
                 {QStringLiteral("style:text-underline-width"), QStringLiteral("auto")},
                 {QStringLiteral("style:text-underline-color"), QStringLiteral("font-color")}}});
    listStyle(xml, QStringLiteral("BD_Bullets"), false);
    listStyle(xml, QStringLiteral("BD_Numbers"), true);
    xml.writeEndElement(); // office:styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("BD_Page"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), millimetres(paper.width()));
    xml.writeAttribute(QStringLiteral("fo:page-height"), millimetres(paper.height()));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), millimetres(marginTop));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), millimetres(marginBottom));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), millimetres(marginLeft));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), millimetres(marginRight));
    xml.writeStartElement(QStringLiteral("style:header-style"));
    xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
    xml.writeAttribute(QStringLiteral("fo:min-height"), millimetres(0));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), millimetres(4));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:footer-style"));
    xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
    xml.writeAttribute(QStringLiteral("fo:min-height"), millimetres(0));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), millimetres(5));
    xml.writeEndElement();
    xml.writeEndElement(); // page-layout
    // The footer's page number sits at the right margin.
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("BD_Footer"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("Footer"));
    xml.writeStartElement(QStringLiteral("style:paragraph-properties"));
    xml.writeStartElement(QStringLiteral("style:tab-stops"));
    xml.writeEmptyElement(QStringLiteral("style:tab-stop"));
    xml.writeAttribute(QStringLiteral("style:position"), millimetres(textWidth));
    xml.writeAttribute(QStringLiteral("style:type"), QStringLiteral("right"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), standard);
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("BD_Page"));
    if (!info.watermark.isEmpty()) {
        xml.writeStartElement(QStringLiteral("style:header"));
        xml.writeTextElement(QStringLiteral("text:p"), info.watermark);
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("style:footer"));
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("BD_Footer"));
    writeText(xml, info.footer);
    xml.writeEmptyElement(QStringLiteral("text:tab"));
    // "Page %1 of %2", with the fields where the numbers go, in the translation's order.
    const QString pageText = pageNumberTemplate();
    qsizetype from = 0;
    while (from < pageText.size()) {
        const qsizetype mark = pageText.indexOf(QLatin1Char('%'), from);
        const bool field = mark >= 0 && mark + 1 < pageText.size()
            && (pageText.at(mark + 1) == u'1' || pageText.at(mark + 1) == u'2');
        if (!field) {
            writeText(xml, pageText.mid(from));
            break;
        }
        writeText(xml, pageText.mid(from, mark - from));
        if (pageText.at(mark + 1) == u'1') {
            xml.writeStartElement(QStringLiteral("text:page-number"));
            xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
            xml.writeCharacters(QStringLiteral("1"));
        } else {
            xml.writeStartElement(QStringLiteral("text:page-count"));
            xml.writeCharacters(QStringLiteral("1"));
        }
        xml.writeEndElement();
        from = mark + 2;
    }
    xml.writeEndElement(); // text:p
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const DocumentInfo &info)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    declareNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"),
                         QStringLiteral("BoardDesk %1").arg(QStringLiteral(BOARDDESK_VERSION)));
    xml.writeTextElement(QStringLiteral("dc:title"), info.title);
    if (!info.author.isEmpty()) {
        xml.writeTextElement(QStringLiteral("meta:initial-creator"), info.author);
        xml.writeTextElement(QStringLiteral("dc:creator"), info.author);
    }
    xml.writeTextElement(QStringLiteral("dc:language"), info.language);
    xml.writeTextElement(QStringLiteral("meta:creation-date"), Clock::now().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml()
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"),
                       QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
    auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == QLatin1String("/"))
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.2"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), mimeType);
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

QByteArray renderOdt(const Document &document, const QPageSize &pageSize)
{
    const qreal textWidth = pageSize.size(QPageSize::Millimeter).width() - marginLeft - marginRight;
    ZipWriter zip;
    // The ODF package rule: "mimetype" first, stored, so a reader knows the file by its start.
    zip.add(QStringLiteral("mimetype"), mimeType.toLatin1());
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    zip.add(QStringLiteral("content.xml"), ContentWriter(document, textWidth).write());
    zip.add(QStringLiteral("styles.xml"), stylesXml(document.info, pageSize));
    zip.add(QStringLiteral("meta.xml"), metaXml(document.info));
    return zip.finish();
}

} // namespace bd
