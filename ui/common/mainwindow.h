#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace bd {

class PartnershipView;
class Store;
class WelcomePage;
class Workspace;

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

    // Opens the database at \a path in place of the one open. If it cannot be opened, a
    // message names the file and why, and what was open stays open.
    bool openFile(const QString &path);
    // Shows \a store's partnership in place of whatever was open.
    void openStore(std::unique_ptr<Store> store);
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

    void newPartnership(bool useDefaultFile);
    void openDialog();
    void openDemo();
    void importArchive();
    void exportArchive();
    void about();

    std::unique_ptr<Workspace> m_workspace;
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
    QAction *m_print = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_newMeeting = nullptr;
    QAction *m_newBody = nullptr;
    QAction *m_about = nullptr;

    QLabel *m_errorLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace bd
