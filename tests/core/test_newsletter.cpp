// Issue 18: the Information Update as email-ready HTML, plain text and PDF.
#include "externaltools.h"
#include "fixtures.h"
#include "skip.h"

#include "archive/transfer.h"
#include "documents/emailwriter.h"
#include "documents/newsletter.h"
#include "store/store.h"
#include "text/markdown.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace bd;
using bd::test::FreshStore;
using bd::test::TempDir;

namespace {

// The demo partnership, and an issue holding what a user might type: markup, a script, a
// link to somewhere no email should send anyone, and an ampersand.
struct Issues {
    FreshStore fresh;
    Newsletter typed;

    Issues()
    {
        REQUIRE(importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false).ok());
        typed.number = 40;
        typed.date = QDate(2025, 6, 2);
        typed.title = QStringLiteral("Summer <b>special</b> & more");
        typed.items = {
            {QStringLiteral("News & views"),
             QStringLiteral("<script>alert('x')</script>"),
             QStringLiteral("Read **this** and [the plan](https://example.org/plan?a=1&b=2)."),
             {{QStringLiteral("Run me"), QStringLiteral("javascript:alert(1)")},
              {QStringLiteral("Write to us"), QStringLiteral("mailto:team@example.org")}}},
            {QStringLiteral("Training"),
             QStringLiteral("Courses"),
             QStringLiteral("- one\n- two"),
             {{QStringLiteral("Book"), QStringLiteral("https://example.org/book")}}},
        };
        auto stored = fresh.store->insert(typed);
        INFO(stored.errorMessage().toStdString());
        REQUIRE(stored.ok());
    }
    Store &store() { return *fresh.store; }
    Newsletter issue(int number)
    {
        auto all = store().list<Newsletter>();
        REQUIRE(all.ok());
        for (const Newsletter &n : std::as_const(*all))
            if (n.number == number)
                return n;
        FAIL("no issue " << number);
        return {};
    }
    Document document(int number)
    {
        auto built = NewsletterBuilder(store()).build(number);
        INFO(built.errorMessage().toStdString());
        REQUIRE(built.ok());
        return *built;
    }
};

struct Element {
    QString name;
    QXmlStreamAttributes attributes;
};

// Every element of the body, with its attributes (the email HTML is well-formed XML but for
// its doctype), and the text of the whole document.
QList<Element> bodyElements(const QByteArray &html, QString *text)
{
    QByteArray xml = html;
    xml.replace("<!DOCTYPE html>", "");
    xml.replace("&nbsp;", "&#160;");
    // Void elements of the head, closed for the XML reader.
    static const QRegularExpression meta(QStringLiteral("<meta ([^>]*[^/])>"));
    xml = QString::fromUtf8(xml).replace(meta, QStringLiteral("<meta \\1/>")).toUtf8();
    QXmlStreamReader reader(xml);
    QList<Element> elements;
    bool inBody = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("body"))
                inBody = true;
            else if (inBody)
                elements << Element {reader.name().toString(), reader.attributes()};
        } else if (reader.isCharacters()) {
            *text += reader.text();
        }
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return elements;
}

// The runs of text a reader sees of text in the Markdown subset, without list markers.
QStringList bodyLines(const QString &markdown)
{
    static const QRegularExpression breaks(QStringLiteral("\\n|(?:^|\\s)\u2022\\s|\\s\\d+\\.\\s"));
    static const QRegularExpression marker(QStringLiteral("^\\s*(- |\\d+\\. )"));
    QStringList lines;
    for (QString line : markdownToPlainText(markdown).split(breaks, Qt::SkipEmptyParts))
        lines << line.remove(marker).simplified();
    return lines;
}

QString simplified(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x00a0), QLatin1Char(' '));
    return out.simplified();
}

} // namespace

TEST_CASE("Newsletter HTML is ready for email: every item and link, inline styles, nothing fetched, text escaped",
          "[newsletter]")
{
    Issues issues;
    for (int number : {21, 22, 40}) {
        INFO("issue " << number);
        const Newsletter issue = issues.issue(number);
        const QByteArray html = renderEmailHtml(issues.document(number));
        const QString source = QString::fromUtf8(html);

        // Nothing a mail client strips or fetches, and no script.
        CHECK_FALSE(source.contains(QStringLiteral("<style"), Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(QStringLiteral("src="), Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(QStringLiteral("url("), Qt::CaseInsensitive));
        CHECK_FALSE(source.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        CHECK(source.contains(QStringLiteral("<html lang=\"en-GB\"")));

        QString text;
        const QList<Element> elements = bodyElements(html, &text);
        REQUIRE_FALSE(elements.isEmpty());
        QSet<QString> hrefs;
        bool sixHundred = false;
        for (const Element &element : elements) {
            INFO(element.name.toStdString());
            if (element.name != QLatin1String("tr") && element.name != QLatin1String("thead")
                && element.name != QLatin1String("tbody"))
                CHECK_FALSE(element.attributes.value(QLatin1String("style")).isEmpty());
            if (element.name == QLatin1String("table")
                && element.attributes.value(QLatin1String("width")) == QLatin1String("600")) {
                sixHundred = true;
                CHECK(element.attributes.value(QLatin1String("role")) == QLatin1String("presentation"));
            }
            if (element.name == QLatin1String("a")) {
                const QString href = element.attributes.value(QLatin1String("href")).toString();
                INFO(href.toStdString());
                CHECK((href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("http://"))
                       || href.startsWith(QLatin1String("mailto:"))));
                hrefs.insert(href);
            }
        }
        CHECK(sixHundred);

        // Every item's title and words, and every link that may be followed, live.
        const QString words = simplified(text);
        for (const NewsletterItem &item : issue.items) {
            INFO(item.title.toStdString());
            CHECK(words.contains(simplified(item.title)));
            CHECK(words.contains(simplified(item.section)));
            for (const QString &line : bodyLines(item.body)) {
                INFO(line.toStdString());
                CHECK(words.contains(line));
            }
            for (const NewsletterLink &link : item.links) {
                if (link.url.startsWith(QLatin1String("javascript:")))
                    continue;
                CHECK(hrefs.contains(link.url));
                CHECK(words.contains(link.label));
            }
        }
    }

    // What was typed is text: the markup and the script show as written, the unsafe link as
    // words, not a link.
    QString text;
    bodyElements(renderEmailHtml(issues.document(40)), &text);
    CHECK(text.contains(QStringLiteral("Summer <b>special</b> & more")));
    CHECK(text.contains(QStringLiteral("<script>alert('x')</script>")));
    CHECK(text.contains(QStringLiteral("Run me (javascript:alert(1))")));
    CHECK(text.contains(QStringLiteral("the plan")));
}

TEST_CASE("Newsletter plain text holds every item and every link's address", "[newsletter]")
{
    Issues issues;
    for (int number : {21, 22, 40}) {
        INFO("issue " << number);
        const Newsletter issue = issues.issue(number);
        const QString text = renderPlainText(issues.document(number));
        CHECK(text.contains(issue.title));
        CHECK(text.contains(QStringLiteral("Issue %1").arg(number)));
        // The words run on as typed once the addresses written after links are taken out.
        static const QRegularExpression address(QStringLiteral(" <[^>\\s]+>"));
        const QString flat = QString(text).remove(address).simplified();
        for (const NewsletterItem &item : issue.items) {
            INFO(item.title.toStdString());
            CHECK(text.contains(item.title));
            for (const QString &line : bodyLines(item.body)) {
                INFO(line.toStdString());
                CHECK(flat.contains(line));
            }
            for (const NewsletterLink &link : item.links) {
                CHECK(text.contains(link.label));
                CHECK(text.contains(link.url));
            }
        }
    }
    // A link in the text keeps its address.
    CHECK(renderPlainText(issues.document(40)).contains(QStringLiteral("the plan <https://example.org/plan?a=1&b=2>")));
}

TEST_CASE("Newsletter exports by extension: HTML for email, text, PDF and ODT; a missing issue is named",
          "[newsletter]")
{
    Issues issues;
    TempDir dir;
    for (const QString &name :
         {QStringLiteral("n.html"), QStringLiteral("n.txt"), QStringLiteral("n.pdf"), QStringLiteral("n.odt")}) {
        const QString path = dir.path(name);
        auto written = exportNewsletter(issues.store(), 21, path);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        CHECK(QFileInfo(path).size() > 1000);
    }
    CHECK(bd::test::readFile(dir.path(QStringLiteral("n.pdf"))).startsWith("%PDF"));
    CHECK(bd::test::readFile(dir.path(QStringLiteral("n.odt"))).startsWith("PK"));

    const auto pages = bd::test::pdfPages(bd::test::readFile(dir.path(QStringLiteral("n.pdf"))));
    if (pages) {
        const QString all = pages->join(QLatin1Char(' ')).simplified();
        for (const NewsletterItem &item : issues.issue(21).items)
            CHECK(all.contains(item.title.simplified()));
        CHECK(all.contains(QStringLiteral("Page 1 of")));
    }

    auto missing = exportNewsletter(issues.store(), 99, dir.path(QStringLiteral("x.html")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("99")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("x.html"))));
    auto unknown = exportNewsletter(issues.store(), 21, dir.path(QStringLiteral("x.docx")));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("x.docx")));
}

TEST_CASE("Newsletter HTML passes axe's WCAG 2 A and AA checks in Chromium", "[newsletter][a11y]")
{
    if (!bd::test::canCheckAccessibility())
        BD_SKIP(
            "Chromium, node or tests/a11y/node_modules (npm ci there) is missing: the accessibility check is skipped");
    Issues issues;
    TempDir dir;
    QStringList files;
    for (int number : {21, 40}) {
        const QString path = dir.path(QStringLiteral("issue-%1.html").arg(number));
        REQUIRE(exportNewsletter(issues.store(), number, path).ok());
        files << path;
    }
    QString report;
    const int status = bd::test::checkAccessibility(files, &report);
    INFO(report.toStdString());
    CHECK(status == 0);
}
