#include "workplancommands.h"

#include "util/clock.h"

namespace bd {

CarryForwardCommand::CarryForwardCommand(Workspace &workspace, const Workplan &workplan)
    : StoreCommand(workspace, QCoreApplication::translate("bd::CarryForwardCommand", "Close %1 and carry forward")
                                  .arg(workplan.title))
    , m_workplan(workplan.id)
{
}

Result<void> CarryForwardCommand::apply(bool forward)
{
    if (forward) {
        auto done = carryForward(store(), m_workplan, Clock::today());
        if (!done)
            return done.error();
        m_done = *done;
    } else if (auto undone = undoCarryForward(store(), m_done); !undone) {
        return undone;
    }
    workspace().notifyChanged(RecordKind::Workplan, m_workplan);
    workspace().notifyChanged(RecordKind::Action, QString());
    return {};
}

} // namespace bd
