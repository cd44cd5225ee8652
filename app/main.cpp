// boarddesk: the desktop application. Start-up only: the window decides what to show.
#include "common/mainwindow.h"
#include "common/partnershipview.h"
#include "util/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace {

// For boarddesk-bench (tools/bench): with BOARDDESK_BENCH_EXIT_WHEN_SHOWN=1 in the
// environment, once the window is painted with the partnership's navigator filled, print
// the milliseconds since the process started and the peak memory, then quit.
void reportWhenShown(bd::MainWindow &window)
{
    QTimer::singleShot(0, &window, [&window] {
        window.repaint(); // the first paint, done now rather than whenever it comes
        const auto *view = window.partnershipView();
        const bool filled = view && view->navigator()->model() && view->navigator()->model()->rowCount() > 0;
        long long sinceStartMs = -1;
        long long peakKb = -1;
#ifdef Q_OS_LINUX
        QFile stat(QStringLiteral("/proc/self/stat"));
        timespec now{};
        if (stat.open(QIODevice::ReadOnly) && clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
            // Field 22, after the command name in brackets: start time in clock ticks since boot.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 19)
                sinceStartMs = (now.tv_sec * 1000LL + now.tv_nsec / 1000000)
                               - fields.at(19).toLongLong() * 1000LL / sysconf(_SC_CLK_TCK);
        }
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
#endif
        std::printf("boarddesk-bench shown=%d since_start_ms=%lld vmhwm_kb=%lld\n", filled ? 1 : 0, sinceStartMs, peakKb);
        std::fflush(stdout);
        QCoreApplication::exit(filled ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BoardDesk"));
    QApplication::setApplicationName(QStringLiteral("BoardDesk"));
    QApplication::setApplicationVersion(QStringLiteral(BOARDDESK_VERSION));
    // The desktop entry's name (packaging/), so a Wayland desktop shows the window under it.
    QApplication::setDesktopFileName(QStringLiteral(BOARDDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Board administration for a safeguarding children partnership."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open the partnership database FILE."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    // `boarddesk FILE` is how a file manager (the .desktop entry's %f) opens a .boarddesk file.
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "The same as --db FILE."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    QStringList files = parser.positionalArguments();
    if (parser.isSet(dbOption))
        files.prepend(parser.value(dbOption));
    if (files.contains(QString())) {
        const QString message = QApplication::translate(
            "main", "boarddesk: --db needs a database file; it was given an empty name. Try 'boarddesk --help'.");
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    if (files.size() > 1) {
        const QString message = QApplication::translate("main", "boarddesk: give one database to open, not %1.");
        std::fprintf(stderr, "%s\n", qPrintable(message.arg(files.size())));
        return 2;
    }

    bd::MainWindow window; // the welcome page, until a partnership opens
    window.show();
    // The file given opens (or, if it cannot, the welcome page explains why); without one,
    // the default database if there is one.
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    else if (QFileInfo::exists(bd::defaultDatabasePath()))
        window.openFile(bd::defaultDatabasePath());
    if (qEnvironmentVariableIntValue("BOARDDESK_BENCH_EXIT_WHEN_SHOWN") == 1)
        reportWhenShown(window);
    return app.exec();
}
