#include "autobackup.h"

#include "settings/backupsettings.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/store.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>

namespace bd {

namespace {

// What the worker found: the new backup's path (empty when none was due) or what went wrong.
struct Outcome {
    bool ok = true;
    QString text;
};

Outcome takeBackup(const QString &databasePath, const QString &folder, int keep, const QDateTime &now)
{
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    auto db = Database::open(databasePath, options);
    if (!db)
        return {false, db.errorMessage()};
    auto taken = BackupRotation::runIfDue(**db, folder, keep, now);
    if (!taken)
        return {false, taken.errorMessage()};
    return {true, *taken};
}

} // namespace

AutomaticBackups::AutomaticBackups(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AutomaticBackups::start);
    m_timer.start();
}

AutomaticBackups::~AutomaticBackups()
{
    waitForFinished();
}

void AutomaticBackups::start()
{
    if (m_store.isReadOnly() || isRunning())
        return;
    // Everything the worker needs is read here, on the window's thread.
    const QString path = m_store.path();
    const QString folder = m_folder;
    const int keep = backupKeepCount();
    const QDateTime now = Clock::now();
    auto outcome = std::make_shared<Outcome>();
    QThread *worker
        = QThread::create([outcome, path, folder, keep, now] { *outcome = takeBackup(path, folder, keep, now); });
    worker->setObjectName(QStringLiteral("automatic backup"));
    connect(worker, &QThread::finished, this, [this, worker, outcome] {
        worker->deleteLater();
        m_worker = nullptr; // one at a time: start() waits for this
        done(outcome->ok, outcome->text);
    });
    m_worker = worker;
    worker->start(QThread::LowPriority);
}

void AutomaticBackups::waitForFinished()
{
    if (!m_worker)
        return;
    m_worker->wait();
    // Delivers the finished() connection now rather than after this object is gone.
    QCoreApplication::sendPostedEvents(this);
}

void AutomaticBackups::done(bool ok, const QString &pathOrMessage)
{
    if (!ok)
        emit backupFailed(pathOrMessage);
    else if (!pathOrMessage.isEmpty())
        emit backupTaken(pathOrMessage);
    emit finished();
}

} // namespace bd
