#pragma once

#include "archive/transfer.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QWidget;

namespace bd {

// An archive import on a thread of its own, so the window stays live through the twenty
// years of a large partnership. The thread opens its own connection to the database (a
// connection serves only the thread that made it), reads the archive file and hands it to
// importArchive(): all or nothing, so a cancelled or failed import writes nothing.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(QString databasePath, QString archivePath, bool replace, QObject *parent = nullptr);
    // Cancels a running import and waits for its thread.
    ~ImportJob() override;

    void start();
    // Asks the import to stop at its next step; it then finishes with wasCancelled() true.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const;
    // What the import came to; an error until it has finished.
    Result<ImportOutcome> outcome() const;

signals:
    void progressed(int percent); // 0 to 100
    void finished();

private:
    struct Shared;
    QString m_databasePath;
    QString m_archivePath;
    bool m_replace;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

// Runs an ImportJob behind a window-modal progress dialog over \a parent, with Cancel, and
// returns when it has finished. \a cancelled (if given) tells whether Cancel stopped it.
Result<ImportOutcome> importWithProgress(QWidget *parent, const QString &databasePath, const QString &archivePath,
                                         bool replace, bool *cancelled = nullptr);

} // namespace bd
