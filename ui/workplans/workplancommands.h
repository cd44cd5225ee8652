#pragma once

#include "common/workspace.h"
#include "store/carryforward.h"

namespace bd {

// Closes a workplan and carries its open actions into the next year's plan (see
// carryForward); undo takes all of it back in one step.
class CarryForwardCommand : public StoreCommand {
public:
    CarryForwardCommand(Workspace &workspace, const Workplan &workplan);
    const CarriedForward &result() const { return m_done; }

protected:
    Result<void> apply(bool forward) override;

private:
    Id m_workplan;
    CarriedForward m_done;
};

} // namespace bd
