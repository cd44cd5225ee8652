#pragma once

#include "store/backups.h"

#include <QDialog>
#include <QList>

class QTreeWidget;
class QDialogButtonBox;

namespace bd {

// File > Restore from backup...: the backups BoardDesk made of one partnership file, newest
// first, with when each was taken, its size and why. The window restores the chosen one.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The backups listed, in the list's order (newest first).
    const QList<BackupInfo> &backups() const { return m_backups; }
    QTreeWidget *list() { return m_list; }
    // The chosen backup's path; empty when none is chosen.
    QString selectedBackup() const;

private:
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace bd
