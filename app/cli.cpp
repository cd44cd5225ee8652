// boarddesk-cli: the command-line program (see ../shared/design/cli.md). It needs no display.
#include "cli/commandline.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QtMessageHandler qtHandler = nullptr;

// Scripts read stderr for our one line of error: Qt's remark that a headless machine has no
// runtime folder (which the offscreen platform does not need) is not for them.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtHandler) {
        qtHandler(type, context, message);
    } else {
        std::fputs(qPrintable(qFormatLogMessage(type, context, message)), stderr);
        std::fputc('\n', stderr);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qtHandler = qInstallMessageHandler(quietHandler);
    // Documents need fonts, and fonts need a QGuiApplication; the offscreen platform gives
    // one without a display, so the program runs on a headless machine by itself.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BoardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("BoardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOARDDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return bd::runCommandLine(QCoreApplication::arguments(), out, err);
}
