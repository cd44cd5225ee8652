#pragma once

#include <QDialog>

class QLabel;

namespace bd {

// Help > About BoardDesk: the version, the Qt it runs on, and where the open partnership's
// file and its automatic backups are, which is what IT support asks first. The paths can be
// selected and copied, and the folder opened in the file manager.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    // \a databasePath: the open partnership's file; empty when none is open.
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The lines shown, for tests: the version line and the file's.
    QString versionText() const;
    QString databaseText() const;

private:
    QLabel *m_version;
    QLabel *m_database;
};

} // namespace bd
