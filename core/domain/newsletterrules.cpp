#include "newsletterrules.h"

#include "documents/document.h"
#include "domain/displaytext.h"
#include "text/markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::NewsletterRules", text);
}

QString problemText(LinkFinding::Problem problem)
{
    switch (problem) {
    case LinkFinding::Problem::NoAddress:
        return tr("has no address");
    case LinkFinding::Problem::Space:
        return tr("has a space in its address");
    case LinkFinding::Problem::NoScheme:
        return tr("does not start with https://, http:// or mailto:");
    case LinkFinding::Problem::Scheme:
        return tr("is not a web or email address (only https, http and mailto links are live)");
    case LinkFinding::Problem::NoHost:
        return tr("names no web site after https://");
    case LinkFinding::Problem::NoEmailAddress:
        return tr("has no email address after mailto:");
    case LinkFinding::Problem::Invalid:
        return tr("is not a valid address");
    case LinkFinding::Problem::NoLabel:
        return tr("has no words to click (its label is empty)");
    }
    return {};
}

} // namespace

int suggestedNewsletterNumber(const QList<Newsletter> &issues)
{
    int highest = 0;
    for (const Newsletter &issue : issues)
        highest = std::max(highest, issue.number);
    return highest < std::numeric_limits<int>::max() ? highest + 1 : highest;
}

QStringList newsletterSections(const QList<NewsletterItem> &items)
{
    QStringList sections;
    for (const NewsletterItem &item : items) {
        if (!sections.contains(item.section))
            sections << item.section;
    }
    return sections;
}

namespace {

// \a items, section by section in the order of \a sections.
QList<NewsletterItem> inSectionOrder(const QList<NewsletterItem> &items, const QStringList &sections)
{
    QList<NewsletterItem> list;
    list.reserve(items.size());
    for (const QString &section : sections) {
        for (const NewsletterItem &item : items) {
            if (item.section == section)
                list << item;
        }
    }
    return list;
}

} // namespace

QList<NewsletterItem> groupedBySection(const QList<NewsletterItem> &items)
{
    return inSectionOrder(items, newsletterSections(items));
}

std::optional<std::pair<QList<NewsletterItem>, int>> stepNewsletterItem(const QList<NewsletterItem> &items, int from,
                                                                         int step)
{
    QList<NewsletterItem> list = groupedBySection(items);
    const int to = from + (step < 0 ? -1 : 1);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size())
        return std::nullopt;
    if (list.at(to).section == list.at(from).section) {
        list.swapItemsAt(from, to);
        return std::pair {list, to};
    }
    // At the edge of its section: it crosses into the neighbouring one, keeping its place in
    // the list (the last of the section before, the first of the section after).
    list[from].section = list.at(to).section;
    const QList<NewsletterItem> grouped = groupedBySection(list);
    return std::pair {grouped, int(grouped.indexOf(list.at(from)))};
}

std::optional<QList<NewsletterItem>> stepNewsletterSection(const QList<NewsletterItem> &items, const QString &section,
                                                           int step)
{
    QStringList sections = newsletterSections(items);
    const qsizetype from = sections.indexOf(section);
    const qsizetype to = from + (step < 0 ? -1 : 1);
    if (from < 0 || to < 0 || to >= sections.size())
        return std::nullopt;
    sections.swapItemsAt(from, to);
    return inSectionOrder(items, sections);
}

QList<NewsletterItem> moveNewsletterSection(const QList<NewsletterItem> &items, const QString &section,
                                            const QString &before)
{
    QStringList sections = newsletterSections(items);
    if (!sections.removeOne(section) || section == before)
        return groupedBySection(items);
    const qsizetype at = sections.indexOf(before);
    sections.insert(at < 0 ? sections.size() : at, section);
    return inSectionOrder(items, sections);
}

std::pair<QList<NewsletterItem>, int> withNewsletterItem(const QList<NewsletterItem> &items,
                                                        const NewsletterItem &item)
{
    QList<NewsletterItem> list = groupedBySection(items);
    int at = int(list.size());
    for (int i = int(list.size()) - 1; i >= 0; --i) {
        if (list.at(i).section == item.section) {
            at = i + 1;
            break;
        }
    }
    list.insert(at, item);
    return {list, at};
}

std::pair<QList<NewsletterItem>, int> moveNewsletterItem(const QList<NewsletterItem> &items, int from, int before,
                                                        const QString &section)
{
    QList<NewsletterItem> list = groupedBySection(items);
    if (from < 0 || from >= list.size())
        return {list, -1};
    NewsletterItem moving = list.takeAt(from);
    moving.section = section;
    if (before > from)
        --before;
    if (before < 0 || before > list.size()) {
        // The end of its section (or of the list, for a section of its own).
        before = int(list.size());
        for (int i = int(list.size()) - 1; i >= 0; --i) {
            if (list.at(i).section == section) {
                before = i + 1;
                break;
            }
        }
    }
    list.insert(before, moving);
    // Stable grouping keeps everything where it is, but an item dropped among another
    // section's items joins its own section's group.
    const QList<NewsletterItem> grouped = groupedBySection(list);
    int at = -1;
    // Found by its place among items equal to it: the n-th such in the list is the n-th
    // in the grouped list.
    int nth = 0;
    for (int i = 0; i < before; ++i) {
        if (list.at(i) == moving)
            ++nth;
    }
    for (int i = 0, n = 0; i < grouped.size(); ++i) {
        if (grouped.at(i) == moving && n++ == nth) {
            at = i;
            break;
        }
    }
    return {grouped, at};
}

NewsletterItem newsletterItemFor(const CaseReview &review)
{
    NewsletterItem item;
    item.section = tr("Learning from reviews");
    QStringList paragraphs;
    if (review.published.isValid()) {
        item.title = tr("%1: review published").arg(review.name);
        paragraphs << tr("The %1 for %2 was published on %3.")
                          .arg(displayName(review.type).toLower(), review.name, displayDate(review.published));
    } else {
        item.title = review.name;
        paragraphs << tr("The %1 for %2 is %3.")
                          .arg(displayName(review.type).toLower(), review.name,
                               displayName(review.status).toLower());
    }
    if (!review.note.trimmed().isEmpty())
        paragraphs << review.note.trimmed();
    item.body = paragraphs.join(QStringLiteral("\n\n"));
    if (!review.url.trimmed().isEmpty())
        item.links << NewsletterLink {tr("Read the review"), review.url.trimmed()};
    return item;
}

NewsletterItem newsletterItemFor(const Course &course, const QList<TrainingSession> &sessions, const QDate &from)
{
    NewsletterItem item;
    item.section = tr("Training");
    item.title = course.title;
    QStringList paragraphs;
    if (!course.description.trimmed().isEmpty())
        paragraphs << course.description.trimmed();
    QList<QDate> dates;
    for (const TrainingSession &session : sessions) {
        if (session.course == course.id && session.status != SessionStatus::Cancelled && session.date >= from)
            dates << session.date;
    }
    std::sort(dates.begin(), dates.end());
    if (!dates.isEmpty()) {
        QStringList lines {tr("Dates:")};
        for (const QDate &date : std::as_const(dates))
            lines << QStringLiteral("- ") + displayDate(date);
        paragraphs << lines.join(QLatin1Char('\n'));
    }
    item.body = paragraphs.join(QStringLiteral("\n\n"));
    return item;
}

namespace {

void bulletLines(const QList<Entry> &entries, int depth, QStringList &lines)
{
    for (const Entry &entry : entries) {
        lines << QString(depth * 2, QLatin1Char(' ')) + QStringLiteral("- ")
                + QString(entry.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        bulletLines(entry.children, depth + 1, lines);
    }
}

} // namespace

NewsletterItem newsletterItemFor(const Entry &entry, const Meeting &meeting, const QString &bodyName)
{
    NewsletterItem item;
    item.section = tr("News from the partnership");
    item.title = tr("From the %1, %2").arg(bodyName, displayDate(meeting.date));
    QStringList lines {entry.text.trimmed()};
    if (!entry.children.isEmpty()) {
        QStringList children;
        bulletLines(entry.children, 0, children);
        lines << QString() << children;
    }
    item.body = lines.join(QLatin1Char('\n'));
    return item;
}

std::optional<LinkFinding::Problem> linkProblem(const QString &label, const QString &url, bool needsLabel)
{
    using Problem = LinkFinding::Problem;
    const QString address = url.trimmed();
    if (address.isEmpty())
        return Problem::NoAddress;
    for (const QChar c : url) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Problem::Space;
    }
    const qsizetype colon = address.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? address.left(colon).toLower() : QString();
    static const QRegularExpression schemeShape(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    if (scheme.isEmpty() || !schemeShape.match(scheme).hasMatch())
        return Problem::NoScheme;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return Problem::Scheme;
    const QUrl parsed(address, QUrl::StrictMode);
    if (scheme == QLatin1String("mailto")) {
        const QString to = address.mid(colon + 1).section(QLatin1Char('?'), 0, 0);
        const qsizetype at = to.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == to.size() - 1)
            return Problem::NoEmailAddress;
    } else {
        if (!address.mid(colon + 1).startsWith(QLatin1String("//")) || (parsed.isValid() && parsed.host().isEmpty()))
            return Problem::NoHost;
    }
    if (!parsed.isValid() || !isSafeLinkTarget(address))
        return Problem::Invalid;
    if (needsLabel && label.trimmed().isEmpty())
        return Problem::NoLabel;
    return std::nullopt;
}

QList<LinkFinding> checkNewsletterLinks(const Newsletter &issue)
{
    QList<LinkFinding> findings;
    auto check = [&](int item, const QString &title, bool inText, const QString &label, const QString &url) {
        if (const auto problem = linkProblem(label, url))
            findings << LinkFinding {item, title, inText, label, url, *problem};
    };
    for (const MarkdownLink &link : markdownLinks(issue.managerMessage))
        check(-1, QString(), true, link.label, link.target);
    for (int i = 0; i < issue.items.size(); ++i) {
        const NewsletterItem &item = issue.items.at(i);
        for (const MarkdownLink &link : markdownLinks(item.body))
            check(i, item.title, true, link.label, link.target);
        for (const NewsletterLink &link : item.links)
            check(i, item.title, false, link.label, link.url);
    }
    return findings;
}

QString LinkFinding::message() const
{
    QString name;
    if (url.trimmed().isEmpty())
        name = QStringLiteral("\u201c%1\u201d").arg(label);
    else if (label.trimmed().isEmpty())
        name = url;
    else
        name = QStringLiteral("\u201c%1\u201d (%2)").arg(label, url);
    const QString what = problemText(problem);
    if (item < 0)
        return tr("In the manager's message, the link %1 %2.").arg(name, what);
    if (inText)
        return tr("In the text of \u201c%1\u201d, the link %2 %3.").arg(itemTitle, name, what);
    return tr("In \u201c%1\u201d, the link %2 %3.").arg(itemTitle, name, what);
}

} // namespace bd
