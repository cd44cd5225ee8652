#pragma once

#include "common/startup.h"
#include "store/lock.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace bd {

class AutomaticBackups;
class UserGuideDialog;
class PartnershipView;
class Store;
class WelcomePage;
class Workspace;

// Where File > New partnership suggests keeping the file: the folder chosen the last time
// (remembered in the settings), or the user's Documents folder the first time.
QString newPartnershipFolder();
void rememberNewPartnershipFolder(const QString &filePath);

// The administrator's main window: menus, toolbar and status bar around either the welcome
// page (nothing open) or the open partnership (navigator and pages). It owns the Workspace
// of the open database; every change made in it can be undone from the Edit menu.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Shows the welcome page.
    explicit MainWindow(QWidget *parent = nullptr);
    // Shows \a store's partnership.
    explicit MainWindow(std::unique_ptr<Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database at \a path in place of the one open, taking its lock (one user at a
    // time). If another program holds it, or the file is damaged or newer, the user is asked
    // (see OpenDecision): open it read-only, open the newest backup restored beside it, or
    // cancel. If it cannot be opened, a message names the file and why.
    bool openFile(const QString &path);
    // Shows \a store's partnership in place of whatever was open. \a lock is held while it is
    // open (a writable store given none takes its own); \a readOnlyNote is the banner's reason
    // for a store opened read-only on purpose.
    void openStore(std::unique_ptr<Store> store, std::optional<DatabaseLock> lock = std::nullopt,
                   const QString &readOnlyNote = {});
    // Puts the backup at \a backupPath in place of the open file (core keeps a copy of the file
    // as it was beside it), then opens it again, keeping the lock. Returns false, with a
    // message, if it could not; the partnership is open again either way when it can be.
    bool restoreBackup(const QString &backupPath);

    // For tests: answers the questions openFile() would ask in a dialog.
    void setOpenChooser(std::function<OpenChoice(const OpenDecision &)> chooser) { m_chooser = std::move(chooser); }
    // Whether this window holds the open file's lock.
    bool holdsLock() const { return m_lock && m_lock->isHeld(); }
    // The daily backups of the open partnership; null when none is open or it is read-only.
    AutomaticBackups *automaticBackups() { return m_backups; }
    // Closes the open partnership and shows the welcome page.
    void showWelcome();

    // Null while the welcome page shows.
    Workspace *workspace() { return m_workspace.get(); }
    PartnershipView *partnershipView() { return m_view; }
    WelcomePage *welcomePage() { return m_welcome; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void closePartnership();
    void updateActions();
    void updateTitle();
    void updateRecentMenu();
    void undoOrRedo(bool undo);
    void showError(const QString &message);
    void showSaved(int index);

    void newPartnership();
    void openDialog();
    void openDemo();
    void importArchive();
    void exportArchive();
    void restoreDialog();
    void showAuditLog();
    bool openPath(const QString &path, bool readOnly);
    void about();
    void showGuide();

    std::unique_ptr<Workspace> m_workspace;
    std::optional<DatabaseLock> m_lock;
    AutomaticBackups *m_backups = nullptr;
    std::function<OpenChoice(const OpenDecision &)> m_chooser;
    PartnershipView *m_view = nullptr;
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_central = nullptr;
    int m_undoIndex = 0;

    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newPartnership = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportMinutes = nullptr;
    QAction *m_reviewWorkplan = nullptr;
    QAction *m_print = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_auditLog = nullptr;
    QAction *m_home = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_newMeeting = nullptr;
    QAction *m_newBody = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_guide = nullptr;

    UserGuideDialog *m_guideDialog = nullptr;

    QLabel *m_errorLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace bd
