#pragma once

#include "document.h"

namespace bd {

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

// All of \a text as one run of inline text, for places that hold no blocks (a table cell):
// paragraphs and list items are joined with spaces, their formatting kept.
Inlines parseMarkdownFlat(const QString &text);

} // namespace bd
