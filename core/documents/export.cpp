#include "export.h"

#include "htmlwriter.h"
#include "odtwriter.h"
#include "paged.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Documents", text);
}

} // namespace

std::optional<DocumentFormat> documentFormatFromName(QStringView name)
{
    const QString key = name.toString().toLower();
    if (key == QLatin1String("pdf"))
        return DocumentFormat::Pdf;
    if (key == QLatin1String("odt"))
        return DocumentFormat::Odt;
    if (key == QLatin1String("html") || key == QLatin1String("htm"))
        return DocumentFormat::Html;
    return std::nullopt;
}

std::optional<DocumentFormat> documentFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.isEmpty())
        return std::nullopt;
    return documentFormatFromName(suffix);
}

QString documentFormatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Odt:
        return QStringLiteral("odt");
    case DocumentFormat::Html:
        break;
    }
    return QStringLiteral("html");
}

Result<QByteArray> renderDocument(const Document &document, DocumentFormat format, const QPageSize &pageSize)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return renderPdf(document, pageSize);
    case DocumentFormat::Odt:
        return renderOdt(document, pageSize);
    case DocumentFormat::Html:
        break;
    }
    return renderHtml(document);
}

namespace {

const QString pageSizeKey = QStringLiteral("documents/pageSize");

} // namespace

QList<QPageSize> offeredPageSizes()
{
    return {QPageSize(QPageSize::A4), QPageSize(QPageSize::A3), QPageSize(QPageSize::Letter),
            QPageSize(QPageSize::Legal)};
}

QPageSize preferredPageSize()
{
    const QString key = QSettings().value(pageSizeKey).toString();
    for (const QPageSize &size : offeredPageSizes())
        if (size.key() == key)
            return size;
    return QPageSize(QPageSize::A4);
}

void setPreferredPageSize(const QPageSize &pageSize)
{
    QSettings().setValue(pageSizeKey, pageSize.key());
}

ExportOptions ExportOptions::fromSettings()
{
    ExportOptions options;
    options.pageSize = preferredPageSize();
    return options;
}

Result<void> writeDocument(const Document &document, const QString &path, DocumentFormat format,
                           const QPageSize &pageSize, const QString &database)
{
    return writeRendered(
        document, path, [&](const Document &d) { return renderDocument(d, format, pageSize); }, database);
}

Result<void> writeRendered(const Document &document, const QString &path,
                           const std::function<Result<QByteArray>(const Document &)> &render, const QString &database)
{
    const OutputRules rules {.database = database, .access = OutputAccess::Published};
    // Refused before the work of rendering, not after it.
    if (auto allowed = checkOutputTarget(path, rules); !allowed)
        return allowed;
    // Rendered whole in memory first: nothing touches the file until there is all of it.
    auto bytes = render(document);
    if (!bytes)
        return Error {tr("Could not export %1 to %2: %3")
                          .arg(document.info.title, QDir::toNativeSeparators(path), bytes.errorMessage())};
    return writeOutputFile(path, *bytes, rules);
}

} // namespace bd
