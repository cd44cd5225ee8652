#pragma once

#include "document.h"

#include <QByteArray>
#include <QPageSize>

namespace bd {

// \a document as an OpenDocument text file (ODT, ODF 1.2), for LibreOffice and Word: pages of
// \a pageSize with the house margins; headings as real headings (text:h with outline levels,
// in styles named "Heading 1".. so the navigator and Word's heading styles know them); nested
// lists; tables whose header row repeats on every page; links (http, https, mailto only);
// RAG labels as words on a coloured ground; a footer on every page with the footer text and
// "Page X of Y"; the watermark text (DRAFT) in the header of every page; and title, author
// and language (en-GB) in its metadata.
//
// Written here rather than with QTextDocumentWriter's "odf" format, which in Qt 6.4 writes
// headings as plain paragraphs and has no page footer, header, language or author.
QByteArray renderOdt(const Document &document, const QPageSize &pageSize = QPageSize(QPageSize::A4));

} // namespace bd
