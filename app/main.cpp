// boarddesk: the desktop application. Start-up only: the window decides what to show.
#include "common/mainwindow.h"
#include "util/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BoardDesk"));
    QApplication::setApplicationName(QStringLiteral("BoardDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BOARDDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Board administration for a safeguarding children partnership."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the partnership database FILE."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    bd::MainWindow window; // the welcome page, until a partnership opens
    window.show();
    // --db opens (or, if it cannot, explains why over the welcome page); without it, the
    // default database if there is one.
    if (parser.isSet(dbOption))
        window.openFile(parser.value(dbOption));
    else if (QFileInfo::exists(bd::defaultDatabasePath()))
        window.openFile(bd::defaultDatabasePath());
    return app.exec();
}
