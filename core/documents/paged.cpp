#include "paged.h"

#include "housestyle.h"
#include "textdocument.h"
#include "util/clock.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QtMath>

#include <cmath>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Documents", text);
}

// The most pages one document may have: far more than an annual report, well inside what Qt's
// text layout can place (its coordinates overflow near 2,800 A4 pages at 1,200 dpi).
constexpr int maxPages = 2000;

QString britishNumber(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

// The band at the bottom of every page that holds the footer: the text keeps out of it.
constexpr qreal footerBandPoints = 24;

qreal pixelsPerPoint(const QPaintDevice *device)
{
    return device->logicalDpiY() / 72.0;
}

QFont houseFont(qreal points, bool isBold = false)
{
    QFont font;
    font.setFamilies(housestyle::fontFamilies());
    // Hinting fits glyphs to screen pixels; on paper it only costs time.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(points);
    font.setBold(isBold);
    return font;
}

// QTextDocument has no "keep with next" and no widow or orphan control, so the paginator
// places its own breaks: a heading whose next line falls on the next page goes to that page
// with it, and a paragraph or bullet of a few lines that a page break would split goes whole
// to the next page. Longer paragraphs and table cells split as the layout puts them.
//
// Each paragraph is looked at once, in order (a move shifts what follows), while the text
// is still going in (renderTextDocument's beforeBlock): moving a paragraph near the end of
// the text lays out again only the little that follows it, so the whole document is laid out
// about once, however long it is. (Placed after the whole text was in, each move laid out
// all the rest again: the time grew with the square of the length.)
class PageBreaker {
public:
    PageBreaker(QTextDocument &text, qreal pageHeight)
        : m_text(text)
        , m_pageHeight(pageHeight)
    {
    }

    // Places the breaks of the paragraphs not looked at yet; the last one waits for the
    // one after it (a heading is kept with it) unless the text is \a complete.
    void placeBreaks(bool complete)
    {
        QAbstractTextDocumentLayout *layout = m_text.documentLayout();
        // The first paragraphs go in before the layout runs (it starts lazily): this lays
        // out what is not yet, which after that is only what came in since the last call.
        layout->documentSize();
        if (!m_next.isValid())
            m_next = m_text.begin();
        QTextFrame *root = m_text.rootFrame();
        for (; m_next.isValid(); m_next = m_next.next()) {
            const QTextBlock block = m_next;
            const QTextBlock after = block.next();
            if (!after.isValid() && !complete)
                return;
            if (block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() == 0 || QTextCursor(block).currentFrame() != root)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            const int firstPage = pageOf(top + lines->lineAt(0).y());
            if (block.blockFormat().headingLevel() > 0) {
                if (!after.isValid() || !after.layout() || after.layout()->lineCount() == 0)
                    continue;
                const QTextLine line = after.layout()->lineAt(0);
                const qreal afterBottom = layout->blockBoundingRect(after).top() + line.y() + line.height();
                if (pageOf(afterBottom - 1) > firstPage)
                    moveToNextPage(block);
            } else if (lines->lineCount() <= 4) {
                const QTextLine last = lines->lineAt(lines->lineCount() - 1);
                if (pageOf(top + last.y() + last.height() - 1) > firstPage) {
                    // A heading just above goes too, or it would end the page alone.
                    const QTextBlock before = block.previous();
                    const bool heading = before.isValid() && before.blockFormat().headingLevel() > 0
                        && before.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto
                        && QTextCursor(before).currentFrame() == root;
                    moveToNextPage(heading ? before : block);
                }
            }
        }
    }

private:
    int pageOf(qreal y) const { return int(y / m_pageHeight); }

    static void moveToNextPage(const QTextBlock &block)
    {
        // The layout follows at once, from this paragraph on.
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }

    QTextDocument &m_text;
    qreal m_pageHeight;
    QTextBlock m_next;
};

void layOut(const Document &document, QTextDocument &text, QPagedPaintDevice *device, const QSizeF &page)
{
    // The layout must measure with the device's resolution before any text goes in, or the
    // text comes out at screen size.
    text.documentLayout()->setPaintDevice(device);
    // The pages before the text, so that it is laid out once, on them. The root frame's
    // margins repeat on every page: the bottom one keeps the text out of the footer's band.
    // In the layout's own units (pixels at 96 dpi), which it scales to the device.
    text.setDocumentMargin(0);
    QTextFrameFormat root = text.rootFrame()->frameFormat();
    root.setBottomMargin(footerBandPoints * 96 / 72);
    text.rootFrame()->setFrameFormat(root);
    text.setPageSize(page);
    PageBreaker breaker(text, page.height());
    renderTextDocument(document, &text, [&breaker] { breaker.placeBreaks(false); });
    breaker.placeBreaks(true);
}

void paintWatermark(QPainter &painter, const QSizeF &page, const QString &mark, const QPaintDevice *device)
{
    QFont font = houseFont(100, true);
    const qreal natural = QFontMetricsF(font, device).horizontalAdvance(mark);
    if (natural <= 0)
        return;
    // Across the page's diagonal, filling most of it.
    const qreal diagonal = std::hypot(page.width(), page.height());
    font.setPointSizeF(100 * 0.62 * diagonal / natural);
    const QFontMetricsF metrics(font, device);
    painter.save();
    painter.setFont(font);
    painter.setPen(housestyle::watermarkInk);
    painter.translate(page.width() / 2, page.height() / 2);
    painter.rotate(-qRadiansToDegrees(std::atan2(page.height(), page.width())));
    painter.drawText(QPointF(-metrics.horizontalAdvance(mark) / 2, (metrics.capHeight()) / 2), mark);
    painter.restore();
}

void paintFooter(QPainter &painter, const QSizeF &page, int number, int count, const QString &text,
                 const QPaintDevice *device)
{
    const qreal px = pixelsPerPoint(device);
    const QFont font = houseFont(housestyle::footerSize);
    const QFontMetricsF metrics(font, device);
    const qreal baseline = page.height() - metrics.descent();
    const qreal ruleY = baseline - metrics.ascent() - 5 * px;
    painter.save();
    painter.setPen(QPen(housestyle::rule, 0.5 * px));
    painter.drawLine(QPointF(0, ruleY), QPointF(page.width(), ruleY));
    painter.setFont(font);
    painter.setPen(housestyle::muted);
    const QString pageText = pageNumberTemplate().arg(number).arg(count);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    painter.drawText(QPointF(page.width() - pageWidth, baseline), pageText);
    const QString left = metrics.elidedText(text, Qt::ElideRight, page.width() - pageWidth - 18 * px);
    painter.drawText(QPointF(0, baseline), left);
    painter.restore();
}

QString creatorName()
{
    return QStringLiteral("BoardDesk %1").arg(QStringLiteral(BOARDDESK_VERSION));
}

// The PDF's XMP metadata: what Qt writes for PDF/A-1b, plus the author (dc:creator) and the
// language, which Qt 6.4 has no setter for. Title, creator tool, producer and dates must
// match the document information dictionary Qt writes beside it.
QByteArray xmpMetadata(const DocumentInfo &info, const QDateTime &now)
{
    const QString date = now.toString(Qt::ISODate);
    const QString xmp = QStringLiteral(
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
        "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "      <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "      <dc:language><rdf:Bag><rdf:li>%3</rdf:li></rdf:Bag></dc:language>\n"
        "      <dc:format>application/pdf</dc:format>\n"
        "    </rdf:Description>\n"
        "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" xmp:CreatorTool=\"%4\""
        " xmp:CreateDate=\"%5\" xmp:ModifyDate=\"%5\"/>\n"
        "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" pdf:Producer=\"%6\"/>\n"
        "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" pdfaid:part=\"1\""
        " pdfaid:conformance=\"B\"/>\n"
        "  </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end='w'?>");
    return xmp
        .arg(info.title.toHtmlEscaped(), info.author.toHtmlEscaped(), info.language.toHtmlEscaped(),
             creatorName().toHtmlEscaped(), date, QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())))
        .toUtf8();
}

} // namespace

QPageLayout documentPageLayout(const QPageSize &pageSize)
{
    return QPageLayout(
        pageSize, QPageLayout::Portrait,
        QMarginsF(housestyle::marginLeft, housestyle::marginTop, housestyle::marginRight, housestyle::marginBottom),
        QPageLayout::Millimeter);
}

Result<void> paintDocument(const Document &document, QPagedPaintDevice *device)
{
    const QString name = document.info.title;
    if (!device)
        return Error {tr("There is nothing to print %1 on.").arg(name)};
    const QSizeF page(device->width(), device->height());
    if (page.isEmpty())
        return Error {tr("The page has no room left inside its margins for %1.").arg(name)};

    QTextDocument text;
    layOut(document, text, device, page);
    const int pages = text.pageCount();
    // Qt lays text out in fixed-point numbers that overflow some thousands of pages down,
    // after which it draws nothing: refuse well before, rather than write blank pages.
    if (pages > maxPages)
        return Error {tr("%1 would run to %2 pages, more than the %3 a document can have.")
                          .arg(name, britishNumber(pages), britishNumber(maxPages))};

    QPainter painter;
    if (!painter.begin(device))
        return Error {tr("Could not start the pages of %1.").arg(name)};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error {tr("Could not start page %1 of %2.").arg(i + 1).arg(name)};
        }
        // The mark goes beneath the text, where it cannot hide a word.
        if (!document.info.watermark.isEmpty())
            paintWatermark(painter, page, document.info.watermark, device);
        painter.save();
        painter.translate(0, -i * page.height());
        // The next page's first line starts exactly where this page ends; a clip that took
        // in that edge would draw it here as well, unseen but there for anyone copying or
        // searching the text (or reading it aloud).
        text.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height() - 1));
        painter.restore();
        paintFooter(painter, page, i + 1, pages, document.info.footer, device);
    }
    if (!painter.end())
        return Error {tr("Could not finish the pages of %1.").arg(name)};
    return {};
}

Result<QByteArray> renderPdf(const Document &document, const QPageSize &pageSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error {tr("Could not prepare the PDF of %1.").arg(document.info.title)};
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(document.info.title);
        writer.setCreator(creatorName());
        writer.setDocumentXmpMetadata(xmpMetadata(document.info, Clock::now()));
        if (!writer.setPageLayout(documentPageLayout(pageSize)))
            return Error {tr("The page size %1 has no room for %2.").arg(pageSize.name(), document.info.title)};
        if (auto painted = paintDocument(document, &writer); !painted)
            return painted.error();
    }
    buffer.close();
    return bytes;
}

} // namespace bd
