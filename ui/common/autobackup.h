#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

namespace bd {

class Store;

// The daily automatic backup of the open partnership (core's BackupRotation): one when it is
// opened, then a check every hour while it stays open, which takes one when the day has
// turned (by the one clock, util/clock.h). How many are kept is the user's setting
// (settings/backupsettings.h).
//
// The copy is made on a worker thread through a read-only connection of its own, so a large
// file's backup never freezes the window; SQLite's WAL gives that connection the file as it
// was when the copy began, while the window goes on saving. Deleting this object (closing the
// file, restoring a backup, quitting) waits for a copy under way.
class AutomaticBackups : public QObject {
    Q_OBJECT

public:
    // How often the timer asks whether a backup is due.
    static constexpr int checkIntervalMs = 60 * 60 * 1000;

    // Starts the timer; call start() for the backup at opening.
    explicit AutomaticBackups(Store &store, QObject *parent = nullptr);
    ~AutomaticBackups() override;

    // Starts today's backup on the worker unless the store is read-only or one is under way;
    // the worker takes none when today's is there. Ends with finished(), after backupTaken()
    // or backupFailed() when there was something to say.
    void start();
    bool isRunning() const { return m_worker != nullptr; }
    // Blocks until a backup under way is done (its signals are then delivered).
    void waitForFinished();

    // For tests: the folder the backups go to (backupFolderFor() the database when empty).
    void setFolder(const QString &folder) { m_folder = folder; }
    QTimer *timer() { return &m_timer; }

signals:
    void backupTaken(const QString &path);
    void backupFailed(const QString &message);
    void finished();

private:
    void done(bool ok, const QString &pathOrMessage);

    Store &m_store;
    QTimer m_timer;
    QString m_folder;
    QPointer<QThread> m_worker;
};

} // namespace bd
