#include "importjob.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace bd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bd::ImportJob", text);
}
} // namespace

// What the thread and the window share: the thread writes the outcome before it ends, and
// the window reads it only after QThread::finished.
struct ImportJob::Shared {
    std::atomic<bool> cancel{false};
    std::atomic<int> percent{-1};
    std::optional<Result<ImportOutcome>> outcome;
};

ImportJob::ImportJob(QString databasePath, QString archivePath, bool replace, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_archivePath(std::move(archivePath))
    , m_replace(replace)
    , m_shared(std::make_shared<Shared>())
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, shared = m_shared, databasePath = m_databasePath, archivePath = m_archivePath,
                                replace = m_replace] {
        const auto finish = [&](Result<ImportOutcome> outcome) { shared->outcome.emplace(std::move(outcome)); };
        if (auto readable = checkArchiveFile(archivePath); !readable) {
            finish(readable.error());
            return;
        }
        OpenOptions options;
        options.create = false;
        auto store = Store::open(databasePath, options);
        if (!store) {
            finish(store.error());
            return;
        }
        finish(importArchiveFile(**store, archivePath, replace, [&](int percent) {
            if (shared->percent.exchange(percent) != percent)
                emit progressed(percent); // queued to the window's thread
            return !shared->cancel.load();
        }));
        // The store, and with it the connection, closes here on the thread that opened it.
    });
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

void ImportJob::cancel()
{
    m_shared->cancel = true;
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ImportJob::wasCancelled() const
{
    return m_shared->cancel && outcome().errorMessage() == cancelledMessage();
}

Result<ImportOutcome> ImportJob::outcome() const
{
    if (isRunning() || !m_shared->outcome)
        return Error{tr("The import has not finished.")};
    return *m_shared->outcome;
}

Result<ImportOutcome> importWithProgress(QWidget *parent, const QString &databasePath, const QString &archivePath,
                                         bool replace, bool *cancelled)
{
    QProgressDialog dialog(tr("Importing %1...").arg(QFileInfo(archivePath).fileName()), tr("Cancel"), 0, 100, parent);
    dialog.setWindowTitle(tr("Importing"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    ImportJob job(databasePath, archivePath, replace);
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::progressed, &dialog, [&dialog](int percent) {
        if (!dialog.wasCanceled())
            dialog.setValue(percent);
    });
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    // QProgressDialog hides itself on Cancel; it shows again, without the button, until the
    // thread has stopped, so nothing else can start meanwhile.
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, &job] {
        job.cancel();
        dialog.setCancelButton(nullptr);
        dialog.setLabelText(tr("Cancelling: nothing will be changed..."));
        dialog.setRange(0, 0);
        dialog.show();
    });
    job.start();
    loop.exec();
    if (cancelled)
        *cancelled = job.wasCancelled();
    return job.outcome();
}

} // namespace bd
