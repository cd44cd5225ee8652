#pragma once

#include <QWidget>

class QListWidget;
class QLabel;
class QCommandLinkButton;

namespace bd {

// What the main window shows when no partnership is open: start a new one, open a file,
// explore the demo, or reopen a recent file.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Reads the recent files again.
    void refresh();
    QListWidget *recentList() { return m_recent; }

signals:
    void newPartnershipRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_demo;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace bd
