#pragma once

#include "documents/export.h"
#include "domain/types.h"
#include "util/result.h"

#include <QString>

class QPrinter;
class QWidget;

namespace bd {

class Store;

// The minutes' "Export minutes..." and "Print..." for the main window and the meeting editor.
// The document comes from core (MinutesBuilder), and prints through core's page loop, so a
// printed page is the PDF page.

// Asks where to save the minutes of \a meeting (PDF, ODT or HTML, by the file name's
// extension; a name without one takes the chosen filter's), writes them there, and shows any
// error in a message box. Returns the path written, or an empty string when the user
// cancelled or the export failed.
QString exportMinutesDialog(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options = {});

// Shows the minutes of \a meeting in a print preview, from which the user prints them.
// Errors are shown in a message box.
void printMinutesWithPreview(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options = {});

// Sets \a printer up for a document: the house page layout on \a pageSize, the document's
// title as the print job's name. The preview and any direct print start from this.
void preparePrinter(QPrinter &printer, const Document &document, const QPageSize &pageSize);

// Prints the minutes of \a meeting on \a printer (already set up, e.g. by a print dialog).
Result<void> printMinutes(QPrinter &printer, Store &store, const Id &meeting, const ExportOptions &options = {});

} // namespace bd
