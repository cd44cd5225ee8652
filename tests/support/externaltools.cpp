#include "externaltools.h"

#include "fixtures.h"
#include "skip.h"
#include "testpaths.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace bd::test {

namespace {

QString a11yFolder()
{
    return QDir::cleanPath(QStringLiteral(BOARDDESK_TEST_DATA "/../a11y"));
}

} // namespace

std::optional<QString> tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

QString run(const QString &program, const QStringList &arguments, int *status)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    if (status)
        *status = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
}

std::optional<QStringList> pdfPages(const QByteArray &pdf, const QString &mode)
{
    const auto pdftotext = tool(QStringLiteral("pdftotext"));
    if (!pdftotext) {
        markSkipped(QStringLiteral("pdftotext (poppler-utils) is not installed: the PDF's text is not checked"));
        return std::nullopt;
    }
    TempDir dir;
    const QString path = dir.path(QStringLiteral("document.pdf"));
    writeFile(path, pdf);
    int status = -1;
    QString text = run(*pdftotext, {mode, path, QStringLiteral("-")}, &status);
    REQUIRE(status == 0);
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

bool canCheckAccessibility()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/chromium")) && tool(QStringLiteral("node"))
        && QFileInfo::exists(a11yFolder() + QStringLiteral("/node_modules/axe-core"));
}

int checkAccessibility(const QStringList &files, QString *report)
{
    int status = -1;
    *report = run(*tool(QStringLiteral("node")), QStringList {a11yFolder() + QStringLiteral("/check.mjs")} + files,
                  &status);
    return status;
}

} // namespace bd::test
