#include "restoredialog.h"

#include "domain/displaytext.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bd {

namespace {

QString kindText(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Automatic:
        return RestoreBackupDialog::tr("Daily backup");
    case BackupKind::BeforeUpgrade:
        return RestoreBackupDialog::tr("Before an upgrade");
    case BackupKind::BeforeImport:
        return RestoreBackupDialog::tr("Before an import");
    case BackupKind::BeforeRestore:
        return RestoreBackupDialog::tr("Before a restore");
    }
    return {};
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_backups(listBackups(databasePath))
{
    setWindowTitle(tr("Restore from backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the backup of %1 to put in its place. The file as it is now is copied "
                                "beside it first, so the restore can itself be undone.")
                                 .arg(QDir::toNativeSeparators(databasePath)),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("Kind"), tr("File")});
    const QLocale locale = britishLocale();
    for (const BackupInfo &backup : std::as_const(m_backups)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, displayDateTime(backup.takenAt));
        item->setText(1, locale.formattedDataSize(QFileInfo(backup.path).size()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, kindText(backup.kind));
        item->setText(3, QFileInfo(backup.path).fileName());
        item->setToolTip(3, QDir::toNativeSeparators(backup.path));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list, 1);

    if (m_backups.isEmpty()) {
        auto *none = new QLabel(tr("There is no backup of this file yet. BoardDesk takes one each day it is open."), this);
        none->setTextFormat(Qt::PlainText);
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = m_buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(!m_backups.isEmpty());
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [restore](QTreeWidgetItem *current) { restore->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(640, 360);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).path : QString();
}

} // namespace bd
