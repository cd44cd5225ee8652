#pragma once

#include "common/workspace.h"

namespace bd {

// Adds, changes or removes one newsletter issue, its items and links with it (the store
// saves an issue whole, audited as one change). Typing in one field of one issue (its title,
// its manager's message) merges into one command, so one Ctrl+Z takes back the whole run.
class SaveNewsletterCommand : public SaveRecordCommand<Newsletter> {
public:
    enum class Typing { None, Title, Message };

    SaveNewsletterCommand(Workspace &workspace, const QString &text, std::optional<Newsletter> before,
                          std::optional<Newsletter> after, Typing typing = Typing::None);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Typing m_typing;
};

} // namespace bd
