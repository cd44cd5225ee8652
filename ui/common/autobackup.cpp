#include "autobackup.h"

#include "settings/backupsettings.h"
#include "store/backups.h"
#include "store/store.h"

namespace bd {

AutomaticBackups::AutomaticBackups(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)runIfDue(); });
    m_timer.start();
}

Result<QString> AutomaticBackups::runIfDue()
{
    if (m_store.isReadOnly())
        return QString();
    auto taken = BackupRotation::runIfDue(m_store.database(), m_folder, backupKeepCount(), m_clock());
    if (!taken)
        emit backupFailed(taken.errorMessage());
    else if (!taken->isEmpty())
        emit backupTaken(*taken);
    return taken;
}

} // namespace bd
