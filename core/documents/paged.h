#pragma once

#include "document.h"
#include "util/result.h"

#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;

namespace bd {

// The page layout every paged document uses: \a pageSize, portrait, with the house margins.
// The ui gives it to its QPrinter so print and PDF look the same.
QPageLayout documentPageLayout(const QPageSize &pageSize = QPageSize(QPageSize::A4));

// Paints \a document on \a device, page by page: the content; on every page the footer text
// and "Page X of Y"; and, when document.info.watermark is set, the watermark across every
// page. Paper and margins are the device's page layout. A heading never ends a page: it
// moves to the next one with what follows it.
//
// This is the one page loop: QPdfWriter (PDF export) and QPrinter (print, print preview)
// both come through here, so the printed page is the PDF page.
Result<void> paintDocument(const Document &document, QPagedPaintDevice *device);

// The document as the bytes of a PDF/A-1b file on \a pageSize paper. The PDF carries the
// title, the author (the XMP dc:creator: Qt 6.4's QPdfWriter has no setAuthor()), the
// language and BoardDesk as its creator.
Result<QByteArray> renderPdf(const Document &document, const QPageSize &pageSize = QPageSize(QPageSize::A4));

} // namespace bd
