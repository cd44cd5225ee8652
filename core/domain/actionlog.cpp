#include "actionlog.h"

#include <QHash>

#include <algorithm>

namespace bd {

std::optional<Rag> ragOn(const Action &action, const QDate &date)
{
    std::optional<Rag> rating;
    QDate newest;
    // Reviews are kept in date order; a hand-written archive may not be, so look at all.
    for (const ActionReview &review : action.reviews) {
        if (review.date.isValid() && review.date <= date && (!newest.isValid() || review.date >= newest)) {
            newest = review.date;
            rating = review.rag;
        }
    }
    return rating;
}

namespace {

// The rules below hold for a whole action and for its standing alike.
template<typename A> bool openAction(const A &action, const QSet<Id> &carriedOn)
{
    return action.currentRag() != Rag::Complete && !carriedOn.contains(action.id);
}

template<typename A> bool overdueAction(const A &action, const QDate &today, const QSet<Id> &carriedOn)
{
    return action.due.isValid() && action.due < today && openAction(action, carriedOn);
}

template<typename A> QSet<Id> carriedForward(const QList<A> &actions)
{
    QSet<Id> ids;
    for (const A &action : actions) {
        if (!action.carriedFrom.isEmpty())
            ids.insert(action.carriedFrom);
    }
    return ids;
}

} // namespace

bool isOpen(const Action &action, const QSet<Id> &carriedOn)
{
    return openAction(action, carriedOn);
}

bool isOpen(const ActionStanding &action, const QSet<Id> &carriedOn)
{
    return openAction(action, carriedOn);
}

bool isOverdue(const Action &action, const QDate &today, const QSet<Id> &carriedOn)
{
    return overdueAction(action, today, carriedOn);
}

bool isOverdue(const ActionStanding &action, const QDate &today, const QSet<Id> &carriedOn)
{
    return overdueAction(action, today, carriedOn);
}

QSet<Id> carriedForwardIds(const QList<Action> &actions)
{
    return carriedForward(actions);
}

QSet<Id> carriedForwardIds(const QList<ActionStanding> &actions)
{
    return carriedForward(actions);
}

ActionStanding ActionStanding::of(const Action &action)
{
    return {action.id, action.body, action.carriedFrom, action.due, action.currentRag()};
}

bool ActionFilter::isEmpty() const
{
    return body.isEmpty() && workplan.isEmpty() && !notGreen && !overdue && rags.isEmpty() && !dueBefore.isValid()
        && priority.isEmpty() && ownerAgency.isEmpty();
}

QList<Action> filterActions(const QList<Action> &actions, const ActionFilter &filter, const QDate &today,
                            const QList<Person> &people)
{
    const QSet<Id> carriedOn = filter.overdue ? carriedForwardIds(actions) : QSet<Id> {};
    QHash<Id, Id> agencyOf;
    if (!filter.ownerAgency.isEmpty()) {
        for (const Person &person : people)
            agencyOf.insert(person.id, person.agency);
    }
    QList<Action> kept;
    for (const Action &action : actions) {
        const std::optional<Rag> rag = action.currentRag();
        if (!filter.body.isEmpty() && action.body != filter.body)
            continue;
        if (!filter.workplan.isEmpty() && action.workplan != filter.workplan)
            continue;
        if (filter.notGreen && (rag == Rag::Green || rag == Rag::Complete))
            continue;
        if (filter.overdue && !isOverdue(action, today, carriedOn))
            continue;
        if (!filter.rags.isEmpty() && (!rag || !filter.rags.contains(*rag)))
            continue;
        if (filter.dueBefore.isValid() && !(action.due.isValid() && action.due < filter.dueBefore))
            continue;
        if (!filter.priority.isEmpty() && !action.priorities.contains(filter.priority))
            continue;
        if (!filter.ownerAgency.isEmpty()) {
            const Id agency = action.ownerAgency.isEmpty() ? agencyOf.value(action.owner) : action.ownerAgency;
            if (agency != filter.ownerAgency)
                continue;
        }
        kept << action;
    }
    return kept;
}

int ragRank(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return 0;
    case Rag::Amber:
        return 1;
    case Rag::Green:
        return 2;
    case Rag::Complete:
        break;
    }
    return 3;
}

bool RagChange::isImprovement() const
{
    return ragRank(after) > ragRank(before);
}

QList<RagChange> changedSince(const QList<Action> &actions, const QDate &since)
{
    QList<RagChange> changes;
    for (const Action &action : actions) {
        const std::optional<Rag> before = ragOn(action, since);
        if (!before || action.reviews.isEmpty())
            continue;
        const ActionReview &newest = action.reviews.constLast();
        if (newest.date <= since || newest.rag == *before)
            continue;
        changes << RagChange {action, *before, newest.rag, newest.date};
    }
    return changes;
}

Rag riskBand(int score)
{
    return Risk::ratingFor(score);
}

std::optional<RiskReview> currentReview(const Risk &risk)
{
    if (risk.reviews.isEmpty())
        return std::nullopt;
    return risk.reviews.constLast();
}

std::optional<RiskReview> previousReview(const Risk &risk)
{
    if (risk.reviews.size() < 2)
        return std::nullopt;
    return risk.reviews.at(risk.reviews.size() - 2);
}

bool isOpen(const Risk &risk, const QDate &today)
{
    return !risk.closed.isValid() || risk.closed > today;
}

} // namespace bd

namespace bd {

QList<BodySummary> summariseBodies(const QList<Body> &bodies, const QList<Action> &actions, const QList<Risk> &risks,
                                   const QDate &today)
{
    QList<ActionStanding> standings;
    standings.reserve(actions.size());
    for (const Action &action : actions)
        standings << ActionStanding::of(action);
    return summariseBodies(bodies, standings, risks, today);
}

QList<BodySummary> summariseBodies(const QList<Body> &bodies, const QList<ActionStanding> &actions,
                                   const QList<Risk> &risks, const QDate &today)
{
    const QSet<Id> carriedOn = carriedForwardIds(actions);
    QHash<Id, BodySummary> byBody;
    for (const ActionStanding &action : actions) {
        if (carriedOn.contains(action.id))
            continue;
        BodySummary &s = byBody[action.body];
        const std::optional<Rag> rag = action.currentRag();
        if (!rag)
            ++s.unrated;
        else if (*rag == Rag::Red)
            ++s.red;
        else if (*rag == Rag::Amber)
            ++s.amber;
        else if (*rag == Rag::Green)
            ++s.green;
        else
            ++s.complete;
        if (isOverdue(action, today, carriedOn))
            ++s.overdue;
    }
    for (const Risk &risk : risks) {
        const auto review = currentReview(risk);
        if (!isOpen(risk, today) || !review)
            continue;
        BodySummary &s = byBody[risk.body];
        switch (riskBand(review->score())) {
        case Rag::Red:
            ++s.risksRed;
            break;
        case Rag::Amber:
            ++s.risksAmber;
            break;
        default:
            ++s.risksGreen;
            break;
        }
    }
    QList<BodySummary> summaries;
    for (const Body &body : bodies) {
        auto found = byBody.find(body.id);
        if (found == byBody.end())
            continue;
        found->body = body.id;
        found->name = body.name;
        summaries << *found;
    }
    return summaries;
}

QList<ActionStanding> needingAttention(const QList<ActionStanding> &actions, const QDate &today)
{
    const QSet<Id> carriedOn = carriedForwardIds(actions);
    QList<ActionStanding> attention;
    for (const ActionStanding &action : actions) {
        if (isOpen(action, carriedOn) && (action.rag == Rag::Red || isOverdue(action, today, carriedOn)))
            attention << action;
    }
    std::stable_sort(attention.begin(), attention.end(), [](const ActionStanding &a, const ActionStanding &b) {
        const bool redA = a.rag == Rag::Red;
        const bool redB = b.rag == Rag::Red;
        if (redA != redB)
            return redA;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return attention;
}

} // namespace bd
