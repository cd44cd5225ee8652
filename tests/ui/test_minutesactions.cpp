// Printing minutes: the print preview and the printer get the same pages as the PDF export,
// because both go through core's one page loop.
#include "fixtures.h"
#include "skip.h"

#include "archive/transfer.h"
#include "documents/export.h"
#include "documents/minutes.h"
#include "documents/paged.h"
#include "reports/minutesactions.h"
#include "settings/documentsettings.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace bd;
using bd::test::FreshStore;
using bd::test::TempDir;

namespace {

// The text of each page of a PDF, as pdftotext lays it out; empty when poppler-utils is missing.
QStringList pdfPages(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

} // namespace

TEST_CASE("Printed minutes are the PDF's pages: same page breaks, footers and watermark", "[ui][minutes]")
{
    FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    TempDir dir;
    // Long enough for two pages, and a draft.
    const Id meeting = QStringLiteral("board-2024-12-10");
    auto document = MinutesBuilder(*fresh.store).build(meeting);
    REQUIRE(document.ok());

    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, *document, QPageSize(QPageSize::A4));
    CHECK(printer.pageLayout() == documentPageLayout(QPageSize(QPageSize::A4)));
    CHECK(printer.docName() == document->info.title);

    // What the print preview shows: it asks for the pages through paintRequested.
    int painted = 0;
    QPrintPreviewWidget preview(&printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview, [&](QPrinter *target) {
        ++painted;
        CHECK(paintDocument(*document, target).ok());
    });
    preview.updatePreview();
    CHECK(painted >= 1);
    CHECK(preview.pageCount() >= 2);

    // What the printer prints, caught as a PDF, against the exported PDF.
    const QString printed = dir.path(QStringLiteral("printed.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    auto result = printMinutes(printer, *fresh.store, meeting);
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    const QString exported = dir.path(QStringLiteral("exported.pdf"));
    REQUIRE(writeDocument(*document, exported, DocumentFormat::Pdf).ok());

    const QStringList printedPages = pdfPages(printed);
    const QStringList exportedPages = pdfPages(exported);
    if (exportedPages.isEmpty())
        BD_SKIP("pdftotext (poppler-utils) is not installed: the printed text is not compared");
    CHECK(printedPages.size() == preview.pageCount());
    CHECK(printedPages == exportedPages);
    CHECK(printedPages.last().contains(QStringLiteral("Page %1 of %1").arg(printedPages.size())));
}

TEST_CASE("Printing the minutes of a meeting that is not there fails with its name", "[ui][minutes]")
{
    FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    TempDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.path(QStringLiteral("nothing.pdf")));
    auto result = printMinutes(printer, *fresh.store, QStringLiteral("no-such-meeting"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.errorMessage().contains(QStringLiteral("no-such-meeting")));
}

TEST_CASE("The paper chosen on the settings page is what exported and printed minutes use", "[ui][minutes][settings]")
{
    QSettings().remove(QStringLiteral("documents/pageSize"));
    DocumentSettings settings;
    QComboBox *box = settings.pageSizeBox();
    CHECK(box->currentData().toString() == QPageSize(QPageSize::A4).key()); // until one is chosen

    box->setCurrentIndex(box->findData(QPageSize(QPageSize::Letter).key()));
    CHECK(preferredPageSize().isEquivalentTo(QPageSize(QPageSize::Letter)));

    FreshStore fresh;
    MinutesExportDialog dialog(*fresh.store, QStringLiteral("m1"));
    CHECK(dialog.options().pageSize.isEquivalentTo(QPageSize(QPageSize::Letter)));
    // And the page comes back chosen the next time the settings are opened.
    DocumentSettings again;
    CHECK(again.pageSizeBox()->currentData().toString() == QPageSize(QPageSize::Letter).key());
    QSettings().remove(QStringLiteral("documents/pageSize"));
}

TEST_CASE("The export format is chosen without typing an extension, and the file can be opened after",
          "[ui][minutes][export]")
{
    QSettings().remove(QStringLiteral("exports"));
    FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    test::TempDir dir;
    QList<QUrl> opened;
    MinutesExportDialog::setUrlOpener([&opened](const QUrl &url) { opened << url; });
    {
        MinutesExportDialog dialog(*fresh.store, QStringLiteral("board-2024-12-10"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        CHECK(dialog.format() == DocumentFormat::Pdf);
        // A name without an extension, typed; then ODT chosen with its key (Alt+D).
        dialog.pathEdit()->setFocus();
        dialog.pathEdit()->selectAll();
        QTest::keyClicks(dialog.pathEdit(), dir.path(QStringLiteral("board minutes")));
        QTest::keyClick(dialog.pathEdit(), Qt::Key_D, Qt::AltModifier);
        QTest::qWait(200); // a mnemonic clicks as the mouse would, press then release
        CHECK(dialog.format() == DocumentFormat::Odt);
        CHECK(dialog.pathEdit()->text().endsWith(QStringLiteral("board minutes.odt")));
        // The web page, the same way: the extension follows.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
        QTest::qWait(200);
        CHECK(dialog.format() == DocumentFormat::Html);
        CHECK(dialog.path() == dir.path(QStringLiteral("board minutes.html")));
        CHECK_FALSE(dialog.openButton()->isVisible());
        dialog.exportButton()->setFocus();
        QTest::keyClick(dialog.exportButton(), Qt::Key_Space);
        REQUIRE(dialog.written() == dir.path(QStringLiteral("board minutes.html")));
        CHECK(QFile::exists(dialog.written()));
        CHECK(test::readFile(dialog.written()).startsWith("<!DOCTYPE html>"));
        // Then: Open and Show in folder.
        CHECK(dialog.isVisible());
        CHECK(dialog.openButton()->isVisible());
        CHECK(dialog.showFolderButton()->isVisible());
        CHECK(dialog.openButton()->hasFocus());
        QTest::keyClick(dialog.openButton(), Qt::Key_Space);
        dialog.showFolderButton()->click();
        REQUIRE(opened.size() == 2);
        CHECK(opened.at(0) == QUrl::fromLocalFile(dir.path(QStringLiteral("board minutes.html"))));
        CHECK(opened.at(1) == QUrl::fromLocalFile(dir.root()));
    }
    // The format chosen last comes back.
    MinutesExportDialog again(*fresh.store, QStringLiteral("board-2024-12-10"));
    CHECK(again.format() == DocumentFormat::Html);
    CHECK(again.pathEdit()->text().endsWith(QStringLiteral(".html")));
    MinutesExportDialog::setUrlOpener({});
    QSettings().remove(QStringLiteral("exports"));
}

// Not a test: draws the export dialog after an export, for looking at it.
TEST_CASE("export dialog screenshot", "[.screenshot]")
{
    const QString target = qEnvironmentVariable("BOARDDESK_SCREENSHOT");
    REQUIRE_FALSE(target.isEmpty());
    FreshStore fresh;
    REQUIRE(importArchive(*fresh.store, test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
    test::TempDir dir;
    MinutesExportDialog dialog(*fresh.store, QStringLiteral("board-2024-12-10"));
    dialog.pathEdit()->setText(dir.path(QStringLiteral("Board minutes 2024-12-10.pdf")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.exportButton()->click();
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(target));
}
