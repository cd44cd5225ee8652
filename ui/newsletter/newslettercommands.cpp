#include "newslettercommands.h"

namespace bd {

namespace {

// QUndoCommand ids: a typing run merges only with a run in the same field.
constexpr int typingIdBase = 1800;

} // namespace

SaveNewsletterCommand::SaveNewsletterCommand(Workspace &workspace, const QString &text,
                                             std::optional<Newsletter> before, std::optional<Newsletter> after,
                                             Typing typing)
    : SaveRecordCommand<Newsletter>(workspace, text, std::move(before), std::move(after))
    , m_typing(typing)
{
}

int SaveNewsletterCommand::id() const
{
    return m_typing == Typing::None || !m_before || !m_after ? -1 : typingIdBase + int(m_typing);
}

bool SaveNewsletterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SaveNewsletterCommand *>(other);
    // Only the next step of the same run: the issue as this command left it.
    if (next->m_typing != m_typing || !next->m_before || !m_after || *next->m_before != *m_after)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace bd
