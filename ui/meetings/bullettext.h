#pragma once

#include <QString>

class QTextCursor;

namespace bd {

// The Markdown subset a bullet is written in (archive-v1.md): **bold**, *italic* and
// [label](url). Everything else is text.

// The bullet as HTML for display, read by core's text module exactly as the documents read
// it: every character the user typed is escaped, and a link is a link only to http, https or
// mailto.
QString bulletHtml(const QString &markdown);

// Bold (\a mark "**") or italic ("*") for the selection: puts the marks round it, or takes
// them away when it already has them. With no selection, puts an empty pair round the cursor
// so typing goes between them.
void toggleMarks(QTextCursor &cursor, const QString &mark);

// A link: the selection becomes [selection](), with the cursor where the url goes; a
// selected url becomes [](url), with the cursor where the label goes.
void insertLink(QTextCursor &cursor);

} // namespace bd
