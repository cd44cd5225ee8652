#include "document.h"

#include "text/markdown.h"

#include "domain/displaytext.h"

#include <QCoreApplication>
#include <QUrl>

namespace bd {

bool operator==(const ListItem &a, const ListItem &b)
{
    return a.text == b.text && a.children == b.children;
}

bool operator==(const Block &a, const Block &b)
{
    return a.kind == b.kind && a.level == b.level && a.role == b.role && a.text == b.text && a.ordered == b.ordered
        && a.start == b.start && a.items == b.items && a.table == b.table;
}

Block Block::heading(int level, const QString &text)
{
    Block block;
    block.kind = Kind::Heading;
    block.level = level;
    block.text = {plain(text)};
    return block;
}

Block Block::paragraph(const Inlines &text, ParagraphRole role)
{
    Block block;
    block.kind = Kind::Paragraph;
    block.role = role;
    block.text = text;
    return block;
}

Block Block::paragraph(const QString &text, ParagraphRole role)
{
    return paragraph(Inlines {plain(text)}, role);
}

Block Block::list(const QList<ListItem> &items, bool ordered)
{
    Block block;
    block.kind = Kind::List;
    block.ordered = ordered;
    block.items = items;
    return block;
}

Block Block::tableOf(const Table &table)
{
    Block block;
    block.kind = Kind::Table;
    block.table = table;
    return block;
}

Inline plain(const QString &text)
{
    Inline run;
    run.text = text;
    return run;
}

Inline bold(const QString &text)
{
    Inline run = plain(text);
    run.bold = true;
    return run;
}

Inline label(const QString &text, Tone tone)
{
    Inline run = plain(text);
    run.kind = Inline::Kind::Label;
    run.tone = tone;
    return run;
}

Inline link(const QString &text, const QString &url)
{
    Inline run = plain(text.isEmpty() ? url : text);
    if (isSafeLinkTarget(url)) {
        run.kind = Inline::Kind::Link;
        run.href = url;
    }
    return run;
}

bool isSafeLinkTarget(const QString &url)
{
    // Only targets a reader can trust from a document: a web page or an email address. A
    // javascript:, data:, file: or relative target would run, read or point at something
    // on the reader's own machine.
    for (const QChar c : url) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !parsed.host().isEmpty();
    if (scheme == QLatin1String("mailto"))
        return !parsed.path().isEmpty();
    return false;
}

QString plainText(const Inlines &text)
{
    QString words;
    for (const Inline &run : text)
        words += run.text;
    return words;
}

QString pageNumberTemplate()
{
    return QCoreApplication::translate("bd::Documents", "Page %1 of %2");
}

QString longDate(const QDate &date)
{
    return displayDate(date);
}

void DocumentBuilder::markdown(const QString &text)
{
    m_document.blocks << parseMarkdown(text);
}

} // namespace bd
