#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bd::test {

// What boarddesk-cli did when run as a process.
struct CliOutcome {
    int status = -1; // the exit status
    QString out;
    QString err;
};

// Runs boarddesk-cli with \a arguments as a script on a headless machine would: no
// DISPLAY, no QT_QPA_PLATFORM (the program must need no display by itself).
// \a environment adds to (or replaces) the test's own variables, e.g. XDG_CONFIG_HOME for
// the settings boarddesk-cli reads; a name without "=" (such as "USER") is unset.
CliOutcome runCli(const QStringList &arguments, const QStringList &environment = {});

// The SHA-256 of a file's bytes, to show a file was or was not changed.
QByteArray fileDigest(const QString &path);

} // namespace bd::test
