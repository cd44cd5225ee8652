#include "backupsettings.h"

#include "settingsgroup.h"
#include "store/backups.h"

#include <QSettings>
#include <QSpinBox>

namespace bd {

namespace {

const QString keepKey = QStringLiteral("backups/keep");
constexpr int mostKept = 365;

} // namespace

int backupKeepCount()
{
    const int keep = QSettings().value(keepKey, BackupRotation::defaultKeep).toInt();
    return keep >= 1 ? qMin(keep, mostKept) : BackupRotation::defaultKeep;
}

void setBackupKeepCount(int keep)
{
    QSettings().setValue(keepKey, qBound(1, keep, mostKept));
}

BackupSettings::BackupSettings(QWidget *parent)
    : QWidget(parent)
{
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupKeepBox"));
    m_keep->setRange(1, mostKept);
    m_keep->setSuffix(tr(" days"));
    m_keep->setValue(backupKeepCount());
    m_keep->setAccessibleName(tr("Daily backups kept"));
    layOutSettingsGroup(this, tr("Backups"), tr("&Keep daily backups for:"), m_keep,
                        tr("BoardDesk copies the partnership file once a day while it is open, into a folder "
                           "beside it. The oldest copies beyond this number are deleted. File > Restore from "
                           "backup... puts one back."));
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { setBackupKeepCount(keep); });
}

} // namespace bd
