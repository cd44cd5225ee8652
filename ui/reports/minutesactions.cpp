#include "minutesactions.h"

#include "documents/minutes.h"
#include "documents/paged.h"
#include "store/store.h"
#include "util/outputtarget.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::MinutesActions", text);
}

const QString folderKey = QStringLiteral("exports/folder");
const QString leaveOutNamesKey = QStringLiteral("exports/leaveOutNames");

QString leaveOutNamesText()
{
    return tr("&Leave out people's names");
}

QString leaveOutNamesTip()
{
    return tr("For a public copy: people are shown by their agency or role only, never by name.");
}

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

MinutesExportDialog::MinutesExportDialog(Store &store, const Id &meeting, const ExportOptions &options,
                                         QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_meeting(meeting)
    , m_options(options)
{
    setWindowTitle(tr("Export minutes"));
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir::toNativeSeparators(QDir(folder).filePath(suggestedName(store, meeting)
                                                                           + QStringLiteral(".pdf"))),
                           this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setMinimumWidth(420);
    m_path->setToolTip(tr("A .pdf, .odt or .html file"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    layout->addLayout(form);

    m_leaveOutNames = new QCheckBox(leaveOutNamesText(), this);
    m_leaveOutNames->setObjectName(QStringLiteral("leaveOutNamesBox"));
    m_leaveOutNames->setToolTip(leaveOutNamesTip());
    m_leaveOutNames->setChecked(options.leaveOutNames || settings.value(leaveOutNamesKey, false).toBool());
    layout->addWidget(m_leaveOutNames);
    auto *note = new QLabel(leaveOutNamesTip(), this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &MinutesExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_export->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto written = exportNow();
        if (!written) {
            QMessageBox::warning(this, windowTitle(), written.errorMessage());
            return;
        }
        accept();
    });
}

ExportOptions MinutesExportDialog::options() const
{
    ExportOptions options = m_options;
    options.leaveOutNames = m_leaveOutNames->isChecked();
    return options;
}

QString MinutesExportDialog::path() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return path;
}

void MinutesExportDialog::browse()
{
    const QString pdf = tr("PDF document (*.pdf)");
    const QString odt = tr("OpenDocument text, for LibreOffice and Word (*.odt)");
    const QString html = tr("Web page, one file (*.html)");
    const QString suffix = QFileInfo(path()).suffix().toLower();
    QString filter = suffix == QLatin1String("odt") ? odt : suffix.startsWith(QLatin1String("htm")) ? html : pdf;
    QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(),
                                                  QStringList {pdf, odt, html}.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty())
        return;
    // A name typed without an extension takes the one of the chosen filter.
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += filter == odt ? QStringLiteral(".odt")
            : filter == html    ? QStringLiteral(".html")
                                : QStringLiteral(".pdf");
    m_path->setText(QDir::toNativeSeparators(chosen));
}

Result<QString> MinutesExportDialog::exportNow()
{
    const QString target = path();
    if (target.isEmpty())
        return Error {tr("Choose where to save the minutes.")};
    // The database, its files and other databases are refused before the format is asked.
    if (auto allowed = checkOutputTarget(target, {.database = m_store.path()}); !allowed)
        return allowed.error();
    Result<void> written;
    {
        BusyCursor busy;
        written = exportMinutes(m_store, m_meeting, target, options());
    }
    if (!written)
        return written.error();
    QSettings settings;
    settings.setValue(folderKey, QFileInfo(target).absolutePath());
    settings.setValue(leaveOutNamesKey, m_leaveOutNames->isChecked());
    m_written = target;
    return target;
}

QString exportMinutesDialog(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options)
{
    MinutesExportDialog dialog(store, meeting, options, parent);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    return dialog.written();
}

void printMinutesWithPreview(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options)
{
    const QString title = tr("Print minutes");
    ExportOptions chosen = options;
    chosen.leaveOutNames = options.leaveOutNames || QSettings().value(leaveOutNamesKey, false).toBool();
    Result<Document> document = Error {};
    {
        BusyCursor busy;
        document = MinutesBuilder(store).build(meeting, chosen);
    }
    if (!document) {
        QMessageBox::warning(parent, title, document.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document, options.pageSize);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview: %1").arg(document->info.title));
    // The same choice as the export's, on the preview's toolbar: the pages are made again.
    if (auto *toolBar = preview.findChild<QToolBar *>()) {
        auto *leaveOut = new QCheckBox(leaveOutNamesText(), toolBar);
        leaveOut->setObjectName(QStringLiteral("leaveOutNamesBox"));
        leaveOut->setToolTip(leaveOutNamesTip());
        leaveOut->setChecked(chosen.leaveOutNames);
        toolBar->addSeparator();
        toolBar->addWidget(leaveOut);
        QObject::connect(leaveOut, &QCheckBox::toggled, &preview, [&](bool checked) {
            chosen.leaveOutNames = checked;
            QSettings().setValue(leaveOutNamesKey, checked);
            auto rebuilt = MinutesBuilder(store).build(meeting, chosen);
            if (!rebuilt) {
                QMessageBox::warning(&preview, title, rebuilt.errorMessage());
                return;
            }
            document = std::move(rebuilt);
            if (auto *widget = preview.findChild<QPrintPreviewWidget *>())
                widget->updatePreview();
        });
    }
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
