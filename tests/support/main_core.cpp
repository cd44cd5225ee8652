// Core and CLI tests: a QGuiApplication (documents need fonts) on the offscreen platform,
// so no display is needed even when the binary is run by hand.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BoardDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("boarddesk-tests"));
    return Catch::Session().run(argc, argv);
}
