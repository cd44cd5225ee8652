#pragma once

#include "common/recordcommands.h"
#include "common/workspace.h"

#include <QAbstractTableModel>
#include <QSet>

#include <algorithm>
#include <optional>

namespace bd {

// The base of the editable tables over one kind of record (agencies, people, memberships,
// priorities). It keeps a copy of the records the store listed, saves each cell as it is
// edited through the workspace (so it can be undone), and follows the workspace's
// recordChanged in place: a changed row is repainted, a new one inserted, a reordered table
// moved, so the view keeps its current cell while the user works through it.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit RecordTableModel(Workspace &workspace, QObject *parent = nullptr);

    Workspace &workspace() { return m_workspace; }
    // Reads the records again from the store.
    virtual void reload() = 0;
    // The key of the record on \a row (its id, or rowId as text); empty if none.
    virtual QString keyAt(int row) const = 0;
    // The row of the record with this key, or -1.
    int rowOfKey(const QString &key) const;

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

protected:
    // The records this table shows depend on these kinds as well as its own (a person's
    // agency name, for instance).
    virtual bool dependsOn(RecordKind kind) const = 0;

private:
    Workspace &m_workspace;
    bool m_readOnly = false;
};

template<typename T> class RecordListModel : public RecordTableModel {
public:
    explicit RecordListModel(Workspace &workspace, QObject *parent = nullptr)
        : RecordTableModel(workspace, parent)
    {
        connect(&workspace, &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
            if (kind == recordKindOf<T>() || dependsOn(kind))
                refresh(kind != recordKindOf<T>());
        });
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_records.size()); }
    const QList<T> &records() const { return m_records; }
    std::optional<T> recordAt(int row) const
    {
        return row >= 0 && row < m_records.size() ? std::optional<T>(m_records.at(row)) : std::nullopt;
    }
    QString keyAt(int row) const override
    {
        return row >= 0 && row < m_records.size() ? keyOf(m_records.at(row)) : QString();
    }
    void reload() override { refresh(false); }

    // Saves \a after in place of the record on \a row; returns false if it was refused.
    bool saveRow(int row, const T &after, const QString &text)
    {
        const std::optional<T> before = recordAt(row);
        if (!before || *before == after)
            return true;
        return workspace().push(makeCommand(text, before, after));
    }
    // Adds \a record (carrying its id, or rowId 0); returns its row, or -1 if refused.
    int addRecord(const T &record, const QString &text)
    {
        if (!workspace().push(makeCommand(text, std::nullopt, record)))
            return -1;
        if constexpr (requires { record.id; }) {
            return rowOfKey(record.id);
        } else {
            // The newest rowId is the one just given.
            int newest = -1;
            for (int row = 0; row < m_records.size(); ++row) {
                if (newest < 0 || m_records.at(row).rowId > m_records.at(newest).rowId)
                    newest = row;
            }
            return newest;
        }
    }
    bool removeRecord(int row, const QString &text)
    {
        const std::optional<T> before = recordAt(row);
        return before && workspace().push(makeCommand(text, before, std::nullopt));
    }

protected:
    // The records, as the store lists them for this table.
    virtual Result<QList<T>> fetch() = 0;

    static QString keyOf(const T &record)
    {
        if constexpr (requires { record.id; })
            return record.id;
        else
            return QString::number(record.rowId);
    }

private:
    StoreCommand *makeCommand(const QString &text, std::optional<T> before, std::optional<T> after)
    {
        if constexpr (requires(T t) { t.id; })
            return new SaveRecordCommand<T>(workspace(), text, std::move(before), std::move(after));
        else
            return new SaveRowRecordCommand<T>(workspace(), text, std::move(before), std::move(after));
    }

    void refresh(bool repaintAll)
    {
        auto fetched = fetch();
        if (!fetched) {
            workspace().reportError(fetched.errorMessage());
            return;
        }
        QList<T> fresh = std::move(*fetched);
        QStringList oldKeys, newKeys;
        for (const T &r : m_records)
            oldKeys << keyOf(r);
        for (const T &r : fresh)
            newKeys << keyOf(r);

        if (oldKeys == newKeys) {
            for (int row = 0; row < fresh.size(); ++row) {
                if (repaintAll || !(fresh.at(row) == m_records.at(row))) {
                    m_records[row] = fresh.at(row);
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
            }
            return;
        }
        if (QSet<QString>(oldKeys.begin(), oldKeys.end()) == QSet<QString>(newKeys.begin(), newKeys.end())
            && oldKeys.size() == newKeys.size()) {
            // Same records in a new order (a name changed): keep the view's current cell.
            emit layoutAboutToBeChanged();
            const QModelIndexList before = persistentIndexList();
            QModelIndexList after;
            for (const QModelIndex &old : before)
                after << index(int(newKeys.indexOf(oldKeys.at(old.row()))), old.column());
            m_records = fresh;
            changePersistentIndexList(before, after);
            emit layoutChanged();
            return;
        }
        if (newKeys.size() == oldKeys.size() + 1) {
            const int row = firstDifference(oldKeys, newKeys);
            QStringList without = newKeys;
            without.removeAt(row);
            if (without == oldKeys) {
                beginInsertRows({}, row, row);
                m_records.insert(row, fresh.at(row));
                endInsertRows();
                refreshChanged(fresh, repaintAll);
                return;
            }
        }
        if (oldKeys.size() == newKeys.size() + 1) {
            const int row = firstDifference(newKeys, oldKeys);
            QStringList without = oldKeys;
            without.removeAt(row);
            if (without == newKeys) {
                beginRemoveRows({}, row, row);
                m_records.removeAt(row);
                endRemoveRows();
                refreshChanged(fresh, repaintAll);
                return;
            }
        }
        beginResetModel();
        m_records = fresh;
        endResetModel();
    }

    void refreshChanged(const QList<T> &fresh, bool repaintAll)
    {
        for (int row = 0; row < fresh.size(); ++row) {
            if (repaintAll || !(fresh.at(row) == m_records.at(row))) {
                m_records[row] = fresh.at(row);
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
    }

    static int firstDifference(const QStringList &shorter, const QStringList &longer)
    {
        int row = 0;
        while (row < shorter.size() && shorter.at(row) == longer.at(row))
            ++row;
        return row;
    }

    QList<T> m_records;
};

} // namespace bd
