#include "recordcommands.h"

namespace bd {

SavePartnershipCommand::SavePartnershipCommand(Workspace &workspace, const QString &text, Partnership before,
                                               Partnership after)
    : StoreCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Result<void> SavePartnershipCommand::apply(bool forward)
{
    auto saved = store().setPartnership(forward ? m_after : m_before);
    if (saved)
        workspace().notifyChanged(RecordKind::Partnership, QString());
    return saved;
}

} // namespace bd
