#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace bd {

class Store;

// The daily automatic backup of the open partnership (core's BackupRotation): one when it is
// opened, then a check every hour while it stays open, which takes one when the day has
// turned. How many are kept is the user's setting (settings/backupsettings.h).
class AutomaticBackups : public QObject {
    Q_OBJECT

public:
    // How often the timer asks whether a backup is due.
    static constexpr int checkIntervalMs = 60 * 60 * 1000;

    // Starts the timer; call runIfDue() for the backup at opening.
    explicit AutomaticBackups(Store &store, QObject *parent = nullptr);

    // Takes today's backup unless there is one, and drops the oldest beyond the kept number.
    // Returns the new backup's path, empty when none was due. A read-only store takes none.
    Result<QString> runIfDue();

    // For tests: the clock that says what day it is, and the folder the backups go to
    // (backupFolderFor() the database when empty).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setFolder(const QString &folder) { m_folder = folder; }
    QTimer *timer() { return &m_timer; }

signals:
    void backupTaken(const QString &path);
    void backupFailed(const QString &message);

private:
    Store &m_store;
    QTimer m_timer;
    QString m_folder;
    std::function<QDateTime()> m_clock;
};

} // namespace bd
