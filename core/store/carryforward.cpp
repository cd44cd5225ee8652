#include "carryforward.h"

#include "domain/actionlog.h"
#include "store.h"

#include <QCoreApplication>

namespace bd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bd::CarryForward", text);
}

} // namespace

Result<CarriedForward> carryForward(Store &store, const Id &workplanId, const QDate &today, const QString &nextTitle)
{
    Transaction transaction(store.database());
    if (!transaction.started())
        return transaction.started().error();

    auto found = store.get<Workplan>(workplanId);
    if (!found)
        return found.error();
    if (!*found)
        return Error {tr("There is no workplan '%1'.").arg(workplanId), ErrorCode::NotFound};
    CarriedForward done;
    done.closed = **found;
    if (done.closed.status == WorkplanStatus::Closed)
        return Error {tr("The workplan '%1' is already closed.").arg(done.closed.title), ErrorCode::Invalid};
    if (!done.closed.year.isValid())
        return Error {tr("The workplan '%1' has no year, so there is no next year to carry it into.")
                          .arg(done.closed.title),
                      ErrorCode::Invalid};

    const FinancialYear nextYear = done.closed.year.next();
    ListFilter ofBody;
    ofBody.body = done.closed.body;
    auto plans = store.list<Workplan>(ofBody);
    if (!plans)
        return plans.error();
    bool haveNext = false;
    for (const Workplan &plan : std::as_const(*plans)) {
        if (plan.year == nextYear && plan.status == WorkplanStatus::Open && plan.id != done.closed.id) {
            done.next = plan;
            haveNext = true;
            break;
        }
    }
    if (!haveNext) {
        Workplan next;
        next.body = done.closed.body;
        next.year = nextYear;
        QString title = nextTitle;
        if (title.isEmpty()) {
            const QString old = done.closed.title;
            const QString oldYear = done.closed.year.toString();
            title = old.contains(oldYear) ? QString(old).replace(oldYear, nextYear.toString())
                                          : tr("%1 %2").arg(old, nextYear.toString());
        }
        next.title = title;
        auto made = store.insert(next);
        if (!made)
            return made.error();
        done.next = *made;
        done.madeNext = true;
    }

    ListFilter ofBodyActions;
    ofBodyActions.body = done.closed.body;
    auto actions = store.list<Action>(ofBodyActions);
    if (!actions)
        return actions.error();
    const QSet<Id> carriedOn = carriedForwardIds(*actions);
    for (const Action &action : std::as_const(*actions)) {
        if (action.workplan != done.closed.id || !isOpen(action, carriedOn))
            continue;
        Action copy = action;
        copy.id.clear();
        copy.workplan = done.next.id;
        copy.carriedFrom = action.id;
        auto added = store.insert(copy);
        if (!added)
            return added.error();
        done.carried << *added;
    }

    done.closed.status = WorkplanStatus::Closed;
    done.closed.closedOn = today;
    if (auto closed = store.update(done.closed); !closed)
        return closed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return done;
}

Result<void> undoCarryForward(Store &store, const CarriedForward &done)
{
    Transaction transaction(store.database());
    if (!transaction.started())
        return transaction.started();
    for (const Action &action : done.carried) {
        if (auto removed = store.remove(action); !removed)
            return removed;
    }
    if (done.madeNext) {
        if (auto removed = store.remove(done.next); !removed)
            return removed;
    }
    Workplan reopened = done.closed;
    reopened.status = WorkplanStatus::Open;
    reopened.closedOn = QDate();
    if (auto updated = store.update(reopened); !updated)
        return updated;
    return transaction.commit();
}

} // namespace bd
