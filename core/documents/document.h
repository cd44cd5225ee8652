#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace bd {

// A document as BoardDesk produces it (minutes, the annual report, a newsletter), before it
// is any format. Builders fill one in from the store; the writers turn the same Document into
// PDF, ODT, HTML or printed pages, so every format says the same thing in the same order.
//
// The model holds what a reader needs to tell apart (a heading's level, a list's nesting, a
// table's header row, a RAG rating's words) and leaves how it looks to the writers: one
// house style for every document lives in textdocument.cpp (paged formats) and in
// htmlwriter.cpp (HTML).

// The colour a Label is drawn in. A label always carries its words too: colour is never the
// only thing that tells the reader what it means.
enum class Tone { Neutral, Red, Amber, Green, Blue };

// A run of text with one look.
struct Inline {
    enum class Kind {
        Text,
        Link, // href is http, https or mailto: the builders never make any other kind of link
        Label, // a short coloured label such as a RAG rating
    };
    Kind kind = Kind::Text;
    QString text;
    QString href;
    bool bold = false;
    bool italic = false;
    Tone tone = Tone::Neutral;

    friend bool operator==(const Inline &, const Inline &) = default;
};
using Inlines = QList<Inline>;

// What a paragraph is for; the writers give each role its look.
enum class ParagraphRole {
    Body,
    Kicker, // a small line above the title, e.g. the partnership's name
    Subtitle, // the line under the title
    Meta, // facts about the document: date, time, place
    Draft, // says the document is a draft
    Approved, // says when the document was approved
    Note, // a quieter remark, e.g. "Nothing recorded."
};

struct Block;

// One item of a list: its own text, then anything under it (further paragraphs, sub-lists).
struct ListItem {
    Inlines text;
    QList<Block> children;
    friend bool operator==(const ListItem &a, const ListItem &b);
};

struct TableCell {
    Inlines text;
    friend bool operator==(const TableCell &, const TableCell &) = default;
};

struct Table {
    QList<TableCell> header; // the header row: one cell per column
    QList<QList<TableCell>> rows;
    QList<int> columnPercent; // relative column widths, summing to about 100; empty: even
    QString caption; // names the table for a reader who meets it on its own; may be empty
    friend bool operator==(const Table &, const Table &) = default;
};

struct Block {
    enum class Kind { Heading, Paragraph, List, Table };
    Kind kind = Kind::Paragraph;
    int level = 0; // headings: 1 for the title, 2 for a section, 3 below that
    ParagraphRole role = ParagraphRole::Body;
    Inlines text; // headings and paragraphs
    bool ordered = false; // lists: numbered
    int start = 1; // numbered lists: the first number
    QList<ListItem> items; // lists
    Table table; // tables

    static Block heading(int level, const QString &text);
    static Block paragraph(const Inlines &text, ParagraphRole role = ParagraphRole::Body);
    static Block paragraph(const QString &text, ParagraphRole role = ParagraphRole::Body);
    static Block list(const QList<ListItem> &items, bool ordered = false);
    static Block tableOf(const Table &table);

    friend bool operator==(const Block &a, const Block &b);
};

// What a writer needs besides the content.
struct DocumentInfo {
    QString title; // the PDF title, the HTML <title>
    QString author; // the partnership's name
    QString language = QStringLiteral("en-GB");
    QString watermark; // drawn across every page, e.g. "DRAFT"; empty for none
    QString footer; // on every page beside "Page X of Y", e.g. "... Approved on 12 September 2018"
    friend bool operator==(const DocumentInfo &, const DocumentInfo &) = default;
};

struct Document {
    DocumentInfo info;
    QList<Block> blocks;
    friend bool operator==(const Document &, const Document &) = default;
};

// Helpers for building inline text.
Inline plain(const QString &text);
Inline bold(const QString &text);
Inline label(const QString &text, Tone tone);
// A link when \a url is http, https or mailto; otherwise just the words of \a text.
Inline link(const QString &text, const QString &url);
// True for the link targets a document may carry: http, https and mailto.
bool isSafeLinkTarget(const QString &url);

// The words of inline text, without formatting.
QString plainText(const Inlines &text);

// "Page %1 of %2", translated: the page number and the page count, for page footers.
QString pageNumberTemplate();

// A date the British way, "10 July 2018"; empty for an invalid date.
QString longDate(const QDate &date);

// Appends blocks to a Document, keeping the builders short.
class DocumentBuilder {
public:
    explicit DocumentBuilder(DocumentInfo info = {}) { m_document.info = std::move(info); }

    DocumentInfo &info() { return m_document.info; }
    void heading(int level, const QString &text) { m_document.blocks << Block::heading(level, text); }
    void paragraph(const Inlines &text, ParagraphRole role = ParagraphRole::Body)
    {
        m_document.blocks << Block::paragraph(text, role);
    }
    void paragraph(const QString &text, ParagraphRole role = ParagraphRole::Body)
    {
        m_document.blocks << Block::paragraph(text, role);
    }
    // Text in the archive's Markdown subset (see markdown.h): paragraphs and lists.
    void markdown(const QString &text);
    void list(const QList<ListItem> &items, bool ordered = false) { m_document.blocks << Block::list(items, ordered); }
    void table(const Table &table) { m_document.blocks << Block::tableOf(table); }
    void append(const Block &block) { m_document.blocks << block; }

    const Document &document() const { return m_document; }
    Document take() { return std::move(m_document); }

private:
    Document m_document;
};

} // namespace bd
