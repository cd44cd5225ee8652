#pragma once

#include "workspace.h"

#include <optional>

namespace bd {

// Changes the partnership's own details: its names, contact, year start and headings.
class SavePartnershipCommand : public StoreCommand {
public:
    SavePartnershipCommand(Workspace &workspace, const QString &text, Partnership before, Partnership after);

protected:
    Result<void> apply(bool forward) override;

private:
    Partnership m_before;
    Partnership m_after;
};

// SaveRecordCommand for the records keyed by the database's rowId (memberships, spending).
// The database gives such a record a new rowId each time an undo or redo adds it back; the
// command tells the workspace, so later commands that hold the first rowId still find it.
template<typename T> class SaveRowRecordCommand : public StoreCommand {
public:
    SaveRowRecordCommand(Workspace &workspace, const QString &text, std::optional<T> before, std::optional<T> after)
        : StoreCommand(workspace, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        m_identity = m_before ? m_before->rowId : 0;
    }

    // The rowId the record had when this command first saved it (0 before that).
    qint64 identity() const { return m_identity; }

protected:
    Result<void> apply(bool forward) override
    {
        constexpr RecordKind kind = recordKindOf<T>();
        const std::optional<T> &from = forward ? m_before : m_after;
        const std::optional<T> &to = forward ? m_after : m_before;
        qint64 rowId = 0;
        if (!from && to) {
            auto inserted = store().insert(*to);
            if (!inserted)
                return inserted.error();
            rowId = inserted->rowId;
            if (m_identity == 0)
                m_identity = rowId;
            else
                workspace().noteRowIdReplaced(kind, m_identity, rowId);
        } else if (from && to) {
            T record = *to;
            record.rowId = rowId = workspace().currentRowId(kind, m_identity);
            if (auto updated = store().update(record); !updated)
                return updated;
        } else if (from) {
            T record = *from;
            record.rowId = rowId = workspace().currentRowId(kind, m_identity);
            if (auto removed = store().remove(record); !removed)
                return removed;
        }
        workspace().notifyChanged(kind, QString::number(rowId));
        return {};
    }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
    qint64 m_identity = 0;
};

} // namespace bd
