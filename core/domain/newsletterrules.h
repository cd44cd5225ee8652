#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace bd {

// The rules of the Information Update, decided once here for the editor, the documents and
// boarddesk-cli: which number the next issue takes, and which of an issue's links are
// malformed. Nothing here fetches a link: the program never goes on the network.

// The number a new issue takes: one past the highest of \a issues, 1 when there is none.
int suggestedNewsletterNumber(const QList<Newsletter> &issues);

// Items and their sections -----------------------------------------------------------------
// An issue's items are one list, each naming its section; the documents show the sections
// in the order their first items stand. The editor keeps the list in that order (grouped),
// so what it shows, what is stored and what is printed agree; these moves keep it so.

// \a items grouped by section, sections in the order their first items stand, items in
// their order within each (a stable grouping).
QList<NewsletterItem> groupedBySection(const QList<NewsletterItem> &items);

// The sections of \a items in the order their first items stand.
QStringList newsletterSections(const QList<NewsletterItem> &items);

// Moves item \a from of the grouped \a items one place up (\a step -1) or down (+1): past
// its neighbour in its section, or, first (last) in its section, into the end (start) of
// the section before (after). The grouped list, and where the item now is; nothing when it
// cannot move (first item going up, last going down).
std::optional<std::pair<QList<NewsletterItem>, int>> stepNewsletterItem(const QList<NewsletterItem> &items, int from,
                                                                         int step);

// Moves the section \a section (with all its items) before the section before it (\a step
// -1) or after the one after it (+1); nothing when it cannot move.
std::optional<QList<NewsletterItem>> stepNewsletterSection(const QList<NewsletterItem> &items, const QString &section,
                                                           int step);

// \a items grouped, with \a item added at the end of its section (a new section after the
// others), and where it now is.
std::pair<QList<NewsletterItem>, int> withNewsletterItem(const QList<NewsletterItem> &items,
                                                        const NewsletterItem &item);

// Moves the section \a section (with its items) to stand before the section \a before (the
// end when \a before is not a section), as a drop does.
QList<NewsletterItem> moveNewsletterSection(const QList<NewsletterItem> &items, const QString &section,
                                            const QString &before);

// Moves item \a from to stand before the item \a before (-1 or items.size(): the end of
// \a section) and into \a section, as a drop does; the grouped list and where it now is.
std::pair<QList<NewsletterItem>, int> moveNewsletterItem(const QList<NewsletterItem> &items, int from, int before,
                                                        const QString &section);

// Items started from elsewhere, pre-filled for the administrator to finish -----------------

// A case review's publication: under "Learning from reviews", its name, what kind of review it
// is and when it was published (or that it is not yet), its note, and its address as a link.
NewsletterItem newsletterItemFor(const CaseReview &review);
// A training course: under "Training", its title and description, the dates of its sessions
// from \a from on (those not cancelled), as a list.
NewsletterItem newsletterItemFor(const Course &course, const QList<TrainingSession> &sessions, const QDate &from);
// A bullet of a meeting's minutes (with its sub-bullets): under "News from the partnership",
// titled after the body and the meeting's date.
NewsletterItem newsletterItemFor(const Entry &entry, const Meeting &meeting, const QString &bodyName);

// Links ------------------------------------------------------------------------------------

// A link of an issue that a reader could not follow, or should not be sent to.
struct LinkFinding {
    enum class Problem {
        NoAddress, // the address is empty
        Space, // a space (or a control character) in the address
        NoScheme, // "www.example.org": no http://, https:// or mailto:
        Scheme, // javascript:, file:, ftp:... anything but http, https and mailto
        NoHost, // "https://" or "https:///path": no host
        NoEmailAddress, // "mailto:" with no address, or one without an @
        Invalid, // an address a URL parser refuses
        NoLabel, // a link with an address but no words to click
    };
    int item = -1; // index in the issue's items; -1: the manager's message
    QString itemTitle; // the item's title (empty for the manager's message)
    bool inText = false; // a [label](address) in the item's text, not one of its links
    QString label;
    QString url;
    Problem problem = Problem::Invalid;

    // One sentence naming the item, the link and what is wrong, for a list or a dialog.
    QString message() const;
    friend bool operator==(const LinkFinding &, const LinkFinding &) = default;
};

// What is wrong with \a url (and \a label, when \a needsLabel), or nothing. The same rules
// as the documents' (isSafeLinkTarget): a link with no finding is one they make live.
std::optional<LinkFinding::Problem> linkProblem(const QString &label, const QString &url, bool needsLabel = true);

// Every malformed link of \a issue, in reading order: the manager's message, then each
// item's text and its links.
QList<LinkFinding> checkNewsletterLinks(const Newsletter &issue);

} // namespace bd
