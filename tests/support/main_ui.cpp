// Widget tests: a QApplication must exist before any widget. The offscreen platform is the
// default, so test discovery at build time and runs by hand need no display either.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ownhome.h"
#include "skip.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bd::test::OwnHome home;
    if (!home.ok())
        return 2;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BoardDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("boarddesk-tests"));
    // Settings and data folders of the tests' own, never the user's (and, through OwnHome,
    // never another test process's).
    QStandardPaths::setTestModeEnabled(true);
    return bd::test::exitCode(Catch::Session().run(argc, argv));
}
