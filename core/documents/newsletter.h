#pragma once

#include "document.h"
#include "domain/types.h"
#include "export.h"
#include "util/result.h"

namespace bd {

class Store;

// One issue of the partnership's newsletter (the Information Update), laid out from the
// store: the partnership's name, the title, its number and date, the manager's
// message (when there is one), "In this issue"
// (each section with its items), then every section in the order its first item stands,
// each item with its title, its text and its links. Links go only to http, https or mailto
// addresses; one of any other kind shows its label and address as text.
class NewsletterBuilder {
public:
    explicit NewsletterBuilder(Store &store)
        : m_store(store)
    {
    }

    // Errors name the number when there is no such issue.
    Result<Document> build(int number);

private:
    Store &m_store;
};

// The forms an issue goes out in: email-ready HTML (.html), plain text for the email's
// other part (.txt), PDF and ODT.
enum class NewsletterFormat { EmailHtml, PlainText, Pdf, Odt };

// The form \a path's extension asks for, or nothing.
std::optional<NewsletterFormat> newsletterFormatForPath(const QString &path);

// Builds issue \a number and writes it to \a path in the form its extension asks for, whole
// or not at all. The one entry point the ui and the CLI share.
Result<void> exportNewsletter(Store &store, int number, const QString &path, const ExportOptions &options = {});

} // namespace bd
