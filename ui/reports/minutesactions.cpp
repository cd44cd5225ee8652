#include "minutesactions.h"

#include "documents/minutes.h"
#include "documents/paged.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::MinutesActions", text);
}

const QString folderKey = QStringLiteral("exports/folder");

// A wait cursor while a document is made, put back however the function ends.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

// "Child Death Overview Panel minutes 2025-03-07": sorts by date in a folder, and holds no
// character a file system refuses.
QString suggestedName(Store &store, const Id &meetingId)
{
    auto meeting = store.get<Meeting>(meetingId);
    if (!meeting || !*meeting)
        return tr("Minutes");
    QString body = (*meeting)->body;
    if (auto found = store.get<Body>(body); found && *found)
        body = (*found)->name;
    QString name = tr("%1 minutes %2").arg(body, (*meeting)->date.toString(Qt::ISODate));
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return name.trimmed();
}

} // namespace

void preparePrinter(QPrinter &printer, const Document &document, const QPageSize &pageSize)
{
    printer.setPageLayout(documentPageLayout(pageSize));
    printer.setDocName(document.info.title);
    printer.setCreator(QStringLiteral("BoardDesk %1").arg(QStringLiteral(BOARDDESK_VERSION)));
}

Result<void> printMinutes(QPrinter &printer, Store &store, const Id &meeting, const ExportOptions &options)
{
    auto document = MinutesBuilder(store).build(meeting, options);
    if (!document)
        return document.error();
    return paintDocument(*document, &printer);
}

QString exportMinutesDialog(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options)
{
    const QString title = tr("Export minutes");
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    const QString pdf = tr("PDF document (*.pdf)");
    const QString odt = tr("OpenDocument text, for LibreOffice and Word (*.odt)");
    const QString html = tr("Web page, one file (*.html)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName(store, meeting) + QStringLiteral(".pdf")),
        QStringList {pdf, odt, html}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return QString();
    // A name typed without an extension takes the one of the chosen filter.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == odt ? QStringLiteral(".odt")
            : filter == html  ? QStringLiteral(".html")
                              : QStringLiteral(".pdf");
    settings.setValue(folderKey, QFileInfo(path).absolutePath());

    Result<void> written;
    {
        BusyCursor busy;
        written = exportMinutes(store, meeting, path, options);
    }
    if (!written) {
        QMessageBox::warning(parent, title, written.errorMessage());
        return QString();
    }
    return path;
}

void printMinutesWithPreview(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options)
{
    const QString title = tr("Print minutes");
    Result<Document> document = Error {};
    {
        BusyCursor busy;
        document = MinutesBuilder(store).build(meeting, options);
    }
    if (!document) {
        QMessageBox::warning(parent, title, document.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document, options.pageSize);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview: %1").arg(document->info.title));
    QString failure;
    // The preview asks again whenever the paper or margins change in it.
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        if (auto painted = paintDocument(*document, target); !painted)
            failure = painted.errorMessage();
    });
    preview.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(parent, title, failure);
}

} // namespace bd
