#include "newsletter.h"

#include "emailwriter.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::Newsletter", text);
}

const QString separator = QStringLiteral(" \u00b7 ");

// The sections of an issue in the order their first items stand, each with its items.
QList<std::pair<QString, QList<const NewsletterItem *>>> sectionsOf(const Newsletter &issue)
{
    QList<std::pair<QString, QList<const NewsletterItem *>>> sections;
    for (const NewsletterItem &item : issue.items) {
        auto found = std::find_if(sections.begin(), sections.end(),
                                  [&](const auto &section) { return section.first == item.section; });
        if (found == sections.end()) {
            sections.append({item.section, {}});
            found = std::prev(sections.end());
        }
        found->second << &item;
    }
    return sections;
}

Inlines linkText(const NewsletterLink &link)
{
    const QString label = link.label.isEmpty() ? link.url : link.label;
    if (isSafeLinkTarget(link.url))
        return {bd::link(label, link.url)};
    // Not a link anyone should follow from an email: shown, not made live.
    return {plain(label == link.url ? label : QStringLiteral("%1 (%2)").arg(label, link.url))};
}

} // namespace

Result<Document> NewsletterBuilder::build(int number)
{
    auto issues = m_store.list<Newsletter>();
    if (!issues)
        return issues.error();
    const auto found = std::find_if(issues->cbegin(), issues->cend(),
                                    [number](const Newsletter &issue) { return issue.number == number; });
    if (found == issues->cend())
        return Error {tr("There is no newsletter issue number %1.").arg(number), ErrorCode::NotFound};
    const Newsletter &issue = *found;
    auto partnership = m_store.partnership();
    if (!partnership)
        return partnership.error();

    const QString name = tr("Information Update");
    const QString title = issue.title.isEmpty() ? tr("%1, issue %2").arg(name).arg(issue.number) : issue.title;
    DocumentBuilder doc;
    DocumentInfo &info = doc.info();
    info.title = title;
    info.author = partnership->name;
    info.footer
        = QStringList {partnership->name, tr("%1, issue %2").arg(name).arg(issue.number), longDate(issue.date)}.join(
            separator);

    if (!partnership->name.isEmpty())
        doc.paragraph(partnership->name, ParagraphRole::Kicker);
    doc.heading(1, title);
    doc.paragraph(QStringList {tr("Issue %1").arg(issue.number), longDate(issue.date)}.join(separator),
                  ParagraphRole::Meta);
    if (!issue.managerMessage.trimmed().isEmpty()) {
        doc.heading(2, tr("Message from the partnership manager"));
        doc.markdown(issue.managerMessage);
    }

    const auto sections = sectionsOf(issue);
    if (issue.items.size() > 1) {
        doc.heading(2, tr("In this issue"));
        QList<ListItem> contents;
        for (const auto &[section, items] : sections) {
            ListItem entry {{bold(section)}, {}};
            QList<ListItem> titles;
            for (const NewsletterItem *item : items)
                titles << ListItem {{plain(item->title)}, {}};
            entry.children << Block::list(titles);
            contents << entry;
        }
        doc.list(contents);
    }
    for (const auto &[section, items] : sections) {
        doc.heading(2, section);
        for (const NewsletterItem *item : items) {
            doc.heading(3, item->title);
            doc.markdown(item->body);
            if (item->links.size() == 1) {
                doc.paragraph(linkText(item->links.constFirst()));
            } else if (!item->links.isEmpty()) {
                QList<ListItem> links;
                for (const NewsletterLink &l : item->links)
                    links << ListItem {linkText(l), {}};
                doc.list(links);
            }
        }
    }
    if (issue.items.isEmpty())
        doc.paragraph(tr("This issue has no items yet."), ParagraphRole::Note);
    if (!partnership->contactEmail.isEmpty())
        doc.paragraph({plain(tr("Write to the partnership: ")),
                       bd::link(partnership->contactEmail, QStringLiteral("mailto:") + partnership->contactEmail)},
                      ParagraphRole::Note);
    return doc.take();
}

std::optional<NewsletterFormat> newsletterFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return NewsletterFormat::EmailHtml;
    if (suffix == QLatin1String("txt"))
        return NewsletterFormat::PlainText;
    if (suffix == QLatin1String("pdf"))
        return NewsletterFormat::Pdf;
    if (suffix == QLatin1String("odt"))
        return NewsletterFormat::Odt;
    return std::nullopt;
}

Result<void> exportNewsletter(Store &store, int number, const QString &path, const ExportOptions &options)
{
    const auto format = newsletterFormatForPath(path);
    if (!format)
        return Error {tr("Cannot tell the format of %1 from its name: use .html, .txt, .pdf or .odt.")
                          .arg(QDir::toNativeSeparators(path)),
                      ErrorCode::Invalid};
    auto document = NewsletterBuilder(store).build(number);
    if (!document)
        return document.error();
    switch (*format) {
    case NewsletterFormat::EmailHtml:
        return writeRendered(
            *document, path, [](const Document &d) -> Result<QByteArray> { return renderEmailHtml(d); }, store.path());
    case NewsletterFormat::PlainText:
        return writeRendered(
            *document, path, [](const Document &d) -> Result<QByteArray> { return renderPlainText(d).toUtf8(); },
            store.path());
    case NewsletterFormat::Pdf:
        return writeDocument(*document, path, DocumentFormat::Pdf, options.pageSize, store.path());
    case NewsletterFormat::Odt:
        break;
    }
    return writeDocument(*document, path, DocumentFormat::Odt, options.pageSize, store.path());
}

} // namespace bd
