#include "aboutdialog.h"

#include "store/backups.h"
#include "util/paths.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace bd {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // a path is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About BoardDesk"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignTop);
    top->addWidget(logo);
    auto *heading = new QVBoxLayout;
    m_version = plainLabel(tr("BoardDesk %1").arg(QApplication::applicationVersion()), this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    QFont big = m_version->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_version->setFont(big);
    heading->addWidget(m_version);
    heading->addWidget(plainLabel(tr("Board administration for local safeguarding children partnerships: meetings "
                                     "and minutes, workplans, risks, funding, case reviews, training and newsletters, "
                                     "in one file on this computer."),
                                  this));
    heading->addWidget(plainLabel(tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)), this));
    top->addLayout(heading, 1);
    layout->addLayout(top);

    auto *where = new QFormLayout;
    where->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const bool open = !databasePath.isEmpty();
    m_database = plainLabel(open ? QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath())
                                 : tr("No partnership is open. The default file is %1")
                                       .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                            this);
    m_database->setObjectName(QStringLiteral("aboutDatabase"));
    where->addRow(tr("Partnership file:"), m_database);
    if (open) {
        auto *backups = plainLabel(QDir::toNativeSeparators(backupFolderFor(databasePath)), this);
        backups->setObjectName(QStringLiteral("aboutBackups"));
        where->addRow(tr("Daily backups:"), backups);
    }
    layout->addLayout(where);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (open) {
        QPushButton *folder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
        folder->setObjectName(QStringLiteral("openFolderButton"));
        const QString dir = QFileInfo(databasePath).absolutePath();
        connect(folder, &QPushButton::clicked, this, [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::databaseText() const
{
    return m_database->text();
}

} // namespace bd
