#pragma once

#include "documents/export.h"
#include "domain/types.h"
#include "util/result.h"

#include <QDialog>
#include <QString>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QUrl;
class QPrinter;
class QPushButton;
class QWidget;

namespace bd {

class Store;

// The minutes' "Export minutes..." and "Print..." for the main window and the meeting editor.
// The document comes from core (MinutesBuilder), and prints through core's page loop, so a
// printed page is the PDF page.

// "Export minutes": the format as a choice (PDF, ODT, web page), where to save them (with a
// Browse... button for the file dialog; the name takes the format's extension) and whether to
// leave people's names out, for a public copy. Export writes them and the dialog then offers
// "Open" and "Show in folder"; an error is shown and the dialog stays.
class MinutesExportDialog : public QDialog {
    Q_OBJECT

public:
    MinutesExportDialog(Store &store, const Id &meeting, const ExportOptions &options = ExportOptions::fromSettings(),
                        QWidget *parent = nullptr);

    QLineEdit *pathEdit() { return m_path; }
    QCheckBox *leaveOutNamesBox() { return m_leaveOutNames; }
    QPushButton *exportButton() { return m_export; }
    // The format chosen; choosing one gives the file name its extension.
    DocumentFormat format() const;
    void setFormat(DocumentFormat format);
    QPushButton *openButton() { return m_open; }
    QPushButton *showFolderButton() { return m_showFolder; }
    // For tests: what opens a file or folder in place of the desktop's program for it.
    static void setUrlOpener(std::function<void(const QUrl &)> opener);
    // The options chosen: those given, with the names box's answer.
    ExportOptions options() const;
    // The path typed, with the extension of the format when it has none.
    QString path() const;
    // Writes the minutes to path() with options(); the path written, or the error.
    Result<QString> exportNow();
    // The path the last successful export wrote; empty before one.
    QString written() const { return m_written; }

private:
    void browse();
    void syncFormatFromPath();
    void showDone();

    Store &m_store;
    Id m_meeting;
    ExportOptions m_options;
    QButtonGroup *m_formats;
    QLineEdit *m_path;
    QCheckBox *m_leaveOutNames;
    QPushButton *m_export;
    QWidget *m_doneRow;
    QLabel *m_done;
    QPushButton *m_open;
    QPushButton *m_showFolder;
    QString m_written;
};

// Asks in what format and where to save the minutes of \a meeting, writes them there, and
// shows any error in a message box. Returns the path written, or an empty string when the
// user cancelled or the export failed.
QString exportMinutesDialog(QWidget *parent, Store &store, const Id &meeting,
                            const ExportOptions &options = ExportOptions::fromSettings());

// Shows the minutes of \a meeting in a print preview, from which the user prints them.
// Errors are shown in a message box.
void printMinutesWithPreview(QWidget *parent, Store &store, const Id &meeting,
                             const ExportOptions &options = ExportOptions::fromSettings());

// Sets \a printer up for a document: the house page layout on \a pageSize, the document's
// title as the print job's name. The preview and any direct print start from this.
void preparePrinter(QPrinter &printer, const Document &document, const QPageSize &pageSize);

// Prints the minutes of \a meeting on \a printer (already set up, e.g. by a print dialog).
Result<void> printMinutes(QPrinter &printer, Store &store, const Id &meeting,
                          const ExportOptions &options = ExportOptions::fromSettings());

} // namespace bd
