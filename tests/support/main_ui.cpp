// Widget tests: a QApplication must exist before any widget.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BoardDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("boarddesk-tests"));
    return Catch::Session().run(argc, argv);
}
