#pragma once

#include "document.h"
#include "util/outputtarget.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>

#include <functional>
#include <optional>

namespace bd {

// The formats every document is produced in.
enum class DocumentFormat { Pdf, Odt, Html };

// "pdf", "odt" or "html" (any case; "htm" too); nothing for anything else.
std::optional<DocumentFormat> documentFormatFromName(QStringView name);
// The format a file name's extension asks for: .pdf, .odt, .html or .htm; nothing otherwise.
std::optional<DocumentFormat> documentFormatForPath(const QString &path);
// "pdf", "odt", "html".
QString documentFormatName(DocumentFormat format);

// How a document is exported; the same for minutes, reports and newsletters.
struct ExportOptions {
    // Public copies: people are shown by agency (or role) only, never by name.
    bool leaveOutNames = false;
    // Paper for PDF and ODT (the settings' page size); HTML has no pages of its own.
    QPageSize pageSize = QPageSize(QPageSize::A4);

    // The options a user's exports start from: the paper chosen in the settings
    // (preferredPageSize()). The GUI and boarddesk-cli both start here.
    static ExportOptions fromSettings();
};

// The paper documents are laid out on, as chosen in the settings (QSettings, shared by
// boarddesk and boarddesk-cli so both make the same document); A4 until one is chosen.
QPageSize preferredPageSize();
void setPreferredPageSize(const QPageSize &pageSize);
// The sizes the settings offer: A4, A3, Letter, Legal.
QList<QPageSize> offeredPageSizes();

// \a document as the bytes of a file in \a format.
Result<QByteArray> renderDocument(const Document &document, DocumentFormat format,
                                  const QPageSize &pageSize = QPageSize(QPageSize::A4));

// Writes \a document to \a path in \a format, whole or not at all: a failed export leaves
// any old file as it was and no new one. Errors name the file. \a database is the open
// database, which (with its own files) is never written over (see checkOutputTarget). A
// document is for publishing: it is created as the umask says.
Result<void> writeDocument(const Document &document, const QString &path, DocumentFormat format,
                           const QPageSize &pageSize = QPageSize(QPageSize::A4), const QString &database = {});
// The same for a writer of its own (a newsletter's email HTML, plain text): what \a render
// makes of \a document, with the same checks first, whole or not at all.
Result<void> writeRendered(const Document &document, const QString &path,
                           const std::function<Result<QByteArray>(const Document &)> &render,
                           const QString &database = {});

} // namespace bd
