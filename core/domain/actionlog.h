#pragma once

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <algorithm>
#include <optional>

namespace bd {

// The rules of the action log and the risk log, decided once here for the desktop views,
// the documents and boarddesk-cli: what is overdue, what the filters let through, what
// changed since a date, and which band a risk is in.

// The rating an action had on \a date: its newest review made on or before that day;
// nothing if it had not been reviewed by then.
std::optional<Rag> ragOn(const Action &action, const QDate &date);

// Still to be done: not rated complete, and not carried forward into a later plan (the
// copy carries on). \a carriedOn holds the ids of actions that were carried forward (see
// carriedForwardIds).
bool isOpen(const Action &action, const QSet<Id> &carriedOn = {});
// Open and due before \a today (an action due today is not yet overdue). Pass the clock's
// day (Clock::today()): nothing here reads the time itself.
bool isOverdue(const Action &action, const QDate &today, const QSet<Id> &carriedOn = {});
// The ids of the actions in \a actions that some other action names as carriedFrom.
QSet<Id> carriedForwardIds(const QList<Action> &actions);

// The filters people ask for on the action log; each one that is set narrows the list, an
// empty one lets everything through.
struct ActionFilter {
    Id body;
    Id workplan;
    bool notGreen = false; // red, amber or never rated: what a board is held to account by
    bool overdue = false; // see isOverdue
    QList<Rag> rags; // the current rating is one of these (never rated: never matches)
    QDate dueBefore; // due on a day before this one
    Id priority; // tagged with this business-plan priority
    Id ownerAgency; // owned by this agency (the action's own, or its owner's agency)

    bool isEmpty() const;
};

// The actions of \a actions that pass \a filter, in their order. \a today decides overdue;
// \a people gives the owner's agency when an action names only its owner.
QList<Action> filterActions(const QList<Action> &actions, const ActionFilter &filter, const QDate &today,
                            const QList<Person> &people = {});

// An action whose rating moved after a date: from what it was on that date to what it is now.
struct RagChange {
    Action action;
    Rag before = Rag::Amber;
    Rag after = Rag::Amber;
    QDate changedOn; // the review that set the rating it has now
    // Up means better (red to amber, amber to green, anything to complete).
    bool isImprovement() const;
};

// "What changed since \a since": the actions rated on that day whose current rating is a
// different one, in \a actions' order. An action first rated after \a since has no rating
// to move from and is not listed; one that moved and came back to where it was is not
// listed either.
QList<RagChange> changedSince(const QList<Action> &actions, const QDate &since);

// How good a rating is, for sorting and "up or down": red 0, amber 1, green 2, complete 3.
int ragRank(Rag rag);

// The risk log ------------------------------------------------------------------------

// A risk's rating band from likelihood x impact (archive-v1.md): 1-4 green, 5-12 amber,
// 15-25 red. The same as Risk::ratingFor.
Rag riskBand(int score);
// The newest review and the one before it; nothing when there are none.
std::optional<RiskReview> currentReview(const Risk &risk);
std::optional<RiskReview> previousReview(const Risk &risk);
// Open: not closed on or before \a today.
bool isOpen(const Risk &risk, const QDate &today);

} // namespace bd

namespace bd {

// One body's line on the dashboard: the mix of its open workplan and meeting actions'
// ratings, how many are overdue, and its open risks by band.
struct BodySummary {
    Id body;
    QString name;
    int red = 0;
    int amber = 0;
    int green = 0;
    int complete = 0;
    int unrated = 0;
    int overdue = 0;
    int risksRed = 0;
    int risksAmber = 0;
    int risksGreen = 0;

    int actions() const { return red + amber + green + complete + unrated; }
    int risks() const { return risksRed + risksAmber + risksGreen; }
};

// What the dashboard and the home page weigh of an action: its body, due date and current
// rating, without its text or its history (Store::actionStandings reads them all at once).
struct ActionStanding {
    Id id;
    Id body;
    Id carriedFrom;
    QDate due;
    std::optional<Rag> rag; // the newest review's; nothing if never reviewed

    std::optional<Rag> currentRag() const { return rag; }
    static ActionStanding of(const Action &action);
};

bool isOpen(const ActionStanding &action, const QSet<Id> &carriedOn = {});
bool isOverdue(const ActionStanding &action, const QDate &today, const QSet<Id> &carriedOn = {});
QSet<Id> carriedForwardIds(const QList<ActionStanding> &actions);

// The dashboard: one summary per body in \a bodies' order that has any action or open risk.
// Actions carried forward count once (as their copy); actions count by their current
// rating, risks by the band of their newest review (an unrated open risk is not counted).
QList<BodySummary> summariseBodies(const QList<Body> &bodies, const QList<ActionStanding> &actions,
                                   const QList<Risk> &risks, const QDate &today);
QList<BodySummary> summariseBodies(const QList<Body> &bodies, const QList<Action> &actions, const QList<Risk> &risks,
                                   const QDate &today);

// The actions that need attention on \a today: open (see isOpen) and rated red or overdue;
// red first, then the longest overdue, those with no due date last.
QList<ActionStanding> needingAttention(const QList<ActionStanding> &actions, const QDate &today);

} // namespace bd

namespace bd {

// \a record (an action or a risk) with \a review added in date order, after any review of
// the same day, so the newest review stays its current rating.
template<typename Record, typename Review> Record withReview(Record record, const Review &review)
{
    auto at = std::upper_bound(record.reviews.begin(), record.reviews.end(), review.date,
                               [](const QDate &date, const Review &r) { return date < r.date; });
    record.reviews.insert(at, review);
    return record;
}

} // namespace bd
