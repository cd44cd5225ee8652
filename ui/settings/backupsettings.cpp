#include "backupsettings.h"

#include "store/backups.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bd {

namespace {

const QString keepKey = QStringLiteral("backups/keep");
constexpr int mostKept = 365;

} // namespace

int backupKeepCount()
{
    const int keep = QSettings().value(keepKey, BackupRotation::defaultKeep).toInt();
    return keep >= 1 ? qMin(keep, mostKept) : BackupRotation::defaultKeep;
}

void setBackupKeepCount(int keep)
{
    QSettings().setValue(keepKey, qBound(1, keep, mostKept));
}

BackupSettings::BackupSettings(QWidget *parent)
    : QWidget(parent)
{
    auto *box = new QGroupBox(tr("Backups"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_keep = new QSpinBox(box);
    m_keep->setObjectName(QStringLiteral("backupKeepBox"));
    m_keep->setRange(1, mostKept);
    m_keep->setSuffix(tr(" days"));
    m_keep->setValue(backupKeepCount());
    m_keep->setAccessibleName(tr("Daily backups kept"));
    form->addRow(tr("&Keep daily backups for:"), m_keep);
    auto *note = new QLabel(tr("BoardDesk copies the partnership file once a day while it is open, into a folder "
                               "beside it. The oldest copies beyond this number are deleted. File > Restore from "
                               "backup... puts one back."),
                            box);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    form->addRow(note);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { setBackupKeepCount(keep); });
}

} // namespace bd
