#include "recordtablemodel.h"

namespace bd {

RecordTableModel::RecordTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

int RecordTableModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (keyAt(row) == key)
            return row;
    }
    return -1;
}

} // namespace bd
