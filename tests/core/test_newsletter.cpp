// Issue 18: the Information Update as email-ready HTML, plain text and PDF.
#include "externaltools.h"
#include "fixtures.h"
#include "skip.h"

#include "archive/archive.h"
#include "archive/transfer.h"
#include "documents/emailwriter.h"
#include "documents/newsletter.h"
#include "domain/newsletterrules.h"
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

TEST_CASE("The manager's message comes after the title and before \"In this issue\" in every format", "[newsletter]")
{
    Issues issues;
    Newsletter issue = issues.issue(40);
    issue.managerMessage = QStringLiteral("Thank you **all** for <your> work & [the survey](https://example.org/s).");
    REQUIRE(issues.store().update(issue).ok());
    CHECK(issues.issue(40).managerMessage == issue.managerMessage);

    const QString text = renderPlainText(issues.document(40));
    const qsizetype title = text.indexOf(QStringLiteral("Summer <b>special</b> & more"));
    const qsizetype message = text.indexOf(QStringLiteral("Thank you all for <your> work & the survey"));
    const qsizetype contents = text.indexOf(QStringLiteral("In this issue"));
    CHECK(title >= 0);
    CHECK(message > title);
    CHECK(contents > message);
    CHECK(text.contains(QStringLiteral("<https://example.org/s>")));

    QString words;
    const QList<Element> elements = bodyElements(renderEmailHtml(issues.document(40)), &words);
    CHECK(simplified(words).contains(QStringLiteral("Thank you all for <your> work & the survey.")));
    CHECK(std::any_of(elements.cbegin(), elements.cend(), [](const Element &e) {
        return e.name == QLatin1String("a")
            && e.attributes.value(QLatin1String("href")) == QLatin1String("https://example.org/s");
    }));

    // The demo's issues have one; an issue without a message has no such heading.
    CHECK(renderPlainText(issues.document(21)).contains(QStringLiteral("Message from the partnership manager")));
    issue.managerMessage.clear();
    REQUIRE(issues.store().update(issue).ok());
    CHECK_FALSE(renderPlainText(issues.document(40)).contains(QStringLiteral("Message from the partnership manager")));
    issue.managerMessage = QStringLiteral("Thank you **all** for <your> work & [the survey](https://example.org/s).");
    REQUIRE(issues.store().update(issue).ok());

    TempDir dir;
    const QString pdf = dir.path(QStringLiteral("n.pdf"));
    REQUIRE(exportNewsletter(issues.store(), 40, pdf).ok());
    const auto pages = bd::test::pdfPages(bd::test::readFile(pdf));
    if (!pages)
        BD_SKIP("pdftotext is missing: the PDF's text is not checked");
    const QString all = pages->join(QLatin1Char(' ')).simplified();
    CHECK(all.indexOf(QStringLiteral("Thank you all for <your> work")) > 0);
    CHECK(all.indexOf(QStringLiteral("Thank you all for <your> work")) < all.indexOf(QStringLiteral("In this issue")));
}

TEST_CASE("The manager's message travels in the archive; a version 1 archive without it still imports",
          "[newsletter][archive]")
{
    Issues issues;
    auto data = issues.store().loadAll();
    REQUIRE(data.ok());
    const QByteArray bytes = writeArchive(*data, QDateTime(QDate(2025, 1, 1), QTime(9, 0)));
    CHECK(bytes.contains("\"managerMessage\": \"Welcome to the 21st"));
    auto read = readArchive(bytes, QStringLiteral("a.json"));
    INFO(read.errorMessage().toStdString());
    REQUIRE(read.ok());
    CHECK(read->newsletters == data->newsletters);

    // Written before the field existed: no managerMessage at all.
    const QByteArray old = R"json({"format": "boarddesk-archive", "version": 1,
      "partnership": {"name": "P"},
      "newsletters": [{"id": "n1", "number": 1, "date": "2024-01-02", "title": "One",
                       "items": [{"section": "News", "title": "Hello", "links": [{"url": "https://example.org"}]}]}]})json";
    auto oldRead = readArchive(old, QStringLiteral("old.json"));
    INFO(oldRead.errorMessage().toStdString());
    REQUIRE(oldRead.ok());
    REQUIRE(oldRead->newsletters.size() == 1);
    CHECK(oldRead->newsletters.first().managerMessage.isEmpty());
    // And one without a message is written without the key, as before.
    CHECK_FALSE(writeArchive(*oldRead, QDateTime(QDate(2025, 1, 1), QTime(9, 0))).contains("managerMessage"));
}

TEST_CASE("A new issue's number is one past the highest", "[newsletter]")
{
    CHECK(suggestedNewsletterNumber({}) == 1);
    Newsletter a;
    a.number = 21;
    Newsletter b;
    b.number = 7;
    CHECK(suggestedNewsletterNumber({a, b}) == 22);
    Issues issues;
    auto all = issues.store().list<Newsletter>();
    REQUIRE(all.ok());
    CHECK(suggestedNewsletterNumber(*all) == 41);
}

TEST_CASE("The link checker names each malformed link and its item, without going on the network",
          "[newsletter]")
{
    Newsletter issue;
    issue.number = 3;
    issue.managerMessage = QStringLiteral("See [our page](www.example.org) and [the plan](https://example.org/plan).");
    issue.items = {
        {QStringLiteral("News"),
         QStringLiteral("Good news"),
         QStringLiteral("A [mail](mailto:team@example.org) and [a script](javascript:alert(1))."),
         {{QStringLiteral("Fine"), QStringLiteral("https://example.org/a?b=1&c=2")},
          {QStringLiteral("Spaced"), QStringLiteral("https://example.org/a b")},
          {QString(), QStringLiteral("https://example.org/no-label")},
          {QStringLiteral("No host"), QStringLiteral("https:///path")},
          {QStringLiteral("Mail nobody"), QStringLiteral("mailto:")},
          {QStringLiteral("File"), QStringLiteral("file:///etc/passwd")},
          {QStringLiteral("Empty"), QString()},
          {QStringLiteral("Plain http"), QStringLiteral("http://example.org")},
          {QStringLiteral("Mail"), QStringLiteral("mailto:team@example.org?subject=Hi")}}},
    };
    const QList<LinkFinding> findings = checkNewsletterLinks(issue);
    using P = LinkFinding::Problem;
    QList<std::pair<QString, P>> got;
    for (const LinkFinding &f : findings)
        got << std::pair {f.url, f.problem};
    const QList<std::pair<QString, P>> expected {
        {QStringLiteral("www.example.org"), P::NoScheme},
        {QStringLiteral("javascript:alert(1)"), P::Scheme},
        {QStringLiteral("https://example.org/a b"), P::Space},
        {QStringLiteral("https://example.org/no-label"), P::NoLabel},
        {QStringLiteral("https:///path"), P::NoHost},
        {QStringLiteral("mailto:"), P::NoEmailAddress},
        {QStringLiteral("file:///etc/passwd"), P::Scheme},
        {QString(), P::NoAddress},
    };
    CHECK(got == expected);

    REQUIRE(findings.size() == expected.size());
    CHECK(findings.at(0).item == -1);
    CHECK(findings.at(0).message()
          == QStringLiteral("In the manager's message, the link \u201cour page\u201d (www.example.org) does not start "
                            "with https://, http:// or mailto:."));
    CHECK(findings.at(1).inText);
    CHECK(findings.at(1).message().startsWith(QStringLiteral("In the text of \u201cGood news\u201d, the link")));
    CHECK(findings.at(2).item == 0);
    CHECK_FALSE(findings.at(2).inText);
    CHECK(findings.at(2).message()
          == QStringLiteral("In \u201cGood news\u201d, the link \u201cSpaced\u201d (https://example.org/a b) has a space "
                            "in its address."));
    CHECK(findings.at(7).message().contains(QStringLiteral("\u201cEmpty\u201d has no address")));

    // The demo's issues have none; what the checker passes, the documents make live.
    Issues issues;
    for (int number : {21, 22})
        CHECK(checkNewsletterLinks(issues.issue(number)).isEmpty());
    for (const QString &url : {QStringLiteral("https://example.org/a?b=1&c=2"), QStringLiteral("http://example.org"),
                               QStringLiteral("mailto:team@example.org?subject=Hi")}) {
        CHECK_FALSE(linkProblem(QStringLiteral("x"), url));
        CHECK(isSafeLinkTarget(url));
    }
}

TEST_CASE("markdownLinks finds every [label](target) the subset reads, live or not", "[newsletter][markdown]")
{
    CHECK(markdownLinks(QStringLiteral("no links")).isEmpty());
    const auto links
        = markdownLinks(QStringLiteral("- [one](https://a.example)\n- **[two *b*](javascript:x)** and [three](x y)"));
    REQUIRE(links.size() == 2);
    CHECK(links.at(0) == MarkdownLink {QStringLiteral("one"), QStringLiteral("https://a.example")});
    CHECK(links.at(1) == MarkdownLink {QStringLiteral("two *b*"), QStringLiteral("javascript:x")});
}

namespace {

NewsletterItem item(const char *section, const char *title)
{
    return NewsletterItem {QString::fromUtf8(section), QString::fromUtf8(title), {}, {}};
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

QStringList shown(const QList<NewsletterItem> &items)
{
    QStringList out;
    for (const NewsletterItem &i : items)
        out << i.section + QLatin1Char('/') + i.title;
    return out;
}

} // namespace

TEST_CASE("Items move within and across their sections, and sections move with their items", "[newsletter]")
{
    // Stored out of order: the editor and the documents show them grouped.
    const QList<NewsletterItem> items {item("News", "a"), item("Training", "t1"), item("News", "b"),
                                       item("Training", "t2")};
    CHECK(shown(groupedBySection(items))
          == strings({"News/a", "News/b", "Training/t1", "Training/t2"}));
    CHECK(newsletterSections(items) == strings({"News", "Training"}));

    // Down past its neighbour, then across into the next section (its first item), then no further.
    auto once = stepNewsletterItem(items, 0, +1);
    REQUIRE(once);
    CHECK(shown(once->first) == strings({"News/b", "News/a", "Training/t1", "Training/t2"}));
    CHECK(once->second == 1);
    auto across = stepNewsletterItem(once->first, 1, +1);
    REQUIRE(across);
    CHECK(shown(across->first) == strings({"News/b", "Training/a", "Training/t1", "Training/t2"}));
    CHECK(across->second == 1);
    CHECK_FALSE(stepNewsletterItem(items, 0, -1));
    CHECK_FALSE(stepNewsletterItem(items, 3, +1));
    auto up = stepNewsletterItem(items, 2, -1); // t1, first of Training, goes to the end of News
    REQUIRE(up);
    CHECK(shown(up->first) == strings({"News/a", "News/b", "News/t1", "Training/t2"}));

    auto sections = stepNewsletterSection(items, QStringLiteral("Training"), -1);
    REQUIRE(sections);
    CHECK(shown(*sections) == strings({"Training/t1", "Training/t2", "News/a", "News/b"}));
    CHECK_FALSE(stepNewsletterSection(items, QStringLiteral("News"), -1));

    // A drop: before another item (taking its section), or at the end of a section.
    auto dropped = moveNewsletterItem(items, 3, 0, QStringLiteral("News")); // t2 before a
    CHECK(shown(dropped.first) == strings({"News/t2", "News/a", "News/b", "Training/t1"}));
    CHECK(dropped.second == 0);
    auto atEnd = moveNewsletterItem(items, 0, -1, QStringLiteral("Training"));
    CHECK(shown(atEnd.first) == strings({"News/b", "Training/t1", "Training/t2", "Training/a"}));
    CHECK(atEnd.second == 3);
}

TEST_CASE("A dragged section moves with its items", "[newsletter]")
{
    const QList<NewsletterItem> items {item("News", "a"), item("Training", "t1"), item("Diary", "d"),
                                       item("News", "b")};
    CHECK(shown(moveNewsletterSection(items, QStringLiteral("Diary"), QStringLiteral("News")))
          == strings({"Diary/d", "News/a", "News/b", "Training/t1"}));
    CHECK(shown(moveNewsletterSection(items, QStringLiteral("News"), QString()))
          == strings({"Training/t1", "Diary/d", "News/a", "News/b"}));
}

TEST_CASE("An item started from a case review, a course or a bullet comes pre-filled", "[newsletter]")
{
    CaseReview review;
    review.id = QStringLiteral("cr-k");
    review.name = QStringLiteral("Child K");
    review.type = CaseReviewType::Lcspr;
    review.status = CaseReviewStatus::Published;
    review.published = QDate(2024, 9, 30);
    review.url = QStringLiteral("https://example.org/child-k");
    review.note = QStringLiteral("Three lessons for **health** visitors.");
    const NewsletterItem fromReview = newsletterItemFor(review);
    CHECK(fromReview.section == QStringLiteral("Learning from reviews"));
    CHECK(fromReview.title == QStringLiteral("Child K: review published"));
    CHECK(fromReview.body.contains(QStringLiteral("published on 30 September 2024")));
    CHECK(fromReview.body.contains(review.note));
    REQUIRE(fromReview.links.size() == 1);
    CHECK(fromReview.links.first().url == review.url);

    Course course {QStringLiteral("c1"), QStringLiteral("Working with neglect"), CourseFormat::FullDay,
                   QStringLiteral("A day on the graded care profile.")};
    TrainingSession past {QStringLiteral("s0"), QStringLiteral("c1"), QDate(2025, 1, 10)};
    TrainingSession later {QStringLiteral("s2"), QStringLiteral("c1"), QDate(2025, 5, 20)};
    TrainingSession sooner {QStringLiteral("s1"), QStringLiteral("c1"), QDate(2025, 3, 4)};
    TrainingSession cancelled {QStringLiteral("s3"), QStringLiteral("c1"), QDate(2025, 4, 1), SessionStatus::Cancelled};
    TrainingSession other {QStringLiteral("s4"), QStringLiteral("c2"), QDate(2025, 4, 2)};
    const NewsletterItem fromCourse
        = newsletterItemFor(course, {past, later, sooner, cancelled, other}, QDate(2025, 2, 1));
    CHECK(fromCourse.section == QStringLiteral("Training"));
    CHECK(fromCourse.title == course.title);
    CHECK(fromCourse.body
          == QStringLiteral("A day on the graded care profile.\n\nDates:\n- 4 March 2025\n- 20 May 2025"));

    Entry bullet;
    bullet.text = QStringLiteral("The panel agreed a **safer sleep** campaign.");
    Entry child;
    child.text = QStringLiteral("Leaflets in six languages");
    bullet.children << child;
    Meeting meeting;
    meeting.date = QDate(2024, 11, 5);
    const NewsletterItem fromBullet = newsletterItemFor(bullet, meeting, QStringLiteral("Child Death Overview Panel"));
    CHECK(fromBullet.title == QStringLiteral("From the Child Death Overview Panel, 5 November 2024"));
    CHECK(fromBullet.body
          == QStringLiteral("The panel agreed a **safer sleep** campaign.\n\n- Leaflets in six languages"));
}

TEST_CASE("A new item goes to the end of its section, or starts a section after the others", "[newsletter]")
{
    const QList<NewsletterItem> items {item("News", "a"), item("Training", "t1"), item("News", "b")};
    auto [inNews, at] = withNewsletterItem(items, item("News", "c"));
    CHECK(shown(inNews) == strings({"News/a", "News/b", "News/c", "Training/t1"}));
    CHECK(at == 2);
    auto [newSection, last] = withNewsletterItem(items, item("Diary", "d"));
    CHECK(shown(newSection) == strings({"News/a", "News/b", "Training/t1", "Diary/d"}));
    CHECK(last == 3);
}
