#include "mainwindow.h"

#include "aboutdialog.h"
#include "contextmenukeys.h"
#include "elidedtooltips.h"
#include "helpdialogs.h"
#include "homepage.h"
#include "importjob.h"
#include "meetings/meetingeditor.h"
#include "newsletter/newsletterpage.h"
#include "partnershipview.h"
#include "registers/bodyeditor.h"
#include "registers/registerpage.h"
#include "startup.h"
#include "util/clock.h"
#include "welcomepage.h"
#include "workspace.h"

#include "archive/transfer.h"
#include "audit/auditlogdialog.h"
#include "autobackup.h"
#include "reports/minutesactions.h"
#include "restoredialog.h"
#include "store/backups.h"
#include "store/store.h"
#include "util/outputtarget.h"
#include "util/paths.h"
#include "workplans/reviewwalk.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTime>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace bd {

namespace {

// A file under the user's home folder as "~/…" on Unix, as the shell and file managers show it;
// elsewhere, and outside home, the whole native path.
QString pathUnderHome(const QString &path)
{
#ifdef Q_OS_UNIX
    const QString home = QDir::homePath();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (home != QLatin1String("/") && absolute.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + absolute.mid(home.size());
#endif
    return QDir::toNativeSeparators(path);
}

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString newPartnershipFolderKey = QStringLiteral("partnerships/newFolder");

// Whether \a widget is a field the user types in, which takes Ctrl+Z for itself.
bool isTextField(QObject *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
        || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget);
}

} // namespace

QString newPartnershipFolder()
{
    const QString remembered = QSettings().value(newPartnershipFolderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberNewPartnershipFolder(const QString &filePath)
{
    QSettings().setValue(newPartnershipFolderKey, QFileInfo(filePath).absolutePath());
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowIcon(icon("app"));
    m_central = new QStackedWidget(this);
    setCentralWidget(m_central);
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    restoreWindowState();

    connect(m_welcome, &WelcomePage::newPartnershipRequested, this, [this] { newPartnership(); });
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) { openFile(path); });
    qApp->installEventFilter(this);
    qApp->installEventFilter(new ContextMenuKeys(this));
    qApp->installEventFilter(new ElidedTextToolTips(this));
    showWelcome();
}

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent)
    : MainWindow(parent)
{
    openStore(std::move(store));
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The pages refer to the workspace: they go first.
    closePartnership();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const char *objectName, const char *iconName = nullptr) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(objectName));
        if (iconName)
            action->setIcon(icon(iconName));
        return action;
    };

    m_newPartnership = make(tr("&New partnership..."), "newPartnershipAction");
    m_newPartnership->setStatusTip(tr("Start a new partnership file"));
    connect(m_newPartnership, &QAction::triggered, this, [this] { newPartnership(); });

    m_open = make(tr("&Open..."), "openAction", "open");
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a partnership file"));
    connect(m_open, &QAction::triggered, this, &MainWindow::openDialog);

    m_openDemo = make(tr("Explore the &demo"), "openDemoAction");
    m_openDemo->setStatusTip(tr("Open Northvale, the demo partnership"));
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemo);

    m_import = make(tr("&Import archive..."), "importArchiveAction");
    m_import->setStatusTip(tr("Replace this partnership's records with those of an archive"));
    connect(m_import, &QAction::triggered, this, &MainWindow::importArchive);

    m_export = make(tr("E&xport archive..."), "exportArchiveAction");
    m_export->setStatusTip(tr("Write everything in this partnership to an archive file"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportArchive);

    m_exportMinutes = make(tr("&Export minutes..."), "exportMinutesAction", "export");
    m_exportMinutes->setIconText(tr("Export"));
    m_exportMinutes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportMinutes->setStatusTip(tr("Export the selected meeting's minutes as PDF, ODT or HTML"));
    connect(m_exportMinutes, &QAction::triggered, this, [this] {
        if (!m_view || m_view->currentMeetingId().isEmpty())
            return;
        m_view->commitPendingEdits();
        const QString written = exportMinutesDialog(this, m_workspace->store(), m_view->currentMeetingId());
        if (!written.isEmpty())
            statusBar()->showMessage(tr("Minutes exported to %1").arg(QDir::toNativeSeparators(written)), 8000);
    });

    m_reviewWorkplan = make(tr("&Review the workplan at this meeting..."), "reviewWorkplanAction");
    m_reviewWorkplan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reviewWorkplan->setStatusTip(tr("Step through every open action of the body and rate it at this meeting"));
    connect(m_reviewWorkplan, &QAction::triggered, this, [this] {
        if (!m_view || m_view->currentMeetingId().isEmpty())
            return;
        m_view->commitPendingEdits();
        ReviewWalkthrough walk(*m_workspace, m_view->currentMeetingId(), this);
        if (walk.actionCount() == 0) {
            statusBar()->showMessage(tr("This body has no open actions to review."), 8000);
            return;
        }
        walk.exec();
        statusBar()->showMessage(tr("Reviews recorded at this meeting: %1").arg(walk.recorded()), 8000);
    });

    m_print = make(tr("&Print..."), "printAction", "print");
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the selected meeting's minutes"));
    connect(m_print, &QAction::triggered, this, [this] {
        if (!m_view || m_view->currentMeetingId().isEmpty())
            return;
        m_view->commitPendingEdits();
        printMinutesWithPreview(this, m_workspace->store(), m_view->currentMeetingId());
    });

    m_restore = make(tr("Restore from &backup..."), "restoreBackupAction");
    m_restore->setStatusTip(tr("Put one of this partnership's backups in place of the file as it is now"));
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreDialog);

    m_auditLog = make(tr("&Audit log"), "auditLogAction");
    m_auditLog->setStatusTip(tr("Who changed what, and when"));
    connect(m_auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);

    m_home = make(tr("&Home"), "homeAction", "home");
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_home->setStatusTip(tr("The next meetings, minutes awaiting approval, actions red or overdue, recent changes"));
    connect(m_home, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->showHome();
    });

    m_close = make(tr("&Close partnership"), "closeAction");
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::showWelcome);

    m_quit = make(tr("&Quit"), "quitAction");
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);

    m_undo = make(tr("&Undo"), "undoAction", "undo");
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIconText(tr("Undo"));
    connect(m_undo, &QAction::triggered, this, [this] { undoOrRedo(true); });

    m_redo = make(tr("&Redo"), "redoAction", "redo");
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) as well.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcuts(redoKeys);
    m_redo->setIconText(tr("Redo"));
    connect(m_redo, &QAction::triggered, this, [this] { undoOrRedo(false); });

    m_find = make(tr("&Find..."), "findAction", "search");
    m_find->setShortcut(QKeySequence::Find);
    m_find->setIconText(tr("Find"));
    m_find->setStatusTip(tr("Search the minutes, actions and case reviews of every year"));
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->focusSearch();
    });

    m_settings = make(tr("Partnership &settings"), "settingsAction", "settings");
    m_settings->setIconText(tr("Settings"));
    m_settings->setStatusTip(tr("The partnership's name, year start and minutes headings"));
    connect(m_settings, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->selectPartnership();
    });

    m_newMeeting = make(tr("&New meeting"), "newMeetingAction", "new-meeting");
    m_newMeeting->setShortcut(QKeySequence::New);
    m_newMeeting->setIconText(tr("New meeting"));
    m_newMeeting->setStatusTip(tr("Start the minutes of a meeting of the selected body, dated today"));
    connect(m_newMeeting, &QAction::triggered, this, [this] {
        if (m_view)
            m_view->newMeeting();
    });

    m_newBody = make(tr("New &body"), "newBodyAction", "new-body");
    m_newBody->setStatusTip(tr("Add a subgroup, panel or other body"));
    connect(m_newBody, &QAction::triggered, this, [this] {
        if (!m_view)
            return;
        const QModelIndex current = m_view->navigator()->currentIndex();
        QVariant group = current.data(NavigatorModel::BodyGroupRole);
        if (!group.isValid()) {
            if (auto body = m_workspace->store().get<Body>(m_view->currentBodyId()); body && body->has_value())
                group = QVariant::fromValue(NavigatorModel::groupOf((*body)->kind));
        }
        m_view->addBody(group.isValid() ? group.value<NavigatorModel::BodyGroup>()
                                        : NavigatorModel::BodyGroup::Subgroups);
    });

    m_guide = make(tr("&User guide"), "userGuideAction");
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setStatusTip(tr("A short guide to BoardDesk, open at the page you are on"));
    connect(m_guide, &QAction::triggered, this, &MainWindow::showGuide);

    m_shortcuts = make(tr("&Keyboard shortcuts"), "shortcutsAction");
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcuts->setStatusTip(tr("Every shortcut of BoardDesk"));
    connect(m_shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(menuBar(), this).exec(); });

    m_about = make(tr("&About BoardDesk"), "aboutAction");
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newPartnership);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_openDemo);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_exportMinutes);
    file->addAction(m_print);
    file->addSeparator();
    file->addAction(m_restore);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_home);
    view->addAction(m_auditLog);

    QMenu *meeting = menuBar()->addMenu(tr("&Meeting"));
    meeting->addAction(m_newMeeting);
    meeting->addAction(m_newBody);
    meeting->addSeparator();
    meeting->addAction(m_reviewWorkplan);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guide);
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(24, 24));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_home);
    bar->addAction(m_newMeeting);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_find);
    bar->addSeparator();
    bar->addAction(m_exportMinutes);
    bar->addAction(m_print);
    bar->addSeparator();
    bar->addAction(m_settings);
}

void MainWindow::createStatusBar()
{
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->hide();
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (m_view)
        settings.setValue(splitterKey, m_view->splitter()->saveState());
}

bool MainWindow::openFile(const QString &path)
{
    return openPath(path, false);
}

namespace {

// The question an OpenDecision asks, as a message box. Its text names files the user chose:
// plain text.
OpenChoice askAboutOpen(QWidget *parent, const OpenDecision &decision)
{
    QMessageBox box(decision.kind == OpenDecision::Kind::Locked ? QMessageBox::Information : QMessageBox::Warning,
                    decision.title, decision.message, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *readOnly = nullptr;
    QPushButton *backup = nullptr;
    if (decision.offersReadOnly())
        readOnly = box.addButton(MainWindow::tr("Open &read-only"), QMessageBox::AcceptRole);
    if (decision.offersBackup())
        backup = box.addButton(MainWindow::tr("Open the newest &backup"), QMessageBox::AcceptRole);
    QPushButton *close = box.addButton(readOnly || backup ? QMessageBox::Cancel : QMessageBox::Ok);
    box.setDefaultButton(readOnly ? readOnly : backup ? backup : close);
    box.exec();
    if (readOnly && box.clickedButton() == readOnly)
        return OpenChoice::OpenReadOnly;
    if (backup && box.clickedButton() == backup)
        return OpenChoice::RestoreBackup;
    return OpenChoice::Cancel;
}

} // namespace

bool MainWindow::openPath(const QString &path, bool readOnly)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    OpenAttempt attempt = openPartnership(path, readOnly);
    QApplication::restoreOverrideCursor();
    if (attempt.opened()) {
        openStore(std::move(attempt.store), std::move(attempt.lock), attempt.readOnlyNote);
        return true;
    }
    if (!QFileInfo::exists(path))
        RecentFiles::remove(path);
    if (m_welcome)
        m_welcome->refresh();
    const OpenChoice choice = m_chooser ? m_chooser(attempt.decision) : askAboutOpen(this, attempt.decision);
    if (choice == OpenChoice::OpenReadOnly && attempt.decision.offersReadOnly())
        return openPath(path, true);
    if (choice == OpenChoice::RestoreBackup && attempt.decision.offersBackup()) {
        // The damaged file stays as it is, for whoever wants to look at it.
        auto restored = restoreBesideDamaged(path, attempt.decision.backup->path);
        if (!restored) {
            QMessageBox box(QMessageBox::Warning, tr("Could not restore the backup"),
                            tr("The backup %1 could not be restored.\n\n%2")
                                .arg(QDir::toNativeSeparators(attempt.decision.backup->path), restored.errorMessage()),
                            QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return false;
        }
        if (!openPath(*restored, false))
            return false;
        statusBar()->showMessage(tr("Opened %1, restored from the backup of %2 (which was left as it was)")
                                     .arg(QDir::toNativeSeparators(*restored), QFileInfo(path).fileName()),
                                 15000);
        return true;
    }
    return false;
}

void MainWindow::openStore(std::unique_ptr<Store> store, std::optional<DatabaseLock> lock, const QString &readOnlyNote)
{
    closePartnership();
    const QString path = store->path();
    if (!store->isReadOnly()) {
        // One user at a time: a store opened without its lock (a new file, the demo) takes it.
        if (!lock) {
            if (auto taken = DatabaseLock::acquire(path))
                lock.emplace(std::move(*taken));
        }
        m_lock = std::move(lock);
    }
    m_workspace = std::make_unique<Workspace>(std::move(store));
    RecentFiles::add(path);

    connect(m_workspace.get(), &Workspace::errorOccurred, this, &MainWindow::showError);
    QUndoStack *stack = m_workspace->undoStack();
    m_undoIndex = stack->index();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::showSaved);
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    connect(m_workspace.get(), &Workspace::recordChanged, this, [this](RecordKind kind, const QString &) {
        if (kind == RecordKind::Partnership)
            updateTitle();
    });

    m_view = new PartnershipView(*m_workspace, m_central);
    m_central->addWidget(m_view);
    m_central->setCurrentWidget(m_view);
    m_toolBar->show();
    m_view->splitter()->restoreState(QSettings().value(splitterKey).toByteArray());
    const bool readOnly = m_workspace->store().isReadOnly();
    m_view->setReadOnly(readOnly);
    connect(m_view, &PartnershipView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view, &PartnershipView::auditLogRequested, this, &MainWindow::showAuditLog);

    m_view->setBanner(openBannerText(m_workspace->store(), readOnlyNote));

    m_readOnlyLabel->setVisible(readOnly);
    m_pathLabel->setText(pathUnderHome(path));
    m_pathLabel->setToolTip(QDir::toNativeSeparators(path));
    m_errorLabel->hide();
    updateTitle();
    updateActions();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);

    // Nothing lost: a backup now if today has none, then a check every hour while it is open.
    if (!readOnly) {
        m_backups = new AutomaticBackups(m_workspace->store(), this);
        connect(m_backups, &AutomaticBackups::backupFailed, this,
                [this](const QString &message) { showError(tr("The daily backup failed: %1").arg(message)); });
        m_backups->start();
    }
}

void MainWindow::closePartnership()
{
    delete m_backups; // it refers to the store
    m_backups = nullptr;
    if (m_view) {
        // Leaving the field the user was typing in saves it, while the workspace is here.
        if (QWidget *focus = QApplication::focusWidget(); focus && m_view->isAncestorOf(focus))
            focus->clearFocus();
        QSettings().setValue(splitterKey, m_view->splitter()->saveState());
        m_central->removeWidget(m_view);
        delete m_view;
        m_view = nullptr;
    }
    if (m_workspace) {
        // Its undo stack empties as it goes, and says so: nothing here is listening any more.
        m_workspace->undoStack()->disconnect(this);
        m_workspace->disconnect(this);
        m_workspace.reset();
    }
    m_lock.reset(); // after the database is closed
}

void MainWindow::showWelcome()
{
    closePartnership();
    m_welcome->refresh();
    m_central->setCurrentWidget(m_welcome);
    m_toolBar->hide(); // nothing it offers works without a partnership
    m_readOnlyLabel->hide();
    m_errorLabel->hide();
    m_pathLabel->clear();
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("BoardDesk"));
        return;
    }
    auto partnership = m_workspace->store().partnership();
    const QString name = partnership && !partnership->name.isEmpty() ? partnership->name : tr("New partnership");
    setWindowTitle(m_workspace->store().isReadOnly() ? tr("%1 (read-only) \u2014 BoardDesk").arg(name)
                                                     : tr("%1 \u2014 BoardDesk").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool writable = open && !m_workspace->store().isReadOnly();
    // Read-only: nothing to undo or redo, and nothing may be changed.
    QUndoStack *stack = writable ? m_workspace->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_undo->setToolTip(
        stack && stack->canUndo()
            ? tr("Undo %1 (%2)").arg(stack->undoText(), m_undo->shortcut().toString(QKeySequence::NativeText))
            : tr("Nothing to undo"));
    m_redo->setToolTip(
        stack && stack->canRedo()
            ? tr("Redo %1 (%2)").arg(stack->redoText(), m_redo->shortcut().toString(QKeySequence::NativeText))
            : tr("Nothing to redo"));
    m_import->setEnabled(writable);
    m_restore->setEnabled(writable);
    m_auditLog->setEnabled(open);
    m_home->setEnabled(open);
    m_export->setEnabled(open);
    m_close->setEnabled(open);
    m_find->setEnabled(open);
    m_settings->setEnabled(open);
    m_newBody->setEnabled(writable);
    m_newMeeting->setEnabled(writable && m_view && !m_view->currentBodyId().isEmpty());
    const bool meeting = m_view && !m_view->currentMeetingId().isEmpty();
    m_exportMinutes->setEnabled(meeting);
    m_print->setEnabled(meeting);
    m_reviewWorkplan->setEnabled(meeting && writable);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // &1...&8: the recent files open from the keyboard.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->setEnabled(true);
}

void MainWindow::undoOrRedo(bool undo)
{
    if (!m_workspace)
        return;
    if (m_view)
        m_view->commitPendingEdits();
    if (undo)
        m_workspace->undoStack()->undo();
    else
        m_workspace->undoStack()->redo();
}

void MainWindow::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setToolTip(message);
    m_errorLabel->show();
    statusBar()->clearMessage();
}

void MainWindow::showSaved(int index)
{
    QUndoStack *stack = m_workspace->undoStack();
    const bool forward = index > m_undoIndex;
    if ((forward ? index - 1 : index) >= stack->count()) // the stack was cleared
        return;
    const QString text = forward ? stack->text(index - 1) : stack->text(index);
    m_undoIndex = index;
    m_errorLabel->hide();
    const QString time = Clock::now().time().toString(QStringLiteral("HH:mm"));
    statusBar()->showMessage(forward ? tr("Saved at %1: %2").arg(time, text) : tr("Undone at %1: %2").arg(time, text),
                             8000);
}

void MainWindow::newPartnership()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New partnership"), tr("&Name of the partnership:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok)
        return;
    if (name.isEmpty()) {
        QMessageBox::information(this, tr("New partnership"),
                                 tr("A partnership needs a name: it heads every document."));
        return;
    }
    // Where it goes is the user's to say: Documents the first time, then the folder chosen last.
    const QString folder = newPartnershipFolder();
    QDir().mkpath(folder);
    QString suggested = name;
    suggested.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral(" "));
    QString path
        = QFileDialog::getSaveFileName(this, tr("Where to keep the new partnership"),
                                       QDir(folder).filePath(suggested.simplified() + QStringLiteral(".boarddesk")),
                                       tr("BoardDesk partnerships (*.boarddesk);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".boarddesk");
    rememberNewPartnershipFolder(path);
    auto store = createPartnershipFile(path, name);
    if (!store) {
        QMessageBox::warning(
            this, tr("Could not create the partnership"),
            tr("%1 could not be created.\n\n%2").arg(QDir::toNativeSeparators(path), store.errorMessage()));
        return;
    }
    openStore(std::move(*store));
    if (m_view)
        m_view->selectPartnership();
}

void MainWindow::openDialog()
{
    const QString folder = QFileInfo(defaultDatabasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a partnership"), folder,
                                                      tr("BoardDesk partnerships (*.boarddesk);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openDemo()
{
    const QString path = demoDatabasePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto store = openDemoPartnership(path);
    QApplication::restoreOverrideCursor();
    if (!store) {
        QMessageBox::warning(
            this, tr("Could not open the demo"),
            tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), store.errorMessage()));
        return;
    }
    openStore(std::move(*store));
}

void MainWindow::importArchive()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an archive"), QDir::homePath(),
                                                      tr("BoardDesk archives (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Store &store = m_workspace->store();
    auto empty = store.isEmpty();
    bool replace = false;
    if (empty && !*empty) {
        const auto answer = QMessageBox::question(
            this, tr("Replace this partnership?"),
            tr("Replace everything in %1 with the records in %2?\n\nA copy of the partnership as it is now is saved "
               "beside it first. The import cannot be undone with Undo.")
                .arg(QDir::toNativeSeparators(store.path()), QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        replace = true;
    }
    // On a thread of its own, behind a progress dialog with Cancel (importjob.h).
    bool cancelled = false;
    auto outcome = importWithProgress(this, store.path(), path, replace, &cancelled);
    if (cancelled)
        return; // nothing was written
    if (!outcome) {
        QMessageBox::warning(this, tr("Could not import"),
                             tr("Nothing was changed: %1 could not be imported.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), outcome.errorMessage()));
        return;
    }
    // Everything changed: the undo history and every page refer to what was there before.
    auto opened = openPartnershipFile(store.path());
    if (!opened) {
        QMessageBox::warning(this, tr("Could not reopen"), opened.errorMessage());
        showWelcome();
        return;
    }
    openStore(std::move(*opened));
    QString message = tr("Imported %1.").arg(QDir::toNativeSeparators(path));
    if (!outcome->backupPath.isEmpty())
        message += QLatin1Char(' ')
            + tr("The partnership as it was before is saved at %1.").arg(QDir::toNativeSeparators(outcome->backupPath));
    QMessageBox::information(this, tr("Archive imported"), message);
}

void MainWindow::exportArchive()
{
    if (!m_workspace)
        return;
    auto partnership = m_workspace->store().partnership();
    QString name = partnership && !partnership->shortName.isEmpty() ? partnership->shortName
        : partnership && !partnership->name.isEmpty()               ? partnership->name
                                                                    : tr("partnership");
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral(" "));
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 archive %2.json").arg(name.simplified(), Clock::today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export an archive"), suggested,
                                                      tr("BoardDesk archives (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto bytes = bd::exportArchive(m_workspace->store());
    Result<void> written = bytes ? writeOutputFile(path, *bytes, {.database = m_workspace->store().path()})
                                 : Result<void>(bytes.error());
    if (!written) {
        QMessageBox::warning(
            this, tr("Could not export"),
            tr("%1 was not written.\n\n%2").arg(QDir::toNativeSeparators(path), written.errorMessage()));
        return;
    }
    statusBar()->showMessage(tr("Exported everything to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreDialog()
{
    if (!m_workspace || m_workspace->store().isReadOnly())
        return;
    if (m_view)
        m_view->commitPendingEdits();
    RestoreBackupDialog dialog(m_workspace->store().path(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    restoreBackup(dialog.selectedBackup());
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_workspace || m_workspace->store().isReadOnly())
        return false;
    if (m_view)
        m_view->commitPendingEdits();
    const QString path = m_workspace->store().path();
    // The file is closed for the restore, but stays locked: nobody else opens it meanwhile.
    std::optional<DatabaseLock> lock = std::move(m_lock);
    m_lock.reset();
    closePartnership();
    auto restored = restoreFromBackup(backupPath, path);
    OpenOptions options;
    options.create = false;
    auto reopened = Store::open(path, options);
    if (reopened)
        openStore(std::move(*reopened), std::move(lock));
    else
        showWelcome();
    const auto warn = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    if (!restored) {
        warn(tr("Could not restore the backup"),
             tr("Nothing was changed: %1 could not be restored.\n\n%2")
                 .arg(QDir::toNativeSeparators(backupPath), restored.errorMessage()));
        return false;
    }
    if (!reopened) {
        warn(tr("Could not reopen"), reopened.errorMessage());
        return false;
    }
    QString message = tr("Restored %1.").arg(QDir::toNativeSeparators(backupPath));
    if (!restored->isEmpty())
        message += QLatin1Char(' ')
            + tr("The file as it was before is kept at %1.").arg(QDir::toNativeSeparators(*restored));
    statusBar()->showMessage(message, 15000);
    return true;
}

void MainWindow::showAuditLog()
{
    if (!m_workspace)
        return;
    if (m_view)
        m_view->commitPendingEdits();
    AuditLogDialog dialog(m_workspace->store(), this);
    dialog.exec();
}

void MainWindow::about()
{
    AboutDialog(m_workspace ? m_workspace->store().path() : QString(), this).exec();
}

void MainWindow::showGuide()
{
    // The part of the guide about the page on show.
    QString section;
    if (m_view) {
        QWidget *page = m_view->currentPage();
        if (qobject_cast<HomePage *>(page))
            section = QStringLiteral("home");
        else if (qobject_cast<MeetingEditor *>(page))
            section = QStringLiteral("minutes");
        else if (qobject_cast<BodyEditor *>(page))
            section = QStringLiteral("bodies");
        else if (qobject_cast<RegisterPage *>(page))
            section = QStringLiteral("registers");
        else if (qobject_cast<NewsletterPage *>(page))
            section = QStringLiteral("newsletter");
    }
    if (!m_guideDialog)
        m_guideDialog = new UserGuideDialog(this);
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
    m_guideDialog->showSection(section);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Leaving the field being typed in saves it before the window goes.
    if (QWidget *focus = QApplication::focusWidget())
        focus->clearFocus();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A text field takes Ctrl+Z for its own little undo, which would leave the partnership's
    // undo out of reach while the cursor is in a form. Every change is a saved command, so
    // the keys go to the Edit menu, which saves what is being typed first. (The meeting
    // editor routes its own fields the same way.)
    if (event->type() == QEvent::ShortcutOverride && m_view) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        auto *widget = qobject_cast<QWidget *>(watched);
        if ((undo || redo) && widget && widget == QApplication::focusWidget() && widget->window() == this
            && isTextField(widget) && !m_view->ownsUndoKeys(widget)) {
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace bd
