#pragma once

#include "domain/types.h"
#include "util/result.h"

namespace bd {

class Store;

// What carrying a workplan forward did.
struct CarriedForward {
    Workplan closed; // the plan, now closed
    Workplan next; // the next year's plan of the same body, found or made
    QList<Action> carried; // the new actions, in the order of the ones they carry forward
    bool madeNext = false; // the next year's plan was made for this
};

// Closes \a workplan on \a today (Clock::today() from the ui and CLI) and carries its open
// actions (not complete, not already carried on) into the same body's plan for the next
// financial year: the open plan of that year if there is one, otherwise a new one titled
// \a nextTitle (or "<the old title's body> workplan YYYY-YY" when empty). Each carried
// action is a new action with the same text, ref, owner, due date, priorities and its whole
// review history, naming the one it came from in carriedFrom; the old actions stay in the
// closed plan as they were. One transaction: all of it happens, or none. A plan already
// closed, or one without a year, is refused with a message naming it.
Result<CarriedForward> carryForward(Store &store, const Id &workplan, const QDate &today,
                                    const QString &nextTitle = {});

// Takes back what \a done did (an undo): removes the carried actions and, when it was made
// for them, the next year's plan, and opens the closed plan again. One transaction.
Result<void> undoCarryForward(Store &store, const CarriedForward &done);

} // namespace bd
