#include "welcomepage.h"

#include "startup.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace bd {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(620);
    card->setAutoFillBackground(true);
    QPalette cardPalette = card->palette();
    cardPalette.setColor(QPalette::Window, cardPalette.color(QPalette::Base));
    card->setPalette(cardPalette);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    auto *logo = new QLabel(card);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(48, 48));
    titleRow->addWidget(logo);
    auto *title = new QLabel(tr("Welcome to BoardDesk"), card);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    titleRow->addWidget(title, 1);
    layout->addLayout(titleRow);
    auto *intro = new QLabel(tr("Minutes, workplans, risks, funding and case reviews of a safeguarding children "
                                "partnership, kept in one file on this computer."),
                             card);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(10);

    m_new = new QCommandLinkButton(tr("&New partnership..."),
                                   tr("Start an empty file for your partnership, where you choose."), card);
    m_open = new QCommandLinkButton(tr("&Open..."),
                                    tr("Open a partnership file, from this computer or a shared drive."), card);
    m_demo = new QCommandLinkButton(tr("&Explore the demo"), tr("Northvale, a made-up partnership, to try things on."),
                                    card);
    m_new->setIcon(QIcon(QStringLiteral(":/icons/partnership.svg")));
    m_open->setIcon(QIcon(QStringLiteral(":/icons/open.svg")));
    m_demo->setIcon(QIcon(QStringLiteral(":/icons/body.svg")));
    for (QCommandLinkButton *button : {m_new, m_open, m_demo}) {
        button->setIconSize(QSize(24, 24));
        layout->addWidget(button);
    }

    m_recentLabel = new QLabel(tr("&Recent files"), card);
    QFont recentFont = m_recentLabel->font();
    recentFont.setWeight(QFont::DemiBold);
    m_recentLabel->setFont(recentFont);
    m_recent = new QListWidget(card);
    m_recent->setAccessibleName(tr("Recent files"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 6 + 12);
    m_recentLabel->setBuddy(m_recent);
    layout->addSpacing(10);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent);

    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_new, &QCommandLinkButton::clicked, this, &WelcomePage::newPartnershipRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName() + QStringLiteral("  \u2014  ")
                                             + QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recentLabel->setVisible(!files.isEmpty());
    m_recent->setVisible(!files.isEmpty());
}

} // namespace bd
