#pragma once

#include <QWidget>

class QSpinBox;

namespace bd {

// The number of daily automatic backups kept of a partnership (QSettings "backups/keep";
// BackupRotation::defaultKeep, 14, unless the user chose another).
int backupKeepCount();
void setBackupKeepCount(int keep);

// The backup settings as a group on the settings page: how many daily backups to keep.
// Saved to the user's settings as it changes; the next backup keeps that many.
class BackupSettings : public QWidget {
    Q_OBJECT

public:
    explicit BackupSettings(QWidget *parent = nullptr);
    QSpinBox *keepBox() { return m_keep; }

private:
    QSpinBox *m_keep;
};

} // namespace bd
