#pragma once

#include "document.h"

#include <QByteArray>

namespace bd {

// \a document as one self-contained HTML5 file (UTF-8, its CSS in the head, nothing
// fetched): lang from the document, a <title>, headings as <h1>..<h6> in the document's
// order, lists as nested <ul>/<ol>, tables with <th scope="col"> header cells, a RAG label
// as words on a coloured ground, the content in <main> and the footer text in <footer>.
// Every piece of text is escaped; the only links are the http, https and mailto ones the
// document holds.
QByteArray renderHtml(const Document &document);

} // namespace bd
