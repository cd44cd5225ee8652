#include "aboutdialog.h"

#include "store/backups.h"
#include "util/paths.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
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
    heading->addWidget(plainLabel(
        tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)), this));
    top->addLayout(heading, 1);
    layout->addLayout(top);

    // A caption above each path rather than a form beside it: paths are long (a network
    // share, a user's folder), and a wrapped label beside a caption gets too little height.
    auto addPath = [&](const QString &caption, const QString &text, const char *name) {
        auto *label = plainLabel(caption, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addSpacing(6);
        layout->addWidget(label);
        QLabel *path = plainLabel(text, this);
        path->setObjectName(QLatin1String(name));
        layout->addWidget(path);
        return path;
    };
    const bool open = !databasePath.isEmpty();
    m_database = addPath(
        tr("Partnership file"),
        open
            ? QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath())
            : tr("No partnership is open. The default file is %1").arg(QDir::toNativeSeparators(defaultDatabasePath())),
        "aboutDatabase");
    if (open)
        addPath(tr("Daily backups"), QDir::toNativeSeparators(backupFolderFor(databasePath)), "aboutBackups");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (open) {
        QPushButton *folder = buttons->addButton(tr("Open &folder"), QDialogButtonBox::ActionRole);
        folder->setObjectName(QStringLiteral("openFolderButton"));
        const QString dir = QFileInfo(databasePath).absolutePath();
        connect(folder, &QPushButton::clicked, this, [dir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dir)); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(minimumWidth(), heightForWidth(minimumWidth()));
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
