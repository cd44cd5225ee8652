#include "minutesactions.h"

#include "documents/minutes.h"
#include "documents/paged.h"
#include "store/store.h"
#include "util/outputtarget.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
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
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::MinutesActions", text);
}

const QString folderKey = QStringLiteral("exports/folder");
const QString leaveOutNamesKey = QStringLiteral("exports/leaveOutNames");
const QString formatKey = QStringLiteral("exports/format");

std::function<void(const QUrl &)> &urlOpener()
{
    static std::function<void(const QUrl &)> opener = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    return opener;
}

QString extensionOf(DocumentFormat format)
{
    return QLatin1Char('.') + documentFormatName(format);
}

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

MinutesExportDialog::MinutesExportDialog(Store &store, const Id &meeting, const ExportOptions &options, QWidget *parent)
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
    // The format is a choice, not something to know and type.
    m_formats = new QButtonGroup(this);
    auto *formatRow = new QVBoxLayout;
    formatRow->setSpacing(4);
    const QList<std::pair<DocumentFormat, QString>> formats {
        {DocumentFormat::Pdf, tr("&PDF, to print or send as it is")},
        {DocumentFormat::Odt, tr("O&DT, to edit in Word or LibreOffice")},
        {DocumentFormat::Html, tr("&Web page (HTML), one file")}};
    for (const auto &[format, text] : formats) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("format-") + documentFormatName(format));
        m_formats->addButton(radio, int(format));
        formatRow->addWidget(radio);
    }
    auto *formatLabel = new QLabel(tr("Format:"), this);
    form->addRow(formatLabel, formatRow);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(
        QDir::toNativeSeparators(QDir(folder).filePath(suggestedName(store, meeting) + QStringLiteral(".pdf"))), this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setMinimumWidth(420);
    m_path->setToolTip(tr("The file to write; it takes the extension of the format chosen above"));
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

    // After an export: where it went, and the two things one does next.
    m_doneRow = new QWidget(this);
    auto *doneLayout = new QHBoxLayout(m_doneRow);
    doneLayout->setContentsMargins(0, 6, 0, 0);
    m_done = new QLabel(m_doneRow);
    m_done->setObjectName(QStringLiteral("exportDone"));
    m_done->setTextFormat(Qt::PlainText);
    m_done->setWordWrap(true);
    m_open = new QPushButton(tr("&Open"), m_doneRow);
    m_open->setObjectName(QStringLiteral("openExportButton"));
    m_open->setToolTip(tr("Open the file in the program your computer uses for it"));
    m_showFolder = new QPushButton(tr("Show in &folder"), m_doneRow);
    m_showFolder->setObjectName(QStringLiteral("showFolderButton"));
    doneLayout->addWidget(m_done, 1);
    doneLayout->addWidget(m_open);
    doneLayout->addWidget(m_showFolder);
    m_doneRow->hide();
    layout->addWidget(m_doneRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ApplyRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(buttons);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_written.isEmpty())
            urlOpener()(QUrl::fromLocalFile(m_written));
    });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        if (!m_written.isEmpty())
            urlOpener()(QUrl::fromLocalFile(QFileInfo(m_written).absolutePath()));
    });
    const auto saved = documentFormatFromName(settings.value(formatKey).toString());
    m_formats->button(int(saved.value_or(DocumentFormat::Pdf)))->setChecked(true);
    setFormat(saved.value_or(DocumentFormat::Pdf));
    connect(m_formats, &QButtonGroup::idClicked, this, [this](int id) { setFormat(DocumentFormat(id)); });
    connect(m_path, &QLineEdit::textChanged, this, &MinutesExportDialog::syncFormatFromPath);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        // A new target: the buttons for the last file no longer apply.
        if (!m_written.isEmpty() && QDir::fromNativeSeparators(m_path->text().trimmed()) != m_written)
            m_doneRow->hide();
    });

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
        showDone();
    });
}

void MinutesExportDialog::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    urlOpener() = opener ? std::move(opener) : [](const QUrl &url) { QDesktopServices::openUrl(url); };
}

DocumentFormat MinutesExportDialog::format() const
{
    return DocumentFormat(std::max(0, m_formats->checkedId()));
}

void MinutesExportDialog::setFormat(DocumentFormat format)
{
    if (QAbstractButton *button = m_formats->button(int(format)); button && !button->isChecked())
        button->setChecked(true);
    // The file's name takes the format's extension, in place of another format's.
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (documentFormatForPath(path) || info.suffix().isEmpty()) {
        const QString base = info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
        path = base + extensionOf(format);
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

void MinutesExportDialog::syncFormatFromPath()
{
    if (const auto typed = documentFormatForPath(m_path->text().trimmed()))
        if (QAbstractButton *button = m_formats->button(int(*typed)))
            button->setChecked(true);
}

void MinutesExportDialog::showDone()
{
    m_done->setText(tr("The minutes are saved in %1.").arg(QDir::toNativeSeparators(m_written)));
    m_doneRow->show();
    m_open->setDefault(true);
    m_open->setFocus(Qt::OtherFocusReason);
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
        path += extensionOf(format());
    return path;
}

void MinutesExportDialog::browse()
{
    const QString pdf = tr("PDF document (*.pdf)");
    const QString odt = tr("OpenDocument text, for LibreOffice and Word (*.odt)");
    const QString html = tr("Web page, one file (*.html)");
    QString filter = format() == DocumentFormat::Odt ? odt : format() == DocumentFormat::Html ? html : pdf;
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
    syncFormatFromPath();
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
    if (const auto chosen = documentFormatForPath(target))
        settings.setValue(formatKey, documentFormatName(*chosen));
    m_written = target;
    return target;
}

QString exportMinutesDialog(QWidget *parent, Store &store, const Id &meeting, const ExportOptions &options)
{
    MinutesExportDialog dialog(store, meeting, options, parent);
    dialog.exec(); // stays open after the export, for Open and Show in folder
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
