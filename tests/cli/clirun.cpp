#include "clirun.h"

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QProcess>

namespace bd::test {

CliOutcome runCli(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &variable : environment) {
        if (variable.contains(QLatin1Char('=')))
            env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        else
            env.remove(variable);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BOARDDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileDigest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

} // namespace bd::test
