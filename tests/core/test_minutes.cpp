// Minutes as a reader gets them, in PDF, ODT and HTML: the headings in order, every bullet
// once and nested as entered, who came from which agency, the actions arising with their RAG
// in words, page footers, DRAFT on every page of a draft and on none of approved minutes, and
// what users type kept as text. The document engine under them (Markdown subset, writers) is
// the one the annual report and the newsletter use.
#include "externaltools.h"
#include "fixtures.h"
#include "skip.h"
#include "testpaths.h"

#include "archive/transfer.h"
#include "documents/export.h"
#include "documents/htmlwriter.h"
#include "documents/minutes.h"
#include "documents/odtwriter.h"
#include "documents/paged.h"
#include "store/store.h"
#include "text/markdown.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <optional>

using namespace bd;
using bd::test::FreshStore;
using bd::test::pdfPages;
using bd::test::TempDir;

namespace {

// The demo partnership in a fresh database.
struct Demo {
    FreshStore fresh;
    Demo()
    {
        auto imported = importArchive(*fresh.store, bd::test::demoArchive(), QStringLiteral("northvale.json"), false);
        INFO(imported.errorMessage().toStdString());
        REQUIRE(imported.ok());
    }
    Store &store() { return *fresh.store; }
    Meeting meeting(const Id &id)
    {
        auto found = store().get<Meeting>(id);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        return **found;
    }
    Document minutes(const Id &id, const ExportOptions &options = {})
    {
        auto document = MinutesBuilder(store()).build(id, options);
        INFO(document.errorMessage().toStdString());
        REQUIRE(document.ok());
        return *document;
    }
};

// A tiny DOM of an XML document (the HTML export is well-formed XML, and so is ODF).
struct Node {
    QString name; // empty for text
    QHash<QString, QString> attributes;
    QList<Node> children;
    QString text;

    QString attribute(const QString &key) const { return attributes.value(key); }
    // All the text under this node.
    QString allText() const
    {
        if (name.isEmpty())
            return text;
        QString out;
        for (const Node &child : children)
            out += child.allText();
        return out;
    }
    // The text under this node, leaving out the elements named in \a skip (nested lists).
    QString textWithout(const QStringList &skip) const
    {
        if (name.isEmpty())
            return text;
        QString out;
        for (const Node &child : children) {
            if (!skip.contains(child.name))
                out += child.textWithout(skip);
        }
        return out;
    }
    void findAll(const QString &element, QList<const Node *> &out) const
    {
        if (name == element)
            out << this;
        for (const Node &child : children)
            child.findAll(element, out);
    }
    QList<const Node *> all(const QString &element) const
    {
        QList<const Node *> out;
        findAll(element, out);
        return out;
    }
    QList<const Node *> elements() const
    {
        QList<const Node *> out;
        for (const Node &child : children) {
            if (!child.name.isEmpty())
                out << &child;
        }
        return out;
    }
};

Node parseXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    xml.setNamespaceProcessing(false);
    Node root;
    root.name = QStringLiteral("#document");
    QList<Node *> stack {&root};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            Node element;
            element.name = xml.qualifiedName().toString();
            for (const QXmlStreamAttribute &a : xml.attributes())
                element.attributes.insert(a.qualifiedName().toString(), a.value().toString());
            stack.last()->children << element;
            stack << &stack.last()->children.last();
        } else if (xml.isEndElement()) {
            stack.removeLast();
        } else if (xml.isCharacters()) {
            Node text;
            text.text = xml.text().toString();
            stack.last()->children << text;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE(!xml.hasError());
    return root;
}

QString simplified(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x00a0), QLatin1Char(' '));
    out.replace(QChar(0x2003), QLatin1Char(' '));
    return out.simplified();
}

// What a reader sees of a bullet typed in the Markdown subset, worked out without the
// parser under test: links keep their label, the emphasis marks go.
QString readerText(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\((https?|mailto)[^)]*\\)"));
    text.replace(link, QStringLiteral("\\1"));
    text.remove(QStringLiteral("**"));
    text.remove(QLatin1Char('*'));
    return text;
}

// Each bullet as "depth|text", depth first, in order.
void outline(const QList<Entry> &entries, int depth, QStringList &out)
{
    for (const Entry &entry : entries) {
        out << QStringLiteral("%1|%2").arg(depth).arg(readerText(entry.text));
        outline(entry.children, depth + 1, out);
    }
}

// The same from an HTML list.
void outline(const Node &list, int depth, QStringList &out)
{
    for (const Node *item : list.elements()) {
        REQUIRE(item->name == QStringLiteral("li"));
        out << QStringLiteral("%1|%2").arg(depth).arg(
            simplified(item->textWithout({QStringLiteral("ul"), QStringLiteral("ol")})));
        for (const Node *child : item->elements()) {
            if (child->name == QStringLiteral("ul") || child->name == QStringLiteral("ol"))
                outline(*child, depth + 1, out);
        }
    }
}

// The same from an ODF list.
void odfOutline(const Node &list, int depth, QStringList &out)
{
    for (const Node *item : list.elements()) {
        REQUIRE(item->name == QStringLiteral("text:list-item"));
        for (const Node *child : item->elements()) {
            if (child->name == QStringLiteral("text:p"))
                out << QStringLiteral("%1|%2").arg(depth).arg(simplified(child->allText()));
            else if (child->name == QStringLiteral("text:list"))
                odfOutline(*child, depth + 1, out);
        }
    }
}

QList<Entry> entriesOf(const Meeting &meeting, EntryKind kind)
{
    QList<Entry> out;
    for (const Entry &entry : meeting.entries) {
        if (entry.kind == kind)
            out << entry;
    }
    return out;
}

QList<Action> actionsRaisedAt(Store &store, const Meeting &meeting)
{
    auto actions = store.list<Action>();
    REQUIRE(actions.ok());
    QList<Action> out;
    for (const Action &action : std::as_const(*actions)) {
        if (action.raisedAt == meeting.id)
            out << action;
    }
    return out;
}

// The actions, not raised at \a meeting, that were given a review there (the minutes'
// "Actions reviewed").
QList<Action> actionsReviewedAt(Store &store, const Meeting &meeting)
{
    auto actions = store.list<Action>();
    REQUIRE(actions.ok());
    QList<Action> out;
    for (const Action &action : std::as_const(*actions)) {
        if (action.raisedAt != meeting.id
            && std::any_of(action.reviews.cbegin(), action.reviews.cend(),
                           [&](const ActionReview &r) { return r.meeting == meeting.id; }))
            out << action;
    }
    return out;
}

QString ragWord(const Action &action)
{
    const auto rag = action.currentRag();
    if (!rag)
        return QStringLiteral("Not rated");
    switch (*rag) {
    case Rag::Red:
        return QStringLiteral("Red");
    case Rag::Amber:
        return QStringLiteral("Amber");
    case Rag::Green:
        return QStringLiteral("Green");
    case Rag::Complete:
        break;
    }
    return QStringLiteral("Complete");
}

// The headings a reader expects, in order, for the minutes of \a meeting.
QStringList expectedSections(Store &store, const Meeting &meeting, const Partnership &partnership)
{
    const bool held = meeting.status == MeetingStatus::Held;
    QStringList sections;
    if (held || !meeting.attendance.isEmpty())
        sections << QStringLiteral("Attendance");
    if (held || !entriesOf(meeting, EntryKind::Did).isEmpty())
        sections << partnership.headings.did;
    if (held || !entriesOf(meeting, EntryKind::Difference).isEmpty())
        sections << partnership.headings.difference;
    if (!entriesOf(meeting, EntryKind::Note).isEmpty())
        sections << QStringLiteral("Notes");
    if (held || !actionsRaisedAt(store, meeting).isEmpty())
        sections << QStringLiteral("Actions arising");
    if (!actionsReviewedAt(store, meeting).isEmpty())
        sections << QStringLiteral("Actions reviewed");
    return sections;
}

// The list that follows the level-2 heading \a heading in \a main, or nothing.
const Node *listAfter(const Node &main, const QString &heading)
{
    const QList<const Node *> blocks = main.elements();
    for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
        if (blocks.at(i)->name == QStringLiteral("h2") && simplified(blocks.at(i)->allText()) == heading)
            return blocks.at(i + 1)->name == QStringLiteral("ul") ? blocks.at(i + 1) : nullptr;
    }
    return nullptr;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// The PDF's running text: pages joined, the watermark's letters and the footers taken out,
// whitespace made single, so a bullet reads whole even where a page break cut it.
QString runningText(const QStringList &pages, const DocumentInfo &info)
{
    static const QRegularExpression pageNumber(QStringLiteral("Page \\d+ of \\d+"));
    QStringList lines;
    for (const QString &page : pages) {
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            QString kept = simplified(line);
            kept.remove(simplified(info.footer));
            kept.remove(pageNumber);
            kept = kept.trimmed();
            if (kept.isEmpty() || (!info.watermark.isEmpty() && info.watermark.contains(kept)))
                continue;
            lines << kept;
        }
    }
    return simplified(lines.join(QLatin1Char(' ')));
}

struct ZipEntry {
    QString name;
    int method = -1;
    QByteArray data; // as stored
};

// The entries of a zip archive, read from their local headers in order.
QList<ZipEntry> zipEntries(const QByteArray &zip)
{
    auto u16 = [&zip](qsizetype at) { return int(quint8(zip.at(at))) | int(quint8(zip.at(at + 1))) << 8; };
    auto u32 = [&](qsizetype at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
    QList<ZipEntry> entries;
    qsizetype at = 0;
    while (at + 30 <= zip.size() && u32(at) == 0x04034b50) {
        ZipEntry entry;
        entry.method = u16(at + 8);
        const quint32 size = u32(at + 18);
        const int nameLength = u16(at + 26);
        const int extraLength = u16(at + 28);
        entry.name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        entry.data = zip.mid(at + 30 + nameLength + extraLength, size);
        entries << entry;
        at += 30 + nameLength + extraLength + size;
    }
    return entries;
}

QByteArray zipEntry(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &entry : entries) {
        if (entry.name == name) {
            REQUIRE(entry.method == 0); // stored: readable here without inflating
            return entry.data;
        }
    }
    FAIL("no " << name.toStdString() << " in the package");
    return {};
}

QByteArray render(const Document &document, DocumentFormat format)
{
    auto bytes = renderDocument(document, format);
    INFO(bytes.errorMessage().toStdString());
    REQUIRE(bytes.ok());
    return *bytes;
}

// A draft meeting of the board with sixty bullets (twenty of them nested), and text a
// user typed that must stay text.
Meeting addLongMeeting(Store &store, const QStringList &extra = {})
{
    Meeting meeting;
    meeting.id = QStringLiteral("board-long");
    meeting.body = QStringLiteral("board");
    meeting.date = QDate(2025, 1, 14);
    meeting.time = QTime(14, 0);
    meeting.location = QStringLiteral("Room 4 <Annexe> & \"Hall\"");
    meeting.attendance = {{QStringLiteral("ruth-calloway"), AttendanceStatus::Present, {}},
                          {QStringLiteral("karen-holloway"), AttendanceStatus::Apologies, {}}};
    for (int i = 1; i <= 40; ++i) {
        Entry entry;
        entry.kind = i % 2 ? EntryKind::Did : EntryKind::Difference;
        entry.text = QStringLiteral("Bullet %1: we looked at item %1 of the plan and agreed what happens next "
                                    "for the children it concerns.")
                         .arg(i);
        if (i % 2 == 0) {
            Entry child;
            child.kind = entry.kind;
            child.text = QStringLiteral("Sub-bullet %1: the detail behind bullet %1.").arg(i);
            entry.children << child;
        }
        meeting.entries << entry;
    }
    for (const QString &text : extra) {
        Entry entry;
        entry.kind = EntryKind::Note;
        entry.text = text;
        meeting.entries << entry;
    }
    auto stored = store.insert(meeting);
    INFO(stored.errorMessage().toStdString());
    REQUIRE(stored.ok());
    return *stored;
}

} // namespace

TEST_CASE("The Markdown subset: bullets, numbers, bold, italic and links; everything else stays text",
          "[minutes][markdown]")
{
    auto paragraphText = [](const QString &markdown) {
        const QList<Block> blocks = parseMarkdown(markdown);
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks.first().kind == Block::Kind::Paragraph);
        return blocks.first().text;
    };

    SECTION("bold, italic and both")
    {
        const Inlines text = paragraphText(QStringLiteral("We **agreed** a *plan* and ***both*** here"));
        REQUIRE(text.size() == 7);
        CHECK(text.at(1).text == QStringLiteral("agreed"));
        CHECK((text.at(1).bold && !text.at(1).italic));
        CHECK(text.at(3).text == QStringLiteral("plan"));
        CHECK((text.at(3).italic && !text.at(3).bold));
        CHECK(text.at(5).text == QStringLiteral("both"));
        CHECK((text.at(5).bold && text.at(5).italic));
        CHECK(plainText(text) == QStringLiteral("We agreed a plan and both here"));
    }
    SECTION("stars that do not pair, or stand alone, are text")
    {
        CHECK(plainText(paragraphText(QStringLiteral("2 * 3 * 4 is 24"))) == QStringLiteral("2 * 3 * 4 is 24"));
        CHECK(plainText(paragraphText(QStringLiteral("**not closed"))) == QStringLiteral("**not closed"));
        CHECK(plainText(paragraphText(QStringLiteral("\\*kept\\* as typed"))) == QStringLiteral("*kept* as typed"));
    }
    SECTION("raw HTML, headings, quotes, entities and code are text")
    {
        const QString typed = QStringLiteral("<b>hi</b> &amp; `code`\n# not a heading\n> not a quote");
        const Inlines text = paragraphText(typed);
        REQUIRE(text.size() == 1);
        CHECK(text.first().kind == Inline::Kind::Text);
        CHECK(text.first().text == QStringLiteral("<b>hi</b> &amp; `code` # not a heading > not a quote"));
    }
    SECTION("links: http, https and mailto only")
    {
        const Inlines web = paragraphText(QStringLiteral("See [the **guide**](https://example.org/a_(b)?x=1&y=2)."));
        REQUIRE(web.size() == 4);
        CHECK(web.at(1).kind == Inline::Kind::Link);
        CHECK(web.at(1).text == QStringLiteral("the "));
        CHECK(web.at(2).kind == Inline::Kind::Link);
        CHECK(web.at(2).bold);
        CHECK(web.at(2).href == QStringLiteral("https://example.org/a_(b)?x=1&y=2"));
        CHECK(paragraphText(QStringLiteral("[write](mailto:chair@example.org)")).first().kind == Inline::Kind::Link);

        for (const QString &unsafe :
             {QStringLiteral("[click](javascript:alert(1))"), QStringLiteral("[file](file:///etc/passwd)"),
              QStringLiteral("[data](data:text/html,<script>alert(1)</script>)"),
              QStringLiteral("[here](policies/escalation.pdf)")}) {
            INFO(unsafe.toStdString());
            const Inlines text = paragraphText(unsafe);
            REQUIRE(text.size() == 1);
            CHECK(text.first().kind == Inline::Kind::Text);
            CHECK(text.first().text == unsafe);
        }
    }
    SECTION("lines join, blank lines part paragraphs")
    {
        const QList<Block> blocks = parseMarkdown(QStringLiteral("first\nsecond\n\nthird"));
        REQUIRE(blocks.size() == 2);
        CHECK(plainText(blocks.at(0).text) == QStringLiteral("first second"));
        CHECK(plainText(blocks.at(1).text) == QStringLiteral("third"));
    }
    SECTION("bullets and numbers nest by indentation")
    {
        const QList<Block> blocks
            = parseMarkdown(QStringLiteral("Intro\n- one\n  - one a\n    - one a i\n- two\n\n3. third\n4. fourth"));
        REQUIRE(blocks.size() == 3);
        CHECK(blocks.at(0).kind == Block::Kind::Paragraph);
        const Block &bullets = blocks.at(1);
        REQUIRE(bullets.kind == Block::Kind::List);
        CHECK_FALSE(bullets.ordered);
        REQUIRE(bullets.items.size() == 2);
        CHECK(plainText(bullets.items.at(0).text) == QStringLiteral("one"));
        REQUIRE(bullets.items.at(0).children.size() == 1);
        const Block &sub = bullets.items.at(0).children.first();
        REQUIRE(sub.items.size() == 1);
        CHECK(plainText(sub.items.first().text) == QStringLiteral("one a"));
        REQUIRE(sub.items.first().children.size() == 1);
        CHECK(plainText(sub.items.first().children.first().items.first().text) == QStringLiteral("one a i"));
        CHECK(plainText(bullets.items.at(1).text) == QStringLiteral("two"));
        const Block &numbers = blocks.at(2);
        CHECK(numbers.ordered);
        CHECK(numbers.start == 3);
        CHECK(numbers.items.size() == 2);
        CHECK(plainText(parseMarkdown(QStringLiteral("-5 degrees and 1.5 million")).first().text)
              == QStringLiteral("-5 degrees and 1.5 million"));
    }
}

TEST_CASE("HTML minutes of every demo meeting: headings, each bullet once and nested, attendance, actions", "[minutes]")
{
    Demo demo;
    auto partnership = demo.store().partnership();
    REQUIRE(partnership.ok());
    auto people = demo.store().list<Person>();
    auto agencies = demo.store().list<Agency>();
    auto bodies = demo.store().list<Body>();
    auto meetings = demo.store().list<Meeting>();
    REQUIRE((people.ok() && agencies.ok() && bodies.ok() && meetings.ok()));
    REQUIRE(meetings->size() > 50);
    QHash<Id, Person> personById;
    for (const Person &p : std::as_const(*people))
        personById.insert(p.id, p);
    QHash<Id, QString> agencyName;
    for (const Agency &a : std::as_const(*agencies))
        agencyName.insert(a.id, a.name);
    QHash<Id, QString> bodyName;
    for (const Body &b : std::as_const(*bodies))
        bodyName.insert(b.id, b.name);

    for (const Meeting &meeting : std::as_const(*meetings)) {
        INFO(meeting.id.toStdString());
        const Document document = demo.minutes(meeting.id);
        const Node html = parseXml(render(document, DocumentFormat::Html));
        const QList<const Node *> roots = html.elements();
        REQUIRE(roots.size() == 1);
        const Node &page = *roots.first();
        CHECK(page.attribute(QStringLiteral("lang")) == QStringLiteral("en-GB"));
        const QString date = longDate(meeting.date);
        const QString title = simplified(page.all(QStringLiteral("title")).value(0)->allText());
        CHECK(title.contains(bodyName.value(meeting.body)));
        CHECK(title.contains(date));
        CHECK(page.all(QStringLiteral("script")).isEmpty());
        REQUIRE(page.all(QStringLiteral("main")).size() == 1);
        const Node &main = *page.all(QStringLiteral("main")).first();
        const QString text = simplified(main.allText());

        // One title, then the sections in order.
        const QList<const Node *> h1 = page.all(QStringLiteral("h1"));
        REQUIRE(h1.size() == 1);
        CHECK(simplified(h1.first()->allText()) == bodyName.value(meeting.body));
        QStringList sections;
        for (const Node *h2 : page.all(QStringLiteral("h2")))
            sections << simplified(h2->allText());
        CHECK(sections == expectedSections(demo.store(), meeting, *partnership));
        CHECK(text.contains(date));
        CHECK(text.contains(partnership->name));
        CHECK(text.contains(meeting.minutes == MinutesStatus::Draft
                                ? QStringLiteral("not yet been approved")
                                : QStringLiteral("Approved on %1").arg(longDate(meeting.approvedOn))));
        if (meeting.casesReviewed)
            CHECK(text.contains(QStringLiteral("Cases reviewed: %1").arg(*meeting.casesReviewed)));

        // Every bullet under its heading, nested as entered, each once.
        const QList<std::pair<EntryKind, QString>> kinds {{EntryKind::Did, partnership->headings.did},
                                                          {EntryKind::Difference, partnership->headings.difference},
                                                          {EntryKind::Note, QStringLiteral("Notes")}};
        for (const auto &[kind, heading] : kinds) {
            QStringList expected;
            outline(entriesOf(meeting, kind), 0, expected);
            QStringList found;
            if (const Node *list = listAfter(main, heading))
                outline(*list, 0, found);
            CHECK(found == expected);
        }
        QStringList all;
        outline(meeting.entries, 0, all);
        for (const QString &bullet : std::as_const(all)) {
            const QString words = bullet.section(QLatin1Char('|'), 1);
            CHECK(text.count(words) == all.count(bullet));
        }

        // Attendance: each person with their agency, on the line of their status.
        const QList<const Node *> paragraphs = main.all(QStringLiteral("p"));
        auto line = [&](const QString &label) {
            for (const Node *p : paragraphs) {
                const QString words = simplified(p->allText());
                if (words.startsWith(label))
                    return words;
            }
            return QString();
        };
        for (const Attendance &row : meeting.attendance) {
            const Person who = personById.value(row.person);
            const QString label = row.status == AttendanceStatus::Apologies ? QStringLiteral("Apologies:")
                : row.status == AttendanceStatus::Absent                    ? QStringLiteral("Absent:")
                                                                            : QStringLiteral("Present:");
            const QString words = line(label);
            CHECK(words.contains(who.name));
            CHECK(words.contains(who.agency.isEmpty() ? who.title : agencyName.value(who.agency)));
            if (row.status == AttendanceStatus::Deputy && !row.deputyFor.isEmpty())
                CHECK(words.contains(QStringLiteral("%1 (deputy for %2)")
                                         .arg(agencyName.value(who.agency), personById.value(row.deputyFor).name)));
        }

        // Actions arising: a table with column headers, one row per action, RAG in words.
        const QList<Action> actions = actionsRaisedAt(demo.store(), meeting);
        const QList<const Node *> tables = main.all(QStringLiteral("table"));
        const bool reviewed = !actionsReviewedAt(demo.store(), meeting).isEmpty();
        if (actions.isEmpty()) {
            CHECK(tables.size() == (reviewed ? 1 : 0));
            continue;
        }
        REQUIRE(tables.size() == (reviewed ? 2 : 1));
        QStringList headers;
        for (const Node *th : tables.first()->all(QStringLiteral("th"))) {
            CHECK(th->attribute(QStringLiteral("scope")) == QStringLiteral("col"));
            headers << simplified(th->allText());
        }
        CHECK(headers.mid(headers.size() - 4)
              == QStringList {QStringLiteral("Action"), QStringLiteral("Owner"), QStringLiteral("Due"),
                              QStringLiteral("RAG")});
        const QList<const Node *> rows
            = tables.first()->all(QStringLiteral("tbody")).first()->all(QStringLiteral("tr"));
        REQUIRE(rows.size() == actions.size());
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const Action &action = actions.at(i);
            const QString row = simplified(rows.at(i)->allText());
            CHECK(row.contains(readerText(action.text)));
            CHECK(row.contains(personById.value(action.owner).name));
            CHECK(row.contains(longDate(action.due)));
            const QList<const Node *> labels = rows.at(i)->all(QStringLiteral("span"));
            REQUIRE(labels.size() == 1);
            CHECK(simplified(labels.first()->allText()) == ragWord(action));
            CHECK(labels.first()->attribute(QStringLiteral("class")).startsWith(QStringLiteral("label tone-")));
        }
    }
}

TEST_CASE("PDF minutes: PDF/A with author, page footers, and DRAFT on every page of a draft only", "[minutes]")
{
    Demo demo;
    const Meeting draft = demo.meeting(QStringLiteral("board-2024-12-10"));
    const Meeting approved = demo.meeting(QStringLiteral("board-2024-09-10"));
    REQUIRE(draft.minutes == MinutesStatus::Draft);
    REQUIRE(approved.minutes == MinutesStatus::Approved);
    const Meeting longOne = addLongMeeting(demo.store());

    for (const Meeting &meeting : {draft, approved, longOne}) {
        INFO(meeting.id.toStdString());
        const Document document = demo.minutes(meeting.id);
        const QByteArray pdf = render(document, DocumentFormat::Pdf);
        CHECK(pdf.startsWith("%PDF-1.4"));
        CHECK(pdf.contains("pdfaid:part=\"1\""));
        CHECK(pdf.contains("pdfaid:conformance=\"B\""));
        CHECK(pdf.contains("<dc:creator><rdf:Seq><rdf:li>Northvale Safeguarding Children Partnership</rdf:li>"));
        CHECK(pdf.contains("<rdf:li>en-GB</rdf:li>"));

        // One typeface, in its faces: a character the house font lacks would bring in another.
        static const QRegularExpression baseFont(QStringLiteral("/BaseFont */([A-Za-z0-9]+)"));
        QSet<QString> families;
        for (const auto &match : baseFont.globalMatch(QString::fromLatin1(pdf)))
            families.insert(match.captured(1));
        INFO("fonts: " << QStringList(families.cbegin(), families.cend()).join(QStringLiteral(", ")).toStdString());
        CHECK(families.size() == 1);

        const auto pages = pdfPages(pdf);
        const auto raw = pdfPages(pdf, QStringLiteral("-raw"));
        if (!pages || !raw)
            continue;
        REQUIRE(raw->size() == pages->size());
        const auto count = pages->size();
        if (meeting.id == longOne.id)
            CHECK(count >= 3);
        for (qsizetype i = 0; i < count; ++i) {
            INFO("page " << i + 1);
            const QString page = pages->at(i);
            CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count)));
            CHECK(page.contains(longDate(meeting.date)));
            // The watermark's letters come one a line, in the order they are drawn; nothing
            // else in minutes is written in capitals "DRAFT".
            CHECK(withoutSpaces(raw->at(i)).contains(QStringLiteral("DRAFT"))
                  == (meeting.minutes == MinutesStatus::Draft));
        }
        if (meeting.minutes == MinutesStatus::Approved)
            CHECK(pages->join(QString()).contains(QStringLiteral("Approved on 10 December 2024")));

        // Every bullet whole, once, in order, even across page breaks.
        const QString text = runningText(*raw, document.info);
        QStringList bullets;
        for (EntryKind kind : {EntryKind::Did, EntryKind::Difference, EntryKind::Note})
            outline(entriesOf(meeting, kind), 0, bullets);
        qsizetype from = 0;
        for (const QString &bullet : std::as_const(bullets)) {
            const QString words = bullet.section(QLatin1Char('|'), 1);
            INFO(words.toStdString());
            CHECK(text.count(words) == 1);
            const qsizetype at = text.indexOf(words, from);
            CHECK(at >= from);
            from = qMax(from, at);
        }
        const QStringList headings {QStringLiteral("Attendance"), QStringLiteral("What did we do?"),
                                    QStringLiteral("What difference did that make for children?"),
                                    QStringLiteral("Actions arising")};
        qsizetype previous = -1;
        for (const QString &heading : headings) {
            const qsizetype at = text.indexOf(heading);
            CHECK(at > previous);
            previous = at;
        }
    }
}

TEST_CASE("PDF minutes keep a heading with its first bullet, and a short bullet whole on one page", "[minutes]")
{
    Demo demo;
    // The second heading falls at every height of a page as the first list grows; each bullet
    // is two or three lines, with a first and a last word of its own.
    for (int did = 24; did <= 40; did += 2) {
        Meeting meeting;
        meeting.id = QStringLiteral("board-pages-%1").arg(did);
        meeting.body = QStringLiteral("board");
        meeting.date = QDate(2025, 2, 11);
        meeting.minutes = MinutesStatus::Approved; // no watermark among the words
        meeting.approvedOn = QDate(2025, 3, 11);
        QStringList firsts;
        QStringList lasts;
        for (int i = 0; i < did + 12; ++i) {
            Entry entry;
            entry.kind = i < did ? EntryKind::Did : EntryKind::Difference;
            firsts << QStringLiteral("Opening%1").arg(i);
            lasts << QStringLiteral("closing%1.").arg(i);
            QString words;
            for (int w = 0; w < 18 + (i % 3) * 10; ++w)
                words += QStringLiteral("partners reviewed the plan ").section(QLatin1Char(' '), w % 4, w % 4) + u' ';
            entry.text = firsts.last() + u' ' + words + lasts.last();
            meeting.entries << entry;
        }
        REQUIRE(demo.store().insert(meeting).ok());
        const auto pages = pdfPages(render(demo.minutes(meeting.id), DocumentFormat::Pdf));
        if (!pages)
            return;
        INFO(did << " bullets under the first heading, " << pages->size() << " pages");
        for (int i = 0; i < firsts.size(); ++i) {
            INFO(firsts.at(i).toStdString());
            CHECK(std::any_of(pages->cbegin(), pages->cend(), [&](const QString &page) {
                return page.contains(firsts.at(i)) && page.contains(lasts.at(i));
            }));
        }
        const QString heading = QStringLiteral("What difference did that make for children?");
        CHECK(std::any_of(pages->cbegin(), pages->cend(), [&](const QString &page) {
            return page.contains(heading) && page.contains(firsts.at(did));
        }));
    }
}

TEST_CASE("ODT minutes: an OpenDocument package with headings, nested bullets, footer and metadata", "[minutes]")
{
    Demo demo;
    for (const QString &id : {QStringLiteral("performance-qa-2024-02-12"), QStringLiteral("board-2024-12-10")}) {
        INFO(id.toStdString());
        const Meeting meeting = demo.meeting(id);
        const Document document = demo.minutes(id);
        const QByteArray odt = render(document, DocumentFormat::Odt);
        REQUIRE(odt.startsWith("PK\x03\x04"));
        const QList<ZipEntry> entries = zipEntries(odt);
        REQUIRE(entries.size() >= 4);
        // ODF: the mimetype comes first, stored, so a reader knows the file by its start.
        CHECK(entries.first().name == QStringLiteral("mimetype"));
        CHECK(entries.first().method == 0);
        CHECK(entries.first().data == "application/vnd.oasis.opendocument.text");
        QStringList names;
        for (const ZipEntry &entry : entries)
            names << entry.name;
        for (const QString &name : {QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                                    QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")})
            CHECK(names.contains(name));

        const Node content = parseXml(zipEntry(entries, QStringLiteral("content.xml")));
        QStringList headings;
        for (const Node *h : content.all(QStringLiteral("text:h"))) {
            headings << QStringLiteral("%1 %2").arg(h->attribute(QStringLiteral("text:outline-level")),
                                                    simplified(h->allText()));
        }
        auto partnership = demo.store().partnership();
        REQUIRE(partnership.ok());
        auto body = demo.store().get<Body>(meeting.body);
        REQUIRE((body.ok() && body->has_value()));
        QStringList expected {QStringLiteral("1 ") + (*body)->name};
        for (const QString &section : expectedSections(demo.store(), meeting, *partnership))
            expected << QStringLiteral("2 ") + section;
        CHECK(headings == expected);

        // The bullets, nested as entered: the lists straight under the body, in order.
        const Node *text = content.all(QStringLiteral("office:text")).first();
        QStringList found;
        for (const Node *block : text->elements()) {
            if (block->name == QStringLiteral("text:list"))
                odfOutline(*block, 0, found);
        }
        QStringList bullets;
        for (EntryKind kind : {EntryKind::Did, EntryKind::Difference, EntryKind::Note})
            outline(entriesOf(meeting, kind), 0, bullets);
        CHECK(found == bullets);

        const QString styles = QString::fromUtf8(zipEntry(entries, QStringLiteral("styles.xml")));
        CHECK(styles.contains(QStringLiteral("<text:page-number")));
        CHECK(styles.contains(QStringLiteral("<text:page-count")));
        CHECK(styles.contains(QStringLiteral("style:default-outline-level=\"1\"")));
        CHECK(styles.contains(QStringLiteral("<style:header><text:p>DRAFT</text:p></style:header>"))
              == (meeting.minutes == MinutesStatus::Draft));
        const Node meta = parseXml(zipEntry(entries, QStringLiteral("meta.xml")));
        CHECK(meta.all(QStringLiteral("dc:creator")).first()->allText() == partnership->name);
        CHECK(meta.all(QStringLiteral("dc:language")).first()->allText() == QStringLiteral("en-GB"));
        CHECK(meta.all(QStringLiteral("dc:title")).first()->allText() == document.info.title);
    }
}

TEST_CASE("What users type stays text in every format: HTML, scripts and unsafe links", "[minutes]")
{
    Demo demo;
    const QStringList typed {QStringLiteral("<script>alert(1)</script>"),
                             QStringLiteral("[click](javascript:alert(1)) and <img src=x onerror=alert(1)>"),
                             QStringLiteral("[the guide](https://example.org/guide?a=1&b=2) & **bold** &amp; stays")};
    const Meeting meeting = addLongMeeting(demo.store(), typed);
    const Document document = demo.minutes(meeting.id);

    const QByteArray htmlBytes = render(document, DocumentFormat::Html);
    const Node html = parseXml(htmlBytes);
    CHECK(html.all(QStringLiteral("script")).isEmpty());
    CHECK(html.all(QStringLiteral("img")).isEmpty());
    QStringList hrefs;
    for (const Node *a : html.all(QStringLiteral("a")))
        hrefs << a->attribute(QStringLiteral("href"));
    CHECK(hrefs == QStringList {QStringLiteral("https://example.org/guide?a=1&b=2")});
    CHECK_FALSE(htmlBytes.contains("javascript:alert(1)\""));
    const QString text = simplified(html.allText());
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(text.contains(QStringLiteral("[click](javascript:alert(1)) and <img src=x onerror=alert(1)>")));
    CHECK(text.contains(QStringLiteral("the guide & bold &amp; stays")));
    CHECK(text.contains(QStringLiteral("Room 4 <Annexe> & \"Hall\"")));

    const QList<ZipEntry> entries = zipEntries(render(document, DocumentFormat::Odt));
    const Node content = parseXml(zipEntry(entries, QStringLiteral("content.xml")));
    QStringList links;
    for (const Node *a : content.all(QStringLiteral("text:a")))
        links << a->attribute(QStringLiteral("xlink:href"));
    CHECK(links == QStringList {QStringLiteral("https://example.org/guide?a=1&b=2")});
    const QString odfText = simplified(content.allText());
    CHECK(odfText.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(odfText.contains(QStringLiteral("[click](javascript:alert(1))")));

    const QByteArray pdf = render(document, DocumentFormat::Pdf);
    CHECK_FALSE(pdf.contains("javascript"));
    if (const auto pages = pdfPages(pdf, QStringLiteral("-raw")))
        CHECK(runningText(*pages, document.info).contains(QStringLiteral("<script>alert(1)</script>")));
}

TEST_CASE("Names can be left out of a public copy of the minutes", "[minutes]")
{
    Demo demo;
    const Meeting meeting = demo.meeting(QStringLiteral("board-2023-12-12"));
    ExportOptions options;
    options.leaveOutNames = true;
    const QString text
        = simplified(parseXml(render(demo.minutes(meeting.id, options), DocumentFormat::Html)).allText());
    auto people = demo.store().list<Person>();
    REQUIRE(people.ok());
    QHash<Id, Person> personById;
    for (const Person &p : std::as_const(*people))
        personById.insert(p.id, p);
    for (const Attendance &row : meeting.attendance) {
        const Person who = personById.value(row.person);
        INFO(who.name.toStdString());
        CHECK_FALSE(text.contains(who.name));
    }
    for (const Action &action : actionsRaisedAt(demo.store(), meeting))
        CHECK_FALSE(text.contains(personById.value(action.owner).name));
    CHECK(text.contains(QStringLiteral("Northvale Police")));
    CHECK(text.contains(QStringLiteral("Present:")));
}

TEST_CASE("exportMinutes writes the file whole, by its extension, or leaves things as they were", "[minutes]")
{
    Demo demo;
    TempDir dir;
    const Id meeting = QStringLiteral("board-2024-12-10");
    for (const QString &name :
         {QStringLiteral("m.pdf"), QStringLiteral("m.odt"), QStringLiteral("m.html"), QStringLiteral("M.HTM")}) {
        INFO(name.toStdString());
        const QString path = dir.path(name);
        auto written = exportMinutes(demo.store(), meeting, path);
        INFO(written.errorMessage().toStdString());
        REQUIRE(written.ok());
        const QByteArray bytes = bd::test::readFile(path);
        if (name.endsWith(QLatin1String(".pdf")))
            CHECK(bytes.startsWith("%PDF-"));
        else if (name.endsWith(QLatin1String(".odt")))
            CHECK(bytes.startsWith("PK"));
        else
            CHECK(bytes.startsWith("<!DOCTYPE html>"));
    }

    // An extension that names no format: nothing written.
    const QString text = dir.path(QStringLiteral("minutes.txt"));
    auto unknown = exportMinutes(demo.store(), meeting, text);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("minutes.txt")));
    CHECK_FALSE(QFileInfo::exists(text));

    // A meeting that does not exist: the message names it, the old file stays.
    const QString old = dir.path(QStringLiteral("old.pdf"));
    bd::test::writeFile(old, "the minutes as they were");
    auto missing = exportMinutes(demo.store(), QStringLiteral("no-such-meeting"), old);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("no-such-meeting")));
    CHECK(bd::test::readFile(old) == "the minutes as they were");

    // A folder that is not there: the message names the file.
    const QString nowhere = dir.path(QStringLiteral("no-folder/minutes.pdf"));
    auto failed = exportMinutes(demo.store(), meeting, nowhere);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.errorMessage().contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    // --body and --date find the meeting, or say what they could not find.
    auto found = findMeeting(demo.store(), QStringLiteral("board"), QDate(2024, 12, 10));
    REQUIRE(found.ok());
    CHECK(*found == meeting);
    auto noMeeting = findMeeting(demo.store(), QStringLiteral("board"), QDate(2024, 12, 11));
    REQUIRE_FALSE(noMeeting.ok());
    CHECK(noMeeting.errorMessage().contains(QStringLiteral("2024-12-11")));
    auto noBody = findMeeting(demo.store(), QStringLiteral("no-such-body"), QDate(2024, 12, 10));
    REQUIRE_FALSE(noBody.ok());
    CHECK(noBody.errorMessage().contains(QStringLiteral("no-such-body")));
}

TEST_CASE("HTML minutes pass axe's WCAG 2 A and AA checks in Chromium", "[minutes][a11y]")
{
    if (!bd::test::canCheckAccessibility())
        BD_SKIP(
            "Chromium, node or tests/a11y/node_modules (npm ci there) is missing: the accessibility check is skipped");
    Demo demo;
    TempDir dir;
    const Meeting typed
        = addLongMeeting(demo.store(), {QStringLiteral("<script>alert(1)</script> [ok](https://example.org/)")});
    QStringList files;
    // A draft with an actions table, approved minutes with three levels of bullets, and what
    // a user typed: between them every part the minutes have (about 1.5 s a file).
    for (const Id &id : {QStringLiteral("board-2024-12-10"), QStringLiteral("performance-qa-2024-02-12"), typed.id}) {
        const QString path = dir.path(id + QStringLiteral(".html"));
        auto written = exportMinutes(demo.store(), id, path);
        REQUIRE(written.ok());
        files << path;
    }
    QString report;
    const int status = bd::test::checkAccessibility(files, &report);
    INFO(report.toStdString());
    CHECK(status == 0);
}
