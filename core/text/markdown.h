#pragma once

#include "documents/document.h"

namespace bd {

// The text module: the one reader of the archive's Markdown subset, and its renderings. The
// documents (PDF, ODT, HTML), the editor's display of a bullet, the search results and every
// plain-text view read text through these functions and nowhere else.
//
// The archive's Markdown subset (archive-v1.md, the fields marked *md*): paragraphs
// (separated by a blank line), bullet lines "- ", numbered lines "1. " (nested by indenting
// two spaces or more), **bold**, *italic* and [label](url). A backslash before one of
// * _ [ ] ( ) # + - . ! ` keeps that character as it is.
//
// Nothing else is interpreted: raw HTML, "#" headings, "> " quotes, `code`, entities and
// bare URLs all stay the text that was typed. A link becomes a link only when its target is
// http, https or mailto; any other [label](target) stays the text that was typed.
//
// This is parsed here rather than by QTextDocument::setMarkdown() because CommonMark reads
// far more than the subset (headings, code blocks, quotes, entities, "1)" lists), and the
// HTML writer needs the structure anyway; the subset is a few rules, read in one pass.

// The blocks of \a text: paragraphs and lists.
QList<Block> parseMarkdown(const QString &text);

// The inline formatting of one line or paragraph of \a text (line breaks become spaces).
Inlines parseMarkdownInline(const QString &text);

// A [label](target) as typed: the label's text (its marks kept) and the target.
struct MarkdownLink {
    QString label;
    QString target;
    friend bool operator==(const MarkdownLink &, const MarkdownLink &) = default;
};

// Every [label](target) the subset reads in \a text, in order, whatever its target: the
// ones parseMarkdown makes links of and the ones it leaves as typed (a javascript: or
// relative target). A target holding a space ends no link, so it is not among them.
QList<MarkdownLink> markdownLinks(const QString &text);

// All of \a text as one run of inline text, for places that hold no blocks (a table cell):
// paragraphs and list items are joined with spaces, their formatting kept.
Inlines parseMarkdownFlat(const QString &text);

// Renderings ----------------------------------------------------------------------------

// Inline runs as HTML: every character escaped; <strong>, <em>, a link only to a safe target
// (isSafeLinkTarget), and a label as <span class="label tone-...">. The HTML writer and the
// editor's rich text both use this.
QString inlinesHtml(const Inlines &text);

// \a markdown as one line of rich text (for QTextDocument::setHtml or a QLabel): what the
// editor shows of a bullet, read exactly as the documents read it.
QString markdownToHtmlLine(const QString &markdown);

// \a markdown as plain text on one line: **bold** and *italic* lose their marks, a link keeps
// its label, list items keep a bullet or number, backslash escapes are taken out. For the
// outline, search results, CSV and anything else that shows no formatting.
QString markdownToPlainText(const QString &markdown);

} // namespace bd
